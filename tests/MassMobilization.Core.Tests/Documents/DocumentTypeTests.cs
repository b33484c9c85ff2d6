using System;
using System.Linq;
using MassMobilization.Core.Documents;
using Xunit;

namespace MassMobilization.Core.Tests.Documents;

public sealed class DocumentTypeTests
{
    [Fact]
    public void The_State_catalogue_holds_every_code_of_appendix_III_and_the_legal_normative_types()
    {
        string[] appendixIII =
        [
            "NQ", "QĐ", "CT", "QC", "QyĐ", "TC", "TB", "HD", "CTr", "KH", "PA", "ĐA", "DA", "BC", "BB", "TTr", "HĐ", "CĐ", "BGN", "BTT",
            "GUQ", "GM", "GGT", "GNP", "PG", "PC", "PB", "SY", "TrS", "SL",
        ];
        foreach (string code in appendixIII)
        {
            var type = DocumentTypeCatalogue.Default.Find(DocumentSystem.State, code);
            Assert.NotNull(type);
            Assert.True(type.IsConfirmed);
            Assert.False(type.IsLegalNormative);
            Assert.Contains("30/2020/NĐ-CP", type.Source, StringComparison.Ordinal);
        }

        Assert.Equal(appendixIII.Length + 3, DocumentTypes.State.Count);
        Assert.True(DocumentTypes.Decree.IsLegalNormative);
        Assert.Equal(("NĐ", "Nghị định", "Decree"), (DocumentTypes.Decree.Code, DocumentTypes.Decree.VietnameseName, DocumentTypes.Decree.EnglishName));
        Assert.Equal("Kế hoạch", DocumentTypeCatalogue.Default.Find(DocumentSystem.State, "KH")!.VietnameseName);
        Assert.Null(DocumentTypeCatalogue.Default.Find(DocumentSystem.State, "KL"));
    }

    [Fact]
    public void The_Party_catalogue_marks_its_unconfirmed_entries()
    {
        string[] codes = ["NQ", "QĐ", "CT", "KL", "QC", "QĐi", "TT", "HD", "TB", "BC", "TTr", "KH", "CTr", "CV", "BB"];
        Assert.Equal(codes.OrderBy(c => c, StringComparer.Ordinal), DocumentTypes.Party.Select(t => t.Code).OrderBy(c => c, StringComparer.Ordinal));
        string[] attested = ["NQ", "QĐ", "QĐi", "KL", "HD", "KH"];
        foreach (var type in DocumentTypes.Party)
        {
            Assert.Equal(attested.Contains(type.Code), type.IsConfirmed);
            Assert.Equal(type.IsConfirmed ? "Regulation 66-QĐ/TW" : "Third-party", type.Source[..(type.IsConfirmed ? 19 : 11)]);
        }

        Assert.Equal("Thông tri", DocumentTypeCatalogue.Default.Find(DocumentSystem.Party, "TT")!.VietnameseName);
        Assert.Equal("Thông tư", DocumentTypeCatalogue.Default.Find(DocumentSystem.State, "TT")!.VietnameseName);
    }

    [Fact]
    public void The_code_QĐ_is_ambiguous_in_Party_numbers_and_QĐi_is_not()
    {
        var writtenQĐ = DocumentTypeCatalogue.Default.FindWrittenAs(DocumentSystem.Party, "QĐ");
        Assert.Equal([DocumentTypes.PartyDecision, DocumentTypes.PartyRegulation], writtenQĐ);
        Assert.Equal([DocumentTypes.PartyRegulation], DocumentTypeCatalogue.Default.FindWrittenAs(DocumentSystem.Party, "QĐi"));
        Assert.Equal([DocumentTypes.StateDecision], DocumentTypeCatalogue.Default.FindWrittenAs(DocumentSystem.State, "QĐ"));
        Assert.Empty(DocumentTypeCatalogue.Default.FindWrittenAs(DocumentSystem.Party, "XX"));
        Assert.True(DocumentTypes.PartyRegulation.IsWrittenAs("QĐ"));
        Assert.False(DocumentTypes.PartyDecision.IsWrittenAs("QĐi"));

        // The same code parsed from text keeps the text; the type is chosen by whoever knows the document.
        Assert.Equal("QĐ", DocumentNumber.Parse("294-QĐ/TW").TypeCode);
        Assert.Equal("QĐi", DocumentNumber.Parse("08-QĐi/TW").TypeCode);
    }

    [Fact]
    public void State_type_codes_tell_a_typed_number_from_an_official_letter()
    {
        Assert.Equal(DocumentNumberForm.StateNamedType, DocumentNumber.Parse("12/KH-UBND").Form);
        Assert.Equal(DocumentNumberForm.StateOfficialLetter, DocumentNumber.Parse("12/UBND-VX").Form);
        Assert.Equal("typeCode", Assert.Throws<ArgumentException>(() => DocumentNumber.State(12, "KL", "UBND")).ParamName);
        Assert.Equal("issuer", Assert.Throws<ArgumentException>(() => DocumentNumber.OfficialLetter(12, "KH", "VX")).ParamName);
        Assert.Equal("issuer", Assert.Throws<ArgumentException>(() => DocumentNumber.OfficialLetter(12, "2023", "VX")).ParamName);
    }

    [Fact]
    public void A_custom_catalogue_rejects_two_types_with_one_code_and_normalises_codes()
    {
        var extra = new DocumentType(DocumentSystem.Party, "NQ", "Nghị quyết", "Resolution", false, true, "test", []);
        Assert.Equal("types", Assert.Throws<ArgumentException>(() => new DocumentTypeCatalogue([DocumentTypes.PartyResolution, extra])).ParamName);
        var decomposed = new DocumentType(DocumentSystem.State, "Q\u0110", "Quye\u0302\u0301t đi\u0323nh", "Decision", false, true, "test", []);
        Assert.Equal("QĐ", decomposed.Code);
        Assert.Equal("Quyết định", decomposed.VietnameseName);
        Assert.Equal(DocumentTypes.StateDecision.Code, decomposed.Code);
        Assert.Equal("code", Assert.Throws<ArgumentException>(() => new DocumentType(DocumentSystem.State, "Q Đ", "x", "x", false, true, "x", [])).ParamName);
        Assert.Equal("system", Assert.Throws<ArgumentException>(() => new DocumentType((DocumentSystem)9, "X", "x", "x", false, true, "x", [])).ParamName);
        Assert.Equal("QĐ (Decision)", DocumentTypes.StateDecision.ToString());
    }
}
