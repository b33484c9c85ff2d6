using System;

namespace MassMobilization.Core.EntityFrameworkCore;

/// <summary>
/// Enumerations stored as the names of their members (readable by other applications and independent of
/// the members' numbers); reading refuses anything that is not exactly a member's name.
/// </summary>
internal static class StoredText
{
    public static string Of<TEnum>(TEnum value)
        where TEnum : struct, Enum => Enum.GetName(value) ?? throw new ArgumentOutOfRangeException(nameof(value), value, $"Not a member of {typeof(TEnum).Name}.");

    public static TEnum Parse<TEnum>(string table, long id, string column, string? text)
        where TEnum : struct, Enum
    {
        foreach (var value in Enum.GetValues<TEnum>())
        {
            if (string.Equals(Enum.GetName(value), text, StringComparison.Ordinal))
            {
                return value;
            }
        }

        throw StoredDataException.ForRow(table, id, column, $"'{text}' is not one of {string.Join(", ", Enum.GetNames<TEnum>())}.");
    }
}
