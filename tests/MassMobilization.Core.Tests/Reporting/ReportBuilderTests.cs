using System.Linq;
using MassMobilization.Core.Aggregation;
using MassMobilization.Core.Organization;
using MassMobilization.Core.Quantities;
using MassMobilization.Core.Reporting;
using MassMobilization.Samples;
using NodaTime;
using Xunit;

namespace MassMobilization.Core.Tests.Reporting;

/// <summary>The report operation: records or partials to an explained report, rebased when the records predate the report's structure.</summary>
public sealed class ReportBuilderTests
{
    private static readonly SampleProvince Sample = SampleProvince.Instance;
    private static readonly ReportingPeriod Year = ReportingPeriod.Year(2024);

    private static ProgressReport FromRecords(UnitCode unit, ReportingPeriod period, LocalDate asOf) =>
        ReportBuilder.Build(ReportRequest.Create(Sample.Chart, unit, period, asOf), Sample.Models, Sample.RecordsFor(period));

    [Fact]
    public void Thanh_Tri_first_half_2024_from_records()
    {
        var report = FromRecords(SampleProvince.District, ReportingPeriod.HalfYear(2024, 1), new LocalDate(2024, 6, 30));

        Assert.False(report.IsRebased);
        Assert.Equal(report.AsOf, report.RecordsAsOf);
        Assert.Equal(SampleProvince.District, report.Unit.Code);
        Assert.Equal(261, report.Summary.Registered);
        Assert.Equal("185/261", report.Summary.Completed.ToString());
        Assert.StartsWith("146 tập thể và 18 cá nhân đăng ký 261 mô hình", report.Summary.ToVietnamese(PercentageFormat.WholePercentTruncated), System.StringComparison.Ordinal);
        Assert.Contains("đạt 70%", report.Summary.ToVietnamese(PercentageFormat.WholePercentTruncated), System.StringComparison.Ordinal);
        Assert.Equal(0, report.Units[0].Depth);
        Assert.All(report.Units.Skip(1), row => Assert.Equal(1, row.Depth));
        Assert.Equal(report.Summary.Registered, report.Units.Skip(1).Sum(row => row.Tally.Count(StandardIndicators.ModelsRegistered)));
        var registered = report.Figures.Single(f => f.Indicator.Equals(StandardIndicators.ModelsRegistered));
        Assert.Equal(261, registered.Value.Count);
        Assert.Equal(261, registered.RecordCount);
        Assert.Equal(0, report.Figures.Single(f => f.Indicator.Equals(StandardIndicators.Gifts)).RecordCount);
        Assert.Empty(report.Unallocated);
    }

    [Fact]
    public void Fields_are_read_from_the_layout_and_add_up_to_the_models_registered()
    {
        var report = FromRecords(SampleProvince.District, Year, new LocalDate(2024, 12, 31));

        Assert.Equal(ModelIndicators.StandardFields, report.Fields.Select(f => f.Field));
        Assert.Equal(report.Summary.Registered, report.Fields.Sum(f => f.Count));
        Assert.All(report.Fields, f => Assert.Equal(f.Count, report.Tally.Count(ModelIndicators.InField(f.Field))));
    }

    [Fact]
    public void A_partial_of_the_same_records_gives_the_same_report()
    {
        var asOf = new LocalDate(2024, 12, 31);
        var records = ModelIndicators.Records(Sample.Models, Year, asOf).Concat(Sample.Records).ToList();
        var partial = PartialAggregate.FromRecords(RollUpShape.At(Sample.Chart, asOf), ReportLayouts.Standard.Indicators, Year, records);

        var fromPartial = ReportBuilder.Build(ReportRequest.Create(Sample.Chart, SampleProvince.District, Year, asOf), partial);
        var fromRecords = FromRecords(SampleProvince.District, Year, asOf);

        Assert.Equal(partial.Entries.Count, fromPartial.RecordCount);
        Assert.Equal(records.Count, fromRecords.RecordCount);
        Assert.Equal(fromRecords.Figures, fromPartial.Figures);
        Assert.Equal(fromRecords.Summary, fromPartial.Summary);
    }

    [Fact]
    public void A_report_after_2025_07_01_rebases_and_shows_what_was_left_out_and_why()
    {
        var report = FromRecords(SampleProvince.City, Year, new LocalDate(2025, 12, 31));

        Assert.True(report.IsRebased);
        Assert.Equal(SampleProvince.LastDayBefore, report.RecordsAsOf);
        Assert.NotEmpty(report.Unallocated);
        foreach (var left in report.Unallocated)
        {
            Assert.NotEmpty(left.Entries);
            Assert.All(left.Entries, e => Assert.Contains(e.Reason, new[] { UnallocatedReason.UnweightedSplit, UnallocatedReason.Dissolved }));
        }

        Assert.Equal(18, report.Tally.Count(StandardIndicators.CollectivesAwarded) + report.UnallocatedSum(StandardIndicators.CollectivesAwarded));
        Assert.Equal(261, report.Summary.Registered + report.UnallocatedSum(StandardIndicators.ModelsRegistered));
        Assert.All(report.Units, row => Assert.True(Sample.Chart.At(report.AsOf).Contains(row.Unit.Code)));
    }

    [Fact]
    public void Records_the_report_date_holds_before_ones_it_does_not_are_all_rebased_in_any_order()
    {
        var asOf = new LocalDate(2025, 12, 31);
        var request = ReportRequest.Create(Sample.Chart, SampleProvince.City, Year, asOf);
        var held = new[] { IndicatorRecord.Count(SampleProvince.City, StandardIndicators.Gifts, 5) };
        var older = Sample.RecordsFor(Year).ToList();
        Assert.Contains(older, r => !Sample.Chart.At(asOf).Contains(r.Unit));

        var heldFirst = ReportBuilder.Build(request, [], held.Concat(older).ToList());
        var heldLast = ReportBuilder.Build(request, [], older.Concat(held).Select(r => r));

        Assert.True(heldFirst.IsRebased);
        Assert.Equal(older.Count + 1, heldFirst.RecordCount);
        Assert.Equal(heldLast.RecordCount, heldFirst.RecordCount);
        Assert.Equal(heldLast.Figures, heldFirst.Figures);
        Assert.Equal(heldLast.Unallocated.Select(u => (u.Indicator.Code, u.Sum)), heldFirst.Unallocated.Select(u => (u.Indicator.Code, u.Sum)));
        var olderOnly = ReportBuilder.Build(request, [], older);
        Assert.Equal(olderOnly.Tally.Count(StandardIndicators.Gifts) + 5, heldFirst.Tally.Count(StandardIndicators.Gifts));
    }

    [Fact]
    public void A_default_record_is_named_wherever_it_is()
    {
        var request = ReportRequest.Create(Sample.Chart, SampleProvince.District, Year, new LocalDate(2024, 12, 31));
        var records = Sample.RecordsFor(Year).ToList();
        records.Insert(records.Count / 2, default);

        var error = Assert.Throws<System.ArgumentException>(() => ReportBuilder.Build(request, Sample.Models, records));
        Assert.Equal("records", error.ParamName);
    }

    [Fact]
    public void The_summary_of_a_partial_with_counts_only_agrees_with_its_table()
    {
        var period = ReportingPeriod.HalfYear(2024, 1);
        var partial = PartialAggregate.Create(period, [
            new PartialEntry(new UnitCode("00640"), "MODELS-REGISTERED", 12, 12),
            new PartialEntry(new UnitCode("00643"), "MODELS-COMPLETED", 7, 7),
            new PartialEntry(new UnitCode("00643"), "MODELS-REGISTERED", 9, 9),
        ]);

        var report = ReportBuilder.Build(ReportRequest.Create(Sample.Chart, SampleProvince.District, period, new LocalDate(2024, 6, 30)), partial);

        Assert.Equal(report.Tally.Count(StandardIndicators.ModelsCompleted), report.Summary.Completed.Numerator);
        Assert.Equal("7/21", report.Summary.Completed.ToString());
        Assert.Contains("7/21 mô hình hoàn thành, đạt 33%", report.Summary.ToVietnamese(PercentageFormat.WholePercentTruncated), System.StringComparison.Ordinal);
        var inconsistent = PartialAggregate.Create(period, [new PartialEntry(new UnitCode("00643"), "MODELS-COMPLETED", 7, 7)]);
        var error = Assert.Throws<DomainRuleException>(() => ReportBuilder.Build(ReportRequest.Create(Sample.Chart, SampleProvince.District, period, new LocalDate(2024, 6, 30)), inconsistent));
        Assert.Equal(ReportingRuleCodes.CompletedAboveRegistered, error.RuleCode);
    }

    [Fact]
    public void Rules_are_results_of_the_request()
    {
        var request = ReportRequest.Create(Sample.Chart, SampleProvince.District, Year, new LocalDate(2025, 12, 31));
        Assert.Equal(ReportingRuleCodes.UnitNotInForce, Assert.Throws<DomainRuleException>(() => ReportBuilder.Build(request, Sample.Models, [])).RuleCode);
        var other = PartialAggregate.Empty(ReportingPeriod.HalfYear(2024, 1));
        var inForce = ReportRequest.Create(Sample.Chart, SampleProvince.District, Year, new LocalDate(2024, 12, 31));
        Assert.Equal(ReportingRuleCodes.PeriodMismatch, Assert.Throws<DomainRuleException>(() => ReportBuilder.Build(inForce, other)).RuleCode);
    }

    [Fact]
    public void Report_lines_use_the_one_value_writer()
    {
        var report = FromRecords(SampleProvince.District, ReportingPeriod.HalfYear(2024, 1), new LocalDate(2024, 6, 30));
        var lines = report.Lines(SampleProvince.District, PercentageFormat.WholePercentTruncated, VndAmountPattern.VietnameseBillions);
        var support = report.Tally.Get(StandardIndicators.SupportValue);
        Assert.Contains(support.Indicator.VietnameseName + ": " + support.Format(PercentageFormat.WholePercentTruncated, VndAmountPattern.VietnameseBillions), lines);
        Assert.Contains("Tỷ lệ mô hình hoàn thành: 185/261 (70%)", lines);
    }
}
