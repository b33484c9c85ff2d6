using MassMobilization.Core.Aggregation;
using MassMobilization.Core.Tests.Conventions;

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
    }
}
