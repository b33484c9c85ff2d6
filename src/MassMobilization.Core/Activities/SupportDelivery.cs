using System;
using System.Collections.Generic;
using System.Globalization;
using Ardalis.GuardClauses;
using MassMobilization.Core.Organization;
using MassMobilization.Core.Quantities;
using NodaTime;

namespace MassMobilization.Core.Activities;

/// <summary>What was delivered (docs/activities.md "Social support").</summary>
/// <remarks>The default value is <see cref="Gift"/>.</remarks>
public enum SupportKind
{
    /// <summary>Gifts (suất quà).</summary>
    Gift = 0,

    /// <summary>Scholarships (học bổng).</summary>
    Scholarship = 1,

    /// <summary>Houses built (nhà xây mới), for example "great solidarity" houses.</summary>
    HouseBuilt = 2,

    /// <summary>Houses repaired (nhà sửa chữa).</summary>
    HouseRepaired = 3,

    /// <summary>Other support, described in the delivery.</summary>
    Other = 4,
}

/// <summary>Who the support went to (docs/activities.md "Social support").</summary>
/// <remarks>The default value is <see cref="PoorHousehold"/>.</remarks>
public enum BeneficiaryGroup
{
    /// <summary>Poor households (hộ nghèo).</summary>
    PoorHousehold = 0,

    /// <summary>Near-poor households (hộ cận nghèo).</summary>
    NearPoorHousehold = 1,

    /// <summary>Families of people with meritorious services and other policy families (gia đình chính sách).</summary>
    PolicyFamily = 2,

    /// <summary>Members of the organisation in difficulty (hội viên, đoàn viên có hoàn cảnh khó khăn).</summary>
    MembersInDifficulty = 3,

    /// <summary>Pupils and students in difficulty.</summary>
    StudentsInDifficulty = 4,

    /// <summary>People affected by natural disasters.</summary>
    DisasterAffected = 5,

    /// <summary>Others, described in the delivery.</summary>
    Other = 6,
}

/// <summary>Where the money came from (docs/activities.md "Social support").</summary>
/// <remarks>The default value is <see cref="StateBudget"/>.</remarks>
public enum FundingSource
{
    /// <summary>The State budget.</summary>
    StateBudget = 0,

    /// <summary>The "For the poor" fund and other funds of the Fatherland Front (Quỹ Vì người nghèo).</summary>
    FatherlandFrontFund = 1,

    /// <summary>Donations mobilised from businesses and people (xã hội hóa).</summary>
    SocialMobilization = 2,

    /// <summary>The organisation's own funds.</summary>
    OrganisationFunds = 3,

    /// <summary>Several sources, or another source named in the description.</summary>
    Mixed = 4,
}

/// <summary>
/// One delivery of social support (docs/activities.md "Social support"): gifts, scholarships, houses
/// built or repaired or other support, with the beneficiary group, the quantity, the value in whole đồng
/// and the source of funds.
/// </summary>
public sealed class SupportDelivery : IActivityRecord
{
    private readonly ActivityQuantity[] quantities;
    private IReadOnlyList<ActivityQuantity>? quantitiesView;

    /// <summary>Initializes a delivery.</summary>
    /// <param name="id">The record's id.</param>
    /// <param name="unit">The unit it is kept against.</param>
    /// <param name="date">The delivery date.</param>
    /// <param name="kind">What was delivered.</param>
    /// <param name="beneficiaries">Who it went to.</param>
    /// <param name="quantity">How many (gifts, scholarships, houses…); positive.</param>
    /// <param name="value">The total value; not negative.</param>
    /// <param name="source">Where the money came from.</param>
    /// <param name="description">What it was, in the application's words.</param>
    /// <exception cref="ArgumentNullException"><paramref name="description"/> is null.</exception>
    /// <exception cref="ArgumentException">The id or unit is the default value, or the description is blank.</exception>
    /// <exception cref="ArgumentOutOfRangeException">An enum is not defined, the quantity is not positive or the value is negative.</exception>
    public SupportDelivery(ActivityId id, UnitCode unit, LocalDate date, SupportKind kind, BeneficiaryGroup beneficiaries, long quantity, VndAmount value, FundingSource source, string description)
    {
        Guard.Against.Null(description);
        Id = ActivityId.Check(id, nameof(id));
        Preconditions.CheckArgument(!unit.IsDefault, nameof(unit), "The unit must not be the default value.");
        Kind = Checks.Defined(kind, nameof(kind));
        Beneficiaries = Checks.Defined(beneficiaries, nameof(beneficiaries));
        Source = Checks.Defined(source, nameof(source));
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(quantity);
        if (value.Dong < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(value), value, "The value must not be negative.");
        }

        Guard.Against.NullOrWhiteSpace(description);
        Unit = unit;
        Date = date;
        Quantity = quantity;
        Value = value;
        Description = description;
        quantities = [new(ActivityMeasures.Count, 1), new(ActivityMeasures.UnitsDelivered, quantity), new(ActivityMeasures.ValueDong, value.Dong)];
    }

    /// <inheritdoc />
    public ActivityId Id { get; }

    /// <inheritdoc />
    public UnitCode Unit { get; }

    /// <inheritdoc />
    public LocalDate Date { get; }

    /// <summary>Gets what was delivered.</summary>
    public SupportKind Kind { get; }

    /// <summary>Gets who it went to.</summary>
    public BeneficiaryGroup Beneficiaries { get; }

    /// <summary>Gets how many.</summary>
    public long Quantity { get; }

    /// <summary>Gets the total value.</summary>
    public VndAmount Value { get; }

    /// <summary>Gets where the money came from.</summary>
    public FundingSource Source { get; }

    /// <summary>Gets the description.</summary>
    public string Description { get; }

    /// <inheritdoc />
    public IReadOnlyList<ActivityQuantity> Quantities => quantitiesView ??= ReadOnlyView.Of(quantities);

    /// <summary>Returns "id: quantity kind for beneficiaries, value".</summary>
    /// <returns>The readable form.</returns>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Id}: {Quantity} {Kind} for {Beneficiaries}, {Value}");
}
