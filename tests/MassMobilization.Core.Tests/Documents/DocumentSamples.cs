using MassMobilization.Core.Documents;
using MassMobilization.Core.Organization;
using MassMobilization.Core.Tests.Conventions;
using NodaTime;

namespace MassMobilization.Core.Tests.Documents;

/// <summary>Sample values of the Documents types for the null-argument convention test.</summary>
public sealed class DocumentSamples : ISampleProvider
{
    public void Register(SampleValues samples)
    {
        samples
            .Add(() => DocumentNumber.Party(18, "NQ", "TW"))
            .Add(() => DocumentTypes.PartyResolution)
            .Add(() => DocumentTypeCatalogue.Default)
            .Add(() => new DocumentLink(DocumentLinkKind.Implements, DocumentNumber.Party(18, "NQ", "TW")))
            .Add(() => DocumentGraphFixtures.Resolution18())
            .Add(() => DocumentGraphFixtures.Graph())
            .Add(() => new DocumentRegistry(DocumentGraphFixtures.CentralTerms()))
            .Add(() => DocumentGraphFixtures.CentralTerms()[0])
            .Add(() => new IssuerLifetime(DocumentGraphFixtures.Central, new LocalDate(1930, 2, 3), null))
            .Add(() => new ReviewOffset(ReviewKind.Interim, Period.FromYears(5)))
            .Add(() => ReviewSchedule.Standard)
            .Add(() => Period.FromYears(5))
            .Add(() => new DateInterval(new LocalDate(2023, 1, 1), new LocalDate(2023, 12, 31)))
            .Add<IClock>(() => NodaTime.Testing.FakeClock.FromUtc(2023, 6, 1))
            .Add(() => new CommitteeId("TW"));
    }
}
