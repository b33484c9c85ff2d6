using System.Collections.Generic;
using System.Linq;
using MassMobilization.Core.Activities;
using MassMobilization.Core.Aggregation;
using MassMobilization.Core.Awards;
using MassMobilization.Core.Quantities;
using MassMobilization.Core.Reporting;
using MassMobilization.Core.Tests.Infrastructure;
using MassMobilization.Samples.Generators;
using NodaTime;
using Xunit;

namespace MassMobilization.Core.Tests.Aggregation;

/// <summary>The seeds' reports (domain.md §1), rolled up from generated commune-level records.</summary>
public sealed class SeedReportTests
{
    private static ProgressReport Report(SeedProvince province, ReportingPeriod period, LocalDate asOf, IEnumerable<IndicatorRecord> records, params Indicator[] additional) =>
        ReportBuilder.Build(
            ReportRequest.Create(province.Chart, province.Province, period, asOf).WithLayout(ReportLayout.Create(ModelIndicators.StandardFields, additional)),
            [],
            records);

    /// <summary>The province's non-zero report lines and one indicator per district.</summary>
    private static object View(ProgressReport report, SeedProvince province, PercentageFormat percentages, Indicator perDistrict)
    {
        var values = report.For(province.Province).Values;
        var lines = report.Lines(province.Province, percentages, VndAmountPattern.VietnameseBillions);
        return new
        {
            Period = report.Period.Label,
            AsOf = report.AsOf.ToString("uuuu-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
            Province = lines.Where((_, i) => !IsZero(values[i])).ToArray(),
            Districts = province.Districts.Select(d => d.Value + " " + report.For(d).Get(perDistrict)).ToArray(),
        };
    }

    private static bool IsZero(IndicatorValue value) => value.Indicator.Unit switch
    {
        IndicatorUnit.Count => value.Count == 0,
        IndicatorUnit.VndAmount => value.Amount.Dong == 0,
        _ => value.Ratio.Denominator == 0,
    };

    [Fact]
    public void Dak_Lak_2024_360_registered_360_recognised_51_typical_18_and_18_awarded()
    {
        var province = AggregationSeeds.DakLak();
        var asOf = new LocalDate(2024, 12, 31);
        var period = ReportingPeriod.Year(2024);
        var models = AggregationSeeds.DakLakModels(province.Communes);
        var decision = AggregationSeeds.DakLakAwardDecision(province, models);
        var records = ModelIndicators.Records(models.Models, period, asOf, models.Typical)
            .Concat(AwardIndicators.Records([decision], period, asOf, province.Chart));
        var report = Report(province, period, asOf, records, AwardIndicators.ModelsCommended);

        var tally = report.For(province.Province);
        Assert.Equal(360, tally.Count(StandardIndicators.ModelsRegistered));
        Assert.Equal(360, tally.Count(StandardIndicators.ModelsRecognised));
        Assert.Equal(51, tally.Count(StandardIndicators.ModelsTypical));
        Assert.Equal(18, tally.Count(StandardIndicators.CollectivesAwarded));
        Assert.Equal(18, tally.Count(StandardIndicators.IndividualsAwarded));
        Assert.Equal(51, tally.Count(AwardIndicators.ModelsCommended));
        Assert.Equal("1250-QĐ/BDVTU", decision.Document.ToString());
        Assert.Equal(AggregationSeeds.DakLakConference, decision.Date);
        Assert.Equal(models.Typical!.Decision, decision.Document);
        Assert.Equal("BDV-TINH", decision.Body!.Code);
        Assert.Equal("360/360", tally.Get(StandardIndicators.ModelsRecognisedRate).Ratio.ToString());
        Assert.Equal(360, province.Districts.Sum(d => report.For(d).Count(StandardIndicators.ModelsRegistered)));
        Snapshot.Verify(View(report, province, PercentageFormat.WholePercentTruncated, StandardIndicators.ModelsRegistered));
    }

    [Fact]
    public void Dak_Lak_2024_awards_by_authority_and_form_roll_up_from_the_decision()
    {
        var province = AggregationSeeds.DakLak();
        var asOf = new LocalDate(2024, 12, 31);
        var period = ReportingPeriod.Year(2024);
        var models = AggregationSeeds.DakLakModels(province.Communes);
        var decision = AggregationSeeds.DakLakAwardDecision(province, models);
        var request = ReportRequest.Create(province.Chart, province.Province, period, asOf).WithLayout(ReportLayouts.WithAwards);
        var report = ReportBuilder.Build(request, [], AwardIndicators.Records([decision], period, asOf, province.Chart, byAuthority: true));

        var commission = AwardingAuthority.Standard.Single(a => a.Code == "BDV-TINH");
        var tally = report.For(province.Province);
        var collectives = AwardIndicators.For(commission, AwardKind.PoliticalCertificateOfCommendation, RecipientKinds.Collective);
        Assert.Equal("AWARDS-BDV-TINH-GK-CTXH-COLLECTIVES", collectives.Code);
        Assert.Equal(18, tally.Count(collectives));
        Assert.Equal(18, tally.Count(AwardIndicators.For(commission, AwardKind.PoliticalCertificateOfCommendation, RecipientKinds.Individual)));
        Assert.Equal(51, tally.Count(AwardIndicators.For(commission, AwardKind.SkilledMobilizationCommendation, RecipientKinds.Model)));
        Assert.Equal(18, tally.Count(StandardIndicators.CollectivesAwarded));
        Assert.Equal(51, tally.Count(AwardIndicators.ModelsCommended));
        Assert.Equal(0, tally.Count(AwardIndicators.For(AwardingAuthority.Standard.Single(a => a.Code == "BTGDV-TINH"), AwardKind.PoliticalCertificateOfCommendation, RecipientKinds.Collective)));
        Assert.Equal(18, province.Districts.Sum(d => report.For(d).Count(collectives)));

        // The breakdown needs a layout that holds it: the standard layout refuses it instead of dropping it.
        var standard = ReportRequest.Create(province.Chart, province.Province, period, asOf);
        var error = Assert.Throws<DomainRuleException>(() => ReportBuilder.Build(standard, [], AwardIndicators.Records([decision], period, asOf, province.Chart, byAuthority: true)));
        Assert.Equal(AggregationRuleCodes.UnknownIndicator, error.RuleCode);

        // Merged partials give the same figures as the records.
        var records = AwardIndicators.Records([decision], period, asOf, province.Chart, byAuthority: true);
        var half = records.Count / 2;
        var shape = RollUpShape.FromSnapshot(province.Chart.At(asOf));
        var merged = PartialAggregate.FromRecords(shape, ReportLayouts.WithAwards.Indicators, period, records.Take(half))
            .Merge(PartialAggregate.FromRecords(shape, ReportLayouts.WithAwards.Indicators, period, records.Skip(half)));
        Assert.Equal(report.Figures.Select(f => f.Value), ReportBuilder.Build(request, merged).Figures.Select(f => f.Value));

        var values = tally.Values;
        Snapshot.Verify(new
        {
            Decision = decision.ToString(),
            ByAuthority = report.Lines(province.Province, PercentageFormat.WholePercentTruncated, VndAmountPattern.VietnameseBillions)
                .Where((line, i) => values[i].Indicator.Code.StartsWith("AWARDS-", System.StringComparison.Ordinal) && !IsZero(values[i])).ToArray(),
        });
    }

    [Fact]
    public void Thanh_Tri_H1_2024_261_models_185_of_261_completed_is_70_percent_139_collectives_behind_254_district_models_and_2_anniversary_works()
    {
        var province = AggregationSeeds.ThanhTri();
        var asOf = new LocalDate(2024, 6, 30);
        var period = ReportingPeriod.HalfYear(2024, 1);
        var models = AggregationSeeds.ThanhTriModels(province.Communes);
        var works = AggregationSeeds.ThanhTriAnniversaryWorks(province.Districts[0]);
        var records = ModelIndicators.Records(models.Models, period, asOf).Concat(ActivityIndicators.Records(works, period, asOf));
        var report = Report(province, period, asOf, records, ActivityIndicators.ProgrammeSubjects);

        var district = report.For(province.Districts[0]);
        Assert.Equal(261, district.Count(StandardIndicators.ModelsRegistered));
        Assert.Equal(146, district.Count(StandardIndicators.ModelOwnersCollective));
        Assert.Equal(18, district.Count(StandardIndicators.ModelOwnersIndividual));
        Assert.Equal(7, district.Count(ModelIndicators.AtLevel(MassMobilization.Core.Mobilization.ModelLevel.Province)));
        Assert.Equal(254, district.Count(ModelIndicators.AtLevel(MassMobilization.Core.Mobilization.ModelLevel.District)));
        var completed = district.Get(StandardIndicators.ModelsCompletedRate).Ratio;
        Assert.Equal("185/261", completed.ToString());
        Assert.Equal("70%", PercentageFormat.WholePercentTruncated.Format(completed));
        Assert.Equal(completed, district.Rate(StandardIndicators.ModelsCompleted, StandardIndicators.ModelsRegistered));
        Assert.Contains("Tỷ lệ mô hình hoàn thành: 185/261 (70%)", report.Lines(province.Districts[0], PercentageFormat.WholePercentTruncated, VndAmountPattern.VietnameseBillions));

        // The collectives behind the district-level models: the same roll-up over those models alone counts their distinct owners.
        var districtLevel = models.Models.Where(m => m.Level.Level == MassMobilization.Core.Mobilization.ModelLevel.District).ToArray();
        var behind = Report(province, period, asOf, ModelIndicators.Records(districtLevel, period, asOf)).For(province.Districts[0]);
        Assert.Equal(254, behind.Count(StandardIndicators.ModelsRegistered));
        Assert.Equal(139, behind.Count(StandardIndicators.ModelOwnersCollective));
        Assert.Equal(18, behind.Count(StandardIndicators.ModelOwnersIndividual));

        // The 2 works for the 70th anniversary of the Capital's liberation, 10/10/1954 – 10/10/2024.
        Assert.Equal(new LocalDate(2024, 10, 10), works.Period.End);
        Assert.Equal(MassMobilization.Core.Documents.Anniversary.Of(AggregationSeeds.CapitalLiberationDay, 70).Date, works.Period.End);
        Assert.Equal(2, district.Count(ActivityIndicators.ProgrammeSubjects));
        Snapshot.Verify(new
        {
            Report = View(report, province, PercentageFormat.WholePercentTruncated, StandardIndicators.ModelsCompletedRate),
            DistrictLevelModels = new[]
            {
                StandardIndicators.ModelsRegistered.VietnameseName + ": " + behind.Count(StandardIndicators.ModelsRegistered).ToString(System.Globalization.CultureInfo.InvariantCulture),
                StandardIndicators.ModelOwnersCollective.VietnameseName + ": " + behind.Count(StandardIndicators.ModelOwnersCollective).ToString(System.Globalization.CultureInfo.InvariantCulture),
                StandardIndicators.ModelOwnersIndividual.VietnameseName + ": " + behind.Count(StandardIndicators.ModelOwnersIndividual).ToString(System.Globalization.CultureInfo.InvariantCulture),
            },
            AnniversaryWorks = works.ToString(),
        });
    }

    /// <summary>Report of activity records (and models), with the activity section.</summary>
    private static ProgressReport ActivityReport(SeedProvince province, ReportingPeriod period, LocalDate asOf, IEnumerable<IActivityRecord> activities, IEnumerable<IndicatorRecord> records) =>
        ReportBuilder.Build(ReportRequest.Create(province.Chart, province.Province, period, asOf).WithLayout(ReportLayouts.WithActivities), [], activities, records);

    /// <summary>A published qualified figure beside the exact sum of the records, and whether the figure admits the sum.</summary>
    private static string Published(Tally tally, Indicator indicator, ReportedQuantity published) =>
        indicator.VietnameseName + ": " + published.ToString(ReportedQuantityPattern.Vietnamese) + " (từ bản ghi: " + tally.Count(indicator).ToString("N0", VietnameseNumbers) + "; "
        + (published.Admits(tally.Count(indicator)) == true ? "phù hợp" : "KHÔNG phù hợp") + ")";

    private static readonly System.Globalization.NumberFormatInfo VietnameseNumbers = new() { NumberGroupSeparator = ".", NumberDecimalSeparator = ",", NumberDecimalDigits = 0 };

    [Fact]
    public void Binh_Thuan_2024_dialogues_citizens_gifts_scholarships_houses_and_165_34_billion()
    {
        var province = AggregationSeeds.BinhThuan();
        var asOf = new LocalDate(2024, 12, 31);
        var activities = ActivitySeeds.BinhThuan2024(province.Communes);
        var report = ActivityReport(province, ReportingPeriod.Year(2024), asOf, activities, []);

        var tally = report.For(province.Province);
        Assert.Equal(140, tally.Count(StandardIndicators.DialoguesHeld));
        Assert.Equal("301/314", tally.Get(StandardIndicators.CitizensReceived).Ratio.ToString());
        Assert.Equal(ActivitySeeds.BinhThuan2024GiftCount, tally.Count(StandardIndicators.Gifts));
        var gifts = ReportedQuantity.Parse("hơn 395.000", ReportedQuantityPattern.Vietnamese);
        Assert.True(gifts.Admits(tally.Count(StandardIndicators.Gifts)));
        Assert.Equal(QuantityQualifier.MoreThan, gifts.Qualifier);
        Assert.Equal(1_000, tally.Count(StandardIndicators.Scholarships));
        Assert.Equal(305, tally.Count(StandardIndicators.HousesBuiltOrRepaired));
        Assert.Equal(165_340_000_000, tally.Get(StandardIndicators.SupportValue).Amount.Dong);
        Assert.Equal("165,34 tỷ đồng", VndAmountPattern.VietnameseBillions.Format(tally.Get(StandardIndicators.SupportValue).Amount));
        Assert.Equal(305, activities.OfType<SupportDelivery>().Count(d => d.Kind is SupportKind.HouseBuilt or SupportKind.HouseRepaired));
        Assert.All(activities.OfType<SupportDelivery>(), d => Assert.True(d.Value.Dong > 0));
        var lines = report.Lines(province.Province, PercentageFormat.VietnameseTwoDecimals, VndAmountPattern.VietnameseBillions);
        Assert.Contains("Tổng giá trị hỗ trợ: 165,34 tỷ đồng", lines);
        Snapshot.Verify(new
        {
            Report = View(report, province, PercentageFormat.VietnameseTwoDecimals, StandardIndicators.SupportValue),
            Records = activities.Count,
            Published = new[] { Published(tally, StandardIndicators.Gifts, gifts) },
        });
    }

    [Fact]
    public void Binh_Thuan_2023_supervisions_social_criticisms_recommendations_and_core_teams_since_2013()
    {
        var province = AggregationSeeds.BinhThuan();
        var asOf = new LocalDate(2023, 12, 31);
        var period = ReportingPeriod.Between(new DateInterval(new LocalDate(2013, 12, 12), asOf));
        var activities = ActivitySeeds.BinhThuan2023(province.Communes);
        var report = ActivityReport(province, period, asOf, activities, []);

        var tally = report.For(province.Province);
        var supervisions = ReportedQuantity.Parse("hơn 3.500", ReportedQuantityPattern.Vietnamese);
        var recommendations = ReportedQuantity.Parse("hơn 6.000", ReportedQuantityPattern.Vietnamese);
        Assert.True(supervisions.Admits(tally.Count(ActivityIndicators.Supervisions)));
        Assert.True(recommendations.Admits(tally.Count(ActivityIndicators.SupervisionRecommendations)));
        Assert.Equal(316, tally.Count(ActivityIndicators.SocialCriticisms));
        Assert.Equal(9, tally.Count(ActivityIndicators.CoreTeams));
        Assert.Equal(327, tally.Count(ActivityIndicators.CoreTeamMembers));
        Snapshot.Verify(new
        {
            Report = View(report, province, PercentageFormat.VietnameseTwoDecimals, ActivityIndicators.Supervisions),
            Records = activities.Count,
            Published = new[]
            {
                Published(tally, ActivityIndicators.Supervisions, supervisions),
                Published(tally, ActivityIndicators.SupervisionRecommendations, recommendations),
            },
        });
    }

    [Fact]
    public void Binh_Thuan_2023_505_resolutions_over_the_IX_X_and_XI_council_terms()
    {
        var province = AggregationSeeds.BinhThuan();
        var asOf = new LocalDate(2023, 12, 31);
        var period = ReportingPeriod.Between(new DateInterval(new LocalDate(2011, 7, 1), asOf));
        var (terms, resolutions) = ActivitySeeds.BinhThuanCouncilResolutions();
        var records = terms.Select(t => ActivityIndicators.Resolutions(t, province.Province, resolutions, period, asOf)).ToArray();
        var report = ActivityReport(province, period, asOf, [], records);

        Assert.Equal(505, report.For(province.Province).Count(ActivityIndicators.CouncilResolutions));
        Assert.Equal(3, records.Count(r => r.Value.Count > 0));
        Assert.Equal(505, resolutions.Count);
    }

    [Fact]
    public void Binh_Duong_2024_scheme_02_and_its_47_new_models()
    {
        var province = ActivitySeeds.BinhDuong();
        var asOf = new LocalDate(2024, 12, 31);
        var period = ReportingPeriod.Between(new DateInterval(new LocalDate(2021, 1, 1), new LocalDate(2025, 12, 31)));
        var scheme = ActivitySeeds.BinhDuongScheme02(province.Province);
        var report = ActivityReport(province, period, asOf, [], ActivityIndicators.Records(scheme, period, asOf));

        Assert.Equal(47, scheme.AttachedIds.Count);
        Assert.Equal(47, report.For(province.Province).Count(ActivityIndicators.ProgrammeSubjects));
        Assert.Contains("Số mô hình, hoạt động thuộc đề án, chủ đề: 47", report.Lines(province.Province, PercentageFormat.VietnameseTwoDecimals, VndAmountPattern.VietnameseBillions));
    }

    [Fact]
    public void Binh_Thuan_2023_reviews_of_Resolution_25_and_Conclusion_43_and_Decision_3406_on_democracy_in_land_recovery()
    {
        var province = AggregationSeeds.BinhThuan();
        var clock = new NodaTime.Testing.FakeClock(Instant.FromUtc(2023, 12, 20, 2, 0));
        var documents = ActivitySeeds.MassMobilizationDirectives();
        var schedule = MassMobilization.Core.Documents.ReviewSchedule.Standard;

        // Reviewed together in 2023: the 10-year (final) review of Resolution 25 falls due this year; the
        // 5-year (interim) review of Conclusion 43, issued 2019-01-07, falls due on 2024-01-07, the next one.
        var due = schedule.DueThisYear(documents, clock);
        var review25 = Assert.Single(due);
        Assert.Equal("Final review of 25-NQ/TW (P10Y) due 2023-06-03", review25.ToString());
        var review43 = schedule.NextFor(documents[1], clock);
        Assert.Equal("Interim review of 43-KL/TW (P5Y) due 2024-01-07", review43.ToString());
        Assert.Equal(documents[0].Number, Assert.Single(documents[1].Links).Target);

        var asOf = new LocalDate(2023, 12, 31);
        var period = ReportingPeriod.Between(new DateInterval(new LocalDate(2013, 12, 12), asOf));
        var programme = ActivitySeeds.BinhThuanGrassrootsDemocracy(province.Province);
        var report = ActivityReport(province, period, asOf, ActivitySeeds.BinhThuan2023(province.Communes), ActivityIndicators.Records(programme, period, asOf));
        Assert.Equal(["3406/QĐ-UBND"], programme.AttachedIds);
        Assert.Equal(1, report.For(province.Province).Count(ActivityIndicators.ProgrammeSubjects));
        Snapshot.Verify(new
        {
            Reviews = new[] { review25.ToString(), review43.ToString() },
            Programme = programme.ToString(),
            Attached = programme.AttachedIds,
        });
    }
}
