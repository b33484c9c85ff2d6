using System.Collections.Generic;
using MassMobilization.Core.Ranking;

namespace MassMobilization.Core.Awards;

/// <summary>The result of applying a <see cref="Quota"/> to a ranked list.</summary>
/// <typeparam name="T">The candidates' type.</typeparam>
public sealed class QuotaSelection<T>
{
    internal QuotaSelection(int limit, IReadOnlyList<RankedItem<T>> selected, IReadOnlyList<RankedItem<T>> tiedAtCut, IReadOnlyList<RankedItem<T>> notSelected, string explanation)
    {
        Limit = limit;
        Selected = ReadOnlyView.Of(selected);
        TiedAtCut = ReadOnlyView.Of(tiedAtCut);
        NotSelected = ReadOnlyView.Of(notSelected);
        Explanation = explanation;
    }

    /// <summary>Gets the number of places.</summary>
    public int Limit { get; }

    /// <summary>Gets the candidates within the quota, best first; never more than <see cref="Limit"/>.</summary>
    public IReadOnlyList<RankedItem<T>> Selected { get; }

    /// <summary>Gets the candidates tied across the cut, to be decided by a further tie-break or the council.</summary>
    public IReadOnlyList<RankedItem<T>> TiedAtCut { get; }

    /// <summary>Gets the candidates below the cut.</summary>
    public IReadOnlyList<RankedItem<T>> NotSelected { get; }

    /// <summary>Gets the explanation of the cut with the arithmetic.</summary>
    public string Explanation { get; }
}
