using System;
using System.Collections.Generic;
using System.Collections.ObjectModel;
using NodaTime;

namespace MassMobilization.Core.Organization;

/// <summary>The figures of one unit of origin that arrived at a unit of the target structure, with the route they took.</summary>
public sealed class RebasedFigure
{
    internal RebasedFigure(UnitCode unit, UnitCode origin, string route, long[] values)
    {
        Unit = unit;
        Origin = origin;
        Route = route;
        Values = Array.AsReadOnly(values);
    }

    /// <summary>Gets the unit in force on the target date.</summary>
    public UnitCode Unit { get; }

    /// <summary>Gets the unit in force on the source date that the figures were recorded against.</summary>
    public UnitCode Origin { get; }

    /// <summary>Gets the successions followed, for example <c>00643 → 00646 (split × 0.6, 2025-07-01)</c>.</summary>
    public string Route { get; }

    /// <summary>Gets the part of each column that arrived.</summary>
    public ReadOnlyCollection<long> Values { get; }
}

/// <summary>Figures of one unit of origin that could not be carried to the target structure, reported instead of being lost.</summary>
public sealed class UnallocatedFigure
{
    internal UnallocatedFigure(UnitCode origin, UnitCode unit, LocalDate date, UnallocatedReason reason, string route, long[] values)
    {
        Origin = origin;
        Unit = unit;
        Date = date;
        Reason = reason;
        Route = route;
        Values = Array.AsReadOnly(values);
    }

    /// <summary>Gets the unit in force on the source date that the figures were recorded against.</summary>
    public UnitCode Origin { get; }

    /// <summary>Gets the last unit that held the figures (the origin itself, or a successor of it).</summary>
    public UnitCode Unit { get; }

    /// <summary>Gets the first day on which <see cref="Unit"/> had no successor to take the figures.</summary>
    public LocalDate Date { get; }

    /// <summary>Gets why the figures could not be carried.</summary>
    public UnallocatedReason Reason { get; }

    /// <summary>Gets the successions followed before the figures stopped.</summary>
    public string Route { get; }

    /// <summary>Gets the figure of each column that could not be carried.</summary>
    public ReadOnlyCollection<long> Values { get; }
}

/// <summary>
/// Several figures per unit re-expressed from the units of one date onto the units of a later date
/// (<see cref="OrganizationChart.Rebase(IReadOnlyList{UnitCode}, int, ReadOnlySpan{long}, LocalDate, LocalDate)"/>):
/// the one rebase algorithm of the chart, applied to every column. For every column, the values of
/// <see cref="Carried"/> and <see cref="Unallocated"/> add up exactly to the input.
/// </summary>
/// <remarks>Immutable.</remarks>
public sealed class RebasedFigures
{
    internal RebasedFigures(LocalDate from, LocalDate to, int columns, RebasedFigure[] carried, UnallocatedFigure[] unallocated)
    {
        From = from;
        To = to;
        Columns = columns;
        Carried = Array.AsReadOnly(carried);
        Unallocated = Array.AsReadOnly(unallocated);
    }

    /// <summary>Gets the date the figures were recorded against.</summary>
    public LocalDate From { get; }

    /// <summary>Gets the date whose structure the figures are expressed against.</summary>
    public LocalDate To { get; }

    /// <summary>Gets the number of figures per unit.</summary>
    public int Columns { get; }

    /// <summary>Gets the figures carried onto units in force on <see cref="To"/>, by unit code then origin code.</summary>
    public ReadOnlyCollection<RebasedFigure> Carried { get; }

    /// <summary>Gets the figures that could not be carried, by date, then last unit, then origin.</summary>
    public ReadOnlyCollection<UnallocatedFigure> Unallocated { get; }
}
