namespace MassMobilization.Core.Ranking;

/// <summary>An item's place in a <see cref="Ranking{T}"/>, with the reason it stands where it does.</summary>
/// <typeparam name="T">The type of the ranked items.</typeparam>
/// <param name="Item">The ranked item.</param>
/// <param name="Rank">The rank, from 1; tied items share it.</param>
/// <param name="Position">The zero-based position in the listing; tied items are listed by their identity key.</param>
/// <param name="IsTied">Whether another item shares this rank.</param>
/// <param name="DecidedBy">The criterion that placed this item behind the one listed before it, or <see langword="null"/> for the first item and for an item tied with the one before it.</param>
/// <param name="Explanation">A readable sentence, for example "Rank 2: behind 'Xã Tân Triều' on tie-break 'Section B score' (28 vs 30) after equal 'Final score' (95.50)".</param>
public sealed record RankedItem<T>(T Item, int Rank, int Position, bool IsTied, string? DecidedBy, string Explanation);
