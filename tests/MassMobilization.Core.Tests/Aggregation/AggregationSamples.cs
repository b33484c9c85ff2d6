using System;
using MassMobilization.Core.Aggregation;
using MassMobilization.Core.Organization;
using MassMobilization.Core.Quantities;
using MassMobilization.Core.Tests.Conventions;
using MassMobilization.Samples.Generators;

namespace MassMobilization.Core.Tests.Aggregation;

public sealed class AggregationSamples : ISampleProvider
{
    public void Register(SampleValues samples)
    {
        samples.Add(() => StandardIndicators.DialoguesHeld);
        samples.Add(() => IndicatorValue.ForCount(StandardIndicators.DialoguesHeld, 140));
        samples.Add(() => PercentageFormat.WholePercentTruncated);
        samples.Add(() => VndAmountPattern.VietnameseBillions);
        samples.Add(() => IndicatorCatalogue.Standard);
        samples.Add(() => IndicatorLayout.Standard);
        samples.Add(() => ReportingPeriod.Year(2024));
        samples.Add(() => AggregationData.Shape(1, 1, 1));
        samples.Add(() => PartialAggregate.Empty(ReportingPeriod.Year(2024)));
        samples.Add(() => new IndicatorRecord(new UnitCode("C00001"), IndicatorValue.ForCount(StandardIndicators.Gifts, 1)));
        samples.Add(() => RollUpEngine.RollUp(AggregationData.Shape(1, 1, 1), IndicatorLayout.Standard, ReportingPeriod.Year(2024), Array.Empty<IndicatorRecord>()));
        samples.Add(() => RollUpEngine.RollUp(AggregationData.Shape(1, 1, 1), IndicatorLayout.Standard, ReportingPeriod.Year(2024), Array.Empty<IndicatorRecord>()).TallyAt(0));
        samples.Add(() => ReportingPeriodPattern.Compact);
    }
}
