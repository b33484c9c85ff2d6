using System;
using System.Collections.Generic;
using System.Text;
using System.Text.Json.Nodes;
using MassMobilization.Core.Serialization.SystemTextJson;
using Xunit;

namespace MassMobilization.Core.Tests.Interchange;

/// <summary>Every strict-reading error, with its stable code, JSON path and position.</summary>
public sealed class StrictReadingTests
{
    private const string Chart = """
        {
          "format": "massmob",
          "version": 1,
          "kind": "chart",
          "units": [
            { "code": "01", "vietnameseName": "Thành phố Hà Nội", "englishName": "Ha Noi City", "kind": "centrally-run-city", "validity": { "from": "2008-08-01" } },
            { "code": "00640", "vietnameseName": "Thị trấn Văn Điển", "englishName": "Van Dien Township", "kind": "township", "parent": "01", "validity": { "from": "2008-08-01", "to": "2025-06-30" } }
          ],
          "unitSuccessions": []
        }
        """;

    public static TheoryData<string, string, string> ChartMutations() => new()
    {
        { "format", """{"op":"set","path":"format","value":"other"}""", "IX-UNKNOWN-FORMAT|$.format" },
        { "version 2", """{"op":"set","path":"version","value":2}""", "IX-UNSUPPORTED-VERSION|$.version" },
        { "version as text", """{"op":"set","path":"version","value":"1"}""", "IX-WRONG-TYPE|$.version" },
        { "wrong kind", """{"op":"set","path":"kind","value":"documents"}""", "IX-WRONG-KIND|$.kind" },
        { "missing format", """{"op":"remove","path":"format"}""", "IX-MISSING-PROPERTY|$.format" },
        { "missing code", """{"op":"remove","path":"units.1.code"}""", "IX-MISSING-PROPERTY|$.units[1].code" },
        { "null code", """{"op":"set","path":"units.1.code","value":null}""", "IX-MISSING-PROPERTY|$.units[1].code" },
        { "missing units", """{"op":"remove","path":"units"}""", "IX-MISSING-PROPERTY|$.units" },
        { "unknown property", """{"op":"set","path":"units.0.colour","value":"red"}""", "IX-UNKNOWN-PROPERTY|$.units[0].colour" },
        { "unknown top-level property", """{"op":"set","path":"extra","value":1}""", "IX-UNKNOWN-PROPERTY|$.extra" },
        { "number for string", """{"op":"set","path":"units.0.code","value":1}""", "IX-WRONG-TYPE|$.units[0].code" },
        { "object for array", """{"op":"set","path":"units","value":{}}""", "IX-WRONG-TYPE|$.units" },
        { "string for object", """{"op":"set","path":"units.1.validity","value":"2008"}""", "IX-WRONG-TYPE|$.units[1].validity" },
        { "blank name", """{"op":"set","path":"units.1.vietnameseName","value":"  "}""", "IX-INVALID-VALUE|$.units[1].vietnameseName" },
        { "unknown unit kind", """{"op":"set","path":"units.1.kind","value":"hamlet"}""", "IX-UNKNOWN-ENUM-VALUE|$.units[1].kind" },
        { "bad date", """{"op":"set","path":"units.1.validity.from","value":"2008-13-01"}""", "IX-INVALID-VALUE|$.units[1].validity.from" },
        { "end before start", """{"op":"set","path":"units.1.validity.to","value":"2001-01-01"}""", "IX-INVALID-VALUE|$.units[1].validity.to" },
        { "bad unit code", """{"op":"set","path":"units.1.code","value":"bad code!"}""", "IX-INVALID-VALUE|$.units[1].code" },
        { "duplicate unit version", """{"op":"set","path":"units.1.code","value":"01"}""", "IX-DUPLICATE-ID|$.units[1].code" },
        { "unknown parent", """{"op":"set","path":"units.1.parent","value":"99"}""", "IX-UNKNOWN-REFERENCE|$.units[1].parent" },
        { "parent not in force", """{"op":"set","path":"units.1.validity.from","value":"2000-01-01"}""", "IX-DOMAIN-RULE|$" },
        { "root array", """{"op":"root","value":[]}""", "IX-WRONG-TYPE|$" },
        { "succession kind", """{"op":"set","path":"unitSuccessions","value":[{"kind":"annex","date":"2025-07-01","from":["00640"],"to":[{"successor":"01"}]}]}""", "IX-UNKNOWN-ENUM-VALUE|$.unitSuccessions[0].kind" },
        { "rename with two successors", """{"op":"set","path":"unitSuccessions","value":[{"kind":"rename","date":"2025-07-01","from":["00640"],"to":[{"successor":"01"},{"successor":"02"}]}]}""", "IX-INVALID-VALUE|$.unitSuccessions[0].to" },
        { "weight on merge", """{"op":"set","path":"unitSuccessions","value":[{"kind":"merge","date":"2025-07-01","from":["00640","01"],"to":[{"successor":"01","weight":1}]}]}""", "IX-INVALID-VALUE|$.unitSuccessions[0].to" },
        { "integer with fraction", """{"op":"set","path":"version","value":1.0}""", "IX-UNSUPPORTED-VERSION|$.version" },
    };

    [Theory]
    [MemberData(nameof(ChartMutations))]
    public void Chart_errors_name_their_code_and_path(string name, string mutation, string expected)
    {
        string json = Mutate(Chart, mutation);
        var error = Assert.Throws<InterchangeException>(() => InterchangeFormats.Chart.Read(json));
        Assert.True(expected == $"{error.ErrorCode}|{error.Path}", $"{name}: expected {expected}, got {error.ErrorCode}|{error.Path}: {error.Message}");
        Assert.StartsWith(error.ErrorCode + " at " + error.Path, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_domain_rule_error_names_the_rule()
    {
        // The unit starts before its parent exists: every reference resolves, but the chart breaks a rule.
        string json = Mutate(Chart, """{"op":"set","path":"units.1.validity.from","value":"2000-01-01"}""");
        var error = Assert.Throws<InterchangeException>(() => InterchangeFormats.Chart.Read(json));
        Assert.Contains("ORG-", error.Detail, StringComparison.Ordinal);
        Assert.IsType<DomainRuleException>(error.InnerException);
    }

    [Fact]
    public void Position_points_at_the_offending_value()
    {
        string json = Chart.Replace("\"township\"", "\"hamlet\"", StringComparison.Ordinal);
        var error = Assert.Throws<InterchangeException>(() => InterchangeFormats.Chart.Read(json));
        var (line, column) = Locate(json, "\"hamlet\"");
        Assert.Equal(InterchangeErrorCodes.UnknownEnumValue, error.ErrorCode);
        Assert.Equal((line, column), (error.LineNumber, error.BytePositionInLine));
    }

    [Fact]
    public void Position_counts_utf8_bytes()
    {
        // "Thị trấn Văn Điển" has multi-byte letters before the error on the same line.
        string json = Chart.Replace("\"parent\": \"01\"", "\"parent\": 1", StringComparison.Ordinal);
        var error = Assert.Throws<InterchangeException>(() => InterchangeFormats.Chart.Read(json));
        var (line, column) = Locate(json, "\"parent\": 1");
        Assert.Equal("$.units[1].parent", error.Path);
        Assert.Equal((line, column + "\"parent\": ".Length), (error.LineNumber, error.BytePositionInLine));
    }

    public static TheoryData<string, string, string> RawInputs() => new()
    {
        { "truncated", "{\"format\": \"massmob\",", "IX-SYNTAX" },
        { "trailing comma", "{\"format\": \"massmob\",}", "IX-SYNTAX" },
        { "comment", "{\"format\": \"massmob\" /* c */}", "IX-SYNTAX" },
        { "empty", "", "IX-SYNTAX" },
        { "two values", "{} {}", "IX-SYNTAX" },
        { "single quotes", "{'format': 'massmob'}", "IX-SYNTAX" },
        { "duplicate property", "{\"format\": \"massmob\", \"format\": \"massmob\"}", "IX-DUPLICATE-PROPERTY" },
        { "lone surrogate", "{\"format\": \"\\ud800\"}", "IX-SYNTAX" },
    };

    [Theory]
    [MemberData(nameof(RawInputs))]
    public void Malformed_input_is_one_exception_type(string name, string json, string code)
    {
        var error = Assert.Throws<InterchangeException>(() => InterchangeFormats.Chart.Read(json));
        Assert.True(code == error.ErrorCode, $"{name}: {error.Message}");
        Assert.True(error.LineNumber >= 1);
    }

    [Fact]
    public void Invalid_utf8_is_a_syntax_error()
    {
        byte[] bytes = [.. "{\"format\": \""u8, 0xFF, 0xFE, .. "\"}"u8];
        var error = Assert.Throws<InterchangeException>(() => InterchangeFormats.Chart.Read(bytes));
        Assert.Equal((InterchangeErrorCodes.Syntax, "$.format"), (error.ErrorCode, error.Path));
    }

    [Fact]
    public void Syntax_error_reports_line_and_path()
    {
        string json = Chart.Replace("\"kind\": \"township\",", "\"kind\": \"township\" ", StringComparison.Ordinal);
        var error = Assert.Throws<InterchangeException>(() => InterchangeFormats.Chart.Read(json));
        Assert.Equal(InterchangeErrorCodes.Syntax, error.ErrorCode);
        Assert.Equal(Locate(json, "\"township\"").Line, error.LineNumber);
        Assert.Equal("$.units[1]", error.Path);
        Assert.IsAssignableFrom<System.Text.Json.JsonException>(error.InnerException);
    }

    [Fact]
    public void Duplicate_property_is_reported_at_the_second_one()
    {
        string json = Chart.Replace("{ \"code\": \"01\",", "{ \"code\": \"01\", \"code\": \"02\",", StringComparison.Ordinal);
        var error = Assert.Throws<InterchangeException>(() => InterchangeFormats.Chart.Read(json));
        Assert.Equal((InterchangeErrorCodes.DuplicateProperty, "$.units[0].code"), (error.ErrorCode, error.Path));
        Assert.Equal(Locate(json, "\"code\": \"02\"").Column, error.BytePositionInLine);
    }

    [Fact]
    public void Limits_are_enforced()
    {
        var tooLarge = Assert.Throws<InterchangeException>(() => InterchangeFormats.Chart.Read(Chart, new InterchangeReadOptions { MaxBytes = 100 }));
        Assert.Equal((InterchangeErrorCodes.TooLarge, "$"), (tooLarge.ErrorCode, tooLarge.Path));
        var tooDeep = Assert.Throws<InterchangeException>(() => InterchangeFormats.Chart.Read(Chart, new InterchangeReadOptions { MaxDepth = 3 }));
        Assert.Equal((InterchangeErrorCodes.TooDeep, "$.units[0].validity"), (tooDeep.ErrorCode, tooDeep.Path));
        var tooLong = Assert.Throws<InterchangeException>(() => InterchangeFormats.Chart.Read(Chart, new InterchangeReadOptions { MaxStringLength = 17 }));
        Assert.Equal((InterchangeErrorCodes.StringTooLong, "$.units[0].kind"), (tooLong.ErrorCode, tooLong.Path));
        Assert.NotNull(InterchangeFormats.Chart.Read(Chart, new InterchangeReadOptions { MaxDepth = 4, MaxStringLength = 18, MaxBytes = Encoding.UTF8.GetByteCount(Chart) }));
    }

    [Fact]
    public void Deeply_nested_garbage_fails_fast_without_overflowing()
    {
        string json = new string('[', 100_000) + new string(']', 100_000);
        var error = Assert.Throws<InterchangeException>(() => InterchangeFormats.Chart.Read(json));
        Assert.Equal(InterchangeErrorCodes.TooDeep, error.ErrorCode);
    }

    [Fact]
    public void Stream_input_stops_after_the_size_limit()
    {
        using var stream = new System.IO.MemoryStream(new byte[10_000_000]);
        var error = Assert.Throws<InterchangeException>(() => InterchangeFormats.Chart.Read(stream, new InterchangeReadOptions { MaxBytes = 1000 }));
        Assert.Equal(InterchangeErrorCodes.TooLarge, error.ErrorCode);
        Assert.True(stream.Position < 200_000);
    }

    [Fact]
    public void Byte_order_mark_is_accepted_and_text_is_normalised_to_NFC()
    {
        // Decomposed with the library's own table, so that the input is NFD with or without ICU.
        string decomposed = Chart.Replace("Thị trấn Văn Điển", Core.Text.UnicodeText.FallbackToFormD("Thị trấn Văn Điển"), StringComparison.Ordinal);
        Assert.NotEqual(Chart, decomposed);
        byte[] bytes = [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(decomposed)];
        var chart = InterchangeFormats.Chart.Read(bytes);
        Assert.Equal("Thị trấn Văn Điển", chart.Units[0].VietnameseName);
        Assert.True(Core.Text.UnicodeText.IsFormC(chart.Units[0].VietnameseName));
    }

    [Fact]
    public void ReadKind_reads_only_the_envelope()
    {
        Assert.Equal("chart", InterchangeFormats.ReadKind(Encoding.UTF8.GetBytes(Chart)));
        var error = Assert.Throws<InterchangeException>(() => InterchangeFormats.ReadKind("{\"format\":\"massmob\",\"version\":7,\"kind\":\"chart\"}"u8));
        Assert.Equal(InterchangeErrorCodes.UnsupportedVersion, error.ErrorCode);
    }

    /// <summary>Applies a small JSON edit: set or remove a property at a dotted path (numbers index arrays), or replace the root.</summary>
    internal static string Mutate(string json, string mutation)
    {
        var edit = JsonNode.Parse(mutation)!.AsObject();
        string op = edit["op"]!.GetValue<string>();
        if (op == "root")
        {
            return edit["value"]?.ToJsonString() ?? "null";
        }

        var root = JsonNode.Parse(json)!;
        string[] parts = edit["path"]!.GetValue<string>().Split('.');
        JsonNode parent = root;
        for (int i = 0; i < parts.Length - 1; i++)
        {
            parent = int.TryParse(parts[i], out int index) ? parent[index]! : parent[parts[i]]!;
        }

        string last = parts[^1];
        if (op == "remove")
        {
            parent.AsObject().Remove(last);
        }
        else if (int.TryParse(last, out int index))
        {
            parent[index] = edit["value"]?.DeepClone();
        }
        else
        {
            parent[last] = edit["value"]?.DeepClone();
        }

        return root.ToJsonString(new System.Text.Json.JsonSerializerOptions { WriteIndented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
    }

    /// <summary>The 1-based line and 0-based UTF-8 byte column of the first occurrence of <paramref name="token"/>.</summary>
    internal static (long Line, long Column) Locate(string json, string token)
    {
        int at = json.IndexOf(token, StringComparison.Ordinal);
        Assert.True(at >= 0, $"'{token}' is not in the JSON.");
        int lineStart = json.LastIndexOf('\n', Math.Max(at - 1, 0)) + 1;
        if (at == 0)
        {
            lineStart = 0;
        }

        long line = 1;
        foreach (char c in json.AsSpan(0, at))
        {
            line += c == '\n' ? 1 : 0;
        }

        return (line, Encoding.UTF8.GetByteCount(json.AsSpan(lineStart, at - lineStart)));
    }

    internal static IEnumerable<string> Codes => new[]
    {
        InterchangeErrorCodes.Syntax, InterchangeErrorCodes.TooLarge, InterchangeErrorCodes.TooDeep, InterchangeErrorCodes.StringTooLong,
        InterchangeErrorCodes.DuplicateProperty, InterchangeErrorCodes.UnknownFormat, InterchangeErrorCodes.UnsupportedVersion, InterchangeErrorCodes.WrongKind,
        InterchangeErrorCodes.MissingProperty, InterchangeErrorCodes.UnknownProperty, InterchangeErrorCodes.WrongType, InterchangeErrorCodes.InvalidValue,
        InterchangeErrorCodes.UnknownEnumValue, InterchangeErrorCodes.DuplicateId, InterchangeErrorCodes.UnknownReference, InterchangeErrorCodes.DomainRule,
    };
}
