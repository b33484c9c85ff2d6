using System;
using System.Collections.Generic;
using System.ComponentModel;
using System.Diagnostics.CodeAnalysis;
using Ardalis.GuardClauses;

namespace MassMobilization.Core.Organization;

/// <summary>
/// The structure of an <see cref="OrganizationChart"/> on the days of <see cref="Validity"/>, with the
/// units in force numbered by dense ordinals 0..<see cref="Count"/>-1 for array-based roll-ups.
/// </summary>
/// <remarks>
/// <para>Ordinals follow a depth-first pre-order walk: top-level units in code order, each followed by
/// its subtree, children in code order. Hence every parent's ordinal is smaller than its children's
/// (a roll-up may run from the last ordinal to the first adding each value into
/// <c>ParentOrdinals[i]</c>), and the descendants of ordinal <c>i</c> are exactly the ordinals
/// <c>i+1 .. SubtreeEnd(i)-1</c>. The numbering depends only on the structure, never on insertion order.</para>
/// <para>A snapshot is immutable and shared by every day with the same structure:
/// <see cref="OrganizationChart.At"/> returns the same instance for all dates in <see cref="Validity"/>.</para>
/// </remarks>
public sealed class ChartSnapshot
{
    private readonly AdministrativeUnit[] units;
    private IReadOnlyList<AdministrativeUnit>? unitsView;
    private readonly int[] parents;
    private readonly int[] depths;
    private readonly int[] subtreeEnds;
    private readonly int[] childStarts;
    private readonly int[] children;
    private readonly int[] roots;
    private readonly Dictionary<UnitCode, int> ordinals;

    internal ChartSnapshot(ValidityPeriod validity, AdministrativeUnit[] units, int[] parents, int[] depths, int[] subtreeEnds, int[] childStarts, int[] children, int[] roots, Dictionary<UnitCode, int> ordinals)
    {
        Validity = validity;
        this.units = units;
        this.parents = parents;
        this.depths = depths;
        this.subtreeEnds = subtreeEnds;
        this.childStarts = childStarts;
        this.children = children;
        this.roots = roots;
        this.ordinals = ordinals;
    }

    /// <summary>Gets the days on which the chart has exactly this structure.</summary>
    public ValidityPeriod Validity { get; }

    /// <summary>Gets the number of units in force.</summary>
    public int Count => units.Length;

    /// <summary>Gets the units in force, indexed by ordinal.</summary>
    public IReadOnlyList<AdministrativeUnit> Units => unitsView ??= ReadOnlyView.Of(units);

    /// <summary>Gets the parent ordinal of each ordinal, -1 for a top-level unit; always smaller than the child's ordinal.</summary>
    [EditorBrowsable(EditorBrowsableState.Advanced)]
    public ReadOnlySpan<int> ParentOrdinals => parents;

    /// <summary>Gets the parent ordinals as memory, for storing beyond a stack frame; the same values as <see cref="ParentOrdinals"/>.</summary>
    [EditorBrowsable(EditorBrowsableState.Advanced)]
    public ReadOnlyMemory<int> ParentOrdinalsMemory => parents;

    /// <summary>Gets the depth of each ordinal: 0 for a top-level unit, its parent's depth + 1 otherwise.</summary>
    [EditorBrowsable(EditorBrowsableState.Advanced)]
    public ReadOnlySpan<int> Depths => depths;

    /// <summary>Gets the ordinals of the top-level units, ascending.</summary>
    [EditorBrowsable(EditorBrowsableState.Advanced)]
    public ReadOnlySpan<int> RootOrdinals => roots;

    /// <summary>Gets the greatest depth of any unit, or -1 when the snapshot is empty.</summary>
    public int MaxDepth
    {
        get
        {
            int max = -1;
            foreach (int depth in depths)
            {
                max = Math.Max(max, depth);
            }

            return max;
        }
    }

    /// <summary>Gets the unit with an ordinal.</summary>
    /// <param name="ordinal">The ordinal, in [0, <see cref="Count"/>).</param>
    /// <returns>The unit.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="ordinal"/> is out of range.</exception>
    [EditorBrowsable(EditorBrowsableState.Advanced)]
    public AdministrativeUnit UnitAt(int ordinal) => units[CheckOrdinal(ordinal)];

    /// <summary>Gets the code of the unit with an ordinal.</summary>
    /// <param name="ordinal">The ordinal, in [0, <see cref="Count"/>).</param>
    /// <returns>The code.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="ordinal"/> is out of range.</exception>
    [EditorBrowsable(EditorBrowsableState.Advanced)]
    public UnitCode CodeAt(int ordinal) => units[CheckOrdinal(ordinal)].Code;

    /// <summary>Gets the parent ordinal of an ordinal.</summary>
    /// <param name="ordinal">The ordinal, in [0, <see cref="Count"/>).</param>
    /// <returns>The parent's ordinal, or -1 for a top-level unit.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="ordinal"/> is out of range.</exception>
    [EditorBrowsable(EditorBrowsableState.Advanced)]
    public int ParentOrdinalAt(int ordinal) => parents[CheckOrdinal(ordinal)];

    /// <summary>Gets the depth of an ordinal.</summary>
    /// <param name="ordinal">The ordinal, in [0, <see cref="Count"/>).</param>
    /// <returns>0 for a top-level unit, its parent's depth + 1 otherwise.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="ordinal"/> is out of range.</exception>
    [EditorBrowsable(EditorBrowsableState.Advanced)]
    public int DepthAt(int ordinal) => depths[CheckOrdinal(ordinal)];

    /// <summary>Gets the end (exclusive) of an ordinal's subtree: its descendants are the ordinals after it and before this value.</summary>
    /// <param name="ordinal">The ordinal, in [0, <see cref="Count"/>).</param>
    /// <returns>The first ordinal after the subtree.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="ordinal"/> is out of range.</exception>
    [EditorBrowsable(EditorBrowsableState.Advanced)]
    public int SubtreeEnd(int ordinal) => subtreeEnds[CheckOrdinal(ordinal)];

    /// <summary>Gets the ordinals of a unit's children, ascending (children in code order).</summary>
    /// <param name="ordinal">The ordinal, in [0, <see cref="Count"/>).</param>
    /// <returns>The children's ordinals.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="ordinal"/> is out of range.</exception>
    [EditorBrowsable(EditorBrowsableState.Advanced)]
    public ReadOnlySpan<int> ChildOrdinals(int ordinal)
    {
        CheckOrdinal(ordinal);
        return children.AsSpan(childStarts[ordinal], childStarts[ordinal + 1] - childStarts[ordinal]);
    }

    /// <summary>Writes the ordinals of a unit's ancestors, nearest first, without allocating.</summary>
    /// <param name="ordinal">The ordinal, in [0, <see cref="Count"/>).</param>
    /// <param name="destination">Where to write; at least <see cref="DepthAt"/> long.</param>
    /// <returns>The number of ancestors written (the unit's depth).</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="ordinal"/> is out of range.</exception>
    /// <exception cref="ArgumentException"><paramref name="destination"/> is too short.</exception>
    [EditorBrowsable(EditorBrowsableState.Advanced)]
    public int CopyAncestorOrdinals(int ordinal, Span<int> destination)
    {
        int depth = depths[CheckOrdinal(ordinal)];
        if (destination.Length < depth)
        {
            throw new ArgumentException($"The destination holds {destination.Length} ordinals; {depth} are needed.", nameof(destination));
        }

        int count = 0;
        for (int p = parents[ordinal]; p >= 0; p = parents[p])
        {
            destination[count++] = p;
        }

        return count;
    }

    /// <summary>Looks up the ordinal of a unit in force.</summary>
    /// <param name="code">The unit's code.</param>
    /// <param name="ordinal">The ordinal, or -1 when no unit with <paramref name="code"/> is in force.</param>
    /// <returns><see langword="true"/> when the unit is in force.</returns>
    [EditorBrowsable(EditorBrowsableState.Advanced)]
    public bool TryGetOrdinal(UnitCode code, out int ordinal)
    {
        if (ordinals.TryGetValue(code, out ordinal))
        {
            return true;
        }

        ordinal = -1;
        return false;
    }

    /// <summary>Gets the ordinal of a unit in force.</summary>
    /// <param name="code">The unit's code.</param>
    /// <returns>The ordinal.</returns>
    /// <exception cref="DomainRuleException">No unit with <paramref name="code"/> is in force (rule <c>ORG-UNIT-NOT-IN-FORCE</c>).</exception>
    [EditorBrowsable(EditorBrowsableState.Advanced)]
    public int OrdinalOf(UnitCode code)
    {
        if (!ordinals.TryGetValue(code, out int ordinal))
        {
            throw new DomainRuleException(OrganizationRuleCodes.UnitNotInForce, $"No unit with code {code} is in force on {Validity}.");
        }

        return ordinal;
    }

    /// <summary>Checks whether a unit is in force.</summary>
    /// <param name="code">The unit's code.</param>
    /// <returns><see langword="true"/> when a unit with <paramref name="code"/> is in force.</returns>
    public bool Contains(UnitCode code) => ordinals.ContainsKey(code);

    /// <summary>Looks up a unit in force by code.</summary>
    /// <param name="code">The unit's code.</param>
    /// <param name="unit">The unit version in force, or <see langword="null"/>.</param>
    /// <returns><see langword="true"/> when found.</returns>
    public bool TryGetUnit(UnitCode code, [NotNullWhen(true)] out AdministrativeUnit? unit)
    {
        unit = ordinals.TryGetValue(code, out int ordinal) ? units[ordinal] : null;
        return unit is not null;
    }

    /// <summary>Gets a unit in force by code.</summary>
    /// <param name="code">The unit's code.</param>
    /// <returns>The unit version in force.</returns>
    /// <exception cref="DomainRuleException">No unit with <paramref name="code"/> is in force (rule <c>ORG-UNIT-NOT-IN-FORCE</c>).</exception>
    public AdministrativeUnit GetUnit(UnitCode code) => units[OrdinalOf(code)];

    /// <summary>Gets a unit's parent.</summary>
    /// <param name="code">The unit's code.</param>
    /// <returns>The parent, or <see langword="null"/> for a top-level unit.</returns>
    /// <exception cref="DomainRuleException">No unit with <paramref name="code"/> is in force (rule <c>ORG-UNIT-NOT-IN-FORCE</c>).</exception>
    public AdministrativeUnit? ParentOf(UnitCode code)
    {
        int parent = parents[OrdinalOf(code)];
        return parent < 0 ? null : units[parent];
    }

    /// <summary>Gets a unit's depth: 0 for a top-level unit.</summary>
    /// <param name="code">The unit's code.</param>
    /// <returns>The number of ancestors.</returns>
    /// <exception cref="DomainRuleException">No unit with <paramref name="code"/> is in force (rule <c>ORG-UNIT-NOT-IN-FORCE</c>).</exception>
    public int DepthOf(UnitCode code) => depths[OrdinalOf(code)];

    /// <summary>Gets a unit's ancestors, nearest first (parent, grandparent, …).</summary>
    /// <param name="code">The unit's code.</param>
    /// <returns>The ancestors; empty for a top-level unit.</returns>
    /// <exception cref="DomainRuleException">No unit with <paramref name="code"/> is in force (rule <c>ORG-UNIT-NOT-IN-FORCE</c>).</exception>
    public IReadOnlyList<AdministrativeUnit> Ancestors(UnitCode code)
    {
        int ordinal = OrdinalOf(code);
        var result = new AdministrativeUnit[depths[ordinal]];
        int i = 0;
        for (int p = parents[ordinal]; p >= 0; p = parents[p])
        {
            result[i++] = units[p];
        }

        return result;
    }

    /// <summary>Gets the path from the top-level unit down to a unit, both included.</summary>
    /// <param name="code">The unit's code.</param>
    /// <returns>The path, top-level unit first.</returns>
    /// <exception cref="DomainRuleException">No unit with <paramref name="code"/> is in force (rule <c>ORG-UNIT-NOT-IN-FORCE</c>).</exception>
    public IReadOnlyList<AdministrativeUnit> PathTo(UnitCode code)
    {
        int ordinal = OrdinalOf(code);
        var result = new AdministrativeUnit[depths[ordinal] + 1];
        int i = result.Length - 1;
        for (int p = ordinal; p >= 0; p = parents[p])
        {
            result[i--] = units[p];
        }

        return result;
    }

    /// <summary>Gets a unit's children, in code order.</summary>
    /// <param name="code">The unit's code.</param>
    /// <returns>The children.</returns>
    /// <exception cref="DomainRuleException">No unit with <paramref name="code"/> is in force (rule <c>ORG-UNIT-NOT-IN-FORCE</c>).</exception>
    public IReadOnlyList<AdministrativeUnit> Children(UnitCode code)
    {
        var span = ChildOrdinals(OrdinalOf(code));
        var result = new AdministrativeUnit[span.Length];
        for (int i = 0; i < span.Length; i++)
        {
            result[i] = units[span[i]];
        }

        return result;
    }

    /// <summary>Gets a unit's descendants in ordinal (pre-order) order.</summary>
    /// <param name="code">The unit's code.</param>
    /// <returns>The descendants, each after its parent.</returns>
    /// <exception cref="DomainRuleException">No unit with <paramref name="code"/> is in force (rule <c>ORG-UNIT-NOT-IN-FORCE</c>).</exception>
    public IReadOnlyList<AdministrativeUnit> Descendants(UnitCode code)
    {
        int ordinal = OrdinalOf(code);
        return units.AsSpan(ordinal + 1, subtreeEnds[ordinal] - ordinal - 1).ToArray();
    }

    /// <summary>Gets the top-level units, in code order.</summary>
    /// <returns>The units without a parent.</returns>
    public IReadOnlyList<AdministrativeUnit> Roots()
    {
        var result = new AdministrativeUnit[roots.Length];
        for (int i = 0; i < roots.Length; i++)
        {
            result[i] = units[roots[i]];
        }

        return result;
    }

    /// <summary>Gets the units of a kind, in ordinal order.</summary>
    /// <param name="kind">The kind.</param>
    /// <returns>The units of <paramref name="kind"/>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="kind"/> is null.</exception>
    public IReadOnlyList<AdministrativeUnit> UnitsOfKind(UnitKind kind)
    {
        Guard.Against.Null(kind);
        var result = new List<AdministrativeUnit>();
        foreach (var unit in units)
        {
            if (unit.Kind == kind)
            {
                result.Add(unit);
            }
        }

        return result.AsReadOnly();
    }

    /// <summary>Gets the units whose kind belongs to a tier, in ordinal order.</summary>
    /// <param name="tier">The tier.</param>
    /// <returns>The units of <paramref name="tier"/>.</returns>
    public IReadOnlyList<AdministrativeUnit> UnitsOfTier(UnitTier tier)
    {
        var result = new List<AdministrativeUnit>();
        foreach (var unit in units)
        {
            if (unit.Kind.Tier == tier)
            {
                result.Add(unit);
            }
        }

        return result.AsReadOnly();
    }

    private int CheckOrdinal(int ordinal)
    {
        if ((uint)ordinal >= (uint)units.Length)
        {
            throw new ArgumentOutOfRangeException(nameof(ordinal), ordinal, $"The ordinal should be in [0, {units.Length}).");
        }

        return ordinal;
    }
}
