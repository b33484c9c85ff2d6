using System;
using System.Collections.Generic;
using System.Collections.ObjectModel;
using System.Globalization;
using MassMobilization.Core.Organization;
using NodaTime;
using NodaTime.Text;

namespace MassMobilization.Core.AdministrativeUnits;

/// <summary>
/// Carries per-commune figures kept against the communes of 2025-06-30 onto the communes of
/// 2025-07-01 with conservation (chuyển đổi số liệu sang địa bàn mới): communes that go whole add up
/// into their new commune, a divided commune is apportioned by the app's weights (largest remainder,
/// exactly as <see cref="OrganizationChart.Rebase(System.Collections.Generic.IReadOnlyDictionary{UnitCode, long}, NodaTime.LocalDate, NodaTime.LocalDate)"/> does) or reported as unallocated with its
/// candidates, never guessed. Create one with <see cref="OfficialMap.CreateRebaser()"/>.
/// </summary>
/// <remarks>
/// <see cref="Rebase(IReadOnlyDictionary{UnitCode, long})"/> is the readable path (the core's rebase,
/// with an explanation per count); <see cref="Rebase(ReadOnlySpan{UnitCode}, ReadOnlySpan{long})"/>
/// is the fast one for millions of records: it reads each code's five digits into a dense index
/// (no hashing), adds into one slot per old commune, then moves each old commune once, so it
/// allocates O(units) whatever the number of records.
/// </remarks>
public sealed class CommuneRebaser
{
    private const int CodeSpace = 100_000;

    private readonly int[] oldSlotByNumber;
    private readonly AdministrativeUnit[] oldCommunes;
    private readonly int[] targetStart;
    private readonly int[] targets;
    private readonly decimal[]?[] fractions;
    private readonly ReadOnlyCollection<AdministrativeUnit>?[] candidates;
    private readonly Dictionary<UnitCode, int> newIndex;

    internal CommuneRebaser(OfficialMap map, OrganizationChart chart, Dictionary<UnitCode, decimal[]> weights)
    {
        Chart = chart;
        From = map.LastDayBeforeReform;
        To = map.ReformDate;
        var newUnits = chart.At(To).UnitsOfTier(UnitTier.Commune);
        var sortedNew = new AdministrativeUnit[newUnits.Count];
        for (int i = 0; i < sortedNew.Length; i++)
        {
            sortedNew[i] = newUnits[i];
        }

        Array.Sort(sortedNew, static (a, b) => a.Code.CompareTo(b.Code));
        Communes = Array.AsReadOnly(sortedNew);
        newIndex = new Dictionary<UnitCode, int>(sortedNew.Length);
        for (int i = 0; i < sortedNew.Length; i++)
        {
            newIndex.Add(sortedNew[i].Code, i);
        }

        var byOld = new Dictionary<UnitCode, List<UnitLink>>();
        foreach (var link in map.Links)
        {
            if (link.Predecessor.Kind.Tier == UnitTier.Commune)
            {
                if (!byOld.TryGetValue(link.Predecessor.Code, out var list))
                {
                    byOld.Add(link.Predecessor.Code, list = []);
                }

                list.Add(link);
            }
        }

        oldCommunes = new AdministrativeUnit[byOld.Count];
        oldSlotByNumber = new int[CodeSpace];
        targetStart = new int[byOld.Count + 1];
        fractions = new decimal[]?[byOld.Count];
        candidates = new ReadOnlyCollection<AdministrativeUnit>?[byOld.Count];
        var targetList = new List<int>(byOld.Count + 600);
        int slot = 0;
        foreach (var link in map.Links)
        {
            if (link.Predecessor.Kind.Tier != UnitTier.Commune || (slot > 0 && oldCommunes[slot - 1].Code == link.Predecessor.Code))
            {
                continue;
            }

            var rows = byOld[link.Predecessor.Code];
            oldCommunes[slot] = link.Predecessor;
            oldSlotByNumber[int.Parse(link.Predecessor.Code.Value, NumberStyles.None, CultureInfo.InvariantCulture)] = slot + 1;
            targetStart[slot] = targetList.Count;
            foreach (var row in rows)
            {
                targetList.Add(newIndex[row.Successor.Code]);
            }

            if (rows.Count > 1)
            {
                if (weights.TryGetValue(link.Predecessor.Code, out var shares))
                {
                    fractions[slot] = shares;
                }
                else
                {
                    var units = new AdministrativeUnit[rows.Count];
                    for (int i = 0; i < units.Length; i++)
                    {
                        units[i] = rows[i].Successor;
                    }

                    candidates[slot] = Array.AsReadOnly(units);
                }
            }

            slot++;
        }

        targetStart[slot] = targetList.Count;
        targets = targetList.ToArray();
    }

    /// <summary>Gets the chart the readable rebase runs on: the official chart, or its variant with the app's weighted splits.</summary>
    public OrganizationChart Chart { get; }

    /// <summary>Gets the date the figures are kept against, 2025-06-30.</summary>
    public LocalDate From { get; }

    /// <summary>Gets the date of the target structure, 2025-07-01.</summary>
    public LocalDate To { get; }

    /// <summary>Gets the new communes in code order: the order of <see cref="CommuneRebaseResult.Counts"/>.</summary>
    public IReadOnlyList<AdministrativeUnit> Communes { get; }

    /// <summary>
    /// Rebases counts by unit with the core's <see cref="OrganizationChart.Rebase(System.Collections.Generic.IReadOnlyDictionary{UnitCode, long}, NodaTime.LocalDate, NodaTime.LocalDate)"/> on <see cref="Chart"/>,
    /// with an explanation per count; a divided commune without weights is in <see cref="RebaseResult.Unallocated"/>.
    /// </summary>
    /// <param name="counts">The counts by unit code, every unit in force on <see cref="From"/>.</param>
    /// <returns>The rebased counts.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="counts"/> is null.</exception>
    /// <exception cref="DomainRuleException">A unit is not in force on <see cref="From"/> or a count is negative (rules of <see cref="OrganizationRuleCodes"/>).</exception>
    public RebaseResult Rebase(IReadOnlyDictionary<UnitCode, long> counts) => Chart.Rebase(counts, From, To);

    /// <summary>
    /// Rebases records (one commune code and one value each; a commune may have many records) onto the
    /// new communes. Totals are conserved: <c>AllocatedTotal + UnallocatedTotal == Total</c>.
    /// </summary>
    /// <param name="communes">The commune of each record, in force on <see cref="From"/>.</param>
    /// <param name="values">The value of each record, non-negative, as many as <paramref name="communes"/>.</param>
    /// <returns>The total of each new commune and the unallocated remainder with its candidates.</returns>
    /// <exception cref="ArgumentException">The spans differ in length.</exception>
    /// <exception cref="DomainRuleException">A code is not a commune in force on <see cref="From"/> (rule <c>MAP-REBASE-UNKNOWN-COMMUNE</c>) or a value is negative (rule <c>MAP-REBASE-NEGATIVE-VALUE</c>).</exception>
    /// <exception cref="OverflowException">A sum exceeds <see cref="long.MaxValue"/>.</exception>
    public CommuneRebaseResult Rebase(ReadOnlySpan<UnitCode> communes, ReadOnlySpan<long> values)
    {
        if (communes.Length != values.Length)
        {
            throw new ArgumentException($"There are {communes.Length.ToString(CultureInfo.InvariantCulture)} communes but {values.Length.ToString(CultureInfo.InvariantCulture)} values.", nameof(values));
        }

        var perOld = new long[oldCommunes.Length];
        var seen = new bool[oldCommunes.Length];
        long total = 0;
        for (int i = 0; i < communes.Length; i++)
        {
            int slot = SlotOf(communes[i]);
            long value = values[i];
            if (slot < 0 || value < 0)
            {
                throw RecordError(communes[i], value, i);
            }

            perOld[slot] += value;
            seen[slot] = true;
            total = checked(total + value);
        }

        var counts = new long[Communes.Count];
        var unallocated = new List<UnallocatedCommune>();
        long unallocatedTotal = 0;
        for (int slot = 0; slot < oldCommunes.Length; slot++)
        {
            if (!seen[slot])
            {
                continue;
            }

            long count = perOld[slot];
            int start = targetStart[slot];
            int end = targetStart[slot + 1];
            if (end - start == 1)
            {
                counts[targets[start]] += count;
            }
            else if (fractions[slot] is { } shares)
            {
                var parts = Apportionment.LargestRemainder(count, shares);
                for (int k = 0; k < parts.Count; k++)
                {
                    counts[targets[start + k]] += parts[k];
                }
            }
            else
            {
                unallocated.Add(new UnallocatedCommune(oldCommunes[slot], count, candidates[slot]!));
                unallocatedTotal += count;
            }
        }

        return new CommuneRebaseResult(From, To, total, unallocatedTotal, Communes, newIndex, counts, unallocated.ToArray());
    }

    private int SlotOf(UnitCode code)
    {
        // Commune codes are five digits: reading them is far cheaper than hashing the string.
        string text = code.Value;
        if (text.Length != 5)
        {
            return -1;
        }

        int number = 0;
        foreach (char c in text)
        {
            uint digit = (uint)(c - '0');
            if (digit > 9)
            {
                return -1;
            }

            number = (number * 10) + (int)digit;
        }

        return oldSlotByNumber[number] - 1;
    }

    private DomainRuleException RecordError(UnitCode code, long value, int index)
    {
        string at = index.ToString(CultureInfo.InvariantCulture);
        return SlotOf(code) < 0
            ? new DomainRuleException(OfficialMapRules.RebaseUnknownCommune, $"Record {at} names {(code.IsDefault ? "no code" : code.ToString())}, which is not a commune in force on {LocalDatePattern.Iso.Format(From)}.")
            : new DomainRuleException(OfficialMapRules.RebaseNegativeValue, $"Record {at} of commune {code} has the negative value {value.ToString(CultureInfo.InvariantCulture)}.");
    }
}
