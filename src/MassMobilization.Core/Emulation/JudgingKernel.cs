using System;
using System.Buffers;
using System.Collections.Generic;
using System.Numerics;
using Ardalis.GuardClauses;
using MassMobilization.Core.Quantities;
using MassMobilization.Core.Ranking;

namespace MassMobilization.Core.Emulation;

/// <summary>
/// The fast kernels under <see cref="ContestRound.Judge"/>: scoring and ranking over flat arrays of
/// judges' totals laid out team by team (<c>totals[team * judges + judge]</c>), in exact
/// <see cref="decimal"/>, without LINQ or per-team allocation. The readable API uses them and the tests
/// check them against it; use them directly for very large rounds.
/// </summary>
internal static class JudgingKernel
{
    private const int StackLimit = 64;

    /// <summary>Computes each team's trimmed mean when every judge scored every team.</summary>
    /// <param name="totals">The judges' totals, <c>teams × judges</c>, team by team.</param>
    /// <param name="judges">The number of judges, greater than 2 × <paramref name="trim"/>.</param>
    /// <param name="trim">How many of the highest and of the lowest totals to drop, at least 0.</param>
    /// <param name="means">Receives the exact (unrounded) mean of each team; its length is the number of teams.</param>
    /// <exception cref="ArgumentException">The lengths do not match or the panel is too small for the trim.</exception>
    public static void TrimmedMeans(ReadOnlySpan<decimal> totals, int judges, int trim, Span<decimal> means) =>
        TrimmedMeans(totals, default, judges, trim, means, default);

    /// <summary>Computes each team's trimmed mean over the judges present.</summary>
    /// <param name="totals">The judges' totals, <c>teams × judges</c>, team by team.</param>
    /// <param name="present">Whether each judge scored each team, same layout as <paramref name="totals"/>; empty when all are present.</param>
    /// <param name="judges">The number of judges.</param>
    /// <param name="trim">How many of the highest and of the lowest totals to drop, at least 0.</param>
    /// <param name="means">Receives the exact (unrounded) mean of each team.</param>
    /// <param name="counted">Receives, when not empty, whether each total was kept (same layout as <paramref name="totals"/>); of equal totals the judge listed first is dropped first at the low end and last at the high end.</param>
    /// <exception cref="ArgumentException">The lengths do not match, or a team has no more than 2 × <paramref name="trim"/> totals.</exception>
    public static void TrimmedMeans(ReadOnlySpan<decimal> totals, ReadOnlySpan<bool> present, int judges, int trim, Span<decimal> means, Span<bool> counted)
    {
        CheckLayout(totals, present, judges, means, counted);
        ArgumentOutOfRangeException.ThrowIfNegative(trim);

        // Totals of at most 9 decimals are ordered, trimmed and summed as integers at one scale; the sum is
        // turned back into the very decimal (value and scale) the decimal path adds up, so the one decimal
        // division per team gives the same mean. Other totals stay decimal.
        var scales = ArrayPool<byte>.Shared.Rent(Math.Max(totals.Length, 1));
        long[]? scaled = FixedPoint.TryScale(totals, present, judges, out byte scale, scales);
        int[]? rented = judges > StackLimit ? ArrayPool<int>.Shared.Rent(judges) : null;
        Span<int> slots = rented is null ? stackalloc int[judges] : rented.AsSpan(0, judges);
        try
        {
            for (int t = 0; t < means.Length; t++)
            {
                int offset = t * judges;
                var presentRow = present.IsEmpty ? present : present.Slice(offset, judges);
                int n = scaled is null
                    ? OrderPresent(totals.Slice(offset, judges), presentRow, slots)
                    : OrderPresent<long>(scaled.AsSpan(offset, judges), presentRow, slots);
                if (n <= 2 * trim)
                {
                    throw new ArgumentException($"Team {t} has {n} totals; a trimmed mean dropping {trim} at each end needs at least {(2 * trim) + 1}.", nameof(totals));
                }

                var kept = slots[trim..(n - trim)];
                decimal sum;
                if (scaled is null)
                {
                    sum = 0m;
                    foreach (int j in kept)
                    {
                        sum += totals[offset + j];
                    }
                }
                else
                {
                    // The decimal sum of the kept totals has the greatest of their scales.
                    long integerSum = 0;
                    byte sumScale = 0;
                    foreach (int j in kept)
                    {
                        integerSum += scaled[offset + j];
                        sumScale = Math.Max(sumScale, scales[offset + j]);
                    }

                    sum = FixedPoint.ToDecimal(FixedPoint.Rescale(integerSum, scale, sumScale), sumScale);
                }

                means[t] = sum / kept.Length;
                if (!counted.IsEmpty)
                {
                    var flags = counted.Slice(offset, judges);
                    flags.Clear();
                    foreach (int j in kept)
                    {
                        flags[j] = true;
                    }
                }
            }
        }
        finally
        {
            if (rented is not null)
            {
                ArrayPool<int>.Shared.Return(rented);
            }

            if (scaled is not null)
            {
                ArrayPool<long>.Shared.Return(scaled);
            }

            ArrayPool<byte>.Shared.Return(scales);
        }
    }

    /// <summary>
    /// Orders the judges present in one team's row by (total, judge) into <paramref name="slots"/> with an
    /// insertion sort (the panels are small); returns how many are present.
    /// </summary>
    private static int OrderPresent<T>(ReadOnlySpan<T> row, ReadOnlySpan<bool> present, Span<int> slots)
        where T : IComparisonOperators<T, T, bool>
    {
        int n = 0;
        for (int j = 0; j < row.Length; j++)
        {
            if (present.IsEmpty || present[j])
            {
                int k = n++;
                while (k > 0 && row[slots[k - 1]] > row[j])
                {
                    slots[k] = slots[k - 1];
                    k--;
                }

                slots[k] = j;
            }
        }

        return n;
    }

    /// <summary>Computes each team's plain mean over the judges present.</summary>
    /// <param name="totals">The judges' totals, <c>teams × judges</c>, team by team.</param>
    /// <param name="present">Whether each judge scored each team; empty when all are present.</param>
    /// <param name="judges">The number of judges.</param>
    /// <param name="means">Receives the exact (unrounded) mean of each team.</param>
    /// <exception cref="ArgumentException">The lengths do not match, or a team has no totals.</exception>
    public static void Means(ReadOnlySpan<decimal> totals, ReadOnlySpan<bool> present, int judges, Span<decimal> means) =>
        TrimmedMeans(totals, present, judges, 0, means, default);

    /// <summary>
    /// Computes each team's score by per-judge z-score normalisation mapped back onto the scale. For
    /// judge j with mean μⱼ and population standard deviation σⱼ over the teams j scored, a total x
    /// becomes μ* + σ* × (x − μⱼ) / σⱼ, where μ* and σ* are the averages of the judges' μⱼ and σⱼ; a judge
    /// whose totals are all equal (σⱼ = 0) contributes μ*. A team's score is the mean of its normalised
    /// marks, clamped to [0, <paramref name="maximum"/>]. Square roots use <see cref="DecimalMath.Sqrt"/>.
    /// </summary>
    /// <param name="totals">The judges' totals, <c>teams × judges</c>, team by team.</param>
    /// <param name="present">Whether each judge scored each team; empty when all are present.</param>
    /// <param name="judges">The number of judges.</param>
    /// <param name="maximum">The top of the scale (the highest possible total).</param>
    /// <param name="means">Receives the exact (unrounded) score of each team.</param>
    /// <param name="normalized">Receives, when not empty, each normalised mark (same layout as <paramref name="totals"/>; 0 where absent).</param>
    /// <exception cref="ArgumentException">The lengths do not match, or a team has no totals.</exception>
    public static void ZScores(ReadOnlySpan<decimal> totals, ReadOnlySpan<bool> present, int judges, decimal maximum, Span<decimal> means, Span<decimal> normalized)
    {
        CheckLayout(totals, present, judges, means, default);
        Preconditions.CheckArgument(normalized.IsEmpty || normalized.Length == totals.Length, nameof(normalized), "The normalised marks must have the layout of the totals.");
        int teams = means.Length;
        var judgeMean = new decimal[judges];
        var judgeSpread = new decimal[judges];
        var judgeCount = new int[judges];
        for (int t = 0; t < teams; t++)
        {
            for (int j = 0; j < judges; j++)
            {
                if (present.IsEmpty || present[(t * judges) + j])
                {
                    judgeMean[j] += totals[(t * judges) + j];
                    judgeCount[j]++;
                }
            }
        }

        int active = 0;
        decimal meanOfMeans = 0m;
        for (int j = 0; j < judges; j++)
        {
            if (judgeCount[j] > 0)
            {
                judgeMean[j] /= judgeCount[j];
                meanOfMeans += judgeMean[j];
                active++;
            }
        }

        for (int t = 0; t < teams; t++)
        {
            for (int j = 0; j < judges; j++)
            {
                if (present.IsEmpty || present[(t * judges) + j])
                {
                    decimal d = totals[(t * judges) + j] - judgeMean[j];
                    judgeSpread[j] += d * d;
                }
            }
        }

        decimal meanOfSpreads = 0m;
        for (int j = 0; j < judges; j++)
        {
            if (judgeCount[j] > 0)
            {
                judgeSpread[j] = DecimalMath.Sqrt(judgeSpread[j] / judgeCount[j]);
                meanOfSpreads += judgeSpread[j];
            }
        }

        Preconditions.CheckArgument(active > 0, nameof(totals), "No judge scored any team.");
        meanOfMeans /= active;
        meanOfSpreads /= active;
        for (int t = 0; t < teams; t++)
        {
            decimal sum = 0m;
            int n = 0;
            for (int j = 0; j < judges; j++)
            {
                int cell = (t * judges) + j;
                if (present.IsEmpty || present[cell])
                {
                    decimal mark = judgeSpread[j] == 0m
                        ? meanOfMeans
                        : meanOfMeans + (meanOfSpreads * ((totals[cell] - judgeMean[j]) / judgeSpread[j]));
                    if (!normalized.IsEmpty)
                    {
                        normalized[cell] = mark;
                    }

                    sum += mark;
                    n++;
                }
                else if (!normalized.IsEmpty)
                {
                    normalized[cell] = 0m;
                }
            }

            if (n == 0)
            {
                throw new ArgumentException($"Team {t} has no totals.", nameof(present));
            }

            decimal score = sum / n;
            means[t] = score < 0m ? 0m : score > maximum ? maximum : score;
        }
    }

    /// <summary>Rounds every value in place with a policy.</summary>
    /// <param name="values">The values.</param>
    /// <param name="policy">The rounding policy.</param>
    /// <exception cref="ArgumentNullException"><paramref name="policy"/> is null.</exception>
    public static void Round(Span<decimal> values, RoundingPolicy policy)
    {
        Guard.Against.Null(policy);
        for (int i = 0; i < values.Length; i++)
        {
            values[i] = policy.Round(values[i]);
        }
    }

    /// <summary>
    /// Ranks scores, higher first. Equal scores share a rank and are listed in index order, so lay the
    /// items out in identity order to match <see cref="RankingRule{T}"/> with no tie-breaks.
    /// </summary>
    /// <param name="scores">The scores.</param>
    /// <param name="order">Receives the indexes, best first.</param>
    /// <param name="ranks">Receives each item's rank (by index), from 1.</param>
    /// <param name="style">How tied items share ranks.</param>
    /// <exception cref="ArgumentException">The lengths differ.</exception>
    public static void RankDescending(ReadOnlySpan<decimal> scores, Span<int> order, Span<int> ranks, RankingStyle style = RankingStyle.Competition)
    {
        Preconditions.CheckArgument(order.Length == scores.Length, nameof(order), "The order must have one slot per score.");
        Preconditions.CheckArgument(ranks.Length == scores.Length, nameof(ranks), "The ranks must have one slot per score.");
        if (TryRankFixed(scores, order, ranks, style))
        {
            return;
        }

        var keys = ArrayPool<ScoreKey>.Shared.Rent(scores.Length);
        try
        {
            for (int i = 0; i < scores.Length; i++)
            {
                keys[i] = new ScoreKey(scores[i], i);
            }

            keys.AsSpan(0, scores.Length).Sort(default(ScoreKeyComparer));
            int rank = 0;
            int distinct = 0;
            for (int p = 0; p < scores.Length; p++)
            {
                if (p == 0 || keys[p].Score != keys[p - 1].Score)
                {
                    distinct++;
                    rank = style == RankingStyle.Dense ? distinct : p + 1;
                }

                order[p] = keys[p].Index;
                ranks[keys[p].Index] = rank;
            }
        }
        finally
        {
            ArrayPool<ScoreKey>.Shared.Return(keys);
        }
    }

    /// <summary>
    /// Ranks with the integer ordering of <see cref="ScaledKeyOrder"/> when every score has at most 9
    /// decimals: higher first, equal scores by index, so the order and the ties are those of the decimal
    /// comparison.
    /// </summary>
    private static bool TryRankFixed(ReadOnlySpan<decimal> scores, Span<int> order, Span<int> ranks, RankingStyle style)
    {
        long[]? scaled = ScaledKeyOrder.TryOrder(scores, higherFirst: true, order);
        if (scaled is null)
        {
            return false;
        }

        try
        {
            int rank = 0;
            int distinct = 0;
            for (int p = 0; p < scores.Length; p++)
            {
                int index = order[p];
                if (p == 0 || scaled[index] != scaled[order[p - 1]])
                {
                    distinct++;
                    rank = style == RankingStyle.Dense ? distinct : p + 1;
                }

                ranks[index] = rank;
            }

            return true;
        }
        finally
        {
            ArrayPool<long>.Shared.Return(scaled);
        }
    }

    private static void CheckLayout(ReadOnlySpan<decimal> totals, ReadOnlySpan<bool> present, int judges, Span<decimal> means, Span<bool> counted)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(judges, 1);
        Preconditions.CheckArgument(totals.Length == means.Length * judges, nameof(totals), "The totals must hold one value per team and judge.");
        Preconditions.CheckArgument(present.IsEmpty || present.Length == totals.Length, nameof(present), "The presence flags must have the layout of the totals.");
        Preconditions.CheckArgument(counted.IsEmpty || counted.Length == totals.Length, nameof(counted), "The counted flags must have the layout of the totals.");
    }

    private readonly record struct ScoreKey(decimal Score, int Index);

    private readonly struct ScoreKeyComparer : IComparer<ScoreKey>
    {
        public int Compare(ScoreKey x, ScoreKey y)
        {
            int c = y.Score.CompareTo(x.Score);
            return c != 0 ? c : x.Index.CompareTo(y.Index);
        }
    }
}
