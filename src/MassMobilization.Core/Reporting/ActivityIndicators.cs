using System;
using System.Collections.Generic;
using Ardalis.GuardClauses;
using MassMobilization.Core.Activities;
using MassMobilization.Core.Aggregation;
using MassMobilization.Core.Documents;
using MassMobilization.Core.Organization;
using MassMobilization.Core.Quantities;
using NodaTime;

namespace MassMobilization.Core.Reporting;

/// <summary>
/// Turns activity records (docs/activities.md) into indicator records for a report (công tác dân vận
/// thường xuyên: tiếp công dân, đối thoại, giám sát, phản biện xã hội, hỗ trợ an sinh…), the way
/// <see cref="ModelIndicators"/> does for models: every record dated in the reporting period, and on or
/// before the report date, gives one indicator record per figure it counts towards, kept against the
/// record's own unit, so that the same roll-up (rebasing, mergeable partials) adds them up.
/// </summary>
/// <remarks>
/// Every figure is read from the record's own quantities (<see cref="IActivityRecord.Quantities"/>,
/// measure codes of <see cref="ActivityMeasures"/>); this class only decides which indicator a record's
/// measure feeds. Records give exact counts; a published figure with a qualifier ("hơn 395.000") is a
/// <see cref="ReportedQuantity"/>, compared with the exact sum by <see cref="ReportedQuantity.Admits(long)"/>,
/// and never replaced by it (docs/activities.md, "How activities roll up").
/// </remarks>
public static class ActivityIndicators
{
    /// <summary>Gets the indicator "citizen reception sessions held by Party heads" (số buổi tiếp công dân).</summary>
    public static Indicator ReceptionsHeld { get; } = new("ACT-RECEPTIONS", "Số buổi tiếp công dân của người đứng đầu cấp ủy", "Citizen reception sessions held by Party heads", IndicatorUnit.Count);

    /// <summary>Gets the indicator "recommendations received from the people" (số phản ánh, kiến nghị tiếp nhận).</summary>
    public static Indicator RecommendationsReceived { get; } = new("ACT-RECOMMENDATIONS", "Số phản ánh, kiến nghị tiếp nhận", "Recommendations received from the people", IndicatorUnit.Count);

    /// <summary>Gets the indicator "supervisions" (số cuộc giám sát).</summary>
    public static Indicator Supervisions { get; } = new("ACT-SUPERVISIONS", "Số cuộc giám sát", "Supervisions held", IndicatorUnit.Count);

    /// <summary>Gets the indicator "social criticisms" (số cuộc phản biện xã hội).</summary>
    public static Indicator SocialCriticisms { get; } = new("ACT-SOCIAL-CRITICISMS", "Số cuộc phản biện xã hội", "Social criticisms held", IndicatorUnit.Count);

    /// <summary>Gets the indicator "recommendations made by supervisions and social criticisms" (số kiến nghị qua giám sát, phản biện xã hội).</summary>
    public static Indicator SupervisionRecommendations { get; } = new("ACT-SUPERVISION-RECOMMENDATIONS", "Số kiến nghị qua giám sát, phản biện xã hội", "Recommendations made by supervisions and social criticisms", IndicatorUnit.Count);

    /// <summary>Gets the indicator "other support delivered" (số suất hỗ trợ khác).</summary>
    public static Indicator OtherSupport { get; } = new("ACT-SUPPORT-OTHER", "Số suất hỗ trợ khác", "Other support delivered", IndicatorUnit.Count);

    /// <summary>Gets the indicator "political core teams" (số tổ, đội nòng cốt chính trị).</summary>
    public static Indicator CoreTeams { get; } = new("ACT-CORE-TEAMS", "Số tổ, đội nòng cốt chính trị", "Political core teams", IndicatorUnit.Count);

    /// <summary>Gets the indicator "members of political core teams" (số thành viên tổ, đội nòng cốt).</summary>
    public static Indicator CoreTeamMembers { get; } = new("ACT-CORE-TEAM-MEMBERS", "Số thành viên tổ, đội nòng cốt chính trị", "Members of political core teams", IndicatorUnit.Count);

    /// <summary>Gets the indicator "visits to religious organisations and dignitaries" (số đợt thăm hỏi tôn giáo).</summary>
    public static Indicator ReligiousVisits { get; } = new("ACT-RELIGIOUS-VISITS", "Số đợt thăm hỏi tổ chức, chức sắc tôn giáo", "Visits to religious organisations and dignitaries", IndicatorUnit.Count);

    /// <summary>Gets the indicator "religious organisations visited" (số tổ chức tôn giáo được thăm hỏi).</summary>
    public static Indicator ReligiousOrganisationsVisited { get; } = new("ACT-RELIGIOUS-ORGANISATIONS", "Số lượt tổ chức tôn giáo được thăm hỏi", "Religious organisations visited", IndicatorUnit.Count);

    /// <summary>Gets the indicator "twinning agreements with ethnic-minority villages" (số thỏa thuận kết nghĩa).</summary>
    public static Indicator TwinningAgreements { get; } = new("ACT-TWINNING", "Số thỏa thuận kết nghĩa với thôn, buôn", "Twinning agreements with ethnic-minority villages", IndicatorUnit.Count);

    /// <summary>Gets the indicator "people with prestige selected" (số người có uy tín được bình chọn).</summary>
    public static Indicator PrestigeSelections { get; } = new("ACT-PRESTIGE", "Số người có uy tín được bình chọn", "People with prestige selected", IndicatorUnit.Count);

    /// <summary>Gets the indicator "community votes" (số cuộc biểu quyết của cộng đồng).</summary>
    public static Indicator CommunityVotes { get; } = new("ACT-COMMUNITY-VOTES", "Số cuộc biểu quyết của cộng đồng dân cư", "Community votes held", IndicatorUnit.Count);

    /// <summary>Gets the indicator "People's Inspection Boards elected" (số Ban Thanh tra nhân dân).</summary>
    public static Indicator InspectionBoards { get; } = new("ACT-INSPECTION-BOARDS", "Số Ban Thanh tra nhân dân được bầu", "People's Inspection Boards elected", IndicatorUnit.Count);

    /// <summary>Gets the indicator "Community Investment Supervision Boards set up" (số Ban Giám sát đầu tư của cộng đồng).</summary>
    public static Indicator InvestmentSupervisionBoards { get; } = new("ACT-INVESTMENT-BOARDS", "Số Ban Giám sát đầu tư của cộng đồng", "Community Investment Supervision Boards set up", IndicatorUnit.Count);

    /// <summary>Gets the indicator "items disclosed to the people" (số nội dung công khai).</summary>
    public static Indicator Disclosures { get; } = new("ACT-DISCLOSURES", "Số nội dung công khai cho Nhân dân", "Items disclosed to the people", IndicatorUnit.Count);

    /// <summary>Gets the indicator "models and activities attached to programmes" (số mô hình, hoạt động thuộc đề án).</summary>
    public static Indicator ProgrammeSubjects { get; } = new("ACT-PROGRAMME-SUBJECTS", "Số mô hình, hoạt động thuộc đề án, chủ đề", "Models and activities attached to programmes", IndicatorUnit.Count);

    /// <summary>Gets the indicator "People's Council resolutions" (số nghị quyết của Hội đồng nhân dân).</summary>
    public static Indicator CouncilResolutions { get; } = new("ACT-COUNCIL-RESOLUTIONS", "Số nghị quyết của Hội đồng nhân dân", "People's Council resolutions", IndicatorUnit.Count);

    /// <summary>Gets the indicator "other activities" (hoạt động khác), for record types this class does not know.</summary>
    public static Indicator OtherActivities { get; } = new("ACT-OTHER", "Số hoạt động khác", "Other activities", IndicatorUnit.Count);

    /// <summary>
    /// Gets every indicator activity records feed, in report order: the standard dialogue, reception and
    /// support indicators of <see cref="StandardIndicators"/>, then the activity indicators (codes "ACT-…").
    /// </summary>
    public static IReadOnlyList<Indicator> All { get; } = ReadOnlyView.Of(new Indicator[]
    {
        StandardIndicators.DialoguesHeld, StandardIndicators.CitizensReceived, StandardIndicators.Gifts, StandardIndicators.Scholarships,
        StandardIndicators.HousesBuiltOrRepaired, StandardIndicators.SupportValue,
        ReceptionsHeld, RecommendationsReceived, Supervisions, SocialCriticisms, SupervisionRecommendations, OtherSupport, CoreTeams, CoreTeamMembers,
        ReligiousVisits, ReligiousOrganisationsVisited, TwinningAgreements, PrestigeSelections, CommunityVotes, InspectionBoards,
        InvestmentSupervisionBoards, Disclosures, ProgrammeSubjects, CouncilResolutions, OtherActivities,
    });

    /// <summary>Creates the records of the activities dated in a period, as of a date.</summary>
    /// <param name="activities">The activity records.</param>
    /// <param name="period">The reporting period: records dated within it, and on or before <paramref name="asOf"/>, are counted.</param>
    /// <param name="asOf">The report date.</param>
    /// <returns>The indicator records, in activity order, each kept against its activity's unit.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="activities"/> or <paramref name="period"/> is null.</exception>
    /// <exception cref="ArgumentException">An activity is null, or <paramref name="asOf"/> is before the period starts.</exception>
    public static IReadOnlyList<IndicatorRecord> Records(IEnumerable<IActivityRecord> activities, ReportingPeriod period, LocalDate asOf)
    {
        var array = Preconditions.CheckNotNullElements(activities, nameof(activities));
        Guard.Against.Null(period);
        period.CheckReportDate(asOf, nameof(asOf));
        var last = asOf < period.End ? asOf : period.End;
        var records = new List<IndicatorRecord>(array.Length * 2);
        foreach (var activity in array)
        {
            if (activity.Date < period.Start || activity.Date > last)
            {
                continue;
            }

            Add(records, activity);
        }

        return records;
    }

    /// <summary>
    /// Rolls activity records up a shape directly, as of a date: the same result as rolling up
    /// <see cref="Records(IEnumerable{IActivityRecord}, ReportingPeriod, LocalDate)"/> with
    /// <see cref="RollUpEngine.RollUp(RollUpShape, IndicatorLayout, ReportingPeriod, IEnumerable{IndicatorRecord})"/>
    /// (sums, record counts and errors), without making an indicator record per figure: each kind of record's
    /// slots are resolved once from the layout, the unit lookup is cached per call, and the figures are
    /// added straight into the roll-up's cells with its overflow check (docs/activities.md, "How activities roll up").
    /// </summary>
    /// <param name="shape">The units; every counted record's unit must be in it.</param>
    /// <param name="layout">The indicators; it must hold every indicator a counted record feeds (for example <see cref="ReportLayouts.WithActivities"/>).</param>
    /// <param name="period">The reporting period: records dated within it, and on or before <paramref name="asOf"/>, are counted.</param>
    /// <param name="asOf">The report date.</param>
    /// <param name="activities">The activity records; arrays and lists are read in place.</param>
    /// <returns>The result for every unit. Allocation is O(units × slots), never O(records).</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">An activity is null or kept against the default unit, or <paramref name="asOf"/> is before the period starts.</exception>
    /// <exception cref="DomainRuleException">Rule <c>AGG-UNKNOWN-UNIT</c> or <c>AGG-UNKNOWN-INDICATOR</c>: a counted record's unit or indicator is not in the shape or layout; rule <c>AGG-SUM-OVERFLOW</c>: a unit's sum for a slot does not fit in 64 bits (the message names the unit and slot).</exception>
    public static RollUpResult RollUp(RollUpShape shape, IndicatorLayout layout, ReportingPeriod period, LocalDate asOf, IEnumerable<IActivityRecord> activities)
    {
        Guard.Against.Null(shape);
        Guard.Against.Null(layout);
        Guard.Against.Null(period);
        Guard.Against.Null(activities);
        period.CheckReportDate(asOf, nameof(asOf));
        return RollUpEngine.RollUp(shape, layout, period, (sums, counts) => ActivityCells.TryAccumulate(shape, layout, period, asOf, activities, sums, counts, stopAtUnknownUnit: false, out _));
    }

    /// <summary>
    /// Rolls up an <see cref="ActivityLedger"/> (activity records held as columns) as of a date: the same result as
    /// <see cref="RollUp(RollUpShape, IndicatorLayout, ReportingPeriod, LocalDate, IEnumerable{IActivityRecord})"/>
    /// on the records it was made from, through the same cells, at about the cost of a plain loop over arrays
    /// (docs/activities.md, "How activities roll up"). Each of the ledger's distinct units is looked up in the shape once per call.
    /// </summary>
    /// <param name="shape">The units; every counted record's unit must be in it.</param>
    /// <param name="layout">The indicators; it must hold every indicator a counted record feeds.</param>
    /// <param name="period">The reporting period: records dated within it, and on or before <paramref name="asOf"/>, are counted.</param>
    /// <param name="asOf">The report date.</param>
    /// <param name="ledger">The records as columns.</param>
    /// <returns>The result for every unit. Allocation is O(units × slots + the ledger's distinct units).</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="asOf"/> is before the period starts.</exception>
    /// <exception cref="DomainRuleException">Rule <c>AGG-UNKNOWN-UNIT</c> or <c>AGG-UNKNOWN-INDICATOR</c>: a counted record's unit or indicator is not in the shape or layout; rule <c>AGG-SUM-OVERFLOW</c>: a unit's sum for a slot does not fit in 64 bits (the message names the unit and slot).</exception>
    public static RollUpResult RollUp(RollUpShape shape, IndicatorLayout layout, ReportingPeriod period, LocalDate asOf, ActivityLedger ledger)
    {
        Guard.Against.Null(shape);
        Guard.Against.Null(layout);
        Guard.Against.Null(period);
        Guard.Against.Null(ledger);
        period.CheckReportDate(asOf, nameof(asOf));
        return RollUpEngine.RollUp(shape, layout, period, (sums, counts) => ActivityCells.TryAccumulate(shape, layout, period, asOf, ledger, sums, counts, stopAtUnknownUnit: false, out _));
    }

    /// <summary>
    /// Creates the record of the models and activities attached to a programme (Bình Dương's Scheme 02 and
    /// its 47 new models), kept against the programme's unit, when the programme has started by the
    /// report date and overlaps the period.
    /// </summary>
    /// <param name="programme">The programme.</param>
    /// <param name="period">The reporting period.</param>
    /// <param name="asOf">The report date.</param>
    /// <returns>One record (possibly of zero), or none when the programme is outside the period or starts after the date.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="programme"/> or <paramref name="period"/> is null.</exception>
    /// <remarks>A programme keeps no attachment dates, so every attached subject counts once the programme has started.</remarks>
    public static IReadOnlyList<IndicatorRecord> Records(Programme programme, ReportingPeriod period, LocalDate asOf)
    {
        Guard.Against.Null(programme);
        Guard.Against.Null(period);
        bool counted = programme.Period.Start <= asOf && programme.Period.Start <= period.End && programme.Period.End >= period.Start;
        return counted ? ReadOnlyView.Of(new[] { IndicatorRecord.Count(programme.Unit, ProgrammeSubjects, programme.AttachedIds.Count) }) : ReadOnlyView.Of(Array.Empty<IndicatorRecord>());
    }

    /// <summary>
    /// Creates the record of a People's Council's resolutions in a term (505 in the IX, X and XI terms,
    /// Bình Thuận 2023), counting with <see cref="CouncilTerm.CountResolutions(IEnumerable{DirectiveDocument})"/>
    /// the documents issued in the period and on or before the report date.
    /// </summary>
    /// <param name="term">The council term.</param>
    /// <param name="unit">The unit the council belongs to (the record is kept against it).</param>
    /// <param name="documents">The documents.</param>
    /// <param name="period">The reporting period.</param>
    /// <param name="asOf">The report date.</param>
    /// <returns>One record with the count.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="term"/>, <paramref name="documents"/> or <paramref name="period"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="unit"/> is the default value, or a document is null.</exception>
    public static IndicatorRecord Resolutions(CouncilTerm term, UnitCode unit, IEnumerable<DirectiveDocument> documents, ReportingPeriod period, LocalDate asOf)
    {
        Guard.Against.Null(term);
        var array = Preconditions.CheckNotNullElements(documents, nameof(documents));
        Guard.Against.Null(period);
        Preconditions.CheckArgument(!unit.IsDefault, nameof(unit), "The unit code is the default value.");
        var last = asOf < period.End ? asOf : period.End;
        var inPeriod = new List<DirectiveDocument>(array.Length);
        foreach (var document in array)
        {
            if (document.IssuedOn >= period.Start && document.IssuedOn <= last)
            {
                inPeriod.Add(document);
            }
        }

        return IndicatorRecord.Count(unit, CouncilResolutions, term.CountResolutions(inPeriod));
    }

    private static void Add(List<IndicatorRecord> records, IActivityRecord activity)
    {
        var unit = activity.Unit;
        var quantities = activity.Quantities;
        switch (activity)
        {
            case CitizenReception:
                records.Add(IndicatorRecord.Count(unit, ReceptionsHeld, Amount(quantities, ActivityMeasures.Count)));
                records.Add(new IndicatorRecord(unit, IndicatorValue.ForRatio(
                    StandardIndicators.CitizensReceived,
                    new Ratio(Amount(quantities, ActivityMeasures.CitizensReceived), Amount(quantities, ActivityMeasures.CitizensAsked)))));
                break;
            case Dialogue:
                records.Add(IndicatorRecord.Count(unit, StandardIndicators.DialoguesHeld, Amount(quantities, ActivityMeasures.Count)));
                break;
            case Recommendation:
                records.Add(IndicatorRecord.Count(unit, RecommendationsReceived, Amount(quantities, ActivityMeasures.Count)));
                break;
            case SupervisionSession:
                records.Add(IndicatorRecord.Count(unit, Supervisions, Amount(quantities, ActivityMeasures.Count)));
                records.Add(IndicatorRecord.Count(unit, SupervisionRecommendations, Amount(quantities, ActivityMeasures.Recommendations)));
                break;
            case SocialCriticism:
                records.Add(IndicatorRecord.Count(unit, SocialCriticisms, Amount(quantities, ActivityMeasures.Count)));
                records.Add(IndicatorRecord.Count(unit, SupervisionRecommendations, Amount(quantities, ActivityMeasures.Recommendations)));
                break;
            case SupportDelivery delivery:
                records.Add(IndicatorRecord.Count(unit, SupportIndicator(delivery.Kind), Amount(quantities, ActivityMeasures.UnitsDelivered)));
                records.Add(new IndicatorRecord(unit, IndicatorValue.ForAmount(StandardIndicators.SupportValue, VndAmount.FromDong(Amount(quantities, ActivityMeasures.ValueDong)))));
                break;
            case PoliticalCoreTeam:
                records.Add(IndicatorRecord.Count(unit, CoreTeams, Amount(quantities, ActivityMeasures.Count)));
                records.Add(IndicatorRecord.Count(unit, CoreTeamMembers, Amount(quantities, ActivityMeasures.Members)));
                break;
            case ReligiousVisit:
                records.Add(IndicatorRecord.Count(unit, ReligiousVisits, Amount(quantities, ActivityMeasures.Count)));
                records.Add(IndicatorRecord.Count(unit, ReligiousOrganisationsVisited, Amount(quantities, ActivityMeasures.OrganisationsVisited)));
                break;
            default:
                records.Add(IndicatorRecord.Count(unit, CountIndicator(activity), Amount(quantities, ActivityMeasures.Count)));
                break;
        }
    }

    private static Indicator CountIndicator(IActivityRecord activity) => activity switch
    {
        TwinningAgreement => TwinningAgreements,
        PrestigeSelection => PrestigeSelections,
        CommunityVote => CommunityVotes,
        PeoplesInspectionBoard => InspectionBoards,
        CommunityInvestmentSupervisionBoard => InvestmentSupervisionBoards,
        DisclosureItem => Disclosures,
        _ => OtherActivities,
    };

    private static Indicator SupportIndicator(SupportKind kind) => kind switch
    {
        SupportKind.Gift => StandardIndicators.Gifts,
        SupportKind.Scholarship => StandardIndicators.Scholarships,
        SupportKind.HouseBuilt or SupportKind.HouseRepaired => StandardIndicators.HousesBuiltOrRepaired,
        _ => OtherSupport,
    };

    // A record type outside this library may lack a measure; it then counts nothing for it (zero), never fails.
    private static long Amount(IReadOnlyList<ActivityQuantity> quantities, string measure)
    {
        for (int i = 0; i < quantities.Count; i++)
        {
            if (string.Equals(quantities[i].Measure, measure, StringComparison.Ordinal))
            {
                return quantities[i].Amount;
            }
        }

        return 0;
    }
}
