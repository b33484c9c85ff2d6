using System;
using System.Collections.Generic;
using System.Linq;
using FsCheck;
using FsCheck.Xunit;
using MassMobilization.Core.Activities;
using MassMobilization.Core.AdministrativeUnits;
using MassMobilization.Core.Aggregation;
using MassMobilization.Core.Organization;
using MassMobilization.Core.Quantities;
using MassMobilization.Core.Reporting;
using MassMobilization.Core.Tests.Activities;
using MassMobilization.Samples.Generators;
using NodaTime;
using Xunit;

namespace MassMobilization.Core.Tests.Reporting;

/// <summary>
/// The direct activity roll-up (<see cref="ActivityIndicators.RollUp(RollUpShape, IndicatorLayout, ReportingPeriod, LocalDate, IEnumerable{IActivityRecord})"/>,
/// its columnar form <see cref="ActivityLedger"/>, and the report builder's activity section) gives exactly
/// what the readable path gives: <see cref="ActivityIndicators.Records(IEnumerable{IActivityRecord}, ReportingPeriod, LocalDate)"/>
/// rolled up with <see cref="RollUpEngine"/> — the same sums, record counts and errors.
/// </summary>
public sealed class ActivityDirectRollUpTests
{
    private static readonly ReportingPeriod Year = ReportingPeriod.Year(2024);
    private static readonly IndicatorLayout Layout = ReportLayouts.WithActivities.Indicators;
    private static readonly UnitCode[] Codes = new[] { "60", "593", "594", "22936", "22937", "22990" }.Select(c => new UnitCode(c)).ToArray();
    private static readonly RollUpShape Shape = RollUpShape.Create(Codes, [-1, 0, 0, 1, 1, 2]);

    private static RollUpResult Readable(IReadOnlyList<IActivityRecord> activities, LocalDate asOf, IndicatorLayout? layout = null) =>
        RollUpEngine.RollUp(Shape, layout ?? Layout, Year, ActivityIndicators.Records(activities, Year, asOf));

    private static bool SameCells(RollUpResult a, RollUpResult b) =>
        a.SumsSpan().SequenceEqual(b.SumsSpan()) && a.RecordCountsSpan().SequenceEqual(b.RecordCountsSpan());

    /// <summary>A record type outside the library: it counts its "count" quantity as another activity.</summary>
    private sealed record ForeignActivity(ActivityId Id, LocalDate Date, UnitCode Unit, IReadOnlyList<ActivityQuantity> Quantities) : IActivityRecord;

    private static List<IActivityRecord> RandomActivities(int seed, int count)
    {
        var random = new Random(seed);
        var start = new LocalDate(2023, 11, 1);
        var list = new List<IActivityRecord>(count);
        for (int i = 0; i < count; i++)
        {
            // Dates from November 2023 to March 2025: before, inside and after the period, and after the report date.
            var on = start.PlusDays(random.Next(0, 520));
            var unit = Codes[random.Next(Codes.Length)];
            var id = new ActivityId("a-" + i.ToString(System.Globalization.CultureInfo.InvariantCulture));
            int n = random.Next(0, 40);
            var head = new ReceptionHead(new ActivityId("h-" + unit.Value), "Bí thư", CommitteeKind.PartyCommittee, ReceptionLevel.Commune, unit);
            var recommendations = Enumerable.Range(0, random.Next(0, 4)).Select(r => new ActivityId($"r-{i}-{r}")).ToArray();
            list.Add((random.Next(19)) switch
            {
                0 => new Dialogue(id, unit, on, "Đối thoại", "Bí thư", n, recommendations),
                1 => new CitizenReception(id, head, on, ReceptionKind.Periodic, AdHocTrigger.None, n, random.Next(0, n + 1), []),
                2 => new SupportDelivery(id, unit, on, SupportKind.Gift, BeneficiaryGroup.PoorHousehold, 1 + n, VndAmount.FromDong(random.Next(1, 1_000_000)), FundingSource.SocialMobilization, "Quà"),
                3 => new SupportDelivery(id, unit, on, SupportKind.Scholarship, BeneficiaryGroup.PolicyFamily, 1 + n, VndAmount.FromDong(random.Next(1, 1_000_000)), FundingSource.SocialMobilization, "Học bổng"),
                4 => new SupportDelivery(id, unit, on, random.Next(2) == 0 ? SupportKind.HouseBuilt : SupportKind.HouseRepaired, BeneficiaryGroup.NearPoorHousehold, 1, VndAmount.FromDong(random.Next(1, 1_000_000)), FundingSource.SocialMobilization, "Nhà"),
                5 => new SupportDelivery(id, unit, on, SupportKind.Other, BeneficiaryGroup.MembersInDifficulty, 1 + n, VndAmount.FromDong(random.Next(1, 1_000_000)), FundingSource.SocialMobilization, "Khác"),
                6 => new SupervisionSession(id, unit, on, CommitteeKind.FatherlandFront, "An sinh", SupervisionForm.DocumentReview, recommendations),
                7 => new SocialCriticism(id, unit, on, CommitteeKind.WomensUnion, DraftReference.ForTitle("Dự thảo"), SocialCriticismForm.Conference, recommendations),
                8 => Recommendation.Receive(id, unit, RecommendationChannel.Reception, new ActivityId("src"), "Sửa đường", "UBND xã", on),
                9 => new PoliticalCoreTeam(id, unit, on, "Tổ", "A", new[] { "A", "B", "C" }.Take(1 + (n % 3))),
                10 => new ReligiousVisit(id, unit, on, "Lễ", n, n / 2),
                11 => new TwinningAgreement(id, "Sở Tư pháp", unit, on, ValidityPeriod.From(on)),
                12 => new PrestigeSelection(id, unit, on, "Già làng", [new CriterionAssessment("c1", VerdictOutcome.Met)]),
                13 => new CommunityVote(id, unit, ActivityFixtures.VillageExists, on, CommunityVoteKind.MeetingVote, 100, 60, 40, null),
                14 => new PeoplesInspectionBoard(id, unit, on, ValidityPeriod.Between(on, on.PlusYears(2)), [ActivityFixtures.VillageA, ActivityFixtures.VillageB], ActivityFixtures.Members(5), InspectionBoardPolicy.Default),
                15 => new CommunityInvestmentSupervisionBoard(id, unit, "Đường thôn", on, ValidityPeriod.Between(on, on.PlusYears(1)), ActivityFixtures.Members(5)),
                16 => new DisclosureItem(id, unit, "Dự toán", on, on.PlusDays(3)),
                17 => new ForeignActivity(id, on, unit, [new ActivityQuantity("other", 9), new ActivityQuantity(ActivityMeasures.Count, n)]),
                _ => new ForeignActivity(id, on, unit, [new ActivityQuantity("other", n)]),
            });
        }

        return list;
    }

    [Property(MaxTest = 200)]
    public bool The_direct_roll_up_and_the_ledger_equal_the_readable_records_rolled_up(int seed, byte size, byte reportDay)
    {
        var activities = RandomActivities(seed, size % 80);
        var asOf = Year.Start.PlusDays(reportDay + 100);
        var readable = Readable(activities, asOf);
        return SameCells(readable, ActivityIndicators.RollUp(Shape, Layout, Year, asOf, activities))
            && SameCells(readable, ActivityIndicators.RollUp(Shape, Layout, Year, asOf, ActivityLedger.Create(activities)))
            && SameCells(readable, ActivityIndicators.RollUp(Shape, Layout, Year, asOf, activities.AsEnumerable().Select(a => a)));
    }

    [Fact]
    public void Records_outside_the_period_or_after_the_report_date_count_nothing_and_are_not_looked_up()
    {
        var outside = new UnitCode("99999");
        var asOf = new LocalDate(2024, 6, 30);
        IActivityRecord[] activities =
        [
            ActivityFixtures.Dialogue(new LocalDate(2023, 12, 31), "before"),
            new Dialogue(new ActivityId("after"), outside, new LocalDate(2024, 7, 1), "x", "y", 1, []),
            new Dialogue(new ActivityId("in"), Codes[3], asOf, "x", "y", 1, []),
        ];

        var direct = ActivityIndicators.RollUp(Shape, Layout, Year, asOf, activities);

        Assert.True(SameCells(Readable(activities, asOf), direct));
        Assert.Equal(1, direct.Value(Codes[0], StandardIndicators.DialoguesHeld).Count);
    }

    [Fact]
    public void An_overflowing_sum_breaks_the_same_rule_with_the_same_message()
    {
        var asOf = new LocalDate(2024, 12, 31);
        var half = VndAmount.FromDong((long.MaxValue / 2) + 1);
        IActivityRecord[] activities =
        [
            new SupportDelivery(new ActivityId("g-1"), Codes[3], asOf, SupportKind.Gift, BeneficiaryGroup.PoorHousehold, 1, half, FundingSource.SocialMobilization, "Quà"),
            new SupportDelivery(new ActivityId("g-2"), Codes[3], asOf, SupportKind.Gift, BeneficiaryGroup.PoorHousehold, 1, half, FundingSource.SocialMobilization, "Quà"),
        ];

        var readable = Assert.Throws<DomainRuleException>(() => Readable(activities, asOf));
        var direct = Assert.Throws<DomainRuleException>(() => ActivityIndicators.RollUp(Shape, Layout, Year, asOf, activities));
        var ledger = Assert.Throws<DomainRuleException>(() => ActivityIndicators.RollUp(Shape, Layout, Year, asOf, ActivityLedger.Create(activities)));

        Assert.Equal(AggregationRuleCodes.SumOverflow, readable.RuleCode);
        Assert.Contains("SUPPORT-VALUE", readable.Message, StringComparison.Ordinal);
        Assert.Equal((readable.RuleCode, readable.Message), (direct.RuleCode, direct.Message));
        Assert.Equal((readable.RuleCode, readable.Message), (ledger.RuleCode, ledger.Message));
    }

    [Fact]
    public void A_unit_outside_the_shape_and_an_indicator_outside_the_layout_break_the_same_rules()
    {
        var asOf = new LocalDate(2024, 12, 31);
        IActivityRecord[] stranger = [new Dialogue(new ActivityId("d"), new UnitCode("99999"), asOf, "x", "y", 1, [])];
        IActivityRecord[] supervision = [new SupervisionSession(new ActivityId("s"), Codes[3], asOf, CommitteeKind.FatherlandFront, "x", SupervisionForm.Other, [])];

        foreach (var (activities, layout, code) in new[] { (stranger, Layout, AggregationRuleCodes.UnknownUnit), (supervision, IndicatorLayout.Standard, AggregationRuleCodes.UnknownIndicator) })
        {
            var readable = Assert.Throws<DomainRuleException>(() => Readable(activities, asOf, layout));
            var direct = Assert.Throws<DomainRuleException>(() => ActivityIndicators.RollUp(Shape, layout, Year, asOf, activities));
            var ledger = Assert.Throws<DomainRuleException>(() => ActivityIndicators.RollUp(Shape, layout, Year, asOf, ActivityLedger.Create(activities)));
            Assert.Equal(code, readable.RuleCode);
            Assert.Equal((readable.RuleCode, readable.Message), (direct.RuleCode, direct.Message));
            Assert.Equal((readable.RuleCode, readable.Message), (ledger.RuleCode, ledger.Message));
        }
    }

    [Fact]
    public void A_null_record_is_refused_with_its_index_before_any_other_error()
    {
        var asOf = new LocalDate(2024, 12, 31);
        IActivityRecord[] activities = [new Dialogue(new ActivityId("d"), new UnitCode("99999"), asOf, "x", "y", 1, []), null!];

        var direct = Assert.Throws<ArgumentException>(() => ActivityIndicators.RollUp(Shape, Layout, Year, asOf, activities));
        var ledger = Assert.Throws<ArgumentException>(() => ActivityLedger.Create(activities));

        Assert.Equal(Assert.Throws<ArgumentException>(() => ActivityIndicators.Records(activities, Year, asOf)).Message, direct.Message);
        Assert.Contains("Element 1 is null", ledger.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_ledger_keeps_each_unit_once_in_order_of_appearance()
    {
        var on = new LocalDate(2024, 3, 1);
        var ledger = ActivityLedger.Create([ActivityFixtures.Dialogue(on, "a"), new Dialogue(new ActivityId("b"), Codes[4], on, "x", "y", 1, []), ActivityFixtures.Dialogue(on, "c")]);

        Assert.Equal(3, ledger.Count);
        Assert.Equal([ActivityFixtures.Commune, Codes[4]], ledger.Units);
    }

    [Fact]
    public void The_report_builder_gives_the_same_report_from_activities_as_from_their_records_rebased_or_not()
    {
        var map = OfficialMap.Instance;
        var binhThuan = new UnitCode("60");
        var before = map.LastDayBeforeReform;
        var communes = map.Chart.At(before).Descendants(binhThuan).Where(u => u.Kind.Tier == UnitTier.Commune).Select(u => u.Code).ToList();
        var activities = ActivitySeeds.BinhThuan2024(communes);
        foreach (var request in new[]
        {
            ReportRequest.Create(map.Chart, binhThuan, Year, before).WithLayout(ReportLayouts.WithActivities),
            ReportRequest.Create(map.Chart, new UnitCode("68"), Year, new LocalDate(2025, 12, 31)).WithLayout(ReportLayouts.WithActivities),
        })
        {
            var direct = ReportBuilder.Build(request, [], activities, []);
            var readable = ReportBuilder.Build(request, [], ActivityIndicators.Records(activities, request.Period, request.AsOf));

            Assert.Equal(readable.RecordCount, direct.RecordCount);
            Assert.Equal(readable.IsRebased, direct.IsRebased);
            Assert.Equal(readable.Figures, direct.Figures);
            Assert.Equal(readable.Units.SelectMany(u => u.Tally.Values), direct.Units.SelectMany(u => u.Tally.Values));
            Assert.Equal(readable.Unallocated.Select(u => (u.Indicator, u.Sum)), direct.Unallocated.Select(u => (u.Indicator, u.Sum)));
        }
    }
}
