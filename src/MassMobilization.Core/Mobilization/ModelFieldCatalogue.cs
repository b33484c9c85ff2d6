using System;
using System.Collections.Generic;
using System.Diagnostics.CodeAnalysis;
using Ardalis.GuardClauses;

namespace MassMobilization.Core.Mobilization;

/// <summary>
/// The fields a registering body accepts: the four standard fields plus its provincial extensions
/// (docs/mobilization.md "Aggregates": provinces add others, so the field list is extensible). Immutable: <see cref="With"/>
/// returns a new catalogue. Fields are kept sorted by code (ordinal).
/// </summary>
public sealed class ModelFieldCatalogue
{
    private readonly ModelField[] fields;

    private ModelFieldCatalogue(ModelField[] fields)
    {
        this.fields = fields;
        Fields = Array.AsReadOnly(fields);
    }

    /// <summary>Gets the catalogue of the four standard fields.</summary>
    public static ModelFieldCatalogue Standard { get; } = new(Sorted(new[]
    {
        ModelField.Economy, ModelField.CultureSociety, ModelField.DefenceSecurity, ModelField.PoliticalSystem,
    }));

    /// <summary>Gets the fields, sorted by code (ordinal).</summary>
    public IReadOnlyList<ModelField> Fields { get; }

    /// <summary>Returns a catalogue with one more field.</summary>
    /// <param name="field">The field to add, typically from <see cref="ModelField.Extension"/>.</param>
    /// <returns>The new catalogue; this one is unchanged.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="field"/> is null.</exception>
    /// <exception cref="DomainRuleException">The catalogue already has a field with that code (<see cref="MobilizationRuleCodes.FieldDuplicateCode"/>).</exception>
    public ModelFieldCatalogue With(ModelField field)
    {
        Guard.Against.Null(field);
        Guard.Against.RuleViolation(!TryFind(field.Code, out _), MobilizationRuleCodes.FieldDuplicateCode, $"The catalogue already has a field with code '{field.Code}'.");
        var next = new ModelField[fields.Length + 1];
        fields.CopyTo(next, 0);
        next[^1] = field;
        return new(Sorted(next));
    }

    /// <summary>Finds a field by code.</summary>
    /// <param name="code">The code.</param>
    /// <param name="field">The field found.</param>
    /// <returns><see langword="true"/> when found.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="code"/> is null.</exception>
    public bool TryFind(string code, [NotNullWhen(true)] out ModelField? field)
    {
        Guard.Against.Null(code);
        foreach (var candidate in fields)
        {
            if (string.Equals(candidate.Code, code, StringComparison.Ordinal))
            {
                field = candidate;
                return true;
            }
        }

        field = null;
        return false;
    }

    /// <summary>Checks whether the catalogue holds this exact field (same code and names).</summary>
    /// <param name="field">The field.</param>
    /// <returns><see langword="true"/> when held.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="field"/> is null.</exception>
    public bool Contains(ModelField field)
    {
        Guard.Against.Null(field);
        return TryFind(field.Code, out var found) && found.Equals(field);
    }

    private static ModelField[] Sorted(ModelField[] array)
    {
        Array.Sort(array, (a, b) => string.CompareOrdinal(a.Code, b.Code));
        return array;
    }
}
