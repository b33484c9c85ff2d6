using System;
using System.Linq;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using MassMobilization.Core.Organization;
using MassMobilization.Core.Text;
using Xunit;

namespace MassMobilization.Core.Tests.Text;

/// <summary>Codes packed into integers sort exactly as their texts do ordinally.</summary>
public sealed class CodeTextTests
{
    private const string Alphabet = "0123456789AZaz.-_";

    private static Gen<string> Codes() =>
        from length in Gen.Choose(1, 16)
        from chars in Gen.ArrayOf(Gen.Elements(Alphabet.ToCharArray()), length)
        select new string(chars);

    [Property(MaxTest = 500)]
    public Property Packed_codes_compare_as_their_texts_ordinally() =>
        Prop.ForAll(Arb.From(Codes()), Arb.From(Codes()), (a, b) =>
        {
            Assert.True(CodeText.TryPackOrdinal(a, out ulong ah, out ulong al));
            Assert.True(CodeText.TryPackOrdinal(b, out ulong bh, out ulong bl));
            int packed = ah != bh ? ah.CompareTo(bh) : al.CompareTo(bl);
            Assert.Equal(Math.Sign(string.CompareOrdinal(a, b)), Math.Sign(packed));
        });

    [Fact]
    public void A_prefix_sorts_first_and_long_or_wide_texts_are_not_packed()
    {
        Assert.True(CodeText.TryPackOrdinal("01", out ulong h1, out ulong l1));
        Assert.True(CodeText.TryPackOrdinal("010", out ulong h2, out ulong l2));
        Assert.True((h1, l1).CompareTo((h2, l2)) < 0);
        Assert.False(CodeText.TryPackOrdinal(new string('1', 17), out _, out _));
        Assert.False(CodeText.TryPackOrdinal("Hợp", out _, out _));
    }

    [Fact]
    public void Chart_versions_are_ordered_by_code_whatever_the_input_order()
    {
        var codes = new[] { "00010", "0001", "01", "001", "A1", "a1", "0001-2", "00001" };
        var builder = new OrganizationChartBuilder();
        foreach (var code in codes)
        {
            builder.AddUnit(new AdministrativeUnit(new UnitCode(code), "Tỉnh " + code, "Province " + code, UnitKind.Province, null, ValidityPeriod.From(new NodaTime.LocalDate(2020, 1, 1))));
        }

        var chart = builder.Build();
        Assert.Equal(codes.OrderBy(c => c, StringComparer.Ordinal), chart.Units.Select(u => u.Code.Value));
    }
}
