using System.Globalization;
using System.Text.Json;
using NodaTime;
using NodaTime.Text;

namespace MassMobilization.Core.Serialization.SystemTextJson;

/// <summary>Small writing helpers: text is written in NFC, dates in ISO form, absent optionals are left out.</summary>
internal static class JsonOutput
{
    internal static string Nfc(string text) => Core.Text.UnicodeText.ToFormC(text);

    internal static void String(Utf8JsonWriter writer, string name, string value) => writer.WriteString(name, Nfc(value));

    internal static void OptionalString(Utf8JsonWriter writer, string name, string? value)
    {
        if (value is not null)
        {
            writer.WriteString(name, Nfc(value));
        }
    }

    internal static void StringValue(Utf8JsonWriter writer, string value) => writer.WriteStringValue(Nfc(value));

    internal static void Date(Utf8JsonWriter writer, string name, LocalDate date) => writer.WriteString(name, FormatDate(date));

    internal static void OptionalDate(Utf8JsonWriter writer, string name, LocalDate? date)
    {
        if (date is { } value)
        {
            writer.WriteString(name, FormatDate(value));
        }
    }

    internal static string FormatDate(LocalDate date) => LocalDatePattern.Iso.Format(date);

    internal static void Strings(Utf8JsonWriter writer, string name, System.Collections.Generic.IReadOnlyList<string> values)
    {
        writer.WriteStartArray(name);
        foreach (string value in values)
        {
            StringValue(writer, value);
        }

        writer.WriteEndArray();
    }

    internal static string Invariant(int value) => value.ToString(CultureInfo.InvariantCulture);
}
