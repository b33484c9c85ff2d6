using System;
using System.Collections.Generic;
using System.Text;
using MassMobilization.Core.Documents;
using Xunit;

namespace MassMobilization.Core.Tests.Documents;

/// <summary>Real numbers from domain.md §4, the issue and the laws they cite, parsed, formatted and compared.</summary>
public sealed class DocumentNumberParsingTests
{
    private static readonly string Nfd04KhBcd = "04-KH/BCĐ".Normalize(NormalizationForm.FormD);

    public static TheoryData<string, string, DocumentNumber> RealNumbers() => new()
    {
        // Party documents (Guidance 36-HD/VPTW grammar {n}-{TYPE}/{ISSUER}).
        { "18-NQ/TW", "18-NQ/TW", DocumentNumber.Party(18, "NQ", "TW") },
        { "04-KH/BCĐ", "04-KH/BCĐ", DocumentNumber.Party(4, "KH", "BCĐ") },
        { "09-KL/BCĐ", "09-KL/BCĐ", DocumentNumber.Party(9, "KL", "BCĐ") },
        { "24-KH/BDVTU", "24-KH/BDVTU", DocumentNumber.Party(24, "KH", "BDVTU") },
        { "23-QĐ/TW", "23-QĐ/TW", DocumentNumber.Party(23, "QĐ", "TW") },
        { "08-QĐi/TW", "08-QĐi/TW", DocumentNumber.Party(8, "QĐi", "TW") },
        { "205-QĐ/TW", "205-QĐ/TW", DocumentNumber.Party(205, "QĐ", "TW") },
        { "294-QĐ/TW", "294-QĐ/TW", DocumentNumber.Party(294, "QĐ", "TW") },
        { "66-QĐ/TW", "66-QĐ/TW", DocumentNumber.Party(66, "QĐ", "TW") },
        { "36-HD/VPTW", "36-HD/VPTW", DocumentNumber.Party(36, "HD", "VPTW") },
        { "43-KL/TW", "43-KL/TW", DocumentNumber.Party(43, "KL", "TW") },
        { "25-NQ/TW", "25-NQ/TW", DocumentNumber.Party(25, "NQ", "TW") },
        { "35-NQ/TW", "35-NQ/TW", DocumentNumber.Party(35, "NQ", "TW") },
        { "26-NQ/TW", "26-NQ/TW", DocumentNumber.Party(26, "NQ", "TW") },
        { "57-NQ/TW", "57-NQ/TW", DocumentNumber.Party(57, "NQ", "TW") },
        { "05-CT/TW", "05-CT/TW", DocumentNumber.Party(5, "CT", "TW") },

        // State documents with a named type (Decree 30/2020/NĐ-CP).
        { "3406/QĐ-UBND", "3406/QĐ-UBND", DocumentNumber.State(3406, "QĐ", "UBND") },
        { "33/CT-TTg", "33/CT-TTg", DocumentNumber.State(33, "CT", "TTg") },
        { "2579/QĐ-UBND", "2579/QĐ-UBND", DocumentNumber.State(2579, "QĐ", "UBND") },

        // Official letters (công văn): no type code.
        { "9086/BNV-CTTN&BĐG", "9086/BNV-CTTN&BĐG", DocumentNumber.OfficialLetter(9086, "BNV", "CTTN&BĐG") },
        { "1122/BTĐKT-VI", "1122/BTĐKT-VI", DocumentNumber.OfficialLetter(1122, "BTĐKT", "VI") },

        // Legal normative documents.
        { "98/2023/NĐ-CP", "98/2023/NĐ-CP", DocumentNumber.LegalNormative(98, 2023, "NĐ", "CP") },
        { "91/2017/NĐ-CP", "91/2017/NĐ-CP", DocumentNumber.LegalNormative(91, 2017, "NĐ", "CP") },
        { "152/2025/NĐ-CP", "152/2025/NĐ-CP", DocumentNumber.LegalNormative(152, 2025, "NĐ", "CP") },
        { "129/2025/NĐ-CP", "129/2025/NĐ-CP", DocumentNumber.LegalNormative(129, 2025, "NĐ", "CP") },
        { "30/2020/NĐ-CP", "30/2020/NĐ-CP", DocumentNumber.LegalNormative(30, 2020, "NĐ", "CP") },
        { "72/2018/NĐ-CP", "72/2018/NĐ-CP", DocumentNumber.LegalNormative(72, 2018, "NĐ", "CP") },
        { "38/2019/NĐ-CP", "38/2019/NĐ-CP", DocumentNumber.LegalNormative(38, 2019, "NĐ", "CP") },
        { "24/2023/NĐ-CP", "24/2023/NĐ-CP", DocumentNumber.LegalNormative(24, 2023, "NĐ", "CP") },
        { "73/2024/NĐ-CP", "73/2024/NĐ-CP", DocumentNumber.LegalNormative(73, 2024, "NĐ", "CP") },
        { "145/2020/NĐ-CP", "145/2020/NĐ-CP", DocumentNumber.LegalNormative(145, 2020, "NĐ", "CP") },
        { "04/2015/NĐ-CP", "04/2015/NĐ-CP", DocumentNumber.LegalNormative(4, 2015, "NĐ", "CP") },
        { "15/2025/TT-BNV", "15/2025/TT-BNV", DocumentNumber.LegalNormative(15, 2025, "TT", "BNV") },

        // Laws and National Assembly resolutions.
        { "06/2022/QH15", "06/2022/QH15", DocumentNumber.NationalAssembly(6, 2022, 15) },
        { "10/2022/QH15", "10/2022/QH15", DocumentNumber.NationalAssembly(10, 2022, 15) },
        { "42/2013/QH13", "42/2013/QH13", DocumentNumber.NationalAssembly(42, 2013, 13) },
        { "72/2025/QH15", "72/2025/QH15", DocumentNumber.NationalAssembly(72, 2025, 15) },
        { "202/2025/QH15", "202/2025/QH15", DocumentNumber.NationalAssembly(202, 2025, 15) },
        { "203/2025/QH15", "203/2025/QH15", DocumentNumber.NationalAssembly(203, 2025, 15) },
        { "59/2020/QH14", "59/2020/QH14", DocumentNumber.NationalAssembly(59, 2020, 14) },
        { "45/2019/QH14", "45/2019/QH14", DocumentNumber.NationalAssembly(45, 2019, 14) },

        // The same real numbers as printed: prefixes, padding, missing leading zero, NFD, white space.
        { "Số: 3406/QĐ-UBND", "3406/QĐ-UBND", DocumentNumber.State(3406, "QĐ", "UBND") },
        { "Số 18-NQ/TW", "18-NQ/TW", DocumentNumber.Party(18, "NQ", "TW") },
        { "Số:09-KL/BCĐ", "09-KL/BCĐ", DocumentNumber.Party(9, "KL", "BCĐ") },
        { "SỐ: 98/2023/NĐ-CP", "98/2023/NĐ-CP", DocumentNumber.LegalNormative(98, 2023, "NĐ", "CP") },
        { "số 33/CT-TTg", "33/CT-TTg", DocumentNumber.State(33, "CT", "TTg") },
        { "S\u00F4\u0301: 06/2022/QH15", "06/2022/QH15", DocumentNumber.NationalAssembly(6, 2022, 15) },
        { "So\u0302\u0301: 15/2025/TT-BNV", "15/2025/TT-BNV", DocumentNumber.LegalNormative(15, 2025, "TT", "BNV") },
        { "0004-KH/BCĐ", "04-KH/BCĐ", DocumentNumber.Party(4, "KH", "BCĐ") },
        { "4-KH/BCĐ", "04-KH/BCĐ", DocumentNumber.Party(4, "KH", "BCĐ") },
        { "0033/CT-TTg", "33/CT-TTg", DocumentNumber.State(33, "CT", "TTg") },
        { "6/2022/QH15", "06/2022/QH15", DocumentNumber.NationalAssembly(6, 2022, 15) },
        { "06/2022/QH015", "06/2022/QH15", DocumentNumber.NationalAssembly(6, 2022, 15) },
        { "8-QĐi/TW", "08-QĐi/TW", DocumentNumber.Party(8, "QĐi", "TW") },
        { Nfd04KhBcd, "04-KH/BCĐ", DocumentNumber.Party(4, "KH", "BCĐ") },
        { "9086/BNV-CTTN&BĐG".Normalize(NormalizationForm.FormD), "9086/BNV-CTTN&BĐG", DocumentNumber.OfficialLetter(9086, "BNV", "CTTN&BĐG") },
        { "Số: 98/2023/NĐ-CP".Normalize(NormalizationForm.FormD), "98/2023/NĐ-CP", DocumentNumber.LegalNormative(98, 2023, "NĐ", "CP") },
        { "  18-NQ/TW \t", "18-NQ/TW", DocumentNumber.Party(18, "NQ", "TW") },
        { "2579/QĐ-UBND-VX", "2579/QĐ-UBND-VX", DocumentNumber.State(2579, "QĐ", "UBND", "VX") },
    };

    public static TheoryData<string, string> MalformedNumbers() => new()
    {
        { "", "The text is empty (at position 0)." },
        { "   ", "The text is empty (at position 0)." },
        { "NQ/TW", "Expected the sequence number (a digit), found 'N' (at position 0)." },
        { "18", "Expected '-' (Party number) or '/' (State number) after the sequence number, but the text ended (at position 2)." },
        { "18_NQ/TW", "Expected '-' (Party number) or '/' (State number) after the sequence number, found '_' (at position 2)." },
        { "0-NQ/TW", "The sequence number must be at least 1 (at position 0)." },
        { "1234567-NQ/TW", "The sequence number must be at most 999999 (at position 0)." },
        { "12345678901-NQ/TW", "The sequence number has more than 10 digits (at position 0)." },
        { "18-/TW", "Expected the type code after '-', found '/' (at position 3)." },
        { "18-NQ", "Expected '/' after the type code, but the text ended (at position 5)." },
        { "18-NQ-TW", "Expected '/' after the type code, found '-' (at position 5)." },
        { "18-NQ /TW", "Expected '/' after the type code, found U+0020 (at position 5)." },
        { "18-NQ/", "Expected the issuer code after '/', but the text ended (at position 6)." },
        { "18-NQ/TW/x", "Unexpected text after the issuer code, found '/' (at position 8)." },
        { "98/23/NĐ-CP", "The year must have 4 digits (at position 3)." },
        { "98/1900/NĐ-CP", "The year must be 1945 or later (at position 3)." },
        { "98/2023-NĐ-CP", "Expected '/' after the year, found '-' (at position 7)." },
        { "98/2023/NĐ", "Expected '-' after the type code, but the text ended (at position 10)." },
        { "98/2023/-CP", "Expected the type code, or 'QH' and the term, after the year, found '-' (at position 8)." },
        { "06/2022/QH0", "The National Assembly term must be 1 to 99 (at position 10)." },
        { "06/2022/QH15/x", "Unexpected text after the National Assembly term, found '/' (at position 12)." },
        { "3406/QĐ", "Expected '-' after the type or issuer code, but the text ended (at position 7)." },
        { "3406/-UBND", "Expected the type code or the issuer code after '/', found '-' (at position 5)." },
        { "3406/QĐ-", "Expected the issuer code after '-', but the text ended (at position 8)." },
        { "3406/QĐ-UBND#", "Unexpected text after the issuer code, found '#' (at position 12)." },
        { "3406/QĐ-UBND-", "Expected the drafting unit's code after '-', but the text ended (at position 13)." },
        { "9086/BNV-CTTN-X", "An official letter has no third part, and the first part is not a State document type code (at position 13)." },
        { "Sx 18-NQ/TW", "Expected the prefix 'Số' or the sequence number (at position 0)." },
        { "So: 18-NQ/TW", "Expected the prefix 'Số' or the sequence number (at position 0)." },
        { "Số\u0323: 18-NQ/TW", "Expected the prefix 'Số' or the sequence number (at position 0)." },
        { "18-\u0301NQ/TW", "The symbol part holds a combining mark that does not combine with a letter (at position 3)." },
        { "18-NQ/" + new string('T', 33), "The symbol part is longer than 32 characters (at position 6)." },
        { "18-NQ/T\uD800W", "Unexpected text after the issuer code, found U+D800 (at position 7)." },
        { "Số:", "Expected the sequence number (a digit), but the text ended (at position 3)." },
    };

    [Theory]
    [MemberData(nameof(RealNumbers), DisableDiscoveryEnumeration = true)]
    public void Parses_real_numbers_and_formats_them_canonically(string text, string canonical, DocumentNumber expected)
    {
        var parsed = DocumentNumber.Parse(text);
        Assert.Equal(expected, parsed);
        Assert.Equal(canonical, parsed.ToString());
        Assert.Equal(canonical, expected.ToString());
        Assert.Equal(expected, DocumentNumber.Parse(text.AsSpan()));
        Assert.True(DocumentNumber.TryParse(text, out var tried));
        Assert.Equal(expected, tried);
        Assert.Equal(expected, DocumentNumberPattern.Canonical.Parse(text).Value);
        Assert.Equal(canonical, DocumentNumberPattern.Canonical.Format(parsed));
        Assert.Equal(expected, DocumentNumber.Parse(canonical));
    }

    [Theory]
    [MemberData(nameof(MalformedNumbers), DisableDiscoveryEnumeration = true)]
    public void Rejects_malformed_numbers_saying_what_and_where(string text, string message)
    {
        var result = DocumentNumberPattern.Canonical.Parse(text);
        Assert.False(result.Success);
        Assert.Equal(message, result.Exception!.Message);
        Assert.False(DocumentNumber.TryParse(text, out var value));
        Assert.Equal(default, value);
        Assert.False(DocumentNumber.TryParse(text.AsSpan(), out _));
        Assert.Equal(message, Assert.Throws<FormatException>(() => DocumentNumber.Parse(text)).Message);
        Assert.Equal(message, Assert.Throws<FormatException>(() => DocumentNumber.Parse(text.AsSpan())).Message);
    }

    [Fact]
    public void Has_at_least_forty_real_and_twenty_malformed_cases()
    {
        Assert.True(RealNumbers().Count >= 40);
        Assert.True(MalformedNumbers().Count >= 20);
    }

    [Fact]
    public void Null_text_is_a_failure_or_an_argument_error()
    {
        Assert.Equal("The text is null (at position 0).", DocumentNumberPattern.Canonical.Parse((string?)null).Exception!.Message);
        Assert.False(DocumentNumber.TryParse((string?)null, out _));
        Assert.Throws<ArgumentNullException>(() => DocumentNumber.Parse((string)null!));
    }

    [Fact]
    public void Parsing_reads_the_grammar_and_keeps_the_type_code_as_written()
    {
        var regulation = DocumentNumber.Parse("205-QĐ/TW");
        Assert.Equal(DocumentNumberForm.Party, regulation.Form);
        Assert.Equal(DocumentSystem.Party, regulation.System);
        Assert.Equal("QĐ", regulation.TypeCode);
        Assert.NotEqual(DocumentNumber.Parse("08-QĐi/TW").TypeCode, regulation.TypeCode);

        var letter = DocumentNumber.Parse("9086/BNV-CTTN&BĐG");
        Assert.Equal(DocumentNumberForm.StateOfficialLetter, letter.Form);
        Assert.Null(letter.TypeCode);
        Assert.Equal("BNV", letter.Issuer);
        Assert.Equal("CTTN&BĐG", letter.DraftingUnit);

        var law = DocumentNumber.Parse("06/2022/QH15");
        Assert.Equal((2022, 15, "QH"), (law.Year!.Value, law.NationalAssemblyTerm!.Value, law.Issuer));
        Assert.Null(law.TypeCode);

        var typed = DocumentNumber.Parse("2579/QĐ-UBND-VX");
        Assert.Equal(DocumentNumberForm.StateNamedType, typed.Form);
        Assert.Equal("VX", typed.DraftingUnit);
    }

    [Fact]
    public void Known_codes_come_back_as_the_catalogue_instances()
    {
        var parsed = DocumentNumber.Parse("Số: 98/2023/NĐ-CP");
        Assert.Same(DocumentTypes.Decree.Code, parsed.TypeCode);
        var nfd = DocumentNumber.Parse(Nfd04KhBcd);
        Assert.Same(DocumentNumber.Parse("04-KH/BCĐ").Issuer, nfd.Issuer);
        Assert.Same(DocumentTypes.PartyPlan.Code, nfd.TypeCode);
    }

    [Fact]
    public void Parsing_known_numbers_allocates_nothing()
    {
        string[] texts = ["18-NQ/TW", "Số: 3406/QĐ-UBND", "9086/BNV-CTTN&BĐG", "0098/2023/NĐ-CP", "06/2022/QH15", "2579/QĐ-UBND-VX"];
        int parsed = 0;
        foreach (string text in texts)
        {
            parsed += DocumentNumber.TryParse(text, out _) ? 1 : 0;
        }

        long before = GC.GetAllocatedBytesForCurrentThread();
        for (int i = 0; i < 1000; i++)
        {
            foreach (string text in texts)
            {
                parsed += DocumentNumber.TryParse(text.AsSpan(), out _) ? 1 : 0;
            }
        }

        long allocated = GC.GetAllocatedBytesForCurrentThread() - before;
        Assert.Equal(6006, parsed);
        Assert.Equal(0, allocated);
    }

    [Fact]
    public void Unknown_codes_become_new_strings_in_NFC()
    {
        string decomposedUnit = "Phòng Nội vụ".Replace(" ", string.Empty, StringComparison.Ordinal).Normalize(NormalizationForm.FormD);
        var parsed = DocumentNumber.Parse("12/UBND-" + decomposedUnit);
        Assert.Equal("PhòngNộivụ", parsed.DraftingUnit);
        Assert.True(parsed.DraftingUnit!.IsNormalized(NormalizationForm.FormC));
        Assert.Equal(DocumentNumberForm.StateOfficialLetter, parsed.Form);
    }

    [Fact]
    public void TryFormat_writes_into_a_span_and_reports_a_short_one()
    {
        var number = DocumentNumber.LegalNormative(98, 2023, "NĐ", "CP");
        Span<char> buffer = stackalloc char[DocumentNumber.MaxFormattedLength];
        Assert.True(number.TryFormat(buffer, out int written));
        Assert.Equal("98/2023/NĐ-CP", buffer[..written].ToString());
        Assert.False(number.TryFormat(buffer[..5], out written));
        Assert.Equal(0, written);
        Assert.Equal("x98/2023/NĐ-CP", DocumentNumberPattern.Canonical.AppendFormat(number, new StringBuilder("x")).ToString());
        var longest = DocumentNumber.State(999_999, "QyĐ", new string('A', 32), new string('B', 32));
        Assert.True(longest.TryFormat(buffer, out written));
        Assert.Equal(longest.ToString().Length, written);
    }

    [Fact]
    public void Equality_and_order_ignore_how_the_number_was_written()
    {
        var numbers = new List<DocumentNumber>
        {
            DocumentNumber.Parse("Số: 0018-NQ/TW"), DocumentNumber.Parse("4-NQ/TW"), DocumentNumber.Parse("18-NQ/TW"),
        };
        Assert.Equal(numbers[0], numbers[2]);
        Assert.Equal(numbers[0].GetHashCode(), numbers[2].GetHashCode());
        numbers.Sort();
        Assert.Equal(["04-NQ/TW", "18-NQ/TW", "18-NQ/TW"], numbers.ConvertAll(n => n.ToString()));
    }
}
