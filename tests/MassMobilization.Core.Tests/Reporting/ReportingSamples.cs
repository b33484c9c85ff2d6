using MassMobilization.Core.Aggregation;
using MassMobilization.Core.Reporting;
using MassMobilization.Core.Tests.Conventions;
using MassMobilization.Samples;
using NodaTime;

namespace MassMobilization.Core.Tests.Reporting;

public sealed class ReportingSamples : ISampleProvider
{
    public void Register(SampleValues samples)
    {
        samples.Add(() => ReportLayouts.Standard);
        samples.Add(() => Request());
        samples.Add(() => ReportBuilder.Build(Request(), SampleProvince.Instance.Models, SampleProvince.Instance.Records));
        samples.Add(() => ReportBuilder.Build(Request(), SampleProvince.Instance.Models, SampleProvince.Instance.Records).Summary);
    }

    internal static ReportRequest Request() =>
        ReportRequest.Create(SampleProvince.Instance.Chart, SampleProvince.District, ReportingPeriod.Year(2024), new LocalDate(2024, 12, 31));
}
