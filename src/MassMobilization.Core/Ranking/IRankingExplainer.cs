namespace MassMobilization.Core.Ranking;

/// <summary>Writes the explanation of one position of a finished ranking on demand (shared by its items).</summary>
internal interface IRankingExplainer
{
    /// <summary>Writes the explanation of the item at a position.</summary>
    /// <param name="position">The position in the listing.</param>
    /// <param name="rank">The item's rank.</param>
    /// <param name="tied">Whether the item shares its rank.</param>
    /// <param name="decider">The criterion that separated it from the item before it, or -1.</param>
    /// <returns>The sentence.</returns>
    string Explain(int position, int rank, bool tied, int decider);
}
