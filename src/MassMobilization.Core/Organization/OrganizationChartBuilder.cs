using System;
using System.Collections.Generic;
using Ardalis.GuardClauses;

namespace MassMobilization.Core.Organization;

/// <summary>
/// Collects unit versions, bodies and successions, then builds an immutable, fully validated
/// <see cref="OrganizationChart"/>. The builder may be reused: <see cref="Build"/> never changes it.
/// </summary>
[Mutable]
public sealed class OrganizationChartBuilder
{
    private readonly List<AdministrativeUnit> units = new();
    private readonly List<Committee> committees = new();
    private readonly List<Succession<UnitCode>> unitSuccessions = new();
    private readonly List<Succession<CommitteeId>> committeeSuccessions = new();

    /// <summary>Gets the number of unit versions added so far.</summary>
    public int UnitCount => units.Count;

    /// <summary>Adds a unit version.</summary>
    /// <param name="unit">The unit version.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="unit"/> is null.</exception>
    public OrganizationChartBuilder AddUnit(AdministrativeUnit unit)
    {
        Guard.Against.Null(unit);
        units.Add(unit);
        return this;
    }

    /// <summary>Adds several unit versions.</summary>
    /// <param name="versions">The unit versions.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="versions"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="versions"/> holds null (nothing is added).</exception>
    public OrganizationChartBuilder AddUnits(IEnumerable<AdministrativeUnit> versions)
    {
        units.AddRange(Preconditions.CheckNotNullElements(versions, nameof(versions)));
        return this;
    }

    /// <summary>Adds a body version.</summary>
    /// <param name="committee">The body version.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="committee"/> is null.</exception>
    public OrganizationChartBuilder AddCommittee(Committee committee)
    {
        Guard.Against.Null(committee);
        committees.Add(committee);
        return this;
    }

    /// <summary>Adds a succession between units.</summary>
    /// <param name="succession">The succession.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="succession"/> is null.</exception>
    public OrganizationChartBuilder AddSuccession(Succession<UnitCode> succession)
    {
        Guard.Against.Null(succession);
        unitSuccessions.Add(succession);
        return this;
    }

    /// <summary>Adds a succession between bodies.</summary>
    /// <param name="succession">The succession.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="succession"/> is null.</exception>
    public OrganizationChartBuilder AddSuccession(Succession<CommitteeId> succession)
    {
        Guard.Against.Null(succession);
        committeeSuccessions.Add(succession);
        return this;
    }

    /// <summary>Validates everything added and builds the chart.</summary>
    /// <returns>The chart.</returns>
    /// <exception cref="DomainRuleException">
    /// A rule of <see cref="OrganizationRuleCodes"/> is broken: duplicate or overlapping versions, an unknown
    /// parent or one not in force over the child's whole validity, a cycle, a body whose unit is not in
    /// force, or a succession naming unknown units, pointing backwards, not in force on its date, or
    /// giving a predecessor two successors. The message names the units and dates.
    /// </exception>
    public OrganizationChart Build() => OrganizationChart.Create(units.ToArray(), committees.ToArray(), unitSuccessions.ToArray(), committeeSuccessions.ToArray());
}
