using System;
using System.Collections.Generic;
using System.Globalization;
using Ardalis.GuardClauses;
using NodaTime;

namespace MassMobilization.Core.Organization;

/// <summary>
/// A dated succession between units (<see cref="UnitCode"/>) or bodies (<see cref="CommitteeId"/>):
/// predecessors in force on the day before <see cref="EffectiveDate"/> are succeeded by successors in
/// force on <see cref="EffectiveDate"/>. Create one with the factories of <see cref="Succession"/>.
/// </summary>
/// <typeparam name="TId">The identifier type: <see cref="UnitCode"/> or <see cref="CommitteeId"/>.</typeparam>
public sealed class Succession<TId>
    where TId : struct, IEquatable<TId>, IComparable<TId>
{
    private readonly TId[] predecessors;
    private IReadOnlyList<TId>? predecessorsView;
    private readonly SuccessorShare<TId>[] successors;
    private IReadOnlyList<SuccessorShare<TId>>? successorsView;

    internal Succession(SuccessionKind kind, LocalDate effectiveDate, TId[] predecessors, SuccessorShare<TId>[] successors)
    {
        Kind = kind;
        EffectiveDate = effectiveDate;
        this.predecessors = predecessors;
        this.successors = successors;
    }

    /// <summary>Gets the kind of succession.</summary>
    public SuccessionKind Kind { get; }

    /// <summary>Gets the first day of the new structure; predecessors are in force until the day before.</summary>
    public LocalDate EffectiveDate { get; }

    /// <summary>Gets the predecessors (one, except for a merge).</summary>
    public IReadOnlyList<TId> Predecessors => predecessorsView ??= ReadOnlyView.Of(predecessors);

    /// <summary>Gets the successors (one, except for a split), with their weights for a weighted split.</summary>
    public IReadOnlyList<SuccessorShare<TId>> Successors => successorsView ??= ReadOnlyView.Of(successors);

    /// <summary>Gets a value indicating whether this is a split with allocation weights.</summary>
    public bool IsWeighted => successors.Length > 0 && successors[0].Weight is not null;

    /// <summary>Describes the succession, for example <c>Merge 2025-07-01: 00640, 00643 → 00640</c>.</summary>
    /// <returns>The description.</returns>
    public override string ToString() =>
        $"{Kind} {ValidityPeriod.Format(EffectiveDate)}: {string.Join(", ", predecessors)} → {string.Join(", ", successors)}";
}

/// <summary>Factories for <see cref="Succession{TId}"/> that check the shape of each kind.</summary>
public static class Succession
{
    /// <summary>Creates a rename: <paramref name="from"/> continues as <paramref name="to"/> (the codes may be equal).</summary>
    /// <typeparam name="TId">The identifier type.</typeparam>
    /// <param name="effectiveDate">The first day under the new name.</param>
    /// <param name="from">The predecessor.</param>
    /// <param name="to">The successor.</param>
    /// <returns>The succession.</returns>
    public static Succession<TId> Rename<TId>(LocalDate effectiveDate, TId from, TId to)
        where TId : struct, IEquatable<TId>, IComparable<TId> =>
        new(SuccessionKind.Rename, effectiveDate, [from], [new SuccessorShare<TId>(to, null)]);

    /// <summary>Creates a transfer: <paramref name="from"/> moves under another parent, continuing as <paramref name="to"/> (the codes may be equal).</summary>
    /// <typeparam name="TId">The identifier type.</typeparam>
    /// <param name="effectiveDate">The first day under the new parent.</param>
    /// <param name="from">The predecessor.</param>
    /// <param name="to">The successor.</param>
    /// <returns>The succession.</returns>
    public static Succession<TId> Transfer<TId>(LocalDate effectiveDate, TId from, TId to)
        where TId : struct, IEquatable<TId>, IComparable<TId> =>
        new(SuccessionKind.Transfer, effectiveDate, [from], [new SuccessorShare<TId>(to, null)]);

    /// <summary>Creates a merge of several predecessors into one successor (which may reuse a predecessor's code).</summary>
    /// <typeparam name="TId">The identifier type.</typeparam>
    /// <param name="effectiveDate">The first day of the merged unit or body.</param>
    /// <param name="from">The predecessors, at least two and all different.</param>
    /// <param name="to">The successor.</param>
    /// <returns>The succession.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="from"/> is null.</exception>
    /// <exception cref="DomainRuleException">Fewer than two predecessors, or one repeated (rule <c>ORG-SUCCESSION-SHAPE</c>).</exception>
    public static Succession<TId> Merge<TId>(LocalDate effectiveDate, IEnumerable<TId> from, TId to)
        where TId : struct, IEquatable<TId>, IComparable<TId>
    {
        Guard.Against.Null(from);
        var list = new List<TId>(from);
        CheckDistinct(list, "merge", effectiveDate, "predecessors");
        return new(SuccessionKind.Merge, effectiveDate, list.ToArray(), [new SuccessorShare<TId>(to, null)]);
    }

    /// <summary>Creates a split without allocation weights: anything recorded against the predecessor cannot be divided and is reported as unallocated when rebased.</summary>
    /// <typeparam name="TId">The identifier type.</typeparam>
    /// <param name="effectiveDate">The first day of the successors.</param>
    /// <param name="from">The predecessor.</param>
    /// <param name="to">The successors, at least two and all different.</param>
    /// <returns>The succession.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="to"/> is null.</exception>
    /// <exception cref="DomainRuleException">Fewer than two successors, or one repeated (rule <c>ORG-SUCCESSION-SHAPE</c>).</exception>
    public static Succession<TId> Split<TId>(LocalDate effectiveDate, TId from, IEnumerable<TId> to)
        where TId : struct, IEquatable<TId>, IComparable<TId>
    {
        Guard.Against.Null(to);
        var list = new List<TId>(to);
        CheckDistinct(list, "split", effectiveDate, "successors");
        var shares = new SuccessorShare<TId>[list.Count];
        for (int i = 0; i < shares.Length; i++)
        {
            shares[i] = new SuccessorShare<TId>(list[i], null);
        }

        return new(SuccessionKind.Split, effectiveDate, [from], shares);
    }

    /// <summary>Creates a split with allocation weights (for example by population), which must sum to exactly 1.</summary>
    /// <typeparam name="TId">The identifier type.</typeparam>
    /// <param name="effectiveDate">The first day of the successors.</param>
    /// <param name="from">The predecessor.</param>
    /// <param name="to">The successors with their weights, at least two, all different and all weighted.</param>
    /// <returns>The succession.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="to"/> is null.</exception>
    /// <exception cref="DomainRuleException">Fewer than two successors or one repeated (rule <c>ORG-SUCCESSION-SHAPE</c>); a missing weight (rule <c>ORG-SPLIT-WEIGHT-OUT-OF-RANGE</c>); weights not summing to 1 (rule <c>ORG-SPLIT-WEIGHTS-SUM</c>).</exception>
    public static Succession<TId> Split<TId>(LocalDate effectiveDate, TId from, IEnumerable<SuccessorShare<TId>> to)
        where TId : struct, IEquatable<TId>, IComparable<TId>
    {
        Guard.Against.Null(to);
        var shares = new List<SuccessorShare<TId>>(to);
        var ids = new List<TId>(shares.Count);
        decimal sum = 0m;
        foreach (var share in shares)
        {
            Guard.Against.RuleViolation(
                share.Weight is not null,
                OrganizationRuleCodes.SplitWeightOutOfRange,
                $"The split of {from} on {ValidityPeriod.Format(effectiveDate)} gives successor {share.Successor} no weight; use the unweighted split instead.");
            ids.Add(share.Successor);
            sum += share.Weight.Value;
        }

        CheckDistinct(ids, "split", effectiveDate, "successors");
        Guard.Against.RuleViolation(
            sum == 1m,
            OrganizationRuleCodes.SplitWeightsSum,
            $"The weights of the split of {from} on {ValidityPeriod.Format(effectiveDate)} sum to {sum.ToString(CultureInfo.InvariantCulture)}, not 1.");
        return new(SuccessionKind.Split, effectiveDate, [from], shares.ToArray());
    }

    private static void CheckDistinct<TId>(List<TId> ids, string kind, LocalDate date, string role)
        where TId : struct, IEquatable<TId>, IComparable<TId>
    {
        Guard.Against.RuleViolation(
            ids.Count >= 2,
            OrganizationRuleCodes.SuccessionShape,
            $"A {kind} on {ValidityPeriod.Format(date)} needs at least two {role}; got {ids.Count} ({string.Join(", ", ids)}).");
        var seen = new HashSet<TId>();
        foreach (var id in ids)
        {
            Guard.Against.RuleViolation(
                seen.Add(id),
                OrganizationRuleCodes.SuccessionShape,
                $"The {kind} on {ValidityPeriod.Format(date)} lists {id} twice among its {role}.");
        }
    }
}
