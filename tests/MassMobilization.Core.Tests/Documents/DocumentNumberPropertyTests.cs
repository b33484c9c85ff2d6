using System;
using System.Text;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using MassMobilization.Core.Documents;
using MassMobilization.Samples.Generators;
using Xunit;

namespace MassMobilization.Core.Tests.Documents;

public sealed class DocumentNumberPropertyTests
{
    private const int Cases = 10_000;

    private static readonly Config Many = Config.QuickThrowOnFailure.WithMaxTest(Cases);

    /// <summary>Characters of symbol parts: ASCII, Vietnamese letters (precomposed, which NFD decomposes), Đ, '&amp;', '.', digits.</summary>
    private static readonly char[] PartAlphabet = "ABCDHKLNQTUVWabgir0123456789&.ĐđƯưƠơÂâÊêÔôĂăÁàảãạỐốộờứựễ".ToCharArray();

    /// <summary>Characters that break numbers in interesting ways.</summary>
    private static readonly char[] NastyAlphabet =
    [
        '-', '/', ' ', '\t', '\u00A0', ':', '0', '9', 'Đ', 'Q', 'H', 'S', 'ố', 'o', '&', '.', '\u0301', '\u0302', '\u0323',
        '\uD800', '\uDC00', '\0', '\u200B', '\uFEFF', '\u212B', '\u0660', 'ǅ', '#', '_',
    ];

    private static readonly string[] StateCodes = Array.ConvertAll([.. DocumentTypes.State], t => t.Code);

    private static Gen<string> PartGen(int maxLength) =>
        Gen.Choose(1, maxLength).SelectMany(n => Gen.ArrayOf(Gen.Elements(PartAlphabet), n)).Select(chars => new string(chars));

    /// <summary>Any valid number: every grammar, parts from a Vietnamese alphabet, numbers and years over their whole ranges.</summary>
    private static readonly Gen<DocumentNumber> NumberGen =
        from form in Gen.Choose(1, 5)
        from n in Gen.OneOf(Gen.Choose(1, 20), Gen.Choose(1, DocumentNumber.MaxSequenceNumber))
        from year in Gen.Choose(1945, 9999)
        from term in Gen.Choose(1, 99)
        from a in PartGen(8)
        from b in PartGen(8)
        from c in Gen.OneOf(PartGen(8), Gen.Constant<string>(null!))
        from stateType in Gen.Elements(StateCodes)
        select form switch
        {
            1 => DocumentNumber.Party(n, a, b),
            2 => DocumentNumber.State(n, stateType, b, c),
            3 => DocumentNumber.OfficialLetter(n, IsLetterIssuer(a) ? a : "X" + a, b),
            4 => DocumentNumber.LegalNormative(n, year, a, b),
            _ => DocumentNumber.NationalAssembly(n, year, term),
        };

    /// <summary>How a number may be printed: canonical, NFD, with a prefix, padded, with white space.</summary>
    private static readonly Gen<(DocumentNumber Number, string Text)> PrintedGen =
        from number in NumberGen
        from style in Gen.Choose(0, 5)
        from seed in Gen.Choose(0, int.MaxValue)
        select (number, Print(number, style, seed));

    [Property(MaxTest = Cases)]
    public Property Parse_of_Format_is_the_identity()
    {
        return Prop.ForAll(NumberGen.ToArbitrary(), number =>
        {
            string text = DocumentNumberPattern.Canonical.Format(number);
            var parsed = DocumentNumberPattern.Canonical.Parse(text);
            return parsed.Success && parsed.Value == number && parsed.Value.ToString() == text;
        });
    }

    [Property(MaxTest = Cases)]
    public Property Printed_forms_parse_to_the_same_number()
    {
        return Prop.ForAll(PrintedGen.ToArbitrary(), printed =>
            DocumentNumber.TryParse(printed.Text, out var parsed) && parsed == printed.Number);
    }

    [Property(MaxTest = Cases)]
    public Property The_hand_written_parser_agrees_with_the_regex_oracle_on_printed_numbers()
    {
        return Prop.ForAll(PrintedGen.ToArbitrary(), printed =>
            RegexDocumentNumberParser.TryParse(printed.Text, out var expected) && DocumentNumber.TryParse(printed.Text, out var actual) && expected == actual);
    }

    [Fact]
    public void TryParse_never_throws_on_arbitrary_strings()
    {
        int cases = 0;
        Prop.ForAll(ArbMap.Default.ArbFor<string>(), text =>
        {
            cases++;
            return NeverThrows(text);
        }).Check(Many);
        Assert.True(cases >= Cases, $"Only {cases} cases ran.");
    }

    [Property(MaxTest = Cases)]
    public Property Order_is_total_and_agrees_with_equality()
    {
        var pairs = Gen.OneOf(
            NumberGen.Two(),
            NumberGen.SelectMany(x => Gen.Choose(1, 3).Select(n => (x, With(x, n)))));
        return Prop.ForAll(pairs.ToArbitrary(), pair =>
        {
            var (x, y) = pair;
            int xy = Math.Sign(x.CompareTo(y));
            int yx = Math.Sign(y.CompareTo(x));
            return xy == -yx
                && (xy == 0) == (x == y)
                && (x == y) == x.Equals((object)y)
                && (x != y || x.GetHashCode() == y.GetHashCode())
                && (x < y) == (xy < 0) && (x <= y) == (xy <= 0) && (x > y) == (xy > 0) && (x >= y) == (xy >= 0);
        });
    }

    [Fact]
    public void Numbers_of_one_issuer_and_type_sort_by_sequence_number_and_systems_do_not_mix()
    {
        var sorted = new[]
        {
            DocumentNumber.Parse("98/2023/NĐ-CP"), DocumentNumber.Parse("18-NQ/TW"), DocumentNumber.Parse("Số: 0004-NQ/TW"),
            DocumentNumber.Parse("15/2025/TT-BNV"), DocumentNumber.Parse("04-KH/BCĐ"), DocumentNumber.Parse("3406/QĐ-UBND"),
            DocumentNumber.Parse("24/2023/NĐ-CP"), DocumentNumber.Parse("123-NQ/TW"),
        };
        Array.Sort(sorted);
        Assert.Equal(
            ["04-KH/BCĐ", "04-NQ/TW", "18-NQ/TW", "123-NQ/TW", "15/2025/TT-BNV", "24/2023/NĐ-CP", "98/2023/NĐ-CP", "3406/QĐ-UBND"],
            Array.ConvertAll(sorted, n => n.ToString()));
    }

    [Property(MaxTest = Cases)]
    public Property TryParse_never_throws_on_near_misses_and_agrees_with_the_regex_oracle()
    {
        var nearMiss =
            from printed in PrintedGen
            from edits in Gen.ArrayOf(Gen.Zip(Gen.Choose(0, 4), Gen.Zip(Gen.Choose(0, 1000), Gen.Elements(NastyAlphabet))), 3)
            select Mutate(printed.Text, edits);
        return Prop.ForAll(nearMiss.ToArbitrary(), text =>
        {
            bool ok = NeverThrows(text);
            bool oracle = RegexDocumentNumberParser.TryParse(text, out var expected);
            bool actual = DocumentNumber.TryParse(text, out var value);
            return ok && oracle == actual && (!actual || expected == value);
        });
    }

    [Fact]
    public void Generated_benchmark_texts_all_parse_and_agree_with_the_oracle()
    {
        foreach (string text in DocumentNumberTexts.Mixed(5_000, 42))
        {
            Assert.True(DocumentNumber.TryParse(text, out var actual), text);
            Assert.True(RegexDocumentNumberParser.TryParse(text, out var expected), text);
            Assert.Equal(expected, actual);
        }

        Assert.Equal(DocumentNumberTexts.Mixed(100, 7), DocumentNumberTexts.Mixed(100, 7));
    }

    /// <summary>A number close to <paramref name="x"/>: the same text with the sequence number, year or term moved by one.</summary>
    private static DocumentNumber With(DocumentNumber x, int change) => change switch
    {
        1 when x.Number < DocumentNumber.MaxSequenceNumber => DocumentNumber.Parse(Tail(x, x.Number + 1)),
        2 => DocumentNumber.Parse(Tail(x, x.Number)),
        _ => x,
    };

    private static string Tail(DocumentNumber x, int number)
    {
        string canonical = x.ToString();
        return number.ToString("00", System.Globalization.CultureInfo.InvariantCulture) + canonical[canonical.IndexOfAny(['-', '/'])..];
    }

    private static bool IsLetterIssuer(string part) =>
        !char.IsAsciiDigit(part[0]) && DocumentTypeCatalogue.Default.Find(DocumentSystem.State, part.Normalize(NormalizationForm.FormC)) is null;

    private static string Print(DocumentNumber number, int style, int seed)
    {
        string canonical = number.ToString();
        string tail = canonical[canonical.IndexOfAny(['-', '/'])..];
        return style switch
        {
            0 => canonical.Normalize(NormalizationForm.FormD),
            1 => (seed % 2 == 0 ? "Số: " : "Số ") + canonical,
            2 => ("Số:" + canonical).Normalize(NormalizationForm.FormD),
            3 => new string('0', seed % 5) + number.Number.ToString(System.Globalization.CultureInfo.InvariantCulture) + tail,
            4 => " \t" + canonical + "  ",
            _ => canonical,
        };
    }

    private static string Mutate(string text, (int Kind, (int Where, char What) Edit)[] edits)
    {
        var builder = new StringBuilder(text);
        foreach (var (kind, (where, what)) in edits)
        {
            int at = builder.Length == 0 ? 0 : where % (builder.Length + 1);
            switch (kind)
            {
                case 0:
                    builder.Insert(at, what);
                    break;
                case 1 when at < builder.Length:
                    builder.Remove(at, 1);
                    break;
                case 2 when at < builder.Length:
                    builder[at] = what;
                    break;
                case 3:
                    builder.Length = at;
                    break;
                default:
                    builder.Insert(at, builder.ToString(0, Math.Min(3, builder.Length - Math.Min(at, builder.Length))));
                    break;
            }
        }

        return builder.ToString();
    }

    private static bool NeverThrows(string? text)
    {
        var result = DocumentNumberPattern.Canonical.Parse(text);
        bool tried = DocumentNumber.TryParse(text, out var value);
        bool spanTried = DocumentNumber.TryParse((text ?? string.Empty).AsSpan(), out _);
        if (result.Success != tried || (text is not null && spanTried != tried))
        {
            return false;
        }

        if (!result.Success)
        {
            return result.ErrorPosition >= 0 && result.ErrorPosition <= (text?.Length ?? 0) && result.Exception is FormatException && value == default;
        }

        // A parsed number always formats to text that parses back to it.
        return DocumentNumber.TryParse(value.ToString(), out var again) && again == value;
    }
}
