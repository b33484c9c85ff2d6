using System;
using System.Collections.Generic;
using Ardalis.GuardClauses;
using MassMobilization.Core.Organization;
using NodaTime;

namespace MassMobilization.Core.Activities;

/// <summary>
/// A dated twinning agreement between an agency and an ethnic-minority village (kết nghĩa; a provincial
/// practice; docs/activities.md "Ethnic and religious outreach").
/// </summary>
public sealed class TwinningAgreement : IActivityRecord
{
    private static readonly IReadOnlyList<ActivityQuantity> OneCount = ReadOnlyView.Of(new ActivityQuantity[] { new(ActivityMeasures.Count, 1) });

    /// <summary>Initializes an agreement.</summary>
    /// <param name="id">The record's id.</param>
    /// <param name="agency">The agency.</param>
    /// <param name="village">The village.</param>
    /// <param name="signedOn">The signing date.</param>
    /// <param name="period">When the agreement runs; it does not end before it is signed.</param>
    /// <exception cref="ArgumentNullException"><paramref name="agency"/> is null.</exception>
    /// <exception cref="ArgumentException">The id or village is the default value, the agency is blank, or the period ends before the signing.</exception>
    public TwinningAgreement(ActivityId id, string agency, UnitCode village, LocalDate signedOn, ValidityPeriod period)
    {
        Guard.Against.Null(agency);
        Id = ActivityId.Check(id, nameof(id));
        Guard.Against.NullOrWhiteSpace(agency);
        Preconditions.CheckArgument(!village.IsDefault, nameof(village), "The village must not be the default value.");
        Preconditions.CheckArgument(period.End is null || period.End.Value >= signedOn, nameof(period), "The agreement ends before it is signed.");
        Agency = agency;
        Unit = village;
        Date = signedOn;
        Period = period;
    }

    /// <inheritdoc />
    public ActivityId Id { get; }

    /// <summary>Gets the agency.</summary>
    public string Agency { get; }

    /// <summary>Gets the village (the unit the record is kept against).</summary>
    public UnitCode Unit { get; }

    /// <summary>Gets the signing date.</summary>
    public LocalDate Date { get; }

    /// <summary>Gets when the agreement runs.</summary>
    public ValidityPeriod Period { get; }

    /// <inheritdoc />
    public IReadOnlyList<ActivityQuantity> Quantities => OneCount;

    /// <summary>Checks whether the agreement runs on a date.</summary>
    /// <param name="date">The date.</param>
    /// <returns><see langword="true"/> when it runs.</returns>
    public bool IsInForceOn(LocalDate date) => Period.Contains(date);

    /// <summary>Returns "id: agency twinned with village".</summary>
    /// <returns>The readable form.</returns>
    public override string ToString() => $"{Id}: {Agency} twinned with {Unit} ({Checks.Iso(Date)})";
}
