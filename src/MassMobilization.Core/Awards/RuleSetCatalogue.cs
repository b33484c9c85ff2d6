using System;
using System.Collections.Generic;
using Ardalis.GuardClauses;
using NodaTime;

namespace MassMobilization.Core.Awards;

/// <summary>
/// The rule sets known to an application, at most one in force on any day. Picks the set in force on a
/// date or for an achievement year; new sets are added as data (<see cref="With"/>).
/// </summary>
public sealed class RuleSetCatalogue
{
    private readonly RuleSet[] sets;
    private IReadOnlyList<RuleSet>? setsView;

    /// <summary>Creates a catalogue.</summary>
    /// <param name="sets">The rule sets.</param>
    /// <exception cref="ArgumentNullException"><paramref name="sets"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="sets"/> holds null.</exception>
    /// <exception cref="DomainRuleException">Two sets share an identifier (<c>AWD-DUPLICATE-RULE-SET</c>) or their periods overlap (<c>AWD-OVERLAPPING-RULE-SETS</c>).</exception>
    public RuleSetCatalogue(IEnumerable<RuleSet> sets)
    {
        Guard.Against.Null(sets);
        var array = Preconditions.CheckNotNullElements(sets, nameof(sets));
        Array.Sort(array, (a, b) => a.EffectiveFrom.CompareTo(b.EffectiveFrom));
        for (int i = 0; i < array.Length; i++)
        {
            for (int j = 0; j < i; j++)
            {
                Guard.Against.RuleViolation(!string.Equals(array[i].Id, array[j].Id, StringComparison.Ordinal), AwardRuleCodes.DuplicateRuleSet, $"Two rule sets are called '{array[i].Id}'.");
            }

            if (i > 0)
            {
                var previous = array[i - 1];
                Guard.Against.RuleViolation(
                    previous.EffectiveUntil is { } until && until < array[i].EffectiveFrom,
                    AwardRuleCodes.OverlappingRuleSets,
                    $"Rule sets '{previous}' and '{array[i]}' overlap: at most one set may be in force on a day.");
            }
        }

        this.sets = array;
    }

    /// <summary>Gets the built-in catalogue: Law 2003 + Decree 91/2017, Law 06/2022 + Decree 98/2023, Law 06/2022 + Decree 152/2025.</summary>
    public static RuleSetCatalogue BuiltIn { get; } = new([BuiltInRuleSets.Law2003Decree91, BuiltInRuleSets.Law2022Decree98, BuiltInRuleSets.Law2022Decree152]);

    /// <summary>Gets the sets, by start date.</summary>
    public IReadOnlyList<RuleSet> Sets => setsView ??= ReadOnlyView.Of(sets);

    /// <summary>Returns the set in force on a date.</summary>
    /// <param name="date">The date (of the decision, or the end of the achievement year).</param>
    /// <returns>The set, or <see langword="null"/> when none is in force.</returns>
    public RuleSet? InForceOn(LocalDate date)
    {
        foreach (var set in sets)
        {
            if (set.IsInForceOn(date))
            {
                return set;
            }
        }

        return null;
    }

    /// <summary>Returns the set that judges an achievement year: the one in force on 31 December of that year.</summary>
    /// <param name="year">The achievement year.</param>
    /// <returns>The set, or <see langword="null"/> when none is in force then.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="year"/> is outside 1945–2200.</exception>
    public RuleSet? ForAchievementYear(int year)
    {
        Guard.Against.OutOfRange(year, nameof(year), ServiceRecord.MinYear, ServiceRecord.MaxYear);
        return InForceOn(new LocalDate(year, 12, 31));
    }

    /// <summary>Returns a catalogue with one more set.</summary>
    /// <param name="set">The new set.</param>
    /// <returns>The new catalogue.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="set"/> is null.</exception>
    /// <exception cref="DomainRuleException">The set overlaps one already present or reuses its identifier.</exception>
    public RuleSetCatalogue With(RuleSet set)
    {
        Guard.Against.Null(set);
        var list = new List<RuleSet>(sets) { set };
        return new RuleSetCatalogue(list);
    }

    /// <summary>Returns a catalogue in which one set ends on a date (to make room for a newer one).</summary>
    /// <param name="id">The identifier of the set to close.</param>
    /// <param name="lastDay">Its new last day.</param>
    /// <returns>The new catalogue.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="id"/> is null.</exception>
    /// <exception cref="ArgumentException">No set has this identifier, or <paramref name="lastDay"/> is before its start.</exception>
    public RuleSetCatalogue Closing(string id, LocalDate lastDay)
    {
        Guard.Against.Null(id);
        var list = new List<RuleSet>();
        bool found = false;
        foreach (var set in sets)
        {
            if (string.Equals(set.Id, id, StringComparison.Ordinal))
            {
                found = true;
                Preconditions.CheckArgument(lastDay >= set.EffectiveFrom, nameof(lastDay), $"Rule set '{id}' cannot end before it starts.");
                list.Add(new RuleSet(set.Id, set.Name, set.LegalBasis, set.EffectiveFrom, lastDay, set.Criteria, set.Quotas, set.VoteRules));
            }
            else
            {
                list.Add(set);
            }
        }

        Preconditions.CheckArgument(found, nameof(id), $"No rule set is called '{id}'.");
        return new RuleSetCatalogue(list);
    }
}
