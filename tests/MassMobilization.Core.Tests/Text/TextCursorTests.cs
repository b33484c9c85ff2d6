using System;
using System.Collections.Generic;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using MassMobilization.Core.Text;
using Xunit;

namespace MassMobilization.Core.Tests.Text;

/// <summary>The allocation-free parsing helpers behind the document number parser.</summary>
public sealed class TextCursorTests
{
    [Fact]
    public void Reads_digits_saturating_instead_of_overflowing()
    {
        var cursor = new TextCursor("0042/x".AsSpan());
        Assert.Equal(4, cursor.ReadDigits(out long value));
        Assert.Equal(42, value);
        Assert.Equal(4, cursor.Position);
        Assert.Equal('/', cursor.Current);
        Assert.Equal('x', cursor.Next);

        var huge = new TextCursor("99999999999999999999999".AsSpan());
        Assert.Equal(23, huge.ReadDigits(out long saturated));
        Assert.Equal(long.MaxValue, saturated);
        Assert.True(huge.AtEnd);
        Assert.Equal('\0', huge.Current);

        var none = new TextCursor("x".AsSpan());
        Assert.Equal(0, none.ReadDigits(out long zero));
        Assert.Equal(0, zero);
        Assert.Equal(0, none.Position);
    }

    [Fact]
    public void Reads_symbol_parts_flagging_text_that_needs_normalising()
    {
        var ascii = new TextCursor("CTTN&BĐG-VX".AsSpan());
        Assert.Equal(8, ascii.ReadSymbolPart(out int start, out bool slow));
        Assert.Equal((0, false), (start, slow));
        Assert.True(ascii.TryConsume('-'));
        Assert.False(ascii.TryConsume('-'));
        Assert.Equal("VX", ascii.Slice(ascii.Position, 2).ToString());

        // A decomposed letter stays in one part and asks for normalisation; a precomposed one does not.
        string nfd = Core.Text.UnicodeText.FallbackToFormD("Nội");
        var decomposed = new TextCursor((nfd + "/").AsSpan());
        Assert.Equal(nfd.Length, decomposed.ReadSymbolPart(out _, out bool needs));
        Assert.True(needs);
        var precomposed = new TextCursor("Nội/".AsSpan());
        Assert.Equal(3, precomposed.ReadSymbolPart(out _, out bool stable));
        Assert.False(stable);

        var cursor = new TextCursor(" \t x".AsSpan());
        Assert.Equal(3, cursor.SkipWhiteSpace());
        cursor.Advance(10);
        Assert.True(cursor.AtEnd);
    }

    [Fact]
    public void Unicode_helpers_tell_marks_and_stable_letters()
    {
        Assert.True(UnicodeText.IsCombiningMark('\u0301'));
        Assert.False(UnicodeText.IsCombiningMark('a'));
        Assert.False(UnicodeText.IsCombiningMark('Đ'));
        Assert.True(UnicodeText.IsStableInNfc("QĐi ỐộĐ".AsSpan()));
        Assert.False(UnicodeText.IsStableInNfc("o\u0302".AsSpan()));
        Assert.Equal("ố", UnicodeText.TryNormalizeC("o\u0302\u0301".AsSpan()));
        Assert.Null(UnicodeText.TryNormalizeC("a\uD800".AsSpan()));
    }

    [Property]
    public Property The_span_string_table_finds_exactly_its_strings_and_returns_its_instances()
    {
        string[] codes = ["TW", "QĐ", "QĐi", "UBND", "CTTN&BĐG", "TW"];
        var table = new SpanStringTable(codes);
        Assert.Equal(5, table.Count);
        Assert.True(table.TryGet("QĐi".AsSpan(), out string? found));
        Assert.Same(codes[2], found);
        Assert.Same(codes[0], table.GetOrCreate(new string(['T', 'W']).AsSpan()));
        Assert.Same(codes[3], table.Intern(new string("UBND".AsSpan())));
        Assert.False(table.TryGet("QD".AsSpan(), out _));
        Assert.False(table.TryGet(ReadOnlySpan<char>.Empty, out _));
        string fresh = table.GetOrCreate("XYZ".AsSpan());
        Assert.Equal("XYZ", fresh);

        // Against a HashSet for random sets and keys.
        var gen =
            from members in Gen.ArrayOf(Gen.Elements("A", "B", "AB", "BA", "Đ", "QĐ", "QĐi", "TW", "TU", "UBND", "", "x&y"))
            from keys in Gen.ArrayOf(Gen.Elements("A", "B", "AB", "BA", "Đ", "QĐ", "QĐi", "TW", "TU", "UBND", "", "x&y", "Z", "ABC"))
            select (members, keys);
        return Prop.ForAll(gen.ToArbitrary(), input =>
        {
            var set = new HashSet<string>(input.members, StringComparer.Ordinal);
            var span = new SpanStringTable(input.members);
            foreach (string key in input.keys)
            {
                if (span.TryGet(key.AsSpan(), out _) != set.Contains(key))
                {
                    return false;
                }
            }

            return span.Count == set.Count;
        });
    }
}
