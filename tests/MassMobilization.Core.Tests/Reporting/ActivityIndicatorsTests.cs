using System.Collections.Generic;
using System.Linq;
using FsCheck;
using FsCheck.Fluent;
using MassMobilization.Core.Activities;
using MassMobilization.Core.Aggregation;
using MassMobilization.Core.Organization;
using MassMobilization.Core.Quantities;
using MassMobilization.Core.Reporting;
using MassMobilization.Core.Tests.Activities;
using NodaTime;
using Xunit;

namespace MassMobilization.Core.Tests.Reporting;

public sealed class ActivityIndicatorsTests
{
    private static readonly LocalDate On = new(2024, 3, 5);
    private static readonly ReportingPeriod Year = ReportingPeriod.Year(2024);
    private static readonly UnitCode Commune = ActivityFixtures.Commune;

    private static Dictionary<string, string> Produce(IActivityRecord record) =>
        ActivityIndicators.Records([record], Year, new LocalDate(2024, 12, 31))
            .ToDictionary(r => r.Value.Indicator.Code, r => r.Unit + " " + r.Value);

    [Fact]
    public void A_reception_counts_a_session_and_its_received_of_asked_ratio_at_the_head_unit()
    {
        var records = ActivityIndicators.Records([ActivityFixtures.Periodic(ActivityFixtures.CommuneSecretary, On, "rc-1", 5, 4)], Year, On);
        Assert.Equal(2, records.Count);
        Assert.All(records, r => Assert.Equal(Commune, r.Unit));
        Assert.Equal(1, records.Single(r => r.Value.Indicator == ActivityIndicators.ReceptionsHeld).Value.Count);
        Assert.Equal("4/5", records.Single(r => r.Value.Indicator == StandardIndicators.CitizensReceived).Value.Ratio.ToString());
    }

    [Fact]
    public void A_dialogue_counts_one_dialogue()
    {
        var record = Assert.Single(ActivityIndicators.Records([ActivityFixtures.Dialogue(On)], Year, On));
        Assert.Equal(StandardIndicators.DialoguesHeld, record.Value.Indicator);
        Assert.Equal(1, record.Value.Count);
    }

    [Fact]
    public void A_recommendation_counts_one_received()
    {
        var record = Assert.Single(ActivityIndicators.Records([ActivityFixtures.Received(on: On)], Year, On));
        Assert.Equal(ActivityIndicators.RecommendationsReceived, record.Value.Indicator);
    }

    [Fact]
    public void Supervisions_and_criticisms_count_themselves_and_their_recommendations()
    {
        var supervision = new SupervisionSession(ActivityFixtures.Id("gs"), Commune, On, CommitteeKind.FatherlandFront, "Chính sách", SupervisionForm.DocumentReview, [ActivityFixtures.Id("k1"), ActivityFixtures.Id("k2")]);
        var criticism = new SocialCriticism(ActivityFixtures.Id("pb"), Commune, On, CommitteeKind.WomensUnion, DraftReference.ForTitle("Dự thảo"), SocialCriticismForm.Conference, [ActivityFixtures.Id("k3")]);
        var records = ActivityIndicators.Records([supervision, criticism], Year, On);
        Assert.Equal(1, Sum(records, ActivityIndicators.Supervisions));
        Assert.Equal(1, Sum(records, ActivityIndicators.SocialCriticisms));
        Assert.Equal(3, Sum(records, ActivityIndicators.SupervisionRecommendations));
    }

    [Theory]
    [InlineData(SupportKind.Gift, "GIFTS")]
    [InlineData(SupportKind.Scholarship, "SCHOLARSHIPS")]
    [InlineData(SupportKind.HouseBuilt, "HOUSES-BUILT-OR-REPAIRED")]
    [InlineData(SupportKind.HouseRepaired, "HOUSES-BUILT-OR-REPAIRED")]
    [InlineData(SupportKind.Other, "ACT-SUPPORT-OTHER")]
    public void A_delivery_counts_its_units_under_its_kind_and_its_value(SupportKind kind, string code)
    {
        var delivery = new SupportDelivery(ActivityFixtures.Id("sd"), Commune, On, kind, BeneficiaryGroup.PoorHousehold, 120, VndAmount.FromDong(36_000_000), FundingSource.Mixed, "Quà");
        var produced = Produce(delivery);
        Assert.Equal(2, produced.Count);
        Assert.Equal(Commune + " " + IndicatorValue.ForCount(ActivityIndicators.All.Single(i => i.Code == code), 120), produced[code]);
        Assert.Contains("36", produced["SUPPORT-VALUE"], System.StringComparison.Ordinal);
    }

    [Fact]
    public void Core_teams_religious_visits_and_grassroots_records_count()
    {
        var team = new PoliticalCoreTeam(ActivityFixtures.Id("nc"), Commune, On, "Tổ 1", "A", ["A", "B", "C"]);
        var visit = new ReligiousVisit(ActivityFixtures.Id("tg"), Commune, On, "Lễ Phật đản", 4, 9);
        var twinning = new TwinningAgreement(ActivityFixtures.Id("kn"), "Sở Tư pháp", ActivityFixtures.VillageA, On, ValidityPeriod.From(On));
        var vote = new CommunityVote(ActivityFixtures.Id("v"), ActivityFixtures.VillageA, ActivityFixtures.VillageExists, On, CommunityVoteKind.MeetingVote, 100, 60, 40, null);
        var disclosure = new DisclosureItem(ActivityFixtures.Id("cd"), Commune, "Ngân sách", On, On);
        var records = ActivityIndicators.Records([team, visit, twinning, vote, disclosure], Year, On);
        Assert.Equal(1, Sum(records, ActivityIndicators.CoreTeams));
        Assert.Equal(3, Sum(records, ActivityIndicators.CoreTeamMembers));
        Assert.Equal(1, Sum(records, ActivityIndicators.ReligiousVisits));
        Assert.Equal(4, Sum(records, ActivityIndicators.ReligiousOrganisationsVisited));
        Assert.Equal(1, Sum(records, ActivityIndicators.TwinningAgreements));
        Assert.Equal(1, Sum(records, ActivityIndicators.CommunityVotes));
        Assert.Equal(1, Sum(records, ActivityIndicators.Disclosures));
        Assert.Equal(ActivityFixtures.VillageA, records.First(r => r.Value.Indicator == ActivityIndicators.CommunityVotes).Unit);
    }

    [Fact]
    public void Only_records_dated_in_the_period_by_the_report_date_count()
    {
        var activities = new IActivityRecord[]
        {
            ActivityFixtures.Dialogue(new LocalDate(2023, 12, 31), "before"),
            ActivityFixtures.Dialogue(new LocalDate(2024, 1, 1), "first"),
            ActivityFixtures.Dialogue(new LocalDate(2024, 6, 30), "as-of"),
            ActivityFixtures.Dialogue(new LocalDate(2024, 7, 1), "after"),
        };
        Assert.Equal(2, ActivityIndicators.Records(activities, Year, new LocalDate(2024, 6, 30)).Count);
    }

    [Fact]
    public void A_programme_counts_its_attached_subjects_at_its_unit()
    {
        var programme = new Programme(ActivityFixtures.Id("da-02"), Commune, ProgrammeKind.Scheme, "Đề án 02", new DateInterval(new LocalDate(2021, 1, 1), new LocalDate(2025, 12, 31)), null)
            .Attach("M1", new LocalDate(2022, 1, 1)).Attach("M2", new LocalDate(2023, 1, 1));
        var record = Assert.Single(ActivityIndicators.Records(programme, Year, On));
        Assert.Equal(2, record.Value.Count);
        Assert.Empty(ActivityIndicators.Records(programme, ReportingPeriod.Year(2026), new LocalDate(2026, 1, 1)));
    }

    [Fact]
    public void The_activity_layout_holds_the_standard_layout_and_every_activity_indicator()
    {
        var layout = ReportLayouts.WithActivities.Indicators;
        Assert.All(ReportLayouts.Standard.Indicators.Indicators, i => Assert.Contains(i, layout.Indicators));
        Assert.All(ActivityIndicators.All, i => Assert.Contains(i, layout.Indicators));
        Assert.Equal(ActivityIndicators.All.Count, ActivityIndicators.All.Select(i => i.Code).Distinct().Count());
    }

    [Fact]
    public void Published_figures_admit_record_sums_by_their_qualifier()
    {
        Assert.True(ReportedQuantity.MoreThan(395_000).Admits(395_112));
        Assert.False(ReportedQuantity.MoreThan(395_000).Admits(395_000));
        Assert.True(ReportedQuantity.AtLeast(1_000).Admits(1_000));
        Assert.True(ReportedQuantity.Exact(305).Admits(305));
        Assert.False(ReportedQuantity.Exact(305).Admits(306));
        Assert.Null(ReportedQuantity.About(300).Admits(301));
    }

    /// <summary>Random dialogues and gift deliveries on three communes of one district, dated in 2024.</summary>
    private static Arbitrary<IActivityRecord[]> Activities(IReadOnlyList<UnitCode> units)
    {
        var one =
            from kind in Gen.Choose(0, 2)
            from unit in Gen.Elements<UnitCode>(units)
            from day in Gen.Choose(0, 365)
            from quantity in Gen.Choose(1, 5_000)
            from dong in Gen.Choose(0, 1_000_000)
            select (kind, unit, day, quantity, dong);
        return one.ArrayOf().Select(a => a.Select((x, i) => x.kind switch
        {
            0 => (IActivityRecord)new Dialogue(new ActivityId("d" + i), x.unit, new LocalDate(2024, 1, 1).PlusDays(x.day), "t", "h", 10, []),
            1 => new CitizenReception(new ActivityId("r" + i), new ReceptionHead(new ActivityId("h" + i), "B", CommitteeKind.PartyCommittee, ReceptionLevel.Commune, x.unit), new LocalDate(2024, 1, 1).PlusDays(x.day), ReceptionKind.Periodic, AdHocTrigger.None, x.quantity % 7, x.quantity % 7 / 2, []),
            _ => new SupportDelivery(new ActivityId("s" + i), x.unit, new LocalDate(2024, 1, 1).PlusDays(x.day), SupportKind.Gift, BeneficiaryGroup.Other, x.quantity, VndAmount.FromDong(x.dong * 1_000L), FundingSource.Mixed, "q"),
        }).ToArray()).ToArbitrary();
    }

    [Fact]
    public void The_roll_up_of_activities_equals_their_sum_per_indicator()
    {
        var chart = MassMobilization.Samples.Generators.AggregationSeeds.Province("01", "Hà Nội", 1, 3);
        Prop.ForAll(Activities(chart.Communes), activities =>
        {
            var report = ReportBuilder.Build(
                ReportRequest.Create(chart.Chart, chart.Province, Year, new LocalDate(2024, 12, 31)).WithLayout(ReportLayouts.WithActivities), [], activities, []);
            var tally = report.For(chart.Province);
            long gifts = activities.OfType<SupportDelivery>().Sum(d => d.Quantities.Single(q => q.Measure == ActivityMeasures.UnitsDelivered).Amount);
            long dong = activities.OfType<SupportDelivery>().Sum(d => d.Quantities.Single(q => q.Measure == ActivityMeasures.ValueDong).Amount);
            long asked = activities.OfType<CitizenReception>().Sum(r => (long)r.CitizensAsked);
            long received = activities.OfType<CitizenReception>().Sum(r => (long)r.CitizensReceived);
            var ratio = tally.Get(StandardIndicators.CitizensReceived).Ratio;
            return tally.Count(StandardIndicators.DialoguesHeld) == activities.OfType<Dialogue>().Count()
                && tally.Count(ActivityIndicators.ReceptionsHeld) == activities.OfType<CitizenReception>().Count()
                && tally.Count(StandardIndicators.Gifts) == gifts
                && tally.Get(StandardIndicators.SupportValue).Amount.Dong == dong
                && ratio.Numerator == received && ratio.Denominator == asked;
        }).QuickCheckThrowOnFailure();
    }

    [Fact]
    public void A_published_qualifier_is_never_lost_when_record_sums_are_added_to_it()
    {
        var qualifiers = Gen.Elements(QuantityQualifier.MoreThan, QuantityQualifier.AtLeast, QuantityQualifier.About);
        Prop.ForAll(qualifiers.ToArbitrary(), Gen.Choose(0, 1_000_000).ToArbitrary(), Gen.Choose(0, 100_000).ArrayOf().ToArbitrary(), (qualifier, figure, counts) =>
        {
            var published = new ReportedQuantity(figure, qualifier);
            var total = ReportedQuantity.Sum(counts.Select(c => ReportedQuantity.Exact(c)).Append(published));
            return !total.IsExact && !total.TryGetExact(out _) && total.Figure == figure + counts.Sum(c => (long)c)
                && (qualifier == QuantityQualifier.About ? total.Qualifier == QuantityQualifier.About : total.Qualifier == qualifier);
        }).QuickCheckThrowOnFailure();
    }

    private static long Sum(IEnumerable<IndicatorRecord> records, Indicator indicator) =>
        records.Where(r => r.Value.Indicator == indicator).Sum(r => r.Value.Count);
}
