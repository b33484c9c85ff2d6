using System;
using System.Collections.Generic;
using MassMobilization.Core.Organization;
using NodaTime;

namespace MassMobilization.Core.AdministrativeUnits;

/// <summary>Per-commune figures carried onto the new communes by <see cref="CommuneRebaser"/>.</summary>
public sealed class CommuneRebaseResult
{
    private readonly Dictionary<UnitCode, int> index;
    private readonly long[] counts;

    internal CommuneRebaseResult(LocalDate from, LocalDate to, long total, long unallocatedTotal, IReadOnlyList<AdministrativeUnit> communes, Dictionary<UnitCode, int> index, long[] counts, UnallocatedCommune[] unallocated)
    {
        From = from;
        To = to;
        Total = total;
        UnallocatedTotal = unallocatedTotal;
        AllocatedTotal = total - unallocatedTotal;
        Communes = communes;
        this.index = index;
        this.counts = counts;
        Counts = Array.AsReadOnly(counts);
        Unallocated = Array.AsReadOnly(unallocated);
    }

    /// <summary>Gets the date the figures were kept against.</summary>
    public LocalDate From { get; }

    /// <summary>Gets the date of the new structure.</summary>
    public LocalDate To { get; }

    /// <summary>Gets the sum of every record.</summary>
    public long Total { get; }

    /// <summary>Gets the part carried onto new communes.</summary>
    public long AllocatedTotal { get; }

    /// <summary>Gets the part of divided communes without weights, in <see cref="Unallocated"/>.</summary>
    public long UnallocatedTotal { get; }

    /// <summary>Gets the new communes in code order.</summary>
    public IReadOnlyList<AdministrativeUnit> Communes { get; }

    /// <summary>Gets the total of each new commune, in the order of <see cref="Communes"/>.</summary>
    public IReadOnlyList<long> Counts { get; }

    /// <summary>Gets the divided communes whose figures could not be carried, with their candidates, by old code.</summary>
    public IReadOnlyList<UnallocatedCommune> Unallocated { get; }

    /// <summary>Gets the total carried onto a new commune.</summary>
    /// <param name="commune">The new commune's code.</param>
    /// <returns>The total; zero for a code that is not a new commune.</returns>
    public long CountOf(UnitCode commune) => index.TryGetValue(commune, out int i) ? counts[i] : 0;
}

/// <summary>The figures of a divided commune that the app gave no weights for: reported, never guessed.</summary>
public sealed class UnallocatedCommune
{
    internal UnallocatedCommune(AdministrativeUnit commune, long count, IReadOnlyList<AdministrativeUnit> candidates)
    {
        Commune = commune;
        Count = count;
        Candidates = candidates;
    }

    /// <summary>Gets the old commune.</summary>
    public AdministrativeUnit Commune { get; }

    /// <summary>Gets the sum of its records.</summary>
    public long Count { get; }

    /// <summary>Gets the new communes it was divided between, in code order.</summary>
    public IReadOnlyList<AdministrativeUnit> Candidates { get; }

    /// <summary>Describes the remainder.</summary>
    /// <returns>For example <c>00007 Phường Cống Vị: 120 unallocated between 00008, 00025</c>.</returns>
    public override string ToString()
    {
        var codes = new string[Candidates.Count];
        for (int i = 0; i < codes.Length; i++)
        {
            codes[i] = Candidates[i].Code.Value;
        }

        return $"{Commune.Code} {Commune.VietnameseName}: {Count} unallocated between {string.Join(", ", codes)}";
    }
}
