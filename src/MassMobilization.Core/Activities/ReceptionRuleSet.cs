using System;
using System.Collections.Generic;
using System.Globalization;
using Ardalis.GuardClauses;
using NodaTime;

namespace MassMobilization.Core.Activities;

/// <summary>
/// One minimum of the reception rule: heads at <see cref="Level"/> hold at least <see cref="MinimumDaysPerMonth"/>
/// periodic reception days a month (docs/activities.md "Citizen reception").
/// </summary>
public sealed record ReceptionRequirement
{
    /// <summary>Initializes a requirement.</summary>
    /// <param name="level">The level.</param>
    /// <param name="minimumDaysPerMonth">The minimum number of periodic reception days a month; positive.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="level"/> is not defined or the minimum is not positive.</exception>
    public ReceptionRequirement(ReceptionLevel level, int minimumDaysPerMonth)
    {
        Level = Checks.Defined(level, nameof(level));
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(minimumDaysPerMonth);
        MinimumDaysPerMonth = minimumDaysPerMonth;
    }

    /// <summary>Gets the level.</summary>
    public ReceptionLevel Level { get; }

    /// <summary>Gets the minimum number of periodic reception days a month.</summary>
    public int MinimumDaysPerMonth { get; }
}

/// <summary>
/// A dated version of the citizen-reception frequency rule (docs/activities.md "Citizen reception"):
/// data, so a new version is added without code changes (<see cref="ReceptionRuleCatalogue.With"/>).
/// A level without a requirement in a version has no obligation then (the district level from 2025-11-23).
/// </summary>
public sealed class ReceptionRuleSet
{
    private readonly ReceptionRequirement[] requirements;
    private IReadOnlyList<ReceptionRequirement>? requirementsView;

    /// <summary>Initializes a version.</summary>
    /// <param name="id">A stable id, for example "11-QĐi/TW-2019".</param>
    /// <param name="citation">The clause it applies, named in every verdict.</param>
    /// <param name="effectiveFrom">The first day it is in force.</param>
    /// <param name="effectiveUntil">The last day it is in force, or <see langword="null"/> when open.</param>
    /// <param name="requirements">One requirement per level at most.</param>
    /// <exception cref="ArgumentNullException">A reference argument is null.</exception>
    /// <exception cref="ArgumentException">A text is blank, the end is before the start, a requirement is null or a level is repeated.</exception>
    public ReceptionRuleSet(string id, string citation, LocalDate effectiveFrom, LocalDate? effectiveUntil, IEnumerable<ReceptionRequirement> requirements)
    {
        Guard.Against.Null(id);
        Guard.Against.Null(citation);
        Guard.Against.Null(requirements);
        Guard.Against.NullOrWhiteSpace(id);
        Guard.Against.NullOrWhiteSpace(citation);
        Preconditions.CheckArgument(effectiveUntil is null || effectiveUntil.Value >= effectiveFrom, nameof(effectiveUntil), $"Rule set '{id}' ends before it starts.");
        this.requirements = Preconditions.CheckNotNullElements(requirements, nameof(requirements));
        var levels = new HashSet<ReceptionLevel>();
        foreach (var requirement in this.requirements)
        {
            Preconditions.CheckArgument(levels.Add(requirement.Level), nameof(requirements), $"Rule set '{id}' has two requirements for the {requirement.Level} level.");
        }

        Id = id;
        Citation = citation;
        EffectiveFrom = effectiveFrom;
        EffectiveUntil = effectiveUntil;
    }

    /// <summary>Gets the version's id.</summary>
    public string Id { get; }

    /// <summary>Gets the clause it applies.</summary>
    public string Citation { get; }

    /// <summary>Gets the first day it is in force.</summary>
    public LocalDate EffectiveFrom { get; }

    /// <summary>Gets the last day it is in force, or <see langword="null"/> when open.</summary>
    public LocalDate? EffectiveUntil { get; }

    /// <summary>Gets the requirements, one per level that has one.</summary>
    public IReadOnlyList<ReceptionRequirement> Requirements => requirementsView ??= ReadOnlyView.Of(requirements);

    /// <summary>Checks whether the version is in force on a date.</summary>
    /// <param name="date">The date.</param>
    /// <returns><see langword="true"/> when in force.</returns>
    public bool IsInForceOn(LocalDate date) => date >= EffectiveFrom && (EffectiveUntil is null || date <= EffectiveUntil.Value);

    /// <summary>Gives the minimum reception days a month for a level, or <see langword="null"/> when the version sets none.</summary>
    /// <param name="level">The level.</param>
    /// <returns>The minimum, or <see langword="null"/>.</returns>
    public int? MinimumDaysFor(ReceptionLevel level)
    {
        foreach (var requirement in requirements)
        {
            if (requirement.Level == level)
            {
                return requirement.MinimumDaysPerMonth;
            }
        }

        return null;
    }

    /// <summary>Returns "id (from … to …)".</summary>
    /// <returns>The readable form.</returns>
    public override string ToString() =>
        $"{Id} ({Checks.Iso(EffectiveFrom)} to {(EffectiveUntil is { } end ? Checks.Iso(end) : "open")})";

    internal bool Overlaps(ReceptionRuleSet other) =>
        (EffectiveUntil is null || other.EffectiveFrom <= EffectiveUntil.Value) && (other.EffectiveUntil is null || EffectiveFrom <= other.EffectiveUntil.Value);
}

/// <summary>
/// The versions of the citizen-reception frequency rule, chosen by date (docs/activities.md "Citizen
/// reception"). <see cref="BuiltIn"/> holds Regulation 11-QĐi/TW (from 2019-02-18: province and district
/// heads at least 1 day a month, commune heads at least 2) and its amendment by Conclusion 215-KL/TW
/// (from 2025-11-23: province at least 1, commune at least 2, no district level).
/// </summary>
public sealed class ReceptionRuleCatalogue
{
    private readonly ReceptionRuleSet[] sets;
    private IReadOnlyList<ReceptionRuleSet>? setsView;

    /// <summary>Initializes a catalogue.</summary>
    /// <param name="sets">The versions; no two in force on the same day, no repeated id.</param>
    /// <exception cref="ArgumentNullException"><paramref name="sets"/> is null.</exception>
    /// <exception cref="ArgumentException">A version is null.</exception>
    /// <exception cref="DomainRuleException">Two versions overlap or share an id (<see cref="ActivityRuleCodes.RuleSetOverlap"/>).</exception>
    public ReceptionRuleCatalogue(IEnumerable<ReceptionRuleSet> sets)
    {
        var list = Preconditions.CheckNotNullElements(sets, nameof(sets));
        Array.Sort(list, (a, b) => a.EffectiveFrom.CompareTo(b.EffectiveFrom));
        for (int i = 0; i < list.Length; i++)
        {
            for (int j = i + 1; j < list.Length; j++)
            {
                Guard.Against.RuleViolation(!string.Equals(list[i].Id, list[j].Id, StringComparison.Ordinal), ActivityRuleCodes.RuleSetOverlap, $"Two reception rule sets have the id '{list[i].Id}'.");
                Guard.Against.RuleViolation(!list[i].Overlaps(list[j]), ActivityRuleCodes.RuleSetOverlap, $"Reception rule sets {list[i]} and {list[j]} are in force on the same days.");
            }
        }

        this.sets = list;
    }

    /// <summary>Gets the built-in versions: Regulation 11-QĐi/TW and its amendment by Conclusion 215-KL/TW.</summary>
    public static ReceptionRuleCatalogue BuiltIn { get; } = new(
    [
        new ReceptionRuleSet(
            "11-QĐi/TW-2019",
            "Politburo Regulation 11-QĐi/TW of 2019-02-18 (periodic reception by the head of the Party committee)",
            new LocalDate(2019, 2, 18),
            new LocalDate(2025, 11, 22),
            [new(ReceptionLevel.Province, 1), new(ReceptionLevel.District, 1), new(ReceptionLevel.Commune, 2)]),
        new ReceptionRuleSet(
            "215-KL/TW-2025",
            "Politburo Regulation 11-QĐi/TW as amended by Conclusion 215-KL/TW of 2025-11-23 (province and commune heads only)",
            new LocalDate(2025, 11, 23),
            null,
            [new(ReceptionLevel.Province, 1), new(ReceptionLevel.Commune, 2)]),
    ]);

    /// <summary>Gets the versions, by start date.</summary>
    public IReadOnlyList<ReceptionRuleSet> Sets => setsView ??= ReadOnlyView.Of(sets);

    /// <summary>Returns a catalogue with one more version (for example a later amendment), leaving this one unchanged.</summary>
    /// <param name="set">The version to add.</param>
    /// <returns>The new catalogue.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="set"/> is null.</exception>
    /// <exception cref="DomainRuleException">The version overlaps one already present (<see cref="ActivityRuleCodes.RuleSetOverlap"/>); close the earlier one first by building a catalogue from an edited list.</exception>
    public ReceptionRuleCatalogue With(ReceptionRuleSet set)
    {
        Guard.Against.Null(set);
        return new([.. sets, set]);
    }

    /// <summary>Finds the version in force on a date.</summary>
    /// <param name="date">The date.</param>
    /// <param name="set">The version, when one is in force.</param>
    /// <returns><see langword="true"/> when a version is in force.</returns>
    public bool TryGetForDate(LocalDate date, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out ReceptionRuleSet? set)
    {
        foreach (var candidate in sets)
        {
            if (candidate.IsInForceOn(date))
            {
                set = candidate;
                return true;
            }
        }

        set = null;
        return false;
    }

    /// <summary>Gives the version in force on a date.</summary>
    /// <param name="date">The date.</param>
    /// <returns>The version.</returns>
    /// <exception cref="DomainRuleException">No version is in force (<see cref="ActivityRuleCodes.RuleSetMissing"/>).</exception>
    public ReceptionRuleSet ForDate(LocalDate date) =>
        TryGetForDate(date, out var set) ? set : throw new DomainRuleException(ActivityRuleCodes.RuleSetMissing, $"No reception rule set is in force on {Checks.Iso(date)}.");

    /// <summary>Gives the version that governs a month: the one in force on the month's first day.</summary>
    /// <param name="month">The month.</param>
    /// <param name="set">The version, when one is in force.</param>
    /// <returns><see langword="true"/> when a version is in force.</returns>
    public bool TryGetForMonth(YearMonth month, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out ReceptionRuleSet? set) =>
        TryGetForDate(month.OnDayOfMonth(1), out set);

    /// <summary>Returns the number of versions.</summary>
    /// <returns>The readable form.</returns>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{sets.Length} reception rule sets");
}
