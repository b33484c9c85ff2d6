using System;
using System.Collections.Generic;
using Ardalis.GuardClauses;

namespace MassMobilization.Core.Aggregation;

/// <summary>
/// Which indicators a roll-up computes and where each lives in the kernel's unit × slot matrix: a count
/// or amount indicator takes one slot; a ratio indicator takes two (numerator, then denominator), since
/// rates pool by adding numerators and denominators. Each slot has a stable code ("GIFTS",
/// "CITIZENS-RECEIVED:numerator") used by <see cref="PartialAggregate"/>.
/// </summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed class IndicatorLayout
{
    private readonly Indicator[] indicators;
    private IReadOnlyList<Indicator>? indicatorsView;
    private readonly int[] firstSlots;
    private readonly string[] slotCodes;
    private IReadOnlyList<string>? slotCodesView;
    private readonly Dictionary<string, int> indicatorIndexByCode;

    // The layout's own indicator instances, found by reference first: records usually carry these very
    // instances, and a reference lookup costs no string hashing.
    private readonly Dictionary<Indicator, int> indicatorIndexByInstance;
    private readonly Dictionary<string, int> slotByCode;

    private IndicatorLayout(Indicator[] indicators)
    {
        this.indicators = indicators;
        firstSlots = new int[indicators.Length];
        var codes = new List<string>();
        indicatorIndexByCode = new Dictionary<string, int>(StringComparer.Ordinal);
        indicatorIndexByInstance = new Dictionary<Indicator, int>(ReferenceEqualityComparer.Instance);
        slotByCode = new Dictionary<string, int>(StringComparer.Ordinal);
        for (int i = 0; i < indicators.Length; i++)
        {
            var indicator = indicators[i];
            Guard.Against.RuleViolation(indicatorIndexByCode.TryAdd(indicator.Code, i), AggregationRuleCodes.DuplicateIndicator, $"The indicator {indicator.Code} is in the layout twice.");
            indicatorIndexByInstance.Add(indicator, i);
            firstSlots[i] = codes.Count;
            if (indicator.Unit == IndicatorUnit.Ratio)
            {
                codes.Add(indicator.Code + ":numerator");
                codes.Add(indicator.Code + ":denominator");
            }
            else
            {
                codes.Add(indicator.Code);
            }
        }

        slotCodes = codes.ToArray();
        for (int s = 0; s < slotCodes.Length; s++)
        {
            slotByCode.Add(slotCodes[s], s);
        }
    }

    /// <summary>Gets the layout of every standard indicator (<see cref="StandardIndicators.All"/>).</summary>
    public static IndicatorLayout Standard { get; } = new([.. StandardIndicators.All]);

    /// <summary>Gets the indicators, in layout order.</summary>
    public IReadOnlyList<Indicator> Indicators => indicatorsView ??= ReadOnlyView.Of(indicators);

    /// <summary>Gets the number of slots (ratio indicators count twice).</summary>
    public int SlotCount => slotCodes.Length;

    /// <summary>Gets the stable code of each slot.</summary>
    public IReadOnlyList<string> SlotCodes => slotCodesView ??= ReadOnlyView.Of(slotCodes);

    /// <summary>Creates a layout.</summary>
    /// <param name="indicators">The indicators, each once.</param>
    /// <returns>The layout.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="indicators"/> is null.</exception>
    /// <exception cref="ArgumentException">An element is null or there are none.</exception>
    /// <exception cref="DomainRuleException">Rule <c>AGG-DUPLICATE-INDICATOR</c>: an indicator code appears twice.</exception>
    public static IndicatorLayout Create(IEnumerable<Indicator> indicators)
    {
        var array = Preconditions.CheckNotNullElements(indicators, nameof(indicators));
        Preconditions.CheckArgument(array.Length > 0, nameof(indicators), "A layout needs at least one indicator.");
        return new IndicatorLayout(array);
    }

    /// <summary>Gets the slot of a count or amount indicator, or the numerator slot of a ratio indicator.</summary>
    /// <param name="indicator">The indicator.</param>
    /// <returns>The slot.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="indicator"/> is null.</exception>
    /// <exception cref="DomainRuleException">Rule <c>AGG-UNKNOWN-INDICATOR</c>: the indicator is not in the layout.</exception>
    public int SlotOf(Indicator indicator) => firstSlots[IndexOf(indicator)];

    /// <summary>Gets the denominator slot of a ratio indicator.</summary>
    /// <param name="indicator">A ratio indicator.</param>
    /// <returns>The slot.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="indicator"/> is null.</exception>
    /// <exception cref="ArgumentException">The indicator is not a ratio.</exception>
    /// <exception cref="DomainRuleException">Rule <c>AGG-UNKNOWN-INDICATOR</c>: the indicator is not in the layout.</exception>
    public int DenominatorSlotOf(Indicator indicator)
    {
        int index = IndexOf(indicator);
        Preconditions.CheckArgument(indicator.Unit == IndicatorUnit.Ratio, nameof(indicator), $"The indicator {indicator.Code} is not a ratio.");
        return firstSlots[index] + 1;
    }

    /// <summary>Finds a slot by its code.</summary>
    /// <param name="slotCode">The slot code, for example "GIFTS" or "CITIZENS-RECEIVED:denominator".</param>
    /// <param name="slot">The slot, or −1.</param>
    /// <returns><see langword="true"/> when found.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="slotCode"/> is null.</exception>
    public bool TryGetSlot(string slotCode, out int slot)
    {
        Guard.Against.Null(slotCode);
        if (slotByCode.TryGetValue(slotCode, out slot))
        {
            return true;
        }

        slot = -1;
        return false;
    }

    /// <summary>Gets a value indicating whether the layout has an indicator.</summary>
    /// <param name="indicator">The indicator.</param>
    /// <returns><see langword="true"/> when present (by code and definition).</returns>
    /// <exception cref="ArgumentNullException"><paramref name="indicator"/> is null.</exception>
    public bool Contains(Indicator indicator)
    {
        Guard.Against.Null(indicator);
        return indicatorIndexByCode.TryGetValue(indicator.Code, out int index) && indicators[index].Equals(indicator);
    }

    private int IndexOf(Indicator indicator)
    {
        Guard.Against.Null(indicator);
        if (indicatorIndexByInstance.TryGetValue(indicator, out int same))
        {
            return same;
        }

        Guard.Against.RuleViolation(
            indicatorIndexByCode.TryGetValue(indicator.Code, out int index) && indicators[index].Equals(indicator),
            AggregationRuleCodes.UnknownIndicator,
            $"The indicator {indicator.Code} is not in the roll-up's layout.");
        return index;
    }
}
