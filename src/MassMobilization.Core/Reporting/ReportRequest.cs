using System;
using Ardalis.GuardClauses;
using MassMobilization.Core.Aggregation;
using MassMobilization.Core.Mobilization;
using MassMobilization.Core.Organization;
using NodaTime;

namespace MassMobilization.Core.Reporting;

/// <summary>
/// What a progress report is asked for: the unit reported on, the period, the report date, the chart the
/// units come from and the indicators to report (see <see cref="ReportBuilder"/>).
/// </summary>
/// <remarks>Immutable; <c>With…</c> methods return a changed copy.</remarks>
public sealed class ReportRequest
{
    private ReportRequest(OrganizationChart chart, UnitCode unit, ReportingPeriod period, LocalDate asOf, ReportLayout layout, TypicalSelection? typical)
    {
        Chart = chart;
        Unit = unit;
        Period = period;
        AsOf = asOf;
        Layout = layout;
        Typical = typical;
    }

    /// <summary>Gets the chart with the units and their successions.</summary>
    public OrganizationChart Chart { get; }

    /// <summary>Gets the unit reported on, in force on <see cref="AsOf"/>.</summary>
    public UnitCode Unit { get; }

    /// <summary>Gets the period reported on.</summary>
    public ReportingPeriod Period { get; }

    /// <summary>Gets the report date: the structure the figures are expressed against and the date model states are read at.</summary>
    public LocalDate AsOf { get; }

    /// <summary>Gets the indicators reported.</summary>
    public ReportLayout Layout { get; }

    /// <summary>Gets the typical-model selection of the period, or <see langword="null"/> when none was made.</summary>
    public TypicalSelection? Typical { get; }

    /// <summary>Creates a request with the <see cref="ReportLayouts.Standard"/> layout and no typical selection.</summary>
    /// <param name="chart">The chart.</param>
    /// <param name="unit">The unit reported on.</param>
    /// <param name="period">The period.</param>
    /// <param name="asOf">The report date, on or after the period's start.</param>
    /// <returns>The request.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="chart"/> or <paramref name="period"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="unit"/> is default, or <paramref name="asOf"/> is before the period starts.</exception>
    public static ReportRequest Create(OrganizationChart chart, UnitCode unit, ReportingPeriod period, LocalDate asOf)
    {
        Guard.Against.Null(chart);
        Guard.Against.Null(period);
        Preconditions.CheckArgument(!unit.IsDefault, nameof(unit), "The unit code is the default value.");
        period.CheckReportDate(asOf, nameof(asOf));
        return new ReportRequest(chart, unit, period, asOf, ReportLayouts.Standard, null);
    }

    /// <summary>Returns a copy reporting other indicators.</summary>
    /// <param name="layout">The layout.</param>
    /// <returns>The changed request.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="layout"/> is null.</exception>
    public ReportRequest WithLayout(ReportLayout layout)
    {
        Guard.Against.Null(layout);
        return new ReportRequest(Chart, Unit, Period, AsOf, layout, Typical);
    }

    /// <summary>Returns a copy counting the models named by a typical selection (once decided by the report date).</summary>
    /// <param name="typical">The selection.</param>
    /// <returns>The changed request.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="typical"/> is null.</exception>
    public ReportRequest WithTypical(TypicalSelection typical)
    {
        Guard.Against.Null(typical);
        return new ReportRequest(Chart, Unit, Period, AsOf, Layout, typical);
    }
}
