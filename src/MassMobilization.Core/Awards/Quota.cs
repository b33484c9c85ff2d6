using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text;
using Ardalis.GuardClauses;
using MassMobilization.Core.Quantities;
using MassMobilization.Core.Ranking;

namespace MassMobilization.Core.Awards;

/// <summary>
/// A quota: a fixed count (Cần Thơ: at most 2 collectives and 4 individuals per central agency) or a
/// percentage of a base count with a rounding rule (Decree 91/2017/NĐ-CP art. 9: grassroots emulation
/// fighters at most 15% of the unit's advanced workers, until 2023). Quotas are configuration.
/// </summary>
public sealed record Quota
{
    private Quota(int? count, decimal? percent, RoundingMode rounding)
    {
        FixedCount = count;
        Percent = percent;
        Rounding = rounding;
    }

    /// <summary>Gets the fixed count, or <see langword="null"/> for a percentage quota.</summary>
    public int? FixedCount { get; }

    /// <summary>Gets the percentage of the base count, or <see langword="null"/> for a fixed count.</summary>
    public decimal? Percent { get; }

    /// <summary>Gets how a percentage quota is rounded to whole places (<see cref="RoundingMode.Floor"/> unless stated; a fixed count reports <see cref="RoundingMode.Floor"/>).</summary>
    public RoundingMode Rounding { get; }

    /// <summary>Creates a fixed-count quota.</summary>
    /// <param name="count">The number of places, at least 0.</param>
    /// <returns>The quota.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="count"/> is negative.</exception>
    public static Quota Count(int count)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(count);
        return new Quota(count, null, RoundingMode.Floor);
    }

    /// <summary>Creates a percentage quota.</summary>
    /// <param name="percent">The percentage of the base count, 0 to 100.</param>
    /// <param name="rounding">How the exact number of places is rounded to a whole number (floor unless stated).</param>
    /// <returns>The quota.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="percent"/> is negative or above 100%, or <paramref name="rounding"/> is undefined.</exception>
    public static Quota Percentage(decimal percent, RoundingMode rounding = RoundingMode.Floor)
    {
        if (percent < 0m || percent > 100m)
        {
            throw new ArgumentOutOfRangeException(nameof(percent), percent, "A quota is a percentage between 0% and 100%; a quota above 100% would allow more places than candidates.");
        }

        if (rounding is < RoundingMode.Truncate or > RoundingMode.HalfToEven)
        {
            throw new ArgumentOutOfRangeException(nameof(rounding), rounding, "Unknown rounding mode.");
        }

        return new Quota(null, percent, rounding);
    }

    /// <summary>Returns the number of places for a base count.</summary>
    /// <param name="baseCount">The base count (for example the unit's advanced workers); ignored by a fixed count.</param>
    /// <returns>The number of places.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="baseCount"/> is negative.</exception>
    public int Limit(int baseCount)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(baseCount);
        if (FixedCount is { } count)
        {
            return count;
        }

        decimal exact = Percent!.Value * baseCount / 100m;
        return (int)RoundingPolicy.ToDecimals(0, Rounding).Round(exact);
    }

    /// <summary>Shows the arithmetic of <see cref="Limit"/>.</summary>
    /// <param name="baseCount">The base count.</param>
    /// <returns>For example "15% of 20 = 3.00, Floor → 3".</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="baseCount"/> is negative.</exception>
    public string Describe(int baseCount)
    {
        int limit = Limit(baseCount);
        if (FixedCount is not null)
        {
            return FormattableString.Invariant($"fixed quota of {limit}");
        }

        decimal exact = Percent!.Value * baseCount / 100m;
        return FormattableString.Invariant($"{Percent.Value:0.##}% of {baseCount} = {exact:0.00}, {Rounding} → {limit}");
    }

    /// <summary>
    /// Applies the quota to a ranked list: the best candidates take the places. A group tied across the
    /// cut is not split arbitrarily: it is set aside for a decision (a further tie-break or the council),
    /// so the selection never exceeds the quota.
    /// </summary>
    /// <typeparam name="T">The candidates' type.</typeparam>
    /// <param name="ranking">The ranked candidates (from <see cref="RankingRule{T}.Rank"/>).</param>
    /// <param name="baseCount">The base count of a percentage quota.</param>
    /// <returns>The selection with the cut explained.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="ranking"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="baseCount"/> is negative.</exception>
    public QuotaSelection<T> Apply<T>(Ranking<T> ranking, int baseCount)
    {
        Guard.Against.Null(ranking);
        int limit = Limit(baseCount);
        var selected = new List<RankedItem<T>>();
        var tied = new List<RankedItem<T>>();
        var rest = new List<RankedItem<T>>();
        int cutRank = int.MaxValue;
        if (limit < ranking.Count)
        {
            // The rank of the first candidate who does not fit; anyone sharing it is tied across the cut.
            cutRank = ranking[limit].Rank;
        }

        foreach (var item in ranking)
        {
            if (item.Rank < cutRank)
            {
                selected.Add(item);
            }
            else if (item.Rank == cutRank && item.Position < limit)
            {
                tied.Add(item);
            }
            else if (item.Rank == cutRank && tied.Count > 0)
            {
                tied.Add(item);
            }
            else
            {
                rest.Add(item);
            }
        }

        var text = new StringBuilder();
        text.Append("Quota: ").Append(Describe(baseCount)).Append("; ")
            .Append(ranking.Count.ToString(CultureInfo.InvariantCulture)).Append(" candidate(s) ranked; ")
            .Append(selected.Count.ToString(CultureInfo.InvariantCulture)).Append(" selected");
        if (tied.Count > 0)
        {
            text.Append("; ").Append(tied.Count.ToString(CultureInfo.InvariantCulture))
                .Append(" tied at rank ").Append(cutRank.ToString(CultureInfo.InvariantCulture))
                .Append(" across the cut for ").Append((limit - selected.Count).ToString(CultureInfo.InvariantCulture))
                .Append(" remaining place(s): set aside for a decision");
        }

        if (rest.Count > 0)
        {
            var first = rest[0];
            text.Append("; cut before '").Append(ranking.Rule.IdentityOf(first.Item)).Append("' (").Append(first.Explanation).Append(')');
        }
        else if (tied.Count == 0)
        {
            text.Append("; everyone fits");
        }

        return new QuotaSelection<T>(limit, selected, tied, rest, text.ToString());
    }
}
