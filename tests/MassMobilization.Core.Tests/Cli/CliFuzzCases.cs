using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Json.Nodes;
using MassMobilization.Core.Aggregation;
using MassMobilization.Core.Serialization.SystemTextJson;
using MassMobilization.Samples;
using MassMobilization.Samples.Generators;
using NodaTime;

namespace MassMobilization.Core.Tests.Cli;

/// <summary>
/// A structure-aware generator of hostile command lines for the CLI fuzz harness (<see cref="CliFuzzTests"/>):
/// commands with boundary, malformed and control-character option values, and <c>--input</c> files made by
/// mutating a valid document of the command's kind (values replaced by boundary numbers, odd Unicode or the
/// wrong JSON type, properties removed or added, arrays widened, values nested thousands deep) or its bytes
/// (truncated, invalid UTF-8, a byte order mark, UTF-16, a duplicate key).
/// </summary>
internal static class CliFuzzCases
{
    private static readonly Lazy<Dictionary<string, string>> Documents = new(CreateDocuments);

    private static readonly string[] HostileNumbers =
    [
        "0", "-1", "1", "-0", "0.5", "1e-30", "-1e-30", "2147483647", "2147483648", "-2147483649", "9223372036854775807",
        "9223372036854775808", "-9223372036854775808", "-9223372036854775809", "18446744073709551616", "7.9e28",
        "79228162514264337593543950336", "1e308", "-1e308", "1e400", "1E+2", "0.1000000000000000000000000001",
    ];

    private static readonly string[] HostileStrings =
    [
        string.Empty, " ", "\u001b[31mred\u001b[0m", "\u001b]0;title\u0007", "\u0000", "\r\n", "\t", "\u202Efdp.exe", "\u2066x\u2069",
        "Xa\u0303 Ta\u0302n Trie\u0300u", "Xã Tân Triều", "\u200B", "\uFEFF", "🙂", "\u0085", "\u009b31m", "9999-12-31", "0001-01-01",
        "2024-02-30", "-0001-01-01", "00640", "01", "020", "NaN", "Infinity", "MODELS-REGISTERED", "CITIZENS-RECEIVED:denominator",
        "null", "CSTDCS", "year", "half-year", "quarter", "party-term", "custom", "partial", "score-sheets", "massmob",
        new string('x', 70_000), new string('đ', 5_000),
    ];

    private static readonly string[] Periods =
    [
        "2024", "2024-H1", "2024-H2", "2024-Q3", "2023", "2019", "2025-H1", "9999-Q4", "1900", "0000", "2024-Q5", "2024-H0",
        "2020-2025", "2025-2020", "-1", "2024-q1", "２０２４", "2024\u001b[2J", " 2024", string.Empty,
    ];

    private static readonly string[] Dates =
    [
        "2024-12-31", "2025-06-30", "2025-07-01", "9999-12-31", "0001-01-01", "2024-02-29", "2023-02-29", "2024-02-30",
        "-9999-01-01", "10000-01-01", "2025-7-1", "31/12/2024", "\u001b[31m", string.Empty,
    ];

    private static readonly string[] Units = ["020", "01", "00640", "00643", "00646", "99999", "0", string.Empty, "x\u001b[2J", "01\u202E"];

    private static readonly string[] Integers = ["1", "12", "1000", "0", "-1", "1001", "1945", "2025", "2200", "1944", "2147483648", "abc", "1e3", string.Empty];

    private static readonly string[] Numbers =
    [
        "18-NQ/TW", "Số: 04-KH/BCĐ", "98/2023/NĐ-CP", "06/2022/QH15", "18-NQ/", "/", "-", "0-NQ/TW", "99999999999999999999/QĐ-UBND",
        "18-NQ/TW\u001b[31m", "１８-NQ/TW", "18‐NQ/TW", "Số:", new string('9', 10_000) + "/QĐ", "\u0000",
    ];

    /// <summary>Gets the kind of the <c>--input</c> document each command reads.</summary>
    internal static IReadOnlyDictionary<string, string> InputKinds { get; } = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["report"] = "partial",
        ["rebase"] = "partial",
        ["evaluate"] = "score-sheets",
        ["eligibility"] = "service-records",
        ["contest"] = "contest",
        ["parse"] = "text",
    };

    /// <summary>Creates the arguments of one case, writing its input file (if any) into a directory.</summary>
    /// <param name="random">The case's random source.</param>
    /// <param name="directory">The directory for input and output files.</param>
    /// <returns>The arguments.</returns>
    internal static string[] Create(Random random, string directory)
    {
        var args = new List<string>();
        string command = random.Next(20) switch
        {
            0 => Pick(random, ["version", string.Empty, "no-such", "REPORT", "--help", "-", "--"]),
            _ => Pick(random, [.. InputKinds.Keys]),
        };
        if (command.Length > 0)
        {
            args.Add(command);
        }

        switch (command)
        {
            case "report":
                Maybe(random, args, "--period", () => Pick(random, Periods));
                Maybe(random, args, "--unit", () => Pick(random, Units));
                Maybe(random, args, "--as-of", () => Pick(random, Dates));
                MaybeMap(random, args);
                break;
            case "rebase":
                Maybe(random, args, "--from", () => Pick(random, Dates));
                Maybe(random, args, "--to", () => Pick(random, Dates));
                MaybeMap(random, args);
                break;
            case "evaluate":
                Maybe(random, args, "--unit", () => Pick(random, Units));
                break;
            case "eligibility":
                Maybe(random, args, "--year", () => Pick(random, Integers));
                Maybe(random, args, "--nominees", () => Pick(random, Integers));
                Maybe(random, args, "--explain", () => Pick(random, ["N0003:CSTDCS", "N0001:GK", ":", "N0003", "x\u001b[2J:y", string.Empty]));
                break;
            case "contest":
                Maybe(random, args, "--seed", () => Pick(random, ["0", "2024", "18446744073709551615", "18446744073709551616", "-1", "x"]));
                break;
            case "parse":
                int count = random.Next(4);
                for (int i = 0; i < count; i++)
                {
                    args.Add(random.Next(3) == 0 ? Pick(random, HostileStrings) : Pick(random, Numbers));
                }

                break;
        }

        if (InputKinds.TryGetValue(command, out string? kind) && random.Next(3) > 0)
        {
            args.Add("--input");
            args.Add(random.Next(25) switch
            {
                0 => Path.Combine(directory, "missing.json"),
                1 => directory,
                2 => "/dev/null",
                _ => WriteInput(random, directory, random.Next(8) == 0 ? Pick(random, [.. InputKinds.Values]) : kind),
            });
        }

        Maybe(random, args, "--format", () => Pick(random, ["table", "json", "csv", "xlsx", "TABLE", "yaml", string.Empty]), 2);
        if (args.Contains("xlsx") && random.Next(4) > 0)
        {
            args.Add("--output");
            args.Add(random.Next(5) == 0 ? directory : Path.Combine(directory, "out.xlsx"));
        }

        Maybe(random, args, "--lang", () => Pick(random, ["vi", "en", "fr", "VI", string.Empty]), 4);
        if (random.Next(15) == 0)
        {
            args.Insert(random.Next(args.Count + 1), Pick(random, ["--zzz", "-x", "--input", "--period", "--unit=01", "@response.rsp", "--format=json", "-h"]));
        }

        return [.. args];
    }

    private static void Maybe(Random random, List<string> args, string option, Func<string> value, int oneIn = 2)
    {
        if (random.Next(oneIn) == 0)
        {
            args.Add(option);
            args.Add(value());
        }
    }

    private static void MaybeMap(Random random, List<string> args)
    {
        // The official map is correct but slow to load on every case; it is tried now and then.
        if (random.Next(40) == 0)
        {
            args.Add("--map");
            args.Add(Pick(random, ["official", "sample", "other"]));
        }
    }

    private static string WriteInput(Random random, string directory, string kind)
    {
        string path = Path.Combine(directory, $"input-{random.Next():x8}.{(kind == "text" ? "txt" : "json")}");
        File.WriteAllBytes(path, kind == "text" ? MutateText(random) : MutateDocument(random, Documents.Value[kind]));
        return path;
    }

    private static byte[] MutateText(Random random)
    {
        var lines = new List<string>();
        int count = random.Next(6);
        for (int i = 0; i < count; i++)
        {
            lines.Add(random.Next(3) == 0 ? Pick(random, HostileStrings) : Pick(random, Numbers));
        }

        return MutateBytes(random, Encoding.UTF8.GetBytes(string.Join(random.Next(2) == 0 ? "\n" : "\r\n", lines)));
    }

    private static byte[] MutateDocument(Random random, string json)
    {
        var root = JsonNode.Parse(json)!;

        // Raw JSON that a node cannot hold (nesting past the writer's depth, a lone surrogate) goes in by placeholder.
        var raws = new List<string>();
        int mutations = random.Next(4);
        for (int m = 0; m < mutations; m++)
        {
            var nodes = new List<JsonNode>();
            Collect(root, nodes);
            var node = nodes[random.Next(nodes.Count)];
            switch (random.Next(7))
            {
                case 0:
                case 1:
                    Replace(node, Hostile(random, raws));
                    break;
                case 2:
                    if (node is JsonObject objectToCut && objectToCut.Count > 0)
                    {
                        objectToCut.Remove(objectToCut.ElementAt(random.Next(objectToCut.Count)).Key);
                    }

                    break;
                case 3:
                    if (node is JsonObject objectToGrow)
                    {
                        objectToGrow[Pick(random, ["extra", "format", "\u001b[31m", "Kind", string.Empty])] = Hostile(random, raws);
                    }

                    break;
                case 4:
                    if (node is JsonArray array && array.Count > 0)
                    {
                        var item = array[random.Next(array.Count)];
                        int copies = Pick(random, new[] { 1, 2, 100, 3_000 });
                        for (int i = 0; i < copies; i++)
                        {
                            array.Add(item?.DeepClone());
                        }
                    }

                    break;
                case 5:
                    int depth = Pick(random, new[] { 10, 63, 64, 65, 1_000, 20_000 });
                    Replace(node, Raw(raws, random.Next(2) == 0 ? new string('[', depth) + new string(']', depth) : string.Concat(Enumerable.Repeat("{\"a\":", depth)) + "1" + new string('}', depth)));

                    break;
                default:
                    Replace(node, Raw(raws, Pick(random, ["null", "true", "[]", "{}", "\"\"", "[[[]]]", "\"\\ud800\"", "\"\\udc00x\"", "\"\\u0000\""])));
                    break;
            }
        }

        string text = root.ToJsonString(new System.Text.Json.JsonSerializerOptions { WriteIndented = random.Next(2) == 0 });
        for (int i = 0; i < raws.Count; i++)
        {
            text = text.Replace($"\"{Placeholder(i)}\"", raws[i], StringComparison.Ordinal);
        }

        return MutateBytes(random, Encoding.UTF8.GetBytes(text));
    }

    private static byte[] MutateBytes(Random random, byte[] bytes)
    {
        switch (random.Next(12))
        {
            case 0 when bytes.Length > 0:
                return bytes[..random.Next(bytes.Length)];
            case 1 when bytes.Length > 0:
                var flipped = (byte[])bytes.Clone();
                flipped[random.Next(flipped.Length)] ^= (byte)(1 << random.Next(8));
                return flipped;
            case 2:
                int at = random.Next(bytes.Length + 1);
                byte[] invalid = Pick(random, new byte[][] { [0xFF], [0xC0, 0x80], [0x80], [0xED, 0xA0, 0x80], [0xF4, 0x90, 0x80, 0x80], [0xE1, 0x80] });
                return [.. bytes[..at], .. invalid, .. bytes[at..]];
            case 3:
                return [0xEF, 0xBB, 0xBF, .. bytes];
            case 4:
                return [0xFF, 0xFE, .. Encoding.Unicode.GetBytes(Encoding.UTF8.GetString(bytes))];
            case 5 when bytes.Length > 0 && bytes[0] == (byte)'{':
                return [(byte)'{', .. "\"format\":\"massmob\","u8, .. bytes[1..]];
            default:
                return bytes;
        }
    }

    private static JsonValue? Hostile(Random random, List<string> raws) => random.Next(3) switch
    {
        0 => Raw(raws, Pick(random, HostileNumbers)),
        _ => JsonValue.Create(Pick(random, HostileStrings)),
    };

    private static JsonValue Raw(List<string> raws, string json)
    {
        raws.Add(json);
        return JsonValue.Create(Placeholder(raws.Count - 1));
    }

    private static string Placeholder(int index) => $"@@RAW{index}@@";

    private static void Replace(JsonNode node, JsonNode? value)
    {
        switch (node.Parent)
        {
            case JsonObject parent:
                parent[node.GetPropertyName()] = value;
                break;
            case JsonArray parent:
                parent[node.GetElementIndex()] = value;
                break;
        }
    }

    private static void Collect(JsonNode? node, List<JsonNode> nodes)
    {
        if (node is null)
        {
            return;
        }

        nodes.Add(node);
        switch (node)
        {
            case JsonObject obj:
                foreach (var (_, child) in obj)
                {
                    Collect(child, nodes);
                }

                break;
            case JsonArray array:
                foreach (var child in array)
                {
                    Collect(child, nodes);
                }

                break;
        }
    }

    private static T Pick<T>(Random random, T[] values) => values[random.Next(values.Length)];

    private static Dictionary<string, string> CreateDocuments()
    {
        var sample = SampleProvince.Instance;
        var period = ReportingPeriod.HalfYear(2024, 1);
        var layout = MassMobilization.Core.Reporting.ReportLayouts.Standard.Indicators;
        var records = MassMobilization.Core.Reporting.ModelIndicators.Records(sample.Models, period, period.End).Take(40);
        var partial = PartialAggregate.FromRecords(RollUpShape.At(sample.Chart, new LocalDate(2024, 6, 30)), layout, period, records);
        var contest = ContestDataGenerator.ThanhTriContest();
        var teams = ContestDataGenerator.ThanhTriTeams();
        return new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["partial"] = InterchangeFormats.Partial.WriteString(partial),
            ["score-sheets"] = InterchangeFormats.ScoreSheets.WriteString(SampleEvaluations.Sheets().Take(3).ToList()),
            ["service-records"] = InterchangeFormats.ServiceRecords.WriteString(AwardRecords.Individuals(3)),
            ["contest"] = CliContractTests.DocumentedExample("contest"),
            ["text"] = string.Join('\n', Numbers),
        };
    }
}
