using System;
using System.Collections.Generic;
using System.Globalization;
using Ardalis.GuardClauses;
using MassMobilization.Core.Organization;
using NodaTime;

namespace MassMobilization.Core.Awards;

/// <summary>
/// A body outside the State's system that gives its own forms of commendation (docs/awards.md, "Commendation by the Party and the mass organisations"): a Party committee or
/// commission, the Fatherland Front or a socio-political organisation, of one kind (<see cref="CommitteeKind"/>) at one
/// level, during a period, with the forms it may give. It is data: the built-in entries are listed in <see cref="Standard"/>,
/// and an application may build its own. The Mass Mobilization Commission's entries end on 2025-02-02 and the merged
/// Propaganda and Mass Mobilization Commission's begin on 2025-02-03, following the committee successions of the chart.
/// </summary>
public sealed class AwardingAuthority
{
    private static readonly LocalDate Merger = new(2025, 2, 3);
    private static readonly LocalDate BeforeMerger = new(2025, 2, 2);
    private static readonly LocalDate DistrictsAbolished = new(2025, 6, 30);
    private readonly AwardKind[] forms;

    /// <summary>Creates an authority.</summary>
    /// <param name="code">A stable code, for example <c>BDV-TINH</c>.</param>
    /// <param name="kind">The kind of body (for example <see cref="CommitteeKind.MassMobilizationCommission"/>).</param>
    /// <param name="level">The level of the body.</param>
    /// <param name="from">The first day it gives these forms, or <see langword="null"/> when always.</param>
    /// <param name="until">The last day, or <see langword="null"/> while in force.</param>
    /// <param name="forms">The forms it may give; at least one, each of level <see cref="AuthorityLevel.PartyOrMassOrganisation"/>.</param>
    /// <param name="source">Where the assignment comes from, as text (say "(unconfirmed)" when it could not be checked).</param>
    /// <exception cref="ArgumentNullException">A reference argument is null.</exception>
    /// <exception cref="ArgumentException">A text is blank, <paramref name="forms"/> is empty, holds null or a State form, or the period ends before it starts.</exception>
    public AwardingAuthority(string code, CommitteeKind kind, AwardingLevel level, LocalDate? from, LocalDate? until, IEnumerable<AwardKind> forms, string source)
    {
        Guard.Against.Null(code);
        Guard.Against.Null(kind);
        Guard.Against.Null(forms);
        Guard.Against.Null(source);
        Guard.Against.NullOrWhiteSpace(code);
        Guard.Against.NullOrWhiteSpace(source);
        Guard.Against.OutOfRange((int)level, nameof(level), 0, 3);
        Preconditions.CheckArgument(from is null || until is null || until.Value >= from.Value, nameof(until), $"Authority '{code}' ends before it starts.");
        this.forms = Preconditions.CheckNotNullElements(forms, nameof(forms));
        Preconditions.CheckArgument(this.forms.Length > 0, nameof(forms), $"Authority '{code}' gives no form.");
        foreach (var form in this.forms)
        {
            bool own = false;
            foreach (var a in form.Authorities)
            {
                own |= a.Level == AuthorityLevel.PartyOrMassOrganisation;
            }

            Preconditions.CheckArgument(own, nameof(forms), $"{form.Code} is a State form; authority '{code}' cannot give it.");
        }

        Code = code;
        Kind = kind;
        Level = level;
        From = from;
        Until = until;
        Source = source;
        Forms = ReadOnlyView.Of(this.forms);
    }

    /// <summary>Gets the built-in authorities (docs/awards.md): mass mobilization commissions (until 2025-02-02), the merged Propaganda and Mass Mobilization Commissions (from 2025-02-03), the Fatherland Front and the socio-political organisations, at each level. Which form each level gives is unconfirmed.</summary>
    public static IReadOnlyList<AwardingAuthority> Standard { get; } = ReadOnlyView.Of(BuildStandard());

    /// <summary>Gets the stable code.</summary>
    public string Code { get; }

    /// <summary>Gets the kind of body.</summary>
    public CommitteeKind Kind { get; }

    /// <summary>Gets the level.</summary>
    public AwardingLevel Level { get; }

    /// <summary>Gets the first day, or <see langword="null"/> when always.</summary>
    public LocalDate? From { get; }

    /// <summary>Gets the last day, or <see langword="null"/> while in force.</summary>
    public LocalDate? Until { get; }

    /// <summary>Gets the forms it may give.</summary>
    public IReadOnlyList<AwardKind> Forms { get; }

    /// <summary>Gets where the assignment comes from.</summary>
    public string Source { get; }

    /// <summary>Returns the level of a body attached to a unit: central for a unit with no parent that is not a province, else the unit's tier.</summary>
    /// <param name="unit">The unit the body is attached to.</param>
    /// <returns>The level; a unit of tier <see cref="UnitTier.Other"/> with no parent is central.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="unit"/> is null.</exception>
    public static AwardingLevel LevelOf(AdministrativeUnit unit)
    {
        Guard.Against.Null(unit);
        return unit.Kind.Tier switch
        {
            UnitTier.Province => AwardingLevel.Province,
            UnitTier.District => AwardingLevel.District,
            UnitTier.Commune => AwardingLevel.Commune,
            _ => AwardingLevel.Central,
        };
    }

    /// <summary>Finds the authority of a kind of body at a level on a date among <paramref name="authorities"/>.</summary>
    /// <param name="authorities">The authorities to look in (for example <see cref="Standard"/>).</param>
    /// <param name="kind">The kind of body.</param>
    /// <param name="level">The level.</param>
    /// <param name="date">The date of the decision.</param>
    /// <returns>The first match, or <see langword="null"/>.</returns>
    /// <exception cref="ArgumentNullException">A reference argument is null.</exception>
    public static AwardingAuthority? Find(IEnumerable<AwardingAuthority> authorities, CommitteeKind kind, AwardingLevel level, LocalDate date)
    {
        Guard.Against.Null(authorities);
        Guard.Against.Null(kind);
        foreach (var a in authorities)
        {
            if (a.Kind.Equals(kind) && a.Level == level && a.AppliesOn(date))
            {
                return a;
            }
        }

        return null;
    }

    /// <summary>Whether the authority exists on a date.</summary>
    /// <param name="date">The date.</param>
    /// <returns><see langword="true"/> within [<see cref="From"/>, <see cref="Until"/>].</returns>
    public bool AppliesOn(LocalDate date) => (From is null || date >= From.Value) && (Until is null || date <= Until.Value);

    /// <summary>Whether the authority may give a form on a date.</summary>
    /// <param name="form">The form.</param>
    /// <param name="date">The date of the decision.</param>
    /// <returns><see langword="true"/> when it exists then and lists the form.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="form"/> is null.</exception>
    public bool MayGive(AwardKind form, LocalDate date)
    {
        Guard.Against.Null(form);
        return AppliesOn(date) && Array.IndexOf(forms, form) >= 0;
    }

    /// <summary>Returns the code, the body and the period.</summary>
    /// <returns>For example "BDV-TINH (Ban Dân vận, Province, to 2025-02-02)".</returns>
    public override string ToString() =>
        Code + " (" + Kind.VietnameseName + ", " + Level.ToString()
        + (From is { } f ? ", from " + f.ToString("uuuu-MM-dd", CultureInfo.InvariantCulture) : string.Empty)
        + (Until is { } u ? ", to " + u.ToString("uuuu-MM-dd", CultureInfo.InvariantCulture) : string.Empty) + ")";

    private static AwardingAuthority[] BuildStandard()
    {
        const string Party = "Rules of the Party on commendation by its commissions (unconfirmed); merger of 2025-02-03";
        const string Front = "Rules of the Vietnam Fatherland Front on commendation (unconfirmed)";
        const string Mass = "Rules of each socio-political organisation on commendation (unconfirmed)";
        var gk = AwardKind.PoliticalCertificateOfCommendation;
        var bk = AwardKind.PoliticalCertificateOfMerit;
        var dvk = AwardKind.SkilledMobilizationCommendation;
        var list = new List<AwardingAuthority>();
        foreach (var (kind, prefix, from, until) in new (CommitteeKind, string, LocalDate?, LocalDate?)[]
        {
            (CommitteeKind.MassMobilizationCommission, "BDV", null, BeforeMerger),
            (CommitteeKind.PropagandaAndMassMobilizationCommission, "BTGDV", Merger, null),
        })
        {
            list.Add(new(prefix + "-TW", kind, AwardingLevel.Central, from, until, [bk, AwardKind.MassMobilizationMedal, dvk], Party));
            list.Add(new(prefix + "-TINH", kind, AwardingLevel.Province, from, until, [gk, bk, dvk], Party));
            list.Add(new(prefix + "-HUYEN", kind, AwardingLevel.District, from, until is null ? DistrictsAbolished : until, [gk, dvk], Party));
            list.Add(new(prefix + "-XA", kind, AwardingLevel.Commune, from, until, [gk, dvk], Party));
        }

        list.Add(new("MTTQ-TW", CommitteeKind.FatherlandFront, AwardingLevel.Central, null, null, [bk, AwardKind.NationalUnityMedal], Front));
        list.Add(new("MTTQ-TINH", CommitteeKind.FatherlandFront, AwardingLevel.Province, null, null, [gk, bk], Front));
        list.Add(new("MTTQ-HUYEN", CommitteeKind.FatherlandFront, AwardingLevel.District, null, DistrictsAbolished, [gk], Front));
        list.Add(new("MTTQ-XA", CommitteeKind.FatherlandFront, AwardingLevel.Commune, null, null, [gk], Front));
        foreach (var kind in new[] { CommitteeKind.WomensUnion, CommitteeKind.FarmersAssociation, CommitteeKind.YouthUnion, CommitteeKind.VeteransAssociation, CommitteeKind.TradeUnion })
        {
            list.Add(new(kind.Code + "-TW", kind, AwardingLevel.Central, null, null, [bk], Mass));
            list.Add(new(kind.Code + "-TINH", kind, AwardingLevel.Province, null, null, [gk, bk], Mass));
            list.Add(new(kind.Code + "-HUYEN", kind, AwardingLevel.District, null, DistrictsAbolished, [gk], Mass));
        }

        return list.ToArray();
    }
}
