using System.Collections.Generic;
using System.Linq;
using MassMobilization.Core.Aggregation;
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
    public void Thanh_Tri_H1_2024_261_models_185_of_261_completed_is_70_percent()
    {
        var province = AggregationSeeds.ThanhTri();
        var asOf = new LocalDate(2024, 6, 30);
        var period = ReportingPeriod.HalfYear(2024, 1);
        var models = AggregationSeeds.ThanhTriModels(province.Communes);
        var report = Report(province, period, asOf, ModelIndicators.Records(models.Models, period, asOf));

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
        Snapshot.Verify(View(report, province, PercentageFormat.WholePercentTruncated, StandardIndicators.ModelsCompletedRate));
    }

    [Fact]
    public void Binh_Thuan_2024_dialogues_citizens_gifts_scholarships_houses_and_165_34_billion()
    {
        var province = AggregationSeeds.BinhThuan();
        var asOf = new LocalDate(2024, 12, 31);
        var report = Report(province, ReportingPeriod.Year(2024), asOf, AggregationSeeds.BinhThuanRecords(province.Communes));

        var tally = report.For(province.Province);
        Assert.Equal(140, tally.Count(StandardIndicators.DialoguesHeld));
        Assert.Equal("301/314", tally.Get(StandardIndicators.CitizensReceived).Ratio.ToString());
        Assert.Equal(395_000, tally.Count(StandardIndicators.Gifts));
        Assert.Equal(1_000, tally.Count(StandardIndicators.Scholarships));
        Assert.Equal(305, tally.Count(StandardIndicators.HousesBuiltOrRepaired));
        Assert.Equal("165,34 tỷ đồng", VndAmountPattern.VietnameseBillions.Format(tally.Get(StandardIndicators.SupportValue).Amount));
        var lines = report.Lines(province.Province, PercentageFormat.VietnameseTwoDecimals, VndAmountPattern.VietnameseBillions);
        Assert.Contains("Tổng giá trị hỗ trợ: 165,34 tỷ đồng", lines);
        Assert.Contains("Số suất quà: 395.000", lines);
        Snapshot.Verify(View(report, province, PercentageFormat.VietnameseTwoDecimals, StandardIndicators.SupportValue));
    }
}
