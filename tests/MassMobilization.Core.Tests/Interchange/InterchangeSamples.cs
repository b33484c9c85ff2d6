using MassMobilization.Core.Serialization.SystemTextJson;
using MassMobilization.Core.Tests.Conventions;

namespace MassMobilization.Core.Tests.Interchange;

/// <summary>Sample values of the Interchange types for the null-argument convention test.</summary>
public sealed class InterchangeSamples : ISampleProvider
{
    public void Register(SampleValues samples)
    {
        samples
            .Add(() => InterchangeTestData.Models())
            .Add(() => InterchangeTestData.Contest())
            .Add(() => InterchangeTestData.Contest().Contest)
            .Add(() => InterchangeReadOptions.Default);
    }
}
