using System;
using System.Collections.Generic;
using Ardalis.GuardClauses;

namespace MassMobilization.Core.Aggregation;

/// <summary>
/// The indicators that mass mobilization reports usually carry (docs/aggregation.md, "The pieces"): models by
/// state, grassroots-democracy counts and ratios, social support, awards and contests. Codes are stable.
/// </summary>
public static class StandardIndicators
{
    /// <summary>Gets "Số mô hình đăng ký" / "Models registered" (count).</summary>
    public static Indicator ModelsRegistered { get; } = new("MODELS-REGISTERED", "Số mô hình đăng ký", "Models registered", IndicatorUnit.Count);

    /// <summary>Gets "Số mô hình đang triển khai" / "Models being implemented" (count).</summary>
    public static Indicator ModelsImplementing { get; } = new("MODELS-IMPLEMENTING", "Số mô hình đang triển khai", "Models being implemented", IndicatorUnit.Count);

    /// <summary>Gets "Số mô hình hoàn thành" / "Models completed" (count).</summary>
    public static Indicator ModelsCompleted { get; } = new("MODELS-COMPLETED", "Số mô hình hoàn thành", "Models completed", IndicatorUnit.Count);

    /// <summary>Gets "Số mô hình được công nhận" / "Models recognised" (count).</summary>
    public static Indicator ModelsRecognised { get; } = new("MODELS-RECOGNISED", "Số mô hình được công nhận", "Models recognised", IndicatorUnit.Count);

    /// <summary>Gets "Số mô hình tiêu biểu" / "Typical outstanding models" (count).</summary>
    public static Indicator ModelsTypical { get; } = new("MODELS-TYPICAL", "Số mô hình tiêu biểu", "Typical outstanding models", IndicatorUnit.Count);

    /// <summary>Gets "Số mô hình dừng thực hiện" / "Models withdrawn" (count).</summary>
    public static Indicator ModelsWithdrawn { get; } = new("MODELS-WITHDRAWN", "Số mô hình dừng thực hiện", "Models withdrawn", IndicatorUnit.Count);

    /// <summary>Gets "Số tập thể đăng ký mô hình" / "Collectives registering models" (count, e.g. 146).</summary>
    public static Indicator ModelOwnersCollective { get; } = new("MODEL-OWNERS-COLLECTIVE", "Số tập thể đăng ký mô hình", "Collectives registering models", IndicatorUnit.Count);

    /// <summary>Gets "Số cá nhân đăng ký mô hình" / "Individuals registering models" (count, e.g. 18).</summary>
    public static Indicator ModelOwnersIndividual { get; } = new("MODEL-OWNERS-INDIVIDUAL", "Số cá nhân đăng ký mô hình", "Individuals registering models", IndicatorUnit.Count);

    /// <summary>Gets "Số mô hình do tập thể đăng ký" / "Models registered by collectives" (count).</summary>
    public static Indicator ModelsByCollectives { get; } = new("MODELS-REGISTERED.OWNER.COLLECTIVE", "Số mô hình do tập thể đăng ký", "Models registered by collectives", IndicatorUnit.Count);

    /// <summary>Gets "Số mô hình do cá nhân đăng ký" / "Models registered by individuals" (count).</summary>
    public static Indicator ModelsByIndividuals { get; } = new("MODELS-REGISTERED.OWNER.INDIVIDUAL", "Số mô hình do cá nhân đăng ký", "Models registered by individuals", IndicatorUnit.Count);

    /// <summary>Gets "Tỷ lệ mô hình hoàn thành" / "Models completed of those registered" (ratio, e.g. 185/261).</summary>
    public static Indicator ModelsCompletedRate { get; } = new("MODELS-COMPLETED-RATE", "Tỷ lệ mô hình hoàn thành", "Models completed of those registered", IndicatorUnit.Ratio);

    /// <summary>Gets "Tỷ lệ mô hình được công nhận" / "Models recognised of those registered" (ratio, e.g. 360/360).</summary>
    public static Indicator ModelsRecognisedRate { get; } = new("MODELS-RECOGNISED-RATE", "Tỷ lệ mô hình được công nhận", "Models recognised of those registered", IndicatorUnit.Ratio);

    /// <summary>Gets "Số cuộc đối thoại giữa người đứng đầu cấp ủy với Nhân dân" / "Dialogues held between Party heads and the people" (count; Law 10/2022/QH15 art. 32).</summary>
    public static Indicator DialoguesHeld { get; } = new("DIALOGUES-HELD", "Số cuộc đối thoại giữa người đứng đầu cấp ủy với Nhân dân", "Dialogues held between Party heads and the people", IndicatorUnit.Count);

    /// <summary>Gets "Số công dân được tiếp / số công dân đề nghị" / "Citizens received of those who asked" (ratio, e.g. 301/314; Law 42/2013).</summary>
    public static Indicator CitizensReceived { get; } = new("CITIZENS-RECEIVED", "Số công dân được bí thư cấp ủy tiếp / số công dân đề nghị", "Citizens received of those who asked", IndicatorUnit.Ratio);

    /// <summary>Gets "Số suất quà" / "Gifts given" (count).</summary>
    public static Indicator Gifts { get; } = new("GIFTS", "Số suất quà", "Gifts given", IndicatorUnit.Count);

    /// <summary>Gets "Số suất học bổng" / "Scholarships given" (count).</summary>
    public static Indicator Scholarships { get; } = new("SCHOLARSHIPS", "Số suất học bổng", "Scholarships given", IndicatorUnit.Count);

    /// <summary>Gets "Số nhà được xây mới, sửa chữa" / "Houses built or repaired" (count).</summary>
    public static Indicator HousesBuiltOrRepaired { get; } = new("HOUSES-BUILT-OR-REPAIRED", "Số nhà được xây mới, sửa chữa", "Houses built or repaired", IndicatorUnit.Count);

    /// <summary>Gets "Tổng giá trị hỗ trợ" / "Total value of support" (amount in đồng, e.g. 165,34 tỷ đồng).</summary>
    public static Indicator SupportValue { get; } = new("SUPPORT-VALUE", "Tổng giá trị hỗ trợ", "Total value of support", IndicatorUnit.VndAmount);

    /// <summary>Gets "Số tập thể được khen thưởng" / "Collectives awarded" (count).</summary>
    public static Indicator CollectivesAwarded { get; } = new("AWARDS-COLLECTIVES", "Số tập thể được khen thưởng", "Collectives awarded", IndicatorUnit.Count);

    /// <summary>Gets "Số cá nhân được khen thưởng" / "Individuals awarded" (count).</summary>
    public static Indicator IndividualsAwarded { get; } = new("AWARDS-INDIVIDUALS", "Số cá nhân được khen thưởng", "Individuals awarded", IndicatorUnit.Count);

    /// <summary>Gets "Tổng tiền thưởng" / "Total bonuses paid" (amount in đồng).</summary>
    public static Indicator BonusesPaid { get; } = new("AWARDS-BONUSES", "Tổng tiền thưởng", "Total bonuses paid", IndicatorUnit.VndAmount);

    /// <summary>Gets "Số đội thi" / "Contest teams taking part" (count, e.g. 93 teams).</summary>
    public static Indicator ContestTeams { get; } = new("CONTEST-TEAMS", "Số đội thi", "Contest teams taking part", IndicatorUnit.Count);

    /// <summary>Gets "Số đội thi vào vòng trên" / "Contest teams advancing to the next round" (count, e.g. 16 teams).</summary>
    public static Indicator ContestTeamsAdvanced { get; } = new("CONTEST-TEAMS-ADVANCED", "Số đội thi vào vòng trên", "Contest teams advancing to the next round", IndicatorUnit.Count);

    /// <summary>Gets every standard indicator, ordered by code (ordinal).</summary>
    public static IReadOnlyList<Indicator> All { get; } = ReadOnlyView.Of(SortByCode(
    [
        ModelsRegistered, ModelsByCollectives, ModelsByIndividuals, ModelOwnersCollective, ModelOwnersIndividual, ModelsImplementing, ModelsCompleted, ModelsRecognised, ModelsTypical, ModelsWithdrawn,
        ModelsCompletedRate, ModelsRecognisedRate, DialoguesHeld, CitizensReceived, Gifts, Scholarships,
        HousesBuiltOrRepaired, SupportValue, CollectivesAwarded, IndividualsAwarded, BonusesPaid, ContestTeams,
        ContestTeamsAdvanced,
    ]));

    /// <summary>
    /// Creates the count indicator "awards of one kind" for an award kind defined elsewhere (the Awards
    /// area hands its results to aggregation this way), coded "AWARDS-KIND.&lt;kind code&gt;".
    /// </summary>
    /// <param name="awardKindCode">The award kind's stable code, for example "BANG-KHEN-TINH".</param>
    /// <param name="vietnameseName">The Vietnamese name of the award kind, for example "Bằng khen của Chủ tịch UBND tỉnh".</param>
    /// <param name="englishName">The English name of the award kind.</param>
    /// <returns>The indicator, e.g. "Số Bằng khen của Chủ tịch UBND tỉnh" / "Awards: …".</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">The code is not valid or a name is empty.</exception>
    public static Indicator AwardsOfKind(string awardKindCode, string vietnameseName, string englishName)
    {
        Guard.Against.Null(awardKindCode);
        Guard.Against.Null(vietnameseName);
        Guard.Against.Null(englishName);
        string? problem = MassMobilization.Core.Text.CodeText.Validate(awardKindCode, Indicator.MaxCodeLength - 12);
        Preconditions.CheckArgument(problem is null, nameof(awardKindCode), $"The award kind code \"{awardKindCode}\" is not valid: {problem}");
        Guard.Against.NullOrWhiteSpace(vietnameseName);
        Guard.Against.NullOrWhiteSpace(englishName);
        return new Indicator("AWARDS-KIND." + awardKindCode, "Số " + vietnameseName, "Awards: " + englishName, IndicatorUnit.Count);
    }

    /// <summary>
    /// Creates the count indicator "models registered at a level" (e.g. 7 at city level, 254 at district
    /// level), coded "MODELS-REGISTERED.LEVEL.&lt;level code&gt;".
    /// </summary>
    /// <param name="levelCode">The level's stable code, for example "DISTRICT".</param>
    /// <param name="vietnameseLevel">The level in Vietnamese, for example "cấp huyện".</param>
    /// <param name="englishLevel">The level in English, for example "district level".</param>
    /// <returns>The indicator.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">The code is not valid or a name is empty.</exception>
    public static Indicator ModelsRegisteredAtLevel(string levelCode, string vietnameseLevel, string englishLevel)
    {
        Guard.Against.Null(levelCode);
        Guard.Against.Null(vietnameseLevel);
        Guard.Against.Null(englishLevel);
        return Derived("MODELS-REGISTERED.LEVEL.", levelCode, nameof(levelCode), vietnameseLevel, englishLevel, "Số mô hình đăng ký ", "Models registered at ");
    }

    /// <summary>Creates the count indicator "models registered in a field" (economy, culture–society, …), coded "MODELS-REGISTERED.FIELD.&lt;field code&gt;".</summary>
    /// <param name="fieldCode">The field's stable code, for example "ECONOMY".</param>
    /// <param name="vietnameseField">The field in Vietnamese, for example "lĩnh vực kinh tế".</param>
    /// <param name="englishField">The field in English, for example "the economy".</param>
    /// <returns>The indicator.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">The code is not valid or a name is empty.</exception>
    public static Indicator ModelsRegisteredInField(string fieldCode, string vietnameseField, string englishField)
    {
        Guard.Against.Null(fieldCode);
        Guard.Against.Null(vietnameseField);
        Guard.Against.Null(englishField);
        return Derived("MODELS-REGISTERED.FIELD.", fieldCode, nameof(fieldCode), vietnameseField, englishField, "Số mô hình đăng ký trong ", "Models registered in ");
    }

    private static Indicator Derived(string prefix, string code, string codeName, string vietnamese, string english, string vietnamesePrefix, string englishPrefix)
    {
        string? problem = MassMobilization.Core.Text.CodeText.Validate(code, Indicator.MaxCodeLength - prefix.Length);
        Preconditions.CheckArgument(problem is null, codeName, $"The code \"{code}\" is not valid: {problem}");
        Preconditions.CheckArgument(!string.IsNullOrWhiteSpace(vietnamese) && !string.IsNullOrWhiteSpace(english), codeName, "The names must not be empty.");
        return new Indicator(prefix + code, vietnamesePrefix + vietnamese, englishPrefix + english, IndicatorUnit.Count);
    }

    private static Indicator[] SortByCode(Indicator[] indicators)
    {
        Array.Sort(indicators, static (a, b) => string.CompareOrdinal(a.Code, b.Code));
        return indicators;
    }
}
