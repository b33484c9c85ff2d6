using System;
using System.Collections.Generic;
using Ardalis.GuardClauses;

namespace MassMobilization.Core.Ranking;

/// <summary>
/// An item's place in a <see cref="Ranking{T}"/>, with the reason it stands where it does. The readable
/// <see cref="Explanation"/> of a ranked item is written the first time it is read (see
/// docs/evaluation.md#ranking), so ranking a large field costs nothing for the sentences nobody reads.
/// </summary>
/// <typeparam name="T">The type of the ranked items.</typeparam>
public sealed record RankedItem<T>
{
    private readonly IRankingExplainer? explainer;
    private readonly int decider;
    private string? explanation;

    /// <summary>Creates a ranked item with its explanation already written.</summary>
    /// <param name="item">The ranked item.</param>
    /// <param name="rank">The rank, from 1; tied items share it.</param>
    /// <param name="position">The zero-based position in the listing.</param>
    /// <param name="isTied">Whether another item shares this rank.</param>
    /// <param name="decidedBy">The criterion that placed this item behind the one listed before it, or <see langword="null"/>.</param>
    /// <param name="explanation">A readable sentence.</param>
    /// <exception cref="ArgumentNullException"><paramref name="explanation"/> is null.</exception>
    public RankedItem(T item, int rank, int position, bool isTied, string? decidedBy, string explanation)
    {
        Guard.Against.Null(explanation);
        Item = item;
        Rank = rank;
        Position = position;
        IsTied = isTied;
        DecidedBy = decidedBy;
        this.explanation = explanation;
    }

    internal RankedItem(T item, int rank, int position, bool isTied, string? decidedBy, IRankingExplainer explainer, int decider)
    {
        Item = item;
        Rank = rank;
        Position = position;
        IsTied = isTied;
        DecidedBy = decidedBy;
        this.explainer = explainer;
        this.decider = decider;
    }

    /// <summary>Gets the ranked item.</summary>
    public T Item { get; }

    /// <summary>Gets the rank, from 1; tied items share it.</summary>
    public int Rank { get; }

    /// <summary>Gets the zero-based position in the listing; tied items are listed by their identity key.</summary>
    public int Position { get; }

    /// <summary>Gets whether another item shares this rank.</summary>
    public bool IsTied { get; }

    /// <summary>Gets the criterion that placed this item behind the one listed before it, or <see langword="null"/> for the first item and for an item tied with the one before it.</summary>
    public string? DecidedBy { get; }

    /// <summary>Gets a readable sentence, for example "Rank 2: Score 95.50; behind 'Xã Tân Triều' on tie-break 'Section B score' (28 vs 30)".</summary>
    public string Explanation => explanation ??= explainer!.Explain(Position, Rank, IsTied, decider);

    /// <summary>Returns whether another ranked item holds the same item at the same place for the same reason.</summary>
    /// <param name="other">The other ranked item.</param>
    /// <returns><see langword="true"/> when every property is equal.</returns>
    public bool Equals(RankedItem<T>? other) =>
        other is not null
        && EqualityComparer<T>.Default.Equals(Item, other.Item)
        && Rank == other.Rank
        && Position == other.Position
        && IsTied == other.IsTied
        && DecidedBy == other.DecidedBy
        && Explanation == other.Explanation;

    /// <summary>Returns a hash code consistent with <see cref="Equals(RankedItem{T})"/>.</summary>
    /// <returns>The hash code.</returns>
    public override int GetHashCode() => HashCode.Combine(Item, Rank, Position, IsTied, DecidedBy);

    /// <summary>Deconstructs the ranked item.</summary>
    /// <param name="item">The ranked item.</param>
    /// <param name="rank">The rank.</param>
    /// <param name="position">The position in the listing.</param>
    /// <param name="isTied">Whether another item shares this rank.</param>
    /// <param name="decidedBy">The deciding criterion, or <see langword="null"/>.</param>
    /// <param name="explanation">The explanation.</param>
    public void Deconstruct(out T item, out int rank, out int position, out bool isTied, out string? decidedBy, out string explanation)
    {
        item = Item;
        rank = Rank;
        position = Position;
        isTied = IsTied;
        decidedBy = DecidedBy;
        explanation = Explanation;
    }
}
