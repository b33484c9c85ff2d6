using System;
using MassMobilization.Core.Documents;
using Xunit;

namespace MassMobilization.Core.Tests.Documents;

public sealed class DocumentNumberConstructionTests
{
    [Fact]
    public void Formats_every_grammar_canonically()
    {
        Assert.Equal("18-NQ/TW", DocumentNumber.Party(18, "NQ", "TW").ToString());
        Assert.Equal("04-KH/BCĐ", DocumentNumber.Party(4, "KH", "BCĐ").ToString());
        Assert.Equal("3406/QĐ-UBND", DocumentNumber.State(3406, "QĐ", "UBND").ToString());
        Assert.Equal("9086/BNV-CTTN&BĐG", DocumentNumber.OfficialLetter(9086, "BNV", "CTTN&BĐG").ToString());
        Assert.Equal("98/2023/NĐ-CP", DocumentNumber.LegalNormative(98, 2023, "NĐ", "CP").ToString());
        Assert.Equal("06/2022/QH15", DocumentNumber.NationalAssembly(6, 2022, 15).ToString());
        Assert.Equal(string.Empty, default(DocumentNumber).ToString());
    }

    [Fact]
    public void Equality_is_on_meaning_across_normalisation_forms()
    {
        var nfd = "B\u0043\u0110".Normalize(System.Text.NormalizationForm.FormD);
        Assert.Equal(DocumentNumber.Party(4, "KH", "BCĐ"), DocumentNumber.Party(4, "KH", nfd));
        Assert.NotEqual(DocumentNumber.Party(205, "QĐ", "TW"), DocumentNumber.Party(205, "QĐi", "TW"));
        Assert.True(DocumentNumber.Party(4, "KH", "TW") < DocumentNumber.Party(18, "KH", "TW"));
    }

    [Fact]
    public void Rejects_bad_parts_naming_the_parameter()
    {
        Assert.Equal("issuer", Assert.Throws<ArgumentException>(() => DocumentNumber.Party(1, "NQ", "T/W")).ParamName);
        Assert.Equal("number", Assert.Throws<ArgumentOutOfRangeException>(() => DocumentNumber.Party(0, "NQ", "TW")).ParamName);
        Assert.Equal("term", Assert.Throws<ArgumentOutOfRangeException>(() => DocumentNumber.NationalAssembly(6, 2022, 0)).ParamName);
    }
}
