using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using NodaTime;

namespace MassMobilization.Core.Tests.Infrastructure;

/// <summary>
/// The stable JSON form of snapshots: indented, '\n' line ends, enums as names, NodaTime values in
/// ISO form, dictionaries sorted by key (their order is not meaningful), Vietnamese text unescaped.
/// </summary>
public static class SnapshotJson
{
    /// <summary>The serializer options used for every snapshot.</summary>
    public static JsonSerializerOptions Options { get; } = CreateOptions();

    /// <summary>Serialises a value to the snapshot form.</summary>
    public static string Serialize(object? value)
    {
        string json = value is null ? "null" : JsonSerializer.Serialize(value, value.GetType(), Options);
        return json.Replace("\r\n", "\n", StringComparison.Ordinal) + "\n";
    }

    private static JsonSerializerOptions CreateOptions()
    {
        var options = new JsonSerializerOptions
        {
            WriteIndented = true,
            Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
            IncludeFields = false,
            MaxDepth = 128,
            NewLine = "\n",
        };
        options.Converters.Add(new JsonStringEnumConverter());
        options.Converters.Add(new DateIntervalConverter());
        options.Converters.Add(new NodaFormattableConverterFactory());
        options.Converters.Add(new SortedDictionaryConverterFactory());
        options.TypeInfoResolver = new DefaultJsonTypeInfoResolver { Modifiers = { RejectUnlistedLibraryTypes, LeaveOutRepeatedCatalogueEntries } };
        options.MakeReadOnly(populateMissingResolver: true);
        return options;
    }

    /// <summary>
    /// The library types a snapshot may write by reflection (every public property, by name). A
    /// snapshot's shape is otherwise explicit: an anonymous projection or a record of the test
    /// project. A library type that is not listed fails the snapshot, so a new public property of
    /// an unlisted type can never slip into a snapshot unnoticed; project it in the test (preferred)
    /// or add it here knowing that its public properties are its snapshot shape.
    /// </summary>
    public static IReadOnlySet<Type> ReflectedLibraryTypes { get; } = new HashSet<Type>
    {
        typeof(MassMobilization.Core.Awards.CriterionResult),
        typeof(MassMobilization.Core.Awards.EligibilityResult),
        typeof(MassMobilization.Core.Awards.VoteResult),
        typeof(MassMobilization.Core.Documents.DocumentNumber),
        typeof(MassMobilization.Core.Documents.DocumentType),
        typeof(MassMobilization.Core.Documents.IssuerLifetime),
        typeof(MassMobilization.Core.Documents.PartyTerm),
        typeof(MassMobilization.Core.Emulation.AdvancementStep),
        typeof(MassMobilization.Core.Emulation.JudgeMark),
        typeof(MassMobilization.Core.Emulation.ScoreSection),
        typeof(MassMobilization.Core.Emulation.ScoringMethod),
        typeof(MassMobilization.Core.Emulation.Team),
        typeof(MassMobilization.Core.Emulation.TeamScore),
        typeof(MassMobilization.Core.Evaluation.AdjustmentLine),
        typeof(MassMobilization.Core.Evaluation.AwardProposalEligibility),
        typeof(MassMobilization.Core.Evaluation.BonusClaim),
        typeof(MassMobilization.Core.Evaluation.CriterionScore),
        typeof(MassMobilization.Core.Evaluation.DisciplineCap),
        typeof(MassMobilization.Core.Evaluation.LeaderDiscipline),
        typeof(MassMobilization.Core.Evaluation.PenaltyEntry),
        typeof(MassMobilization.Core.Evaluation.ScoreCard),
        typeof(MassMobilization.Core.Evaluation.ScoreCardCriterion),
        typeof(MassMobilization.Core.Evaluation.ScoreDifference),
        typeof(MassMobilization.Core.Evaluation.ScoreSummary),
        typeof(MassMobilization.Core.Evaluation.SectionResult),
        typeof(MassMobilization.Core.Evaluation.TriggeredFailCondition),
        typeof(MassMobilization.Core.Mobilization.ExemplarId),
        typeof(MassMobilization.Core.Mobilization.ExemplarRegistration),
        typeof(MassMobilization.Core.Mobilization.LifecycleStatus),
        typeof(MassMobilization.Core.Mobilization.MobilizationModelId),
        typeof(MassMobilization.Core.Mobilization.ModelField),
        typeof(MassMobilization.Core.Mobilization.ModelGoal),
        typeof(MassMobilization.Core.Mobilization.ModelOwner),
        typeof(MassMobilization.Core.Mobilization.ModelRegistration),
        typeof(MassMobilization.Core.Mobilization.RecognitionRecord),
        typeof(MassMobilization.Core.Mobilization.RegisteringLevel),
        typeof(MassMobilization.Core.Organization.AdministrativeUnit),
        typeof(MassMobilization.Core.Organization.Committee),
        typeof(MassMobilization.Core.Organization.CommitteeId),
        typeof(MassMobilization.Core.Organization.CommitteeKind),
        typeof(MassMobilization.Core.Organization.SuccessorShare<>),
        typeof(MassMobilization.Core.Organization.UnitCode),
        typeof(MassMobilization.Core.Organization.UnitKind),
        typeof(MassMobilization.Core.Organization.ValidityPeriod),
        typeof(MassMobilization.Core.Quantities.RoundingPolicy),
        typeof(MassMobilization.Core.Text.Explanation),
    };

    private static void RejectUnlistedLibraryTypes(JsonTypeInfo typeInfo)
    {
        var type = typeInfo.Type.IsGenericType ? typeInfo.Type.GetGenericTypeDefinition() : typeInfo.Type;
        if (typeInfo.Kind != JsonTypeInfoKind.Object
            || type.Assembly == typeof(SnapshotJson).Assembly
            || type.Namespace?.StartsWith("System", StringComparison.Ordinal) == true
            || ReflectedLibraryTypes.Contains(type))
        {
            return;
        }

        throw new InvalidOperationException(
            $"{type.FullName} would be written to a snapshot by reflection: project it to an explicit shape in the test, or list it in {nameof(SnapshotJson)}.{nameof(ReflectedLibraryTypes)}.");
    }

    /// <summary>
    /// An eligibility result names its award kind by <c>KindCode</c>; the whole catalogue entry behind
    /// <c>Kind</c> would repeat in every verdict. The core carries no serializer attributes, so the
    /// snapshot form leaves it out here.
    /// </summary>
    private static void LeaveOutRepeatedCatalogueEntries(JsonTypeInfo info)
    {
        if (info.Type == typeof(MassMobilization.Core.Awards.EligibilityResult))
        {
            for (int i = info.Properties.Count - 1; i >= 0; i--)
            {
                if (info.Properties[i].Name == nameof(MassMobilization.Core.Awards.EligibilityResult.Kind))
                {
                    info.Properties.RemoveAt(i);
                }
            }
        }
    }

    private sealed class DateIntervalConverter : JsonConverter<DateInterval>
    {
        public override DateInterval Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
            throw new NotSupportedException("Snapshots are written, never read.");

        public override void Write(Utf8JsonWriter writer, DateInterval value, JsonSerializerOptions options)
        {
            writer.WriteStartObject();
            writer.WriteString("start", value.Start.ToString("uuuu-MM-dd", CultureInfo.InvariantCulture));
            writer.WriteString("end", value.End.ToString("uuuu-MM-dd", CultureInfo.InvariantCulture));
            writer.WriteEndObject();
        }
    }

    /// <summary>Writes any NodaTime value type in ISO form.</summary>
    private sealed class NodaFormattableConverterFactory : JsonConverterFactory
    {
        public override bool CanConvert(Type typeToConvert) =>
            typeToConvert.Namespace == typeof(LocalDate).Namespace && typeof(IFormattable).IsAssignableFrom(typeToConvert);

        public override JsonConverter CreateConverter(Type typeToConvert, JsonSerializerOptions options) =>
            (JsonConverter)Activator.CreateInstance(typeof(FormattableConverter<>).MakeGenericType(typeToConvert))!;

        private sealed class FormattableConverter<T> : JsonConverter<T>
            where T : IFormattable
        {
            public override T Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
                throw new NotSupportedException("Snapshots are written, never read.");

            // LocalDate's and LocalDateTime's general patterns are long forms, so they get ISO explicitly;
            // the other NodaTime types' general patterns are already ISO.
            private static readonly string? Pattern =
                typeof(T) == typeof(LocalDate) ? "uuuu-MM-dd"
                : typeof(T) == typeof(LocalDateTime) ? "uuuu-MM-dd'T'HH:mm:ss.FFFFFFFFF"
                : null;

            public override void Write(Utf8JsonWriter writer, T value, JsonSerializerOptions options) =>
                writer.WriteStringValue(value.ToString(Pattern, CultureInfo.InvariantCulture));
        }
    }

    /// <summary>Writes dictionaries with their keys in ordinal order, so hash order never leaks into a snapshot.</summary>
    private sealed class SortedDictionaryConverterFactory : JsonConverterFactory
    {
        public override bool CanConvert(Type typeToConvert) => FindDictionaryInterface(typeToConvert) is not null;

        public override JsonConverter CreateConverter(Type typeToConvert, JsonSerializerOptions options)
        {
            var args = FindDictionaryInterface(typeToConvert)!.GetGenericArguments();
            return (JsonConverter)Activator.CreateInstance(typeof(Converter<,,>).MakeGenericType(typeToConvert, args[0], args[1]))!;
        }

        private static Type? FindDictionaryInterface(Type type)
        {
            if (type == typeof(string))
            {
                return null;
            }

            IEnumerable<Type> candidates = type.IsInterface ? type.GetInterfaces().Append(type) : type.GetInterfaces();
            return candidates.FirstOrDefault(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IReadOnlyDictionary<,>));
        }

        private sealed class Converter<TDictionary, TKey, TValue> : JsonConverter<TDictionary>
            where TDictionary : IReadOnlyDictionary<TKey, TValue>
        {
            public override TDictionary Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
                throw new NotSupportedException("Snapshots are written, never read.");

            public override void Write(Utf8JsonWriter writer, TDictionary value, JsonSerializerOptions options)
            {
                var entries = new List<KeyValuePair<string, TValue>>();
                foreach (var pair in value)
                {
                    string key = pair.Key is IFormattable f ? f.ToString(null, CultureInfo.InvariantCulture) : pair.Key?.ToString() ?? string.Empty;
                    entries.Add(new KeyValuePair<string, TValue>(key, pair.Value));
                }

                entries.Sort((a, b) => string.CompareOrdinal(a.Key, b.Key));
                writer.WriteStartObject();
                foreach (var entry in entries)
                {
                    writer.WritePropertyName(entry.Key);
                    JsonSerializer.Serialize(writer, entry.Value, options);
                }

                writer.WriteEndObject();
            }
        }
    }
}
