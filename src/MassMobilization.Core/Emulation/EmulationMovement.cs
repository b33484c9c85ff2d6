using System;
using System.Collections.Generic;
using System.Globalization;
using Ardalis.GuardClauses;
using MassMobilization.Core.Documents;
using MassMobilization.Core.Organization;
using NodaTime;

namespace MassMobilization.Core.Emulation;

/// <summary>
/// An emulation movement (phong trào thi đua), for example "Dân vận khéo" 2021–2025: its name, the
/// document that launched it, the launching body, its period, whether it is thematic or regular, and
/// the participating units. Immutable.
/// </summary>
public sealed class EmulationMovement
{
    private readonly UnitCode[] participatingUnits;
    private IReadOnlyList<UnitCode>? participatingUnitsView;

    /// <summary>Creates a movement.</summary>
    /// <param name="name">The movement's name, for example "Dân vận khéo".</param>
    /// <param name="launchingDocument">The document that launched it, for example <c>3406/QĐ-UBND</c>.</param>
    /// <param name="launchingBody">The name of the launching body, for example "Ủy ban nhân dân thành phố Hà Nội".</param>
    /// <param name="authority">The kind of launching body.</param>
    /// <param name="period">The period it runs, both ends included.</param>
    /// <param name="kind">Thematic or regular.</param>
    /// <param name="participatingUnits">The participating units; duplicates are removed and the list is kept in ordinal order.</param>
    /// <exception cref="ArgumentNullException">A reference argument is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="name"/> or <paramref name="launchingBody"/> is blank, <paramref name="launchingDocument"/> or a unit code is the default value, or an enum value is undefined.</exception>
    public EmulationMovement(
        string name,
        DocumentNumber launchingDocument,
        string launchingBody,
        LaunchingAuthority authority,
        DateInterval period,
        MovementKind kind,
        IEnumerable<UnitCode> participatingUnits)
    {
        Guard.Against.Null(name);
        Guard.Against.Null(launchingBody);
        Guard.Against.Null(period);
        Guard.Against.Null(participatingUnits);
        Guard.Against.NullOrWhiteSpace(name);
        Guard.Against.NullOrWhiteSpace(launchingBody);
        Preconditions.CheckArgument(launchingDocument.Form != 0, nameof(launchingDocument), "The launching document number is the default value.");
        Preconditions.CheckArgument(Enum.IsDefined(authority), nameof(authority), $"Unknown launching authority {authority}.");
        Preconditions.CheckArgument(Enum.IsDefined(kind), nameof(kind), $"Unknown movement kind {kind}.");
        var units = new SortedSet<UnitCode>();
        foreach (var unit in participatingUnits)
        {
            Preconditions.CheckArgument(!unit.IsDefault, nameof(participatingUnits), "A participating unit code is the default value.");
            units.Add(unit);
        }

        Name = name;
        LaunchingDocument = launchingDocument;
        LaunchingBody = launchingBody;
        Authority = authority;
        Period = period;
        Kind = kind;
        this.participatingUnits = new UnitCode[units.Count];
        units.CopyTo(this.participatingUnits);
    }

    /// <summary>Gets the movement's name.</summary>
    public string Name { get; }

    /// <summary>Gets the number of the document that launched the movement.</summary>
    public DocumentNumber LaunchingDocument { get; }

    /// <summary>Gets the name of the launching body.</summary>
    public string LaunchingBody { get; }

    /// <summary>Gets the kind of launching body.</summary>
    public LaunchingAuthority Authority { get; }

    /// <summary>Gets the period the movement runs, both ends included.</summary>
    public DateInterval Period { get; }

    /// <summary>Gets whether the movement is thematic or regular.</summary>
    public MovementKind Kind { get; }

    /// <summary>Gets the participating units in ordinal order.</summary>
    public IReadOnlyList<UnitCode> ParticipatingUnits => participatingUnitsView ??= ReadOnlyView.Of(participatingUnits);

    /// <summary>
    /// Gets the movement's length in whole years: the number of complete years from the first day to
    /// the day after the last (2021-01-01 to 2025-12-31 is 5 years; 2021-03-01 to 2024-02-27 is 2).
    /// </summary>
    public int LengthInWholeYears => NodaTime.Period.Between(Period.Start, Period.End.PlusDays(1), PeriodUnits.Years).Years;

    /// <summary>Returns whether a unit takes part in the movement.</summary>
    /// <param name="unit">The unit's code.</param>
    /// <returns><see langword="true"/> when the unit is listed as participating.</returns>
    public bool Includes(UnitCode unit) => Array.BinarySearch(participatingUnits, unit) >= 0;

    /// <summary>Works out which emulation flags the movement's leader may receive because of its length and launcher, with reasons.</summary>
    /// <param name="policy">The minimum lengths; <see cref="MovementFlagPolicy.Law06of2022"/> when null.</param>
    /// <returns>The facts.</returns>
    public MovementFlagFacts FlagFacts(MovementFlagPolicy? policy = null)
    {
        policy ??= MovementFlagPolicy.Law06of2022;
        int years = LengthInWholeYears;
        var inv = CultureInfo.InvariantCulture;
        const string Art26 = "Law 06/2022/QH15 art. 26";
        const string Art25 = "Law 06/2022/QH15 art. 25";
        bool thematic = Kind == MovementKind.Thematic;

        bool provincial = thematic && years >= policy.ProvincialFlagMinimumYears;
        string provincialReason = !thematic
            ? $"a regular movement: its leader earns a flag through the yearly cluster comparison, not by the campaign's length ({Art26})"
            : provincial
                ? string.Format(inv, "thematic campaign of {0} whole years ≥ {1} ({2})", years, policy.ProvincialFlagMinimumYears, Art26)
                : string.Format(inv, "thematic campaign of {0} whole years < {1} ({2})", years, policy.ProvincialFlagMinimumYears, Art26);

        bool byPrimeMinister = Authority == LaunchingAuthority.PrimeMinister;
        bool government = thematic && byPrimeMinister && years >= policy.GovernmentFlagMinimumYears;
        string governmentReason = !thematic
            ? $"a regular movement, not a thematic campaign ({Art25})"
            : !byPrimeMinister
                ? string.Format(inv, "launched by {0}, not the Prime Minister ({1})", LaunchingBody, Art25)
                : government
                    ? string.Format(inv, "thematic campaign of the Prime Minister of {0} whole years ≥ {1} ({2})", years, policy.GovernmentFlagMinimumYears, Art25)
                    : string.Format(inv, "thematic campaign of the Prime Minister of {0} whole years < {1} ({2})", years, policy.GovernmentFlagMinimumYears, Art25);

        return new MovementFlagFacts(years, provincial, provincialReason, government, governmentReason);
    }

    /// <summary>Returns the movement's name and period.</summary>
    /// <returns>For example "Dân vận khéo (2021-01-01..2025-12-31)".</returns>
    public override string ToString() =>
        string.Format(CultureInfo.InvariantCulture, "{0} ({1:uuuu-MM-dd}..{2:uuuu-MM-dd})", Name, Period.Start, Period.End);
}
