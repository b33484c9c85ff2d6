using System;
using System.Collections.Generic;
using System.Text;

namespace MassMobilization.Core.Serialization.SystemTextJson;

/// <summary>
/// The fixed JSON spelling of an enumeration's values (kebab-case), written and read by table so that
/// renaming a C# member can never change the format, and no reflection is needed.
/// </summary>
internal sealed class EnumText<T>
    where T : struct, Enum
{
    private readonly (string Text, T Value)[] entries;

    internal EnumText(string name, params (string Text, T Value)[] entries)
    {
        Name = name;
        this.entries = entries;
        var allowed = new StringBuilder();
        foreach (var entry in entries)
        {
            allowed.Append(allowed.Length == 0 ? string.Empty : ", ").Append(entry.Text);
        }

        Allowed = allowed.ToString();
    }

    internal string Name { get; }

    internal string Allowed { get; }

    internal string Format(T value)
    {
        foreach (var entry in entries)
        {
            if (EqualityComparer<T>.Default.Equals(entry.Value, value))
            {
                return entry.Text;
            }
        }

        throw new ArgumentException($"{value} is not a {Name} the interchange format can write.", nameof(value));
    }

    internal bool TryParse(string text, out T value)
    {
        foreach (var entry in entries)
        {
            if (string.Equals(entry.Text, text, StringComparison.Ordinal))
            {
                value = entry.Value;
                return true;
            }
        }

        value = default;
        return false;
    }
}
