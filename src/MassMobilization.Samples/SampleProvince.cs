using System.Collections.Generic;
using MassMobilization.Core.Activities;
using MassMobilization.Core.Aggregation;
using MassMobilization.Core.Awards;
using MassMobilization.Core.Mobilization;
using MassMobilization.Core.Organization;
using MassMobilization.Core.Reporting;
using MassMobilization.Samples.Generators;
using NodaTime;

namespace MassMobilization.Samples;

/// <summary>
/// The built-in sample data of the <c>massmob</c> command line: Hà Nội reduced to Thanh Trì district and
/// its sixteen communes before 2025-07-01 and the five communes they became (<see cref="HaNoiSample"/>),
/// with the 2024 records shaped by the figures of the seed reports — Thanh Trì's models (146
/// collectives and 18 individuals, 261 models, 7 city-level and 254 district-level, 185 completed by
/// 2024-06-30), Đắk Lắk's awards (18 collectives and 18 individuals, counted from the recipients of one award decision,
/// <see cref="AwardDecisions"/>) and Bình Thuận's activities,
/// generated as individual dated records on Thanh Trì's communes (<see cref="ActivitySeeds.BinhThuan2024"/>:
/// 140 dialogues, receptions of 301/314 citizens, deliveries of 395,112 gifts — the report said "more than
/// 395,000" — 1,000 scholarships and 305 houses, worth 165,34 tỷ đồng). Names of units are real; codes and
/// the placement of records are illustrative.
/// </summary>
public sealed class SampleProvince
{
    private static readonly ReportingPeriod Year2024 = ReportingPeriod.Year(2024);
    private readonly IReadOnlyList<IndicatorRecord> yearly;

    private SampleProvince()
    {
        Chart = HaNoiSample.Build();
        var old = new List<UnitCode>();
        foreach (var (code, _, _, _) in HaNoiSample.OldCommunes)
        {
            old.Add(new UnitCode(code));
        }

        var current = new List<UnitCode>();
        foreach (var (code, _, _, _) in HaNoiSample.NewCommunes)
        {
            current.Add(new UnitCode(code));
        }

        OldCommunes = old;
        NewCommunes = current;
        Models = AggregationSeeds.ThanhTriModels(old).Models;
        AwardDecisions = [AggregationSeeds.ThanhTriAwardDecision(Chart, old)];
        Activities = ActivitySeeds.BinhThuan2024(old);
        var yearlyRecords = new List<IndicatorRecord>();
        foreach (var record in ActivityIndicators.Records(Activities, Year2024, Year2024.End))
        {
            // The standard report has no line for the number of reception sessions (ACT-RECEPTIONS); every
            // other figure of the activities (dialogues, citizens received, support) is one of its lines.
            if (ReportLayouts.Standard.Indicators.Contains(record.Value.Indicator))
            {
                yearlyRecords.Add(record);
            }
        }

        yearly = yearlyRecords;
        var records = new List<IndicatorRecord>(AwardIndicators.Records(AwardDecisions, Year2024, Year2024.End, Chart));
        records.AddRange(yearly);
        Records = records;
    }

    /// <summary>Gets the sample (built once; immutable).</summary>
    public static SampleProvince Instance { get; } = new();

    /// <summary>Gets the city (Hà Nội, code 01).</summary>
    public static UnitCode City => HaNoiSample.HaNoi;

    /// <summary>Gets Thanh Trì district (code 020, until 2025-06-30).</summary>
    public static UnitCode District => HaNoiSample.ThanhTri;

    /// <summary>Gets the last day of the three-level structure.</summary>
    public static LocalDate LastDayBefore => HaNoiSample.LastDayBefore;

    /// <summary>Gets the first day of the two-level structure.</summary>
    public static LocalDate FirstDayAfter => HaNoiSample.FirstDayAfter;

    /// <summary>Gets the chart: city, district and communes, with the 2025 successions and the commission merger.</summary>
    public OrganizationChart Chart { get; }

    /// <summary>Gets the sixteen communes and the town of Thanh Trì until 2025-06-30.</summary>
    public IReadOnlyList<UnitCode> OldCommunes { get; }

    /// <summary>Gets the five communes and wards from 2025-07-01.</summary>
    public IReadOnlyList<UnitCode> NewCommunes { get; }

    /// <summary>Gets the models registered in 2024, kept against the old communes.</summary>
    public IReadOnlyList<MobilizationModel> Models { get; }

    /// <summary>
    /// Gets the 2024 activity records (dialogues, citizen receptions, support deliveries), each one dated event
    /// kept against an old commune (<see cref="ActivitySeeds.BinhThuan2024"/>).
    /// </summary>
    public IReadOnlyList<IActivityRecord> Activities { get; }

    /// <summary>Gets the award decisions of 2024 (one, of the city's Mass Mobilization Commission, 1250-QĐ/BDVTU of 2024-12-20).</summary>
    public IReadOnlyList<AwardDecision> AwardDecisions { get; }

    /// <summary>
    /// Gets the 2024 award and indicator records, kept against the old communes: the award totals counted from
    /// <see cref="AwardDecisions"/> as of 2024-12-31, and the indicator records of <see cref="Activities"/>
    /// (<see cref="ActivityIndicators.Records(IEnumerable{IActivityRecord}, ReportingPeriod, LocalDate)"/>) that the
    /// standard layout reports.
    /// </summary>
    public IReadOnlyList<IndicatorRecord> Records { get; }

    /// <summary>Gets the yearly records that belong to a period: <see cref="Records"/> when it covers the whole of 2024, none otherwise.</summary>
    /// <param name="period">The reporting period.</param>
    /// <returns>The records.</returns>
    public IReadOnlyList<IndicatorRecord> RecordsFor(ReportingPeriod period) =>
        period.Contains(new LocalDate(2024, 1, 1)) && period.Contains(new LocalDate(2024, 12, 31)) ? Records : [];

    /// <summary>
    /// Gets the records of a report as of a date: the yearly indicator records when the period covers the whole of 2024, and the
    /// awards of the decisions signed in the period by <paramref name="asOf"/>, with their breakdown by authority and form (for
    /// <see cref="ReportLayouts.WithAwards"/>).
    /// </summary>
    /// <param name="period">The reporting period.</param>
    /// <param name="asOf">The report date.</param>
    /// <returns>The records.</returns>
    public IReadOnlyList<IndicatorRecord> RecordsFor(ReportingPeriod period, LocalDate asOf)
    {
        var records = new List<IndicatorRecord>(AwardIndicators.Records(AwardDecisions, period, asOf, Chart, byAuthority: true));
        if (period.Contains(Year2024.Start) && period.Contains(Year2024.End))
        {
            records.AddRange(yearly);
        }

        return records;
    }
}
