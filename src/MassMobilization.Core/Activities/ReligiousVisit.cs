using System;
using System.Collections.Generic;
using System.Globalization;
using Ardalis.GuardClauses;
using MassMobilization.Core.Organization;
using NodaTime;

namespace MassMobilization.Core.Activities;

/// <summary>Visits to religious organisations and dignitaries on a holiday (docs/activities.md "Ethnic and religious outreach"): counts, no numeric rule.</summary>
public sealed class ReligiousVisit : IActivityRecord
{
    private readonly ActivityQuantity[] quantities;
    private IReadOnlyList<ActivityQuantity>? quantitiesView;

    /// <summary>Initializes a record of visits.</summary>
    /// <param name="id">The record's id.</param>
    /// <param name="unit">The unit it is kept against.</param>
    /// <param name="date">The date.</param>
    /// <param name="occasion">The holiday (Christmas, Vesak, Tết…).</param>
    /// <param name="organisationsVisited">Religious organisations visited; not negative.</param>
    /// <param name="dignitariesVisited">Dignitaries visited; not negative.</param>
    /// <exception cref="ArgumentNullException"><paramref name="occasion"/> is null.</exception>
    /// <exception cref="ArgumentException">The id or unit is the default value, or the occasion is blank.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A count is negative.</exception>
    public ReligiousVisit(ActivityId id, UnitCode unit, LocalDate date, string occasion, int organisationsVisited, int dignitariesVisited)
    {
        Guard.Against.Null(occasion);
        Id = ActivityId.Check(id, nameof(id));
        Preconditions.CheckArgument(!unit.IsDefault, nameof(unit), "The unit must not be the default value.");
        Guard.Against.NullOrWhiteSpace(occasion);
        ArgumentOutOfRangeException.ThrowIfNegative(organisationsVisited);
        ArgumentOutOfRangeException.ThrowIfNegative(dignitariesVisited);
        Unit = unit;
        Date = date;
        Occasion = occasion;
        OrganisationsVisited = organisationsVisited;
        DignitariesVisited = dignitariesVisited;
        quantities = [new(ActivityMeasures.Count, 1), new(ActivityMeasures.OrganisationsVisited, organisationsVisited), new(ActivityMeasures.DignitariesVisited, dignitariesVisited)];
    }

    /// <inheritdoc />
    public ActivityId Id { get; }

    /// <inheritdoc />
    public UnitCode Unit { get; }

    /// <inheritdoc />
    public LocalDate Date { get; }

    /// <summary>Gets the holiday.</summary>
    public string Occasion { get; }

    /// <summary>Gets the religious organisations visited.</summary>
    public int OrganisationsVisited { get; }

    /// <summary>Gets the dignitaries visited.</summary>
    public int DignitariesVisited { get; }

    /// <inheritdoc />
    public IReadOnlyList<ActivityQuantity> Quantities => quantitiesView ??= ReadOnlyView.Of(quantities);

    /// <summary>Returns "id: occasion visits".</summary>
    /// <returns>The readable form.</returns>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Id}: {Occasion}, {OrganisationsVisited} organisations, {DignitariesVisited} dignitaries");
}
