using System;
using System.Collections.Generic;
using System.Globalization;
using MassMobilization.Core.Organization;

namespace MassMobilization.Core.AdministrativeUnits;

/// <content>App-provided weights for the divided communes.</content>
public sealed partial class OfficialMap
{
    /// <summary>
    /// Checks the app's weights against the mapping and turns each divided commune's weights into
    /// fractions summing to exactly 1 (in the order of its new communes, zero for a zero weight).
    /// </summary>
    private Dictionary<UnitCode, decimal[]> NormalizedWeights(IReadOnlyDictionary<(UnitCode Old, UnitCode New), decimal> weights)
    {
        var candidates = new Dictionary<UnitCode, List<UnitCode>>();
        var whole = new HashSet<(UnitCode, UnitCode)>();
        foreach (var link in Links)
        {
            if (link.Predecessor.Kind.Tier != UnitTier.Commune)
            {
                continue;
            }

            if (link.IsWhole)
            {
                whole.Add((link.Predecessor.Code, link.Successor.Code));
            }
            else
            {
                Append(candidates, link.Predecessor.Code, link.Successor.Code);
            }
        }

        var given = new Dictionary<UnitCode, int>();
        foreach (var ((old, target), weight) in weights)
        {
            if (weight < 0m)
            {
                throw new ArgumentException($"The weight {weight.ToString(CultureInfo.InvariantCulture)} of {old} → {target} is negative.", nameof(weights));
            }

            if (whole.Contains((old, target)))
            {
                continue;
            }

            if (!candidates.TryGetValue(old, out var targets) || !targets.Contains(target))
            {
                throw new ArgumentException($"{old} → {target} is not a row of the official mapping, so it cannot carry a weight.", nameof(weights));
            }

            given[old] = given.GetValueOrDefault(old) + 1;
        }

        var result = new Dictionary<UnitCode, decimal[]>();
        foreach (var (old, count) in given)
        {
            var targets = candidates[old];
            if (count != targets.Count)
            {
                throw new ArgumentException($"Commune {old} is divided between {string.Join(", ", targets)}, but weights are given for only {count.ToString(CultureInfo.InvariantCulture)} of them.", nameof(weights));
            }

            decimal sum = 0m;
            foreach (var target in targets)
            {
                sum += weights[(old, target)];
            }

            if (sum == 0m)
            {
                throw new ArgumentException($"The weights of divided commune {old} are all zero.", nameof(weights));
            }

            // Fractions rounded to the precision of decimal; the last positive one takes the rest, so they sum to exactly 1.
            var fractions = new decimal[targets.Count];
            decimal assigned = 0m;
            int last = -1;
            for (int i = 0; i < fractions.Length; i++)
            {
                decimal weight = weights[(old, targets[i])];
                if (weight > 0m)
                {
                    fractions[i] = weight / sum;
                    assigned += fractions[i];
                    last = i;
                }
            }

            fractions[last] += 1m - assigned;
            result.Add(old, fractions);
        }

        return result;
    }

    /// <summary>The split of <paramref name="split"/> with the given fractions; a single positive fraction makes it a transfer of the whole.</summary>
    private static Succession<UnitCode> WeightedSplit(Succession<UnitCode> split, decimal[] fractions)
    {
        var shares = new List<SuccessorShare<UnitCode>>(fractions.Length);
        for (int i = 0; i < fractions.Length; i++)
        {
            if (fractions[i] > 0m)
            {
                shares.Add(new SuccessorShare<UnitCode>(split.Successors[i].Successor, fractions[i]));
            }
        }

        return shares.Count == 1
            ? Succession.Transfer(split.EffectiveDate, split.Predecessors[0], shares[0].Successor)
            : Succession.Split(split.EffectiveDate, split.Predecessors[0], shares);
    }
}
