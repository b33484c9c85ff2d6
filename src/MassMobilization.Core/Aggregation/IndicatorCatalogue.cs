using System;
using System.Collections.Generic;
using Ardalis.GuardClauses;

namespace MassMobilization.Core.Aggregation;

/// <summary>
/// A set of indicators looked up by their stable code. <see cref="Standard"/> holds
/// <see cref="StandardIndicators.All"/>; applications add their own with <see cref="With(Indicator)"/>,
/// which returns a new catalogue.
/// </summary>
/// <remarks>Immutable and thread-safe. <see cref="Indicators"/> is ordered by code (ordinal).</remarks>
public sealed class IndicatorCatalogue
{
    private readonly Dictionary<string, Indicator> byCode;
    private readonly Indicator[] ordered;
    private IReadOnlyList<Indicator>? indicatorsView;

    private IndicatorCatalogue(Dictionary<string, Indicator> byCode)
    {
        this.byCode = byCode;
        ordered = new Indicator[byCode.Count];
        byCode.Values.CopyTo(ordered, 0);
        Array.Sort(ordered, static (a, b) => string.CompareOrdinal(a.Code, b.Code));
    }

    /// <summary>Gets the empty catalogue.</summary>
    public static IndicatorCatalogue Empty { get; } = new(new Dictionary<string, Indicator>(StringComparer.Ordinal));

    /// <summary>Gets the catalogue of <see cref="StandardIndicators.All"/>.</summary>
    public static IndicatorCatalogue Standard { get; } = Empty.With(StandardIndicators.All);

    /// <summary>Gets the indicators, ordered by code.</summary>
    public IReadOnlyList<Indicator> Indicators => indicatorsView ??= ReadOnlyView.Of(ordered);

    /// <summary>Finds an indicator by code.</summary>
    /// <param name="code">The code, compared ordinally.</param>
    /// <param name="indicator">The indicator, or <see langword="null"/>.</param>
    /// <returns><see langword="true"/> when found.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="code"/> is null.</exception>
    public bool TryFind(string code, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out Indicator? indicator)
    {
        Guard.Against.Null(code);
        return byCode.TryGetValue(code, out indicator);
    }

    /// <summary>Returns a catalogue with one more indicator. Adding an identical indicator again changes nothing.</summary>
    /// <param name="indicator">The indicator.</param>
    /// <returns>The new catalogue.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="indicator"/> is null.</exception>
    /// <exception cref="DomainRuleException">Rule <c>AGG-DUPLICATE-INDICATOR</c>: another indicator already has that code.</exception>
    public IndicatorCatalogue With(Indicator indicator)
    {
        Guard.Against.Null(indicator);
        return With([indicator]);
    }

    /// <summary>Returns a catalogue with more indicators. Adding identical indicators again changes nothing.</summary>
    /// <param name="indicators">The indicators.</param>
    /// <returns>The new catalogue.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="indicators"/> is null.</exception>
    /// <exception cref="ArgumentException">An element is null.</exception>
    /// <exception cref="DomainRuleException">Rule <c>AGG-DUPLICATE-INDICATOR</c>: two different indicators share a code.</exception>
    public IndicatorCatalogue With(IEnumerable<Indicator> indicators)
    {
        var added = Preconditions.CheckNotNullElements(indicators, nameof(indicators));
        var copy = new Dictionary<string, Indicator>(byCode, StringComparer.Ordinal);
        foreach (var indicator in added)
        {
            if (copy.TryGetValue(indicator.Code, out var existing))
            {
                Guard.Against.RuleViolation(existing.Equals(indicator), AggregationRuleCodes.DuplicateIndicator, $"The code {indicator.Code} already names \"{existing.EnglishName}\"; it cannot also name \"{indicator.EnglishName}\".");
                continue;
            }

            copy.Add(indicator.Code, indicator);
        }

        return new IndicatorCatalogue(copy);
    }
}
