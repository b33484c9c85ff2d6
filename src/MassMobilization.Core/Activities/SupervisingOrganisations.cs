using System;
using System.Collections.Generic;
using Ardalis.GuardClauses;
using MassMobilization.Core.Organization;

namespace MassMobilization.Core.Activities;

/// <summary>The organisers allowed to supervise and criticise (docs/activities.md "Supervision and social criticism").</summary>
public static class SupervisingOrganisations
{
    private static readonly CommitteeKind[] Kinds =
    [
        CommitteeKind.FatherlandFront, CommitteeKind.FarmersAssociation, CommitteeKind.WomensUnion,
        CommitteeKind.YouthUnion, CommitteeKind.VeteransAssociation, CommitteeKind.TradeUnion,
    ];

    /// <summary>Gets the Fatherland Front and the five socio-political organisations (Farmers' Union, Women's Union, Youth Union, Veterans' Association, Trade Union).</summary>
    public static IReadOnlyList<CommitteeKind> All { get; } = ReadOnlyView.Of(Kinds);

    /// <summary>Checks whether a kind of body may organise supervision and social criticism (Regulation 217-QĐ/TW; Law 75/2015/QH13).</summary>
    /// <param name="kind">The kind of body.</param>
    /// <returns><see langword="true"/> for the Front and the socio-political organisations.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="kind"/> is null.</exception>
    public static bool IsAllowed(CommitteeKind kind)
    {
        Guard.Against.Null(kind);
        return Array.IndexOf(Kinds, kind) >= 0;
    }

    internal static CommitteeKind Check(CommitteeKind organiser, string paramName)
    {
        Guard.Against.Null(organiser, paramName);
        Guard.Against.RuleViolation(
            IsAllowed(organiser),
            ActivityRuleCodes.OrganiserNotEligible,
            $"{organiser.EnglishName} is neither the Fatherland Front nor a socio-political organisation (Regulation 217-QĐ/TW).");
        return organiser;
    }
}
