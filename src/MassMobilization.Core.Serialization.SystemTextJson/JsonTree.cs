using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text;
using System.Text.Json;

namespace MassMobilization.Core.Serialization.SystemTextJson;

/// <summary>The JSON type of a <see cref="JsonTreeNode"/>.</summary>
internal enum JsonTreeKind : byte
{
    Object,
    Array,
    String,
    Number,
    True,
    False,
    Null,
}

/// <summary>
/// A parsed JSON value that remembers where it came from (its parent, property name or index, and the
/// byte offset of its first token), so that every later error can name its path, line and column.
/// The tree is built once with <see cref="JsonTree.Parse"/>, which already enforces the limits and
/// rejects duplicate property names; the readers of each format then map it onto domain values.
/// </summary>
internal sealed class JsonTreeNode
{
    internal JsonTreeNode(JsonTree tree, JsonTreeNode? parent, string? name, int index, JsonTreeKind kind, long offset)
    {
        Tree = tree;
        Parent = parent;
        Name = name;
        Index = index;
        Kind = kind;
        Offset = offset;
    }

    internal JsonTree Tree { get; }

    internal JsonTreeNode? Parent { get; }

    /// <summary>Gets the property name when the parent is an object.</summary>
    internal string? Name { get; }

    /// <summary>Gets the index when the parent is an array, otherwise -1.</summary>
    internal int Index { get; }

    internal JsonTreeKind Kind { get; }

    /// <summary>Gets the byte offset of the value's first token in the input.</summary>
    internal long Offset { get; }

    /// <summary>Gets the string value (NFC) or the raw text of a number.</summary>
    internal string? Text { get; set; }

    /// <summary>Gets the members of an object, in document order.</summary>
    internal List<JsonTreeNode>? Members { get; set; }

    /// <summary>Gets the items of an array.</summary>
    internal List<JsonTreeNode>? Items { get; set; }

    /// <summary>Gets the JSON path of the value, for example <c>$.units[2].code</c>.</summary>
    internal string Path
    {
        get
        {
            var segments = new List<JsonTreeNode>();
            for (var node = this; node.Parent is not null; node = node.Parent)
            {
                segments.Add(node);
            }

            var builder = new StringBuilder("$");
            for (int i = segments.Count - 1; i >= 0; i--)
            {
                AppendSegment(builder, segments[i]);
            }

            return builder.ToString();
        }
    }

    internal static void AppendName(StringBuilder builder, string name)
    {
        bool simple = name.Length > 0 && (char.IsAsciiLetter(name[0]) || name[0] == '_');
        for (int i = 1; simple && i < name.Length; i++)
        {
            simple = char.IsAsciiLetterOrDigit(name[i]) || name[i] == '_';
        }

        if (simple)
        {
            builder.Append('.').Append(name);
        }
        else
        {
            builder.Append("['").Append(name.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("'", "\\'", StringComparison.Ordinal)).Append("']");
        }
    }

    internal InterchangeException Error(string code, string detail, Exception? inner = null) => Tree.Error(Path, Offset, code, detail, inner);

    internal string Describe() => Kind switch
    {
        JsonTreeKind.Object => "an object",
        JsonTreeKind.Array => "an array",
        JsonTreeKind.String => "a string",
        JsonTreeKind.Number => "a number",
        JsonTreeKind.True or JsonTreeKind.False => "a boolean",
        _ => "null",
    };

    private static void AppendSegment(StringBuilder builder, JsonTreeNode node)
    {
        if (node.Name is not null)
        {
            AppendName(builder, node.Name);
        }
        else
        {
            builder.Append('[').Append(node.Index.ToString(CultureInfo.InvariantCulture)).Append(']');
        }
    }
}

/// <summary>A whole parsed input: the root value and the line table used to locate errors.</summary>
internal sealed class JsonTree
{
    private readonly List<long> lineStarts;

    private JsonTree(List<long> lineStarts) => this.lineStarts = lineStarts;

    internal JsonTreeNode Root { get; private set; } = null!;

    /// <summary>Parses UTF-8 JSON, enforcing the limits of <paramref name="options"/>.</summary>
    /// <exception cref="InterchangeException">The input is malformed, too large, too deep, has a string too long or a duplicate property name.</exception>
    internal static JsonTree Parse(ReadOnlySpan<byte> utf8, InterchangeReadOptions options)
    {
        if (utf8.Length > options.MaxBytes)
        {
            throw new InterchangeException(
                InterchangeErrorCodes.TooLarge,
                "$",
                1,
                0,
                FormattableString.Invariant($"The input has {utf8.Length} bytes; the limit is {options.MaxBytes}."));
        }

        long bomOffset = 0;
        if (utf8.StartsWith("\uFEFF"u8))
        {
            utf8 = utf8[3..];
            bomOffset = 3;
        }

        var starts = new List<long> { 0 };
        int searched = 0;
        while (true)
        {
            int next = utf8[searched..].IndexOf((byte)'\n');
            if (next < 0)
            {
                break;
            }

            searched += next + 1;
            starts.Add(searched + bomOffset);
        }

        var tree = new JsonTree(starts);
        tree.Build(utf8, options, bomOffset);
        return tree;
    }

    internal InterchangeException Error(string path, long offset, string code, string detail, Exception? inner = null)
    {
        int index = lineStarts.BinarySearch(offset);
        if (index < 0)
        {
            index = ~index - 1;
        }

        index = Math.Max(index, 0);
        return new InterchangeException(code, path, index + 1, offset - lineStarts[index], detail, inner);
    }

    private static JsonTreeKind KindOf(JsonTokenType token) => token switch
    {
        JsonTokenType.StartObject => JsonTreeKind.Object,
        JsonTokenType.StartArray => JsonTreeKind.Array,
        JsonTokenType.String => JsonTreeKind.String,
        JsonTokenType.Number => JsonTreeKind.Number,
        JsonTokenType.True => JsonTreeKind.True,
        JsonTokenType.False => JsonTreeKind.False,
        _ => JsonTreeKind.Null,
    };

    private void Build(ReadOnlySpan<byte> utf8, InterchangeReadOptions options, long bomOffset)
    {
        var reader = new Utf8JsonReader(utf8, new JsonReaderOptions
        {
            CommentHandling = JsonCommentHandling.Disallow,
            AllowTrailingCommas = false,
            MaxDepth = options.MaxDepth + 1,
        });
        var stack = new List<JsonTreeNode>();
        string? pendingName = null;
        try
        {
            while (reader.Read())
            {
                long offset = reader.TokenStartIndex + bomOffset;
                var token = reader.TokenType;
                if (token == JsonTokenType.EndObject || token == JsonTokenType.EndArray)
                {
                    stack.RemoveAt(stack.Count - 1);
                    continue;
                }

                var parent = stack.Count == 0 ? null : stack[^1];
                if (token == JsonTokenType.PropertyName)
                {
                    string name = ReadString(ref reader, options, parent!, offset, isName: true);
                    foreach (var member in parent!.Members!)
                    {
                        if (string.Equals(member.Name, name, StringComparison.Ordinal))
                        {
                            var builder = new StringBuilder(parent.Path);
                            JsonTreeNode.AppendName(builder, name);
                            throw Error(builder.ToString(), offset, InterchangeErrorCodes.DuplicateProperty, $"The object already has a property '{name}'.");
                        }
                    }

                    pendingName = name;
                    continue;
                }

                JsonTreeNode node;
                if (parent is null)
                {
                    node = new JsonTreeNode(this, null, null, -1, KindOf(token), offset);
                    Root = node;
                }
                else if (parent.Kind == JsonTreeKind.Object)
                {
                    node = new JsonTreeNode(this, parent, pendingName, -1, KindOf(token), offset);
                    parent.Members!.Add(node);
                    pendingName = null;
                }
                else
                {
                    node = new JsonTreeNode(this, parent, null, parent.Items!.Count, KindOf(token), offset);
                    parent.Items!.Add(node);
                }

                switch (token)
                {
                    case JsonTokenType.StartObject:
                    case JsonTokenType.StartArray:
                        if (stack.Count + 1 > options.MaxDepth)
                        {
                            throw node.Error(InterchangeErrorCodes.TooDeep, FormattableString.Invariant($"Objects and arrays are nested deeper than the limit of {options.MaxDepth}."));
                        }

                        if (token == JsonTokenType.StartObject)
                        {
                            node.Members = new List<JsonTreeNode>();
                        }
                        else
                        {
                            node.Items = new List<JsonTreeNode>();
                        }

                        stack.Add(node);
                        break;
                    case JsonTokenType.String:
                        node.Text = ReadString(ref reader, options, node, offset, isName: false);
                        break;
                    case JsonTokenType.Number:
                        node.Text = Encoding.UTF8.GetString(reader.ValueSpan);
                        break;
                }
            }
        }
        catch (JsonException exception)
        {
            string path = stack.Count == 0 ? "$" : stack[^1].Path;
            if (pendingName is not null)
            {
                var builder = new StringBuilder(path);
                JsonTreeNode.AppendName(builder, pendingName);
                path = builder.ToString();
            }

            long line = (exception.LineNumber ?? 0) + 1;
            long column = exception.BytePositionInLine ?? 0;
            throw new InterchangeException(InterchangeErrorCodes.Syntax, path, line, column, "The input is not well-formed JSON: " + FirstSentence(exception.Message), exception);
        }

        if (Root is null)
        {
            throw Error("$", 0, InterchangeErrorCodes.Syntax, "The input is empty.");
        }
    }

    private string ReadString(ref Utf8JsonReader reader, InterchangeReadOptions options, JsonTreeNode at, long offset, bool isName)
    {
        string value;
        try
        {
            value = reader.GetString()!;
        }
        catch (InvalidOperationException exception)
        {
            throw Error(at.Path, offset, InterchangeErrorCodes.Syntax, "A string is not valid UTF-8 or has an invalid escape.", exception);
        }

        if (value.Length > options.MaxStringLength)
        {
            throw Error(
                at.Path,
                offset,
                InterchangeErrorCodes.StringTooLong,
                FormattableString.Invariant($"A {(isName ? "property name" : "string")} has {value.Length} characters; the limit is {options.MaxStringLength}."));
        }

        // GetString has rejected invalid UTF-8 and unpaired surrogate escapes, so normalisation cannot fail.
        return Core.Text.UnicodeText.ToFormC(value);
    }

    private static string FirstSentence(string message)
    {
        int cut = message.IndexOf(" LineNumber", StringComparison.Ordinal);
        return (cut < 0 ? message : message[..cut]).Trim();
    }
}
