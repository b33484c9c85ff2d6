using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using System.Text.Json.Nodes;

namespace MassMobilization.Core.Tests.Reliability;

/// <summary>
/// A structure-aware generator of hostile interchange documents: it parses a valid document into a tree and
/// applies one to three mutations (boundary numbers, odd Unicode, wrong types, missing, unknown and duplicate
/// properties, duplicated and dropped array items, deep and wide structures, subtrees moved elsewhere), then
/// optionally damages the bytes (truncation, invalid UTF-8, a byte order mark, UTF-16). Deterministic for a
/// seed (docs/reliability.md, "The library contract").
/// </summary>
internal sealed class HostileDocuments
{
    /// <summary>Numbers at the edges of long, decimal and double, and the ones the issue found (7.9e28, 1e-30).</summary>
    internal static readonly string[] BoundaryNumbers =
    [
        "0", "-0", "1", "-1", "2", "0.5", "1.5", "1e308", "-1e308", "1e400", "1e-400", "9223372036854775807", "9223372036854775808",
        "-9223372036854775808", "-9223372036854775809", "18446744073709551616", "79228162514264337593543950335",
        "79228162514264337593543950336", "7.9e28", "-7.9e28", "1e-30", "1e-28", "0.0000000000000000000000000001",
        "0.12345678901234567890123456789012", "1E+2", "1e0", "2147483647", "2147483648", "-2147483649", "1000000000000", "1000000000001",
        "0.1", "1e-7", "99999999999999999999", "3.0", "100.00",
    ];

    /// <summary>Strings: blank, control characters, bidi overrides, NFD Vietnamese, astral characters, dates at the calendar's edges, long text.</summary>
    internal static readonly string[] OddStrings =
    [
        "", " ", "\t", "\u0000", "\u001b[31mred\u001b[0m", "\u202Eevil", "Xa\u0303 Ta\u0302n Trie\u0300u", "Xã Tân Triều", "Ð", "đ", "İı", "ß",
        "😀", "\uFEFF", "\u200B", "a\u0301\u0301\u0301\u0301", "9999-12-31", "0001-01-01", "-0001-01-01", "2024-02-30", "2024-13-01",
        "99999-01-01", "2025-07-01", "18-NQ/TW", "98/2023/NĐ-CP", "01", "00640", "020-BDV", "model-1", "mean", "z-score", "2024",
        "2024-Q4", "9999-Q4", "2024-H2", "massmob", "chart", "partial", "null", "true", "1e308", new string('x', 5000),
    ];

    private readonly Random random;

    internal HostileDocuments(int seed) => random = new Random(seed);

    /// <summary>Makes one hostile document from a valid one, and says what was done to it.</summary>
    internal (byte[] Bytes, string Mutations) Mutate(string validJson)
    {
        var root = JsonNode.Parse(validJson)!;
        var done = new List<string>();
        int count = 1 + random.Next(3);
        Duplicate? duplicate = null;
        for (int i = 0; i < count; i++)
        {
            var nodes = Nodes(root).ToList();
            var target = nodes[random.Next(nodes.Count)];
            switch (random.Next(12))
            {
                case 0:
                case 1:
                    var numbers = nodes.Where(n => n is JsonValue v && v.GetValueKind() == System.Text.Json.JsonValueKind.Number).ToList();
                    target = numbers.Count > 0 ? numbers[random.Next(numbers.Count)] : target;
                    string number = BoundaryNumbers[random.Next(BoundaryNumbers.Length)];
                    root = Replace(root, target, JsonNode.Parse(number));
                    done.Add($"number {target.GetPath()} = {number}");
                    break;
                case 2:
                case 3:
                    var strings = nodes.Where(n => n is JsonValue v && v.GetValueKind() == System.Text.Json.JsonValueKind.String).ToList();
                    target = strings.Count > 0 ? strings[random.Next(strings.Count)] : target;
                    string text = OddStrings[random.Next(OddStrings.Length)];
                    root = Replace(root, target, JsonValue.Create(text));
                    done.Add($"string {target.GetPath()} = {Describe(text)}");
                    break;
                case 4:
                    JsonNode?[] others = [null, JsonValue.Create(true), new JsonArray(), new JsonObject(), JsonValue.Create(0), JsonValue.Create("x")];
                    var other = others[random.Next(others.Length)];
                    root = Replace(root, target, other);
                    done.Add($"type {target.GetPath()} = {other?.ToJsonString() ?? "null"}");
                    break;
                case 5:
                    if (target.Parent is JsonObject owner)
                    {
                        string name = owner.First(p => ReferenceEquals(p.Value, target)).Key;
                        owner.Remove(name);
                        done.Add($"remove {target.GetPath()}");
                    }

                    break;
                case 6:
                    var objects = nodes.OfType<JsonObject>().ToList();
                    if (objects.Count == 0)
                    {
                        break;
                    }

                    var into = objects[random.Next(objects.Count)];
                    if (random.Next(2) == 0 && into.Count > 0)
                    {
                        duplicate = new Duplicate(into, into.ElementAt(random.Next(into.Count)).Key);
                        done.Add($"duplicate key {duplicate.Name} in {into.GetPath()}");
                    }
                    else
                    {
                        into["unexpected"] = 1;
                        done.Add($"unknown property in {into.GetPath()}");
                    }

                    break;
                case 7:
                    var arrays = nodes.OfType<JsonArray>().Where(a => a.Count > 0).ToList();
                    if (arrays.Count > 0)
                    {
                        var array = arrays[random.Next(arrays.Count)];
                        int index = random.Next(array.Count);
                        if (random.Next(2) == 0)
                        {
                            array.Insert(index, array[index]?.DeepClone());
                            done.Add($"duplicate item {array.GetPath()}[{index}]");
                        }
                        else
                        {
                            array.RemoveAt(index);
                            done.Add($"drop item {array.GetPath()}[{index}]");
                        }
                    }

                    break;
                case 8:
                    int depth = random.Next(2) == 0 ? 70 + random.Next(60) : 2000;
                    JsonNode deep = JsonValue.Create(1);
                    for (int d = 0; d < depth; d++)
                    {
                        deep = new JsonArray(deep);
                    }

                    root = Replace(root, target, deep);
                    done.Add($"deep {target.GetPath()} × {depth}");
                    break;
                case 9:
                    var wideArrays = nodes.OfType<JsonArray>().Where(a => a.Count > 0).ToList();
                    if (wideArrays.Count > 0)
                    {
                        var array = wideArrays[random.Next(wideArrays.Count)];
                        var first = array[0];
                        int width = 50 + random.Next(250);
                        for (int w = 0; w < width; w++)
                        {
                            array.Add(first?.DeepClone());
                        }

                        done.Add($"wide {array.GetPath()} + {width}");
                    }

                    break;
                case 10:
                    var donor = nodes[random.Next(nodes.Count)];
                    if (!ReferenceEquals(donor, root) && !IsAncestor(target, donor) && !IsAncestor(donor, target))
                    {
                        root = Replace(root, target, donor.DeepClone());
                        done.Add($"move {donor.GetPath()} to {target.GetPath()}");
                    }

                    break;
                default:
                    var leaves = nodes.Where(n => n is JsonValue).ToList();
                    target = leaves.Count > 0 ? leaves[random.Next(leaves.Count)] : target;
                    var integer = JsonValue.Create(random.Next(2) == 0 ? random.NextInt64() : -random.Next(1000));
                    root = Replace(root, target, integer);
                    done.Add($"integer {target.GetPath()} = {integer.ToJsonString()}");
                    break;
            }
        }

        var builder = new StringBuilder();
        Emit(root, builder, duplicate);
        byte[] bytes = Encoding.UTF8.GetBytes(builder.ToString());
        switch (random.Next(10))
        {
            case 0:
                int cut = random.Next(bytes.Length);
                done.Add($"truncate at {cut}");
                return (bytes[..cut], string.Join("; ", done));
            case 1:
                int at = random.Next(bytes.Length);
                byte[] bad = [0xC3, 0x28, 0xFF, 0xED, 0xA0, 0x80];
                done.Add($"invalid UTF-8 at {at}");
                return ([.. bytes[..at], bad[random.Next(bad.Length)], .. bytes[at..]], string.Join("; ", done));
            case 2:
                done.Add("byte order mark");
                return ([0xEF, 0xBB, 0xBF, .. bytes], string.Join("; ", done));
            case 3 when bytes.Length < 4096:
                done.Add("UTF-16");
                return (Encoding.Unicode.GetBytes(builder.ToString()), string.Join("; ", done));
            default:
                return (bytes, string.Join("; ", done));
        }
    }

    private static string Describe(string text) =>
        text.Length > 20 ? $"{text.Length} characters" : string.Concat(text.Select(c => c < ' ' || c > '~' ? $"\\u{(int)c:X4}" : c.ToString()));

    private static IEnumerable<JsonNode> Nodes(JsonNode node)
    {
        yield return node;
        IEnumerable<JsonNode?> children = node switch
        {
            JsonObject o => o.Select(p => p.Value),
            JsonArray a => a,
            _ => [],
        };
        foreach (var child in children)
        {
            if (child is not null)
            {
                foreach (var n in Nodes(child))
                {
                    yield return n;
                }
            }
        }
    }

    private static bool IsAncestor(JsonNode ancestor, JsonNode node)
    {
        for (var n = node.Parent; n is not null; n = n.Parent)
        {
            if (ReferenceEquals(n, ancestor))
            {
                return true;
            }
        }

        return false;
    }

    private static JsonNode Replace(JsonNode root, JsonNode target, JsonNode? replacement)
    {
        switch (target.Parent)
        {
            case JsonObject o:
                o[o.First(p => ReferenceEquals(p.Value, target)).Key] = replacement;
                return root;
            case JsonArray a:
                a[a.IndexOf(target)] = replacement;
                return root;
            default:
                return replacement ?? new JsonObject();
        }
    }

    // Writes the tree as JSON, repeating one property of one object when asked (JsonNode cannot hold a duplicate key).
    private static void Emit(JsonNode? node, StringBuilder builder, Duplicate? duplicate)
    {
        switch (node)
        {
            case JsonObject o:
                builder.Append('{');
                bool first = true;
                foreach (var (name, value) in o)
                {
                    int times = duplicate is not null && ReferenceEquals(duplicate.Owner, o) && duplicate.Name == name ? 2 : 1;
                    for (int t = 0; t < times; t++)
                    {
                        builder.Append(first ? string.Empty : ",").Append(JsonValue.Create(name).ToJsonString()).Append(':');
                        Emit(value, builder, duplicate);
                        first = false;
                    }
                }

                builder.Append('}');
                break;
            case JsonArray a:
                builder.Append('[');
                for (int i = 0; i < a.Count; i++)
                {
                    builder.Append(i == 0 ? string.Empty : ",");
                    Emit(a[i], builder, duplicate);
                }

                builder.Append(']');
                break;
            case null:
                builder.Append("null");
                break;
            default:
                builder.Append(node.ToJsonString(new System.Text.Json.JsonSerializerOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }));
                break;
        }
    }

    private sealed record Duplicate(JsonObject Owner, string Name);
}
