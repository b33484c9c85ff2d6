using MassMobilization.Core.Documents;
using MassMobilization.Core.Organization;
using MassMobilization.Core.Text;
using NodaTime;
using Xunit;

namespace MassMobilization.Core.Tests.Docs;

/// <summary>The compiled samples of docs/documents.md.</summary>
public sealed class DocumentsDocSamples
{
    [Fact]
    public void Numbers()
    {
        string text = "18-NQ TW";

        // sample: documents-numbers
        var number = DocumentNumber.Parse("Số: 3406/QĐ-UBND");     // throws FormatException on bad text
        bool ok = DocumentNumber.TryParse("04-KH/BCĐ", out var plan); // string or ReadOnlySpan<char>; never throws
        ParseResult<DocumentNumber> result = DocumentNumberPattern.Canonical.Parse(text);
        string problem = result.Success ? "" : $"{result.ErrorMessage} at {result.ErrorPosition}";
        // problem: "Expected '/' after the type code, found U+0020 at 5"

        var resolution = DocumentNumber.Party(18, "NQ", "TW");             // 18-NQ/TW
        var decision = DocumentNumber.State(3406, "QĐ", "UBND");           // 3406/QĐ-UBND
        var letter = DocumentNumber.OfficialLetter(9086, "BNV", "CTTN&BĐG"); // 9086/BNV-CTTN&BĐG
        var decree = DocumentNumber.LegalNormative(98, 2023, "NĐ", "CP");  // 98/2023/NĐ-CP
        var law = DocumentNumber.NationalAssembly(6, 2022, 15);            // 06/2022/QH15
        // end sample

        Assert.Equal(decision, number);
        Assert.True(ok);
        Assert.Equal("04-KH/BCĐ", plan.ToString());
        Assert.Equal("Expected '/' after the type code, found U+0020 at 5", problem);
        Assert.Equal(
            "18-NQ/TW 3406/QĐ-UBND 9086/BNV-CTTN&BĐG 98/2023/NĐ-CP 06/2022/QH15",
            $"{resolution} {decision} {letter} {decree} {law}");
    }

    [Fact]
    public void Graph()
    {
        var tw = new CommitteeId("TW");
        var r25 = new DirectiveDocument(DocumentNumber.Party(25, "NQ", "TW"), DocumentTypes.PartyResolution, tw, new LocalDate(2013, 6, 3), "Về công tác dân vận", []);
        var c43 = new DirectiveDocument(
            DocumentNumber.Party(43, "KL", "TW"), DocumentTypes.PartyConclusion, tw, new LocalDate(2019, 1, 7), "Về tiếp tục thực hiện Nghị quyết 25", [new DocumentLink(DocumentLinkKind.Continues, r25.Number)]);
        DirectiveDocument[] documents = [r25, c43];
        IssuerLifetime[] issuerLifetimes = [new IssuerLifetime(tw, new LocalDate(1930, 2, 3), null)];
        PartyTerm[] partyTerms = [new PartyTerm(tw, "XI", new LocalDate(2011, 1, 20), new LocalDate(2016, 1, 28)), new PartyTerm(tw, "XII", new LocalDate(2016, 1, 29), new LocalDate(2021, 2, 1))];

        // sample: documents-graph
        var graph = DocumentGraph.Create(documents, issuerLifetimes, partyTerms);
        var conclusion = graph.LatestConclusionOn(DocumentNumber.Parse("25-NQ/TW")); // 43-KL/TW
        var twoYears = new DateInterval(new LocalDate(2023, 1, 1), new LocalDate(2024, 12, 31));
        var due = ReviewSchedule.Standard.DueWithin(graph.Documents, twoYears);
        // 10 years of 25-NQ/TW on 2023-06-03, 5 years of 43-KL/TW (2019-01-07) on 2024-01-07
        // end sample

        Assert.Equal(c43.Number, conclusion!.Number);
        Assert.Equal(2, due.Count);
        Assert.Equal((r25.Number, new LocalDate(2023, 6, 3)), (due[0].Document, due[0].DueOn));
        Assert.Equal((c43.Number, new LocalDate(2024, 1, 7)), (due[1].Document, due[1].DueOn));
    }
}
