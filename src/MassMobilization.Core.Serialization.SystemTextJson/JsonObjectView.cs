using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text;
using NodaTime;
using NodaTime.Text;

namespace MassMobilization.Core.Serialization.SystemTextJson;

/// <summary>
/// Strict typed access to one JSON object: every property read is marked, and <see cref="End"/>
/// rejects the ones never read, so an unknown or misspelt property is an error, never ignored.
/// </summary>
internal sealed class JsonObjectView
{
    private readonly bool[] used;

    internal JsonObjectView(JsonTreeNode node)
    {
        Node = node;
        used = new bool[node.Members!.Count];
    }

    internal JsonTreeNode Node { get; }

    internal static JsonObjectView Of(JsonTreeNode node)
    {
        Expect(node, JsonTreeKind.Object, "an object");
        return new JsonObjectView(node);
    }

    internal static IReadOnlyList<JsonTreeNode> ArrayOf(JsonTreeNode node)
    {
        Expect(node, JsonTreeKind.Array, "an array");
        return node.Items!;
    }

    internal static string StringOf(JsonTreeNode node)
    {
        Expect(node, JsonTreeKind.String, "a string");
        return node.Text!;
    }

    internal static string NonBlankOf(JsonTreeNode node)
    {
        string text = StringOf(node);
        if (string.IsNullOrWhiteSpace(text))
        {
            throw node.Error(InterchangeErrorCodes.InvalidValue, "The string is empty or white space.");
        }

        return text;
    }

    internal static long Int64Of(JsonTreeNode node, long min, long max)
    {
        Expect(node, JsonTreeKind.Number, "an integer");
        string text = node.Text!;
        if (!long.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out long value))
        {
            throw node.Error(InterchangeErrorCodes.InvalidValue, $"'{text}' is not an integer in the range [{min}, {max}].");
        }

        if (value < min || value > max)
        {
            throw node.Error(InterchangeErrorCodes.InvalidValue, FormattableString.Invariant($"{value} is outside the range [{min}, {max}]."));
        }

        return value;
    }

    internal static int Int32Of(JsonTreeNode node, int min, int max) => (int)Int64Of(node, min, max);

    internal static decimal DecimalOf(JsonTreeNode node)
    {
        Expect(node, JsonTreeKind.Number, "a number");
        string text = node.Text!;
        if (!decimal.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out decimal value))
        {
            throw node.Error(InterchangeErrorCodes.InvalidValue, $"'{text}' does not fit an exact decimal (28-29 significant digits).");
        }

        if (!SameNumber(text, value.ToString(CultureInfo.InvariantCulture)))
        {
            throw node.Error(InterchangeErrorCodes.InvalidValue, $"'{text}' cannot be held exactly in a decimal (at most 28-29 significant digits and 28 decimal places); it would be rounded to {value.ToString(CultureInfo.InvariantCulture)}.");
        }

        return value;
    }

    /// <summary>
    /// Compares two JSON numbers exactly, by sign, significant digits and power of ten (so <c>1e-30</c> is not
    /// <c>0</c>, and <c>2.50</c> is <c>2.5</c>). Exponents beyond ±100,000 count as "not equal to anything a decimal holds".
    /// </summary>
    private static bool SameNumber(string a, string b) =>
        TryCanonical(a, out var first) && TryCanonical(b, out var second) && first.Negative == second.Negative
        && first.Exponent == second.Exponent && string.Equals(first.Digits, second.Digits, StringComparison.Ordinal);

    private static bool TryCanonical(string text, out (bool Negative, string Digits, long Exponent) number)
    {
        number = default;
        int i = 0;
        bool negative = i < text.Length && text[i] == '-';
        if (negative || (i < text.Length && text[i] == '+'))
        {
            i++;
        }

        var digits = new StringBuilder(text.Length);
        long exponent = 0;
        bool fraction = false;
        for (; i < text.Length && text[i] is (>= '0' and <= '9') or '.'; i++)
        {
            if (text[i] == '.')
            {
                fraction = true;
                continue;
            }

            digits.Append(text[i]);
            if (fraction)
            {
                exponent--;
            }
        }

        if (i < text.Length && (text[i] == 'e' || text[i] == 'E'))
        {
            if (!long.TryParse(text.AsSpan(i + 1), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out long given) || given > 100_000 || given < -100_000)
            {
                return false;
            }

            exponent += given;
        }
        else if (i != text.Length)
        {
            return false;
        }

        string significant = digits.ToString().TrimStart('0');
        int end = significant.Length;
        while (end > 0 && significant[end - 1] == '0')
        {
            end--;
            exponent++;
        }

        significant = significant.Substring(0, end);
        number = significant.Length == 0 ? (false, string.Empty, 0) : (negative, significant, exponent);
        return true;
    }

    internal static bool BooleanOf(JsonTreeNode node)
    {
        if (node.Kind != JsonTreeKind.True && node.Kind != JsonTreeKind.False)
        {
            throw WrongType(node, "a boolean");
        }

        return node.Kind == JsonTreeKind.True;
    }

    internal static LocalDate DateOf(JsonTreeNode node)
    {
        string text = StringOf(node);
        var result = LocalDatePattern.Iso.Parse(text);
        if (!result.Success)
        {
            throw node.Error(InterchangeErrorCodes.InvalidValue, $"'{text}' is not an ISO date (yyyy-MM-dd).");
        }

        return result.Value;
    }

    internal static T EnumOf<T>(JsonTreeNode node, EnumText<T> table)
        where T : struct, Enum
    {
        string text = StringOf(node);
        if (!table.TryParse(text, out T value))
        {
            throw node.Error(InterchangeErrorCodes.UnknownEnumValue, $"'{text}' is not a {table.Name}; expected one of: {table.Allowed}.");
        }

        return value;
    }

    /// <summary>Runs a domain constructor, turning its argument and rule exceptions into an <see cref="InterchangeException"/> at <paramref name="node"/>.</summary>
    internal static T Build<T>(JsonTreeNode node, Func<T> build)
    {
        try
        {
            return build();
        }
        catch (DomainRuleException exception)
        {
            throw node.Error(InterchangeErrorCodes.DomainRule, $"Rule {exception.RuleCode}: {exception.Message}", exception);
        }
        catch (ArgumentException exception)
        {
            throw node.Error(InterchangeErrorCodes.InvalidValue, exception.Message, exception);
        }
        catch (ArithmeticException exception)
        {
            // An overflow (or a division by zero) in a constructor: the values are out of the range it can compute with.
            throw node.Error(InterchangeErrorCodes.InvalidValue, $"The values are out of range: {exception.Message}", exception);
        }
    }

    internal static InterchangeException WrongType(JsonTreeNode node, string expected) =>
        node.Error(InterchangeErrorCodes.WrongType, $"Expected {expected}, found {node.Describe()}.");

    internal JsonTreeNode Required(string name)
    {
        var node = Find(name);
        if (node is null || node.Kind == JsonTreeKind.Null)
        {
            var builder = new StringBuilder(Node.Path);
            JsonTreeNode.AppendName(builder, name);
            throw Node.Tree.Error(builder.ToString(), node?.Offset ?? Node.Offset, InterchangeErrorCodes.MissingProperty, $"The required property '{name}' is {(node is null ? "missing" : "null")}.");
        }

        return node;
    }

    /// <summary>Gets an optional property; absent and JSON null both give <see langword="null"/>.</summary>
    internal JsonTreeNode? Optional(string name)
    {
        var node = Find(name);
        return node is null || node.Kind == JsonTreeKind.Null ? null : node;
    }

    internal string String(string name) => NonBlankOf(Required(name));

    internal string? OptionalString(string name) => Optional(name) is { } node ? StringOf(node) : null;

    internal int Int32(string name, int min, int max) => Int32Of(Required(name), min, max);

    internal int? OptionalInt32(string name, int min, int max) => Optional(name) is { } node ? Int32Of(node, min, max) : null;

    internal long Int64(string name, long min, long max) => Int64Of(Required(name), min, max);

    internal decimal Decimal(string name) => DecimalOf(Required(name));

    internal decimal? OptionalDecimal(string name) => Optional(name) is { } node ? DecimalOf(node) : null;

    internal bool Boolean(string name) => BooleanOf(Required(name));

    internal LocalDate Date(string name) => DateOf(Required(name));

    internal LocalDate? OptionalDate(string name) => Optional(name) is { } node ? DateOf(node) : null;

    internal T Enum<T>(string name, EnumText<T> table)
        where T : struct, Enum => EnumOf(Required(name), table);

    internal IReadOnlyList<JsonTreeNode> Array(string name) => ArrayOf(Required(name));

    internal IReadOnlyList<JsonTreeNode> OptionalArray(string name) => Optional(name) is { } node ? ArrayOf(node) : System.Array.Empty<JsonTreeNode>();

    internal JsonObjectView Object(string name) => Of(Required(name));

    internal JsonObjectView? OptionalObject(string name) => Optional(name) is { } node ? Of(node) : null;

    /// <summary>Rejects every property that was not read.</summary>
    internal void End()
    {
        var members = Node.Members!;
        for (int i = 0; i < members.Count; i++)
        {
            if (!used[i])
            {
                throw members[i].Error(InterchangeErrorCodes.UnknownProperty, $"The property '{members[i].Name}' is not defined here.");
            }
        }
    }

    private static void Expect(JsonTreeNode node, JsonTreeKind kind, string expected)
    {
        if (node.Kind != kind)
        {
            throw WrongType(node, expected);
        }
    }

    private JsonTreeNode? Find(string name)
    {
        var members = Node.Members!;
        for (int i = 0; i < members.Count; i++)
        {
            if (string.Equals(members[i].Name, name, StringComparison.Ordinal))
            {
                used[i] = true;
                return members[i];
            }
        }

        return null;
    }
}
