using System;
using System.Globalization;
using Ardalis.GuardClauses;
using MassMobilization.Core.Aggregation;
using MassMobilization.Core.Mobilization;
using MassMobilization.Core.Quantities;

namespace MassMobilization.Core.Reporting;

/// <summary>
/// The figures of a report's summary sentence, read from the tally of the unit reported on: "146 tập thể
/// và 18 cá nhân đăng ký 261 mô hình (7 cấp tỉnh/thành phố, 254 cấp huyện, 0 cấp xã); 185/261 mô hình hoàn
/// thành, đạt 70%; …".
/// </summary>
/// <param name="CollectiveOwners">Distinct collective owners of registered models.</param>
/// <param name="IndividualOwners">Distinct individual owners of registered models.</param>
/// <param name="Registered">Models registered.</param>
/// <param name="AtProvinceLevel">Models registered at province level.</param>
/// <param name="AtDistrictLevel">Models registered at district level.</param>
/// <param name="AtCommuneLevel">Models registered at commune level.</param>
/// <param name="Completed">Models completed of those registered (the counts <c>MODELS-COMPLETED</c> of <c>MODELS-REGISTERED</c>).</param>
/// <param name="Recognised">Models recognised.</param>
/// <param name="Typical">Typical models.</param>
public sealed record ReportSummary(
    long CollectiveOwners, long IndividualOwners, long Registered, long AtProvinceLevel, long AtDistrictLevel, long AtCommuneLevel, Ratio Completed, long Recognised, long Typical)
{
    /// <summary>Reads the summary figures from a tally of the model indicators.</summary>
    /// <param name="tally">The tally.</param>
    /// <returns>The summary.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="tally"/> is null.</exception>
    /// <exception cref="DomainRuleException">
    /// Rule <c>AGG-UNKNOWN-INDICATOR</c>: the tally lacks a model indicator; rule <c>REP-COMPLETED-ABOVE-REGISTERED</c>:
    /// the tally counts more models completed than registered.
    /// </exception>
    public static ReportSummary From(Tally tally)
    {
        Guard.Against.Null(tally);
        return new ReportSummary(
            tally.Count(StandardIndicators.ModelOwnersCollective),
            tally.Count(StandardIndicators.ModelOwnersIndividual),
            tally.Count(StandardIndicators.ModelsRegistered),
            tally.Count(ModelIndicators.AtLevel(ModelLevel.Province)),
            tally.Count(ModelIndicators.AtLevel(ModelLevel.District)),
            tally.Count(ModelIndicators.AtLevel(ModelLevel.Commune)),
            CompletedOfRegistered(tally),
            tally.Count(StandardIndicators.ModelsRecognised),
            tally.Count(StandardIndicators.ModelsTypical));
    }

    /// <summary>
    /// The completed models of those registered, from the two counts the report's table shows (so the
    /// summary and the table always agree, also for partials that carry the counts and not the rate).
    /// </summary>
    private static Ratio CompletedOfRegistered(Tally tally)
    {
        long completed = tally.Count(StandardIndicators.ModelsCompleted);
        long registered = tally.Count(StandardIndicators.ModelsRegistered);
        Guard.Against.RuleViolation(
            completed <= registered,
            ReportingRuleCodes.CompletedAboveRegistered,
            $"The tally of {tally.Unit} counts {completed} models completed of {registered} registered.");
        return new Ratio(completed, registered);
    }

    /// <summary>Writes the sentence a Vietnamese report writes.</summary>
    /// <param name="percentages">How the completion rate is written, for example <see cref="PercentageFormat.WholePercentTruncated"/>.</param>
    /// <returns>The sentence.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="percentages"/> is null.</exception>
    public string ToVietnamese(PercentageFormat percentages)
    {
        Guard.Against.Null(percentages);
        return string.Create(
            CultureInfo.InvariantCulture,
            $"{CollectiveOwners} tập thể và {IndividualOwners} cá nhân đăng ký {Registered} mô hình "
            + $"({AtProvinceLevel} cấp tỉnh/thành phố, {AtDistrictLevel} cấp huyện, {AtCommuneLevel} cấp xã); "
            + $"{Completed} mô hình hoàn thành, đạt {percentages.Format(Completed)}; {Recognised} mô hình được công nhận, {Typical} mô hình tiêu biểu.");
    }
}
