using System;
using System.Diagnostics.CodeAnalysis;
using System.Runtime.CompilerServices;
using MassMobilization.Core.Organization;

namespace MassMobilization.Core.Aggregation;

/// <summary>
/// Thrown by <see cref="RollUpKernel"/> and <see cref="RecordColumns"/> when a cell's sum or record count
/// leaves the range of <see cref="long"/>: it carries the cell (unit ordinal × slot count + slot) so that
/// the public entry point, which knows the unit codes and slot codes, can name them in a
/// <see cref="DomainRuleException"/> with rule <c>AGG-SUM-OVERFLOW</c> (<see cref="Translate"/>).
/// Never escapes the library.
/// </summary>
internal sealed class CellOverflowException : OverflowException
{
    internal CellOverflowException(long cell, int subunit)
        : base("A sum does not fit in 64 bits.")
    {
        Cell = cell;
        Subunit = subunit;
    }

    /// <summary>Gets the cell whose sum overflowed, or -1 when it is not known.</summary>
    internal long Cell { get; }

    /// <summary>Gets the ordinal of the subunit being added into the cell's unit (propagation), or -1.</summary>
    internal int Subunit { get; }

    /// <summary>Adds two cell values, throwing this exception for <paramref name="cell"/> when the sum leaves the range of <see cref="long"/>.</summary>
    /// <remarks>Inlined into the kernels' loops; the throw is kept out of line so that it costs nothing until it happens.</remarks>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static long Add(long a, long b, long cell, int subunit = -1)
    {
        long sum = unchecked(a + b);
        if (((a ^ sum) & (b ^ sum)) < 0)
        {
            Throw(cell, subunit);
        }

        return sum;
    }

    [DoesNotReturn]
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static void Throw(long cell, int subunit) => throw new CellOverflowException(cell, subunit);

    /// <summary>The rule exception for an overflow at one unit and slot.</summary>
    internal static DomainRuleException At(UnitCode unit, string slotCode, string operation, Exception? inner) =>
        new(AggregationRuleCodes.SumOverflow, $"The sum or record count of slot {slotCode} at unit {unit} does not fit in 64 bits ({operation}).", inner);

    /// <summary>Names the unit and slot of the cell, by the shape and layout the cells were laid out with.</summary>
    internal DomainRuleException Translate(RollUpShape shape, IndicatorLayout layout, string operation)
    {
        int slotCount = layout.SlotCount;
        if (Cell < 0 || Cell >= (long)shape.Count * slotCount)
        {
            return new DomainRuleException(AggregationRuleCodes.SumOverflow, $"A sum or record count does not fit in 64 bits ({operation}).", this);
        }

        var unit = shape.CodeAt((int)(Cell / slotCount));
        string slot = layout.SlotCodes[(int)(Cell % slotCount)];
        string what = Subunit >= 0 && Subunit < shape.Count ? $"{operation}, adding subunit {shape.CodeAt(Subunit)}" : operation;
        return At(unit, slot, what, this);
    }
}
