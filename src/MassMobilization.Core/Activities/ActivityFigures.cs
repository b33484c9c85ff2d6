using System;
using System.Collections.Generic;
using System.Runtime.CompilerServices;
using MassMobilization.Core.Organization;
using NodaTime;

namespace MassMobilization.Core.Activities;

/// <summary>
/// What each record counts towards, read once (docs/activities.md, "How activities roll up"): the kind of
/// figure set it feeds (<see cref="FigureKind"/>) and up to three figures in a fixed order, from the
/// built-in record types' own fields (the values their <see cref="IActivityRecord.Quantities"/> are made
/// from). The direct activity roll-up and <see cref="ActivityLedger"/> both read records through this
/// class; which indicator slot each figure feeds is resolved per layout by the roll-up.
/// </summary>
internal static class ActivityFigures
{
    /// <summary>The number of figure kinds.</summary>
    internal const int KindCount = 18;

    /// <summary>Reads a record: its kind, date, unit and figures (unused figures are zero).</summary>
    /// <param name="activity">The record; not null.</param>
    /// <param name="date">The record's date.</param>
    /// <param name="unit">The unit it is kept against.</param>
    /// <param name="first">The first figure.</param>
    /// <param name="second">The second figure.</param>
    /// <param name="third">The third figure.</param>
    /// <returns>The kind.</returns>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static FigureKind Read(IActivityRecord activity, out LocalDate date, out UnitCode unit, out long first, out long second, out long third)
    {
        switch (activity)
        {
            case Dialogue dialogue:
                (date, unit, first, second, third) = (dialogue.Date, dialogue.Unit, 1, 0, 0);
                return FigureKind.Dialogue;
            case CitizenReception reception:
                (date, unit, first, second, third) = (reception.Date, reception.Head.Unit, 1, reception.CitizensReceived, reception.CitizensAsked);
                return FigureKind.Reception;
            case SupportDelivery delivery:
                (date, unit, first, second, third) = (delivery.Date, delivery.Unit, delivery.Quantity, delivery.Value.Dong, 0);
                return SupportKindOf(delivery.Kind);
            case SupervisionSession session:
                (date, unit, first, second, third) = (session.Date, session.Unit, 1, session.RecommendationCount, 0);
                return FigureKind.Supervision;
            default:
                return ReadOther(activity, out date, out unit, out first, out second, out third);
        }
    }

    /// <summary>Gets the number of indicator records the readable path (<c>ActivityIndicators.Records</c>) makes for a record of a kind.</summary>
    /// <param name="kind">The kind.</param>
    /// <returns>1 or 2 (a ratio is one record filling two cells).</returns>
    internal static int RecordsOf(FigureKind kind) => kind switch
    {
        FigureKind.Reception or FigureKind.Gift or FigureKind.Scholarship or FigureKind.House or FigureKind.OtherSupport
            or FigureKind.Supervision or FigureKind.SocialCriticism or FigureKind.CoreTeam or FigureKind.ReligiousVisit => 2,
        _ => 1,
    };

    private static FigureKind SupportKindOf(SupportKind kind) => kind switch
    {
        SupportKind.Gift => FigureKind.Gift,
        SupportKind.Scholarship => FigureKind.Scholarship,
        SupportKind.HouseBuilt or SupportKind.HouseRepaired => FigureKind.House,
        _ => FigureKind.OtherSupport,
    };

    private static FigureKind ReadOther(IActivityRecord activity, out LocalDate date, out UnitCode unit, out long first, out long second, out long third)
    {
        (second, third) = (0, 0);
        switch (activity)
        {
            case SocialCriticism criticism:
                (date, unit, first, second) = (criticism.Date, criticism.Unit, 1, criticism.RecommendationCount);
                return FigureKind.SocialCriticism;
            case Recommendation recommendation:
                (date, unit, first) = (recommendation.Date, recommendation.Unit, 1);
                return FigureKind.Recommendation;
            case PoliticalCoreTeam team:
                (date, unit, first, second) = (team.Date, team.Unit, 1, team.MemberCount);
                return FigureKind.CoreTeam;
            case ReligiousVisit visit:
                (date, unit, first, second) = (visit.Date, visit.Unit, 1, visit.OrganisationsVisited);
                return FigureKind.ReligiousVisit;
            case TwinningAgreement twinning:
                (date, unit, first) = (twinning.Date, twinning.Unit, 1);
                return FigureKind.Twinning;
            case PrestigeSelection selection:
                (date, unit, first) = (selection.Date, selection.Unit, 1);
                return FigureKind.Prestige;
            case CommunityVote vote:
                (date, unit, first) = (vote.Date, vote.Unit, 1);
                return FigureKind.CommunityVote;
            case PeoplesInspectionBoard board:
                (date, unit, first) = (board.Date, board.Unit, 1);
                return FigureKind.InspectionBoard;
            case CommunityInvestmentSupervisionBoard board:
                (date, unit, first) = (board.Date, board.Unit, 1);
                return FigureKind.InvestmentBoard;
            case DisclosureItem item:
                (date, unit, first) = (item.Date, item.Unit, 1);
                return FigureKind.Disclosure;
            default:
                // A record type outside this library: its "count" quantity, zero when it has none (the readable path's rule).
                (date, unit, first) = (activity.Date, activity.Unit, CountOf(activity.Quantities));
                return FigureKind.Other;
        }
    }

    private static long CountOf(IReadOnlyList<ActivityQuantity> quantities)
    {
        for (int i = 0; i < quantities.Count; i++)
        {
            if (string.Equals(quantities[i].Measure, ActivityMeasures.Count, StringComparison.Ordinal))
            {
                return quantities[i].Amount;
            }
        }

        return 0;
    }
}
