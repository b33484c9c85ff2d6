using System;
using System.Collections;
using System.Collections.Generic;
using System.ComponentModel;
using System.Runtime.InteropServices;
using Ardalis.GuardClauses;
using MassMobilization.Core.Organization;

namespace MassMobilization.Core.Aggregation;

/// <summary>
/// The shape a roll-up runs over: units in dense ordinals (0 … <see cref="Count"/> − 1), each with its
/// code and its parent's ordinal (−1 for a root), every parent before its children. It is the
/// organization chart of the report date reduced to what adding up needs, and the bridge between unit
/// codes (in records and partial aggregates) and ordinals (in the kernel).
/// </summary>
/// <remarks>
/// Immutable and thread-safe. A shape made from a <see cref="ChartSnapshot"/> is a view of it: it runs on
/// the snapshot's own ordinals, parent-ordinal array and code index, copying nothing
/// (<see cref="FromSnapshot"/> allocates O(1)). A shape made with <see cref="Create"/> (units that are not
/// in a chart, such as generated test data) owns its arrays.
/// </remarks>
public sealed class RollUpShape
{
    private readonly ChartSnapshot? snapshot;
    private readonly UnitCode[]? codes;
    private readonly Dictionary<UnitCode, int>? ordinals;
    private readonly int[] parents;

    private RollUpShape(UnitCode[] codes, int[] parents, Dictionary<UnitCode, int> ordinals)
    {
        this.codes = codes;
        this.parents = parents;
        this.ordinals = ordinals;
        Codes = Array.AsReadOnly(codes);
        ParentOrdinals = Array.AsReadOnly(parents);
    }

    private RollUpShape(ChartSnapshot snapshot)
    {
        this.snapshot = snapshot;

        // The snapshot's parent ordinals are one whole array; the shape reads it in place.
        parents = MemoryMarshal.TryGetArray(snapshot.ParentOrdinalsMemory, out var segment) && segment.Offset == 0 && segment.Count == segment.Array!.Length
            ? segment.Array
            : snapshot.ParentOrdinals.ToArray();
        Codes = new SnapshotCodes(snapshot);
        ParentOrdinals = Array.AsReadOnly(parents);
    }

    /// <summary>Gets the number of units.</summary>
    public int Count => parents.Length;

    /// <summary>Gets the chart structure this shape is a view of, or <see langword="null"/> for a shape made with <see cref="Create"/>.</summary>
    public ChartSnapshot? Snapshot => snapshot;

    /// <summary>Gets the unit codes by ordinal.</summary>
    public IReadOnlyList<UnitCode> Codes { get; }

    /// <summary>Gets the parent ordinal of each unit (−1 for a root), by ordinal.</summary>
    [EditorBrowsable(EditorBrowsableState.Advanced)]
    public IReadOnlyList<int> ParentOrdinals { get; }

    /// <summary>Gets the parent ordinals as a span, for <see cref="RollUpKernel"/>.</summary>
    [EditorBrowsable(EditorBrowsableState.Advanced)]
    public ReadOnlySpan<int> ParentOrdinalSpan => parents;

    /// <summary>Gets the code of the unit with an ordinal.</summary>
    /// <param name="ordinal">The ordinal, in [0, <see cref="Count"/>).</param>
    /// <returns>The code.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="ordinal"/> is out of range.</exception>
    [EditorBrowsable(EditorBrowsableState.Advanced)]
    public UnitCode CodeAt(int ordinal)
    {
        Guard.Against.OutOfRange(ordinal, nameof(ordinal), 0, Count - 1);
        return snapshot is null ? codes![ordinal] : snapshot.CodeAt(ordinal);
    }

    /// <summary>Creates a shape.</summary>
    /// <param name="codes">The unit codes in ordinal order; unique and not default.</param>
    /// <param name="parentOrdinals">The parent ordinal of each unit, −1 for a root, always smaller than the unit's own ordinal.</param>
    /// <returns>The shape.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">The lists differ in length, a code is default, or a parent does not come before its child.</exception>
    /// <exception cref="DomainRuleException">Rule <c>AGG-DUPLICATE-UNIT</c>: two units share a code.</exception>
    [EditorBrowsable(EditorBrowsableState.Advanced)]
    public static RollUpShape Create(IEnumerable<UnitCode> codes, IEnumerable<int> parentOrdinals)
    {
        Guard.Against.Null(codes);
        Guard.Against.Null(parentOrdinals);
        var codeArray = new List<UnitCode>(codes).ToArray();
        var parentArray = new List<int>(parentOrdinals).ToArray();
        Preconditions.CheckArgument(codeArray.Length == parentArray.Length, nameof(parentOrdinals), $"There are {codeArray.Length} codes but {parentArray.Length} parent ordinals.");
        RollUpKernel.ValidateParents(parentArray);
        var ordinals = new Dictionary<UnitCode, int>(codeArray.Length);
        for (int i = 0; i < codeArray.Length; i++)
        {
            Preconditions.CheckArgument(!codeArray[i].IsDefault, nameof(codes), $"The code of unit {i} is the default value.");
            Guard.Against.RuleViolation(ordinals.TryAdd(codeArray[i], i), AggregationRuleCodes.DuplicateUnit, $"Units {ordinals.GetValueOrDefault(codeArray[i])} and {i} share the code {codeArray[i]}.");
        }

        return new RollUpShape(codeArray, parentArray, ordinals);
    }

    /// <summary>
    /// Creates the shape of an organization chart's structure in force on a date: a view of the
    /// snapshot's dense pre-order ordinals, parent-ordinal array and code index, copying nothing.
    /// </summary>
    /// <param name="snapshot">The structure, for example <c>chart.At(new LocalDate(2024, 12, 31))</c>.</param>
    /// <returns>The shape; ordinal <c>i</c> is the snapshot's ordinal <c>i</c>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="snapshot"/> is null.</exception>
    public static RollUpShape FromSnapshot(ChartSnapshot snapshot)
    {
        Guard.Against.Null(snapshot);
        return new RollUpShape(snapshot);
    }

    /// <summary>Creates the shape of an organization chart as of a date (see <see cref="FromSnapshot"/>).</summary>
    /// <param name="chart">The chart.</param>
    /// <param name="asOf">The date.</param>
    /// <returns>The shape.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="chart"/> is null.</exception>
    public static RollUpShape At(OrganizationChart chart, NodaTime.LocalDate asOf)
    {
        Guard.Against.Null(chart);
        return FromSnapshot(chart.At(asOf));
    }

    /// <summary>Finds a unit's ordinal.</summary>
    /// <param name="code">The unit code.</param>
    /// <param name="ordinal">The ordinal, or −1.</param>
    /// <returns><see langword="true"/> when the unit is in the shape.</returns>
    [EditorBrowsable(EditorBrowsableState.Advanced)]
    public bool TryGetOrdinal(UnitCode code, out int ordinal)
    {
        if (snapshot is not null)
        {
            return snapshot.TryGetOrdinal(code, out ordinal);
        }

        if (ordinals!.TryGetValue(code, out ordinal))
        {
            return true;
        }

        ordinal = -1;
        return false;
    }

    /// <summary>Gets a unit's ordinal.</summary>
    /// <param name="code">The unit code.</param>
    /// <returns>The ordinal.</returns>
    /// <exception cref="DomainRuleException">Rule <c>AGG-UNKNOWN-UNIT</c>: the unit is not in the shape (records kept against an old unit must be rebased first).</exception>
    [EditorBrowsable(EditorBrowsableState.Advanced)]
    public int OrdinalOf(UnitCode code)
    {
        Guard.Against.RuleViolation(TryGetOrdinal(code, out int ordinal), AggregationRuleCodes.UnknownUnit, $"The unit {code} is not in the chart being rolled up.");
        return ordinal;
    }

    /// <summary>The codes of a snapshot's units by ordinal, read in place.</summary>
    private sealed class SnapshotCodes(ChartSnapshot snapshot) : IReadOnlyList<UnitCode>
    {
        public int Count => snapshot.Count;

        public UnitCode this[int index] => snapshot.CodeAt(index);

        public IEnumerator<UnitCode> GetEnumerator()
        {
            for (int i = 0; i < snapshot.Count; i++)
            {
                yield return snapshot.CodeAt(i);
            }
        }

        IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
    }
}
