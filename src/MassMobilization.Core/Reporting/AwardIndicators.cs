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
/// one, so the same roll-up adds them, the <see cref="ReportBuilder"/> rebases them and partials merge them. The breakdown by
/// awarding authority and form (<see cref="For"/>, <see cref="ByAuthority"/>, <see cref="ReportLayouts.WithAwards"/>) is more
/// indicators of the same kind: one count per authority × form × recipient kind.
/// </summary>
public static class AwardIndicators
{
    private static readonly RecipientKinds[] BreakdownKinds = [RecipientKinds.Collective, RecipientKinds.Individual, RecipientKinds.Model];

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

    /// <summary>
    /// Returns the indicator of the awards one authority gives in one form to one kind of recipient, for example
    /// "Ban Dân vận cấp tỉnh — Giấy khen (cơ quan Đảng, Mặt trận, đoàn thể) — tập thể" (code
    /// <c>AWARDS-BDV-TINH-GK-CTXH-COLLECTIVES</c>).
    /// </summary>
    /// <param name="authority">The awarding authority.</param>
    /// <param name="form">The form.</param>
    /// <param name="recipient">Collective, individual or model.</param>
    /// <returns>The indicator (a count); equal for equal arguments.</returns>
    /// <exception cref="ArgumentNullException">A reference argument is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="recipient"/> is not exactly one of collective, individual or model, or the code would be longer than <see cref="Indicator.MaxCodeLength"/>.</exception>
    public static Indicator For(AwardingAuthority authority, AwardKind form, RecipientKinds recipient)
    {
        Guard.Against.Null(authority);
        Guard.Against.Null(form);
        var (suffix, vietnamese, english) = recipient switch
        {
            RecipientKinds.Collective => ("COLLECTIVES", "tập thể", "collectives"),
            RecipientKinds.Individual => ("INDIVIDUALS", "cá nhân", "individuals"),
            RecipientKinds.Model => ("MODELS", "mô hình", "models"),
            _ => throw new ArgumentException("The recipient kind is exactly one of collective, individual or model.", nameof(recipient)),
        };
        string code = "AWARDS-" + authority.Code + "-" + form.Code + "-" + suffix;
        Preconditions.CheckArgument(code.Length <= Indicator.MaxCodeLength, nameof(authority), $"The indicator code '{code}' is longer than {Indicator.MaxCodeLength} characters; shorten the authority's code.");
        return new Indicator(
            code,
            authority.Kind.VietnameseName + " " + VietnameseLevel(authority.Level) + " — " + form.VietnameseName + " — " + vietnamese,
            authority.Kind.EnglishName + " (" + EnglishLevel(authority.Level) + ") — " + form.EnglishName + " — " + english,
            IndicatorUnit.Count);
    }

    /// <summary>Returns the breakdown indicators of authorities: for each authority, each form it may give and each of collective, individual and model the form is given to, in that order.</summary>
    /// <param name="authorities">The authorities (for example <see cref="AwardingAuthority.Standard"/>).</param>
    /// <returns>The indicators (the caller's own list), each once.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="authorities"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="authorities"/> holds null, or a code is too long (see <see cref="For"/>).</exception>
    public static IReadOnlyList<Indicator> ByAuthority(IEnumerable<AwardingAuthority> authorities)
    {
        var array = Preconditions.CheckNotNullElements(authorities, nameof(authorities));
        var result = new List<Indicator>();
        var codes = new HashSet<string>(StringComparer.Ordinal);
        foreach (var authority in array)
        {
            foreach (var form in authority.Forms)
            {
                foreach (var kind in BreakdownKinds)
                {
                    if (form.IsFor(kind) && For(authority, form, kind) is var indicator && codes.Add(indicator.Code))
                    {
                        result.Add(indicator);
                    }
                }
            }
        }

        return result;
    }

    /// <summary>Returns the records of the decisions signed in a period by a date.</summary>
    /// <param name="decisions">The decisions.</param>
    /// <param name="period">The reporting period; a decision counts when its date lies in it.</param>
    /// <param name="asOf">The report date; later decisions do not count.</param>
    /// <param name="chart">The chart, to place a recipient without a unit at the deciding body's unit.</param>
    /// <returns>The records (the caller's own list), in decision and recipient order.</returns>
    /// <exception cref="ArgumentNullException">A reference argument is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="decisions"/> holds null.</exception>
    /// <exception cref="DomainRuleException">Rule <c>AWD-RECIPIENT-NOT-FOUND</c>: a recipient has no unit and the deciding body is not in the chart on the decision's date.</exception>
    public static IReadOnlyList<IndicatorRecord> Records(IEnumerable<AwardDecision> decisions, ReportingPeriod period, LocalDate asOf, OrganizationChart chart) =>
        Records(decisions, period, asOf, chart, byAuthority: false);

    /// <summary>
    /// Returns the records of the decisions signed in a period by a date and, when <paramref name="byAuthority"/> is set,
    /// also one record per recipient of a decision with a resolved <see cref="AwardDecision.Body"/> (made by
    /// <see cref="AwardDecisionValidator"/>) towards its authority × form × recipient kind (<see cref="For"/>); State
    /// decisions have no such body and count only in the totals. The report's layout must hold the breakdown indicators
    /// (<see cref="ReportLayouts.WithAwards"/>, or <see cref="ByAuthority"/> of the authorities in use).
    /// </summary>
    /// <param name="decisions">The decisions.</param>
    /// <param name="period">The reporting period; a decision counts when its date lies in it.</param>
    /// <param name="asOf">The report date; later decisions do not count.</param>
    /// <param name="chart">The chart, to place a recipient without a unit at the deciding body's unit.</param>
    /// <param name="byAuthority">Whether to add the breakdown by authority and form.</param>
    /// <returns>The records (the caller's own list), in decision and recipient order, each recipient's total before its breakdown.</returns>
    /// <exception cref="ArgumentNullException">A reference argument is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="decisions"/> holds null.</exception>
    /// <exception cref="DomainRuleException">Rule <c>AWD-RECIPIENT-NOT-FOUND</c>: a recipient has no unit and the deciding body is not in the chart on the decision's date.</exception>
    public static IReadOnlyList<IndicatorRecord> Records(IEnumerable<AwardDecision> decisions, ReportingPeriod period, LocalDate asOf, OrganizationChart chart, bool byAuthority)
    {
        Guard.Against.Null(period);
        Guard.Against.Null(chart);
        var array = Preconditions.CheckNotNullElements(decisions, nameof(decisions));
        var records = new List<IndicatorRecord>();
        var breakdown = new Dictionary<(AwardingAuthority, AwardKind, RecipientKinds), Indicator>();
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
                if (byAuthority && decision.Body is { } body)
                {
                    var key = (body, r.Award, r.Recipient);
                    if (!breakdown.TryGetValue(key, out var byForm))
                    {
                        byForm = For(body, r.Award, r.Recipient);
                        breakdown.Add(key, byForm);
                    }

                    records.Add(IndicatorRecord.Count(unit, byForm, 1));
                }
            }
        }

        return records;
    }

    private static string VietnameseLevel(AwardingLevel level) => level switch
    {
        AwardingLevel.Central => "Trung ương",
        AwardingLevel.Province => "cấp tỉnh",
        AwardingLevel.District => "cấp huyện",
        _ => "cấp xã",
    };

    private static string EnglishLevel(AwardingLevel level) => level switch
    {
        AwardingLevel.Central => "central",
        AwardingLevel.Province => "province level",
        AwardingLevel.District => "district level",
        _ => "commune level",
    };
}
