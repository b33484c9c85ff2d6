using System;
using System.Collections.Generic;
using Ardalis.GuardClauses;
using MassMobilization.Core.Aggregation;
using MassMobilization.Core.Awards;
using MassMobilization.Core.Organization;
using NodaTime;

namespace MassMobilization.Core.Reporting;

/// <summary>
/// Turns award decisions (docs/awards.md) into indicator records for a report: for each decision signed in the reporting
/// period by the report date, one record per recipient at the recipient's unit (or, when the decision names none, at the
/// deciding body's unit): collectives awarded, individuals awarded and typical models commended. The records are counts of
/// one, so the same roll-up adds them, the <see cref="ReportBuilder"/> rebases them and partials merge them.
/// </summary>
public static class AwardIndicators
{
    /// <summary>Gets "Số mô hình tiêu biểu được khen thưởng" / "Typical models commended" (count).</summary>
    public static Indicator ModelsCommended { get; } = new("AWARDS-MODELS-COMMENDED", "Số mô hình tiêu biểu được khen thưởng", "Typical models commended", IndicatorUnit.Count);

    /// <summary>Returns the indicator a recipient kind counts towards.</summary>
    /// <param name="recipient">A single recipient kind.</param>
    /// <returns>The indicator, or <see langword="null"/> for households (no report line counts them).</returns>
    public static Indicator? IndicatorFor(RecipientKinds recipient) => recipient switch
    {
        RecipientKinds.Collective => StandardIndicators.CollectivesAwarded,
        RecipientKinds.Individual => StandardIndicators.IndividualsAwarded,
        RecipientKinds.Model => ModelsCommended,
        _ => null,
    };

    /// <summary>Returns the records of the decisions signed in a period by a date.</summary>
    /// <param name="decisions">The decisions.</param>
    /// <param name="period">The reporting period; a decision counts when its date lies in it.</param>
    /// <param name="asOf">The report date; later decisions do not count.</param>
    /// <param name="chart">The chart, to place a recipient without a unit at the deciding body's unit.</param>
    /// <returns>The records (the caller's own list), in decision and recipient order.</returns>
    /// <exception cref="ArgumentNullException">A reference argument is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="decisions"/> holds null.</exception>
    /// <exception cref="DomainRuleException">Rule <c>AWD-RECIPIENT-NOT-FOUND</c>: a recipient has no unit and the deciding body is not in the chart on the decision's date.</exception>
    public static IReadOnlyList<IndicatorRecord> Records(IEnumerable<AwardDecision> decisions, ReportingPeriod period, LocalDate asOf, OrganizationChart chart)
    {
        Guard.Against.Null(period);
        Guard.Against.Null(chart);
        var array = Preconditions.CheckNotNullElements(decisions, nameof(decisions));
        var records = new List<IndicatorRecord>();
        foreach (var decision in array)
        {
            if (!period.Contains(decision.Date) || decision.Date > asOf)
            {
                continue;
            }

            UnitCode? bodyUnit = chart.TryGetCommittee(decision.Authority, decision.Date, out var committee) ? committee.Unit : null;
            for (int i = 0; i < decision.Recipients.Count; i++)
            {
                var r = decision.Recipients[i];
                if (IndicatorFor(r.Recipient) is not { } indicator)
                {
                    continue;
                }

                var unit = !r.Unit.IsDefault ? r.Unit : bodyUnit
                    ?? throw new DomainRuleException(AwardRuleCodes.RecipientNotFound, FormattableString.Invariant($"Recipient {i} ('{r.Name}') of decision {decision.Document} has no unit and the body {decision.Authority} is not in the chart on {decision.Date:uuuu-MM-dd}."));
                records.Add(IndicatorRecord.Count(unit, indicator, 1));
            }
        }

        return records;
    }
}
