using System;
using System.Collections.Generic;
using System.Globalization;
using Ardalis.GuardClauses;
using MassMobilization.Core.Text;
using NodaTime;

namespace MassMobilization.Core.Awards;

/// <summary>
/// A versioned set of eligibility rules with its legal basis and effective period, for example "Law
/// 06/2022/QH15 + Decree 98/2023/NĐ-CP, 2024-01-01 to 2025-06-30". New sets are data: build one from rule
/// objects and add it to a <see cref="RuleSetCatalogue"/>.
/// </summary>
public sealed class RuleSet
{
    private readonly LegalCitation[] legalBasis;
    private IReadOnlyList<VoteRule>? voteRulesView;
    private IReadOnlyList<AwardQuota>? quotasView;
    private IReadOnlyList<AwardCriteria>? criteriaView;
    private IReadOnlyList<LegalCitation>? legalBasisView;
    private readonly AwardCriteria[] criteria;
    private readonly AwardCriteria?[] byKind;
    private readonly AwardQuota[] quotas;
    private readonly VoteRule[] voteRules;

    /// <summary>Creates a rule set.</summary>
    /// <param name="id">A stable identifier, for example <c>VN-2024</c>.</param>
    /// <param name="name">A readable name, for example "Law 06/2022/QH15 + Decree 98/2023/NĐ-CP".</param>
    /// <param name="legalBasis">The laws and decrees it implements; at least one.</param>
    /// <param name="effectiveFrom">The first day it applies.</param>
    /// <param name="effectiveUntil">The last day it applies, or <see langword="null"/> while in force.</param>
    /// <param name="criteria">The criteria per award kind; at most one entry per kind. Kinds without an entry get "needs review".</param>
    /// <param name="quotas">The quotas it imposes.</param>
    /// <param name="voteRules">The council vote rules per kind.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">A text is blank, <paramref name="legalBasis"/> is empty, a collection holds null, or the period ends before it starts.</exception>
    /// <exception cref="DomainRuleException">Two entries for one kind (<c>AWD-DUPLICATE-KIND</c>).</exception>
    public RuleSet(
        string id,
        string name,
        IEnumerable<LegalCitation> legalBasis,
        LocalDate effectiveFrom,
        LocalDate? effectiveUntil,
        IEnumerable<AwardCriteria> criteria,
        IEnumerable<AwardQuota> quotas,
        IEnumerable<VoteRule> voteRules)
    {
        Guard.Against.Null(id);
        Guard.Against.Null(name);
        Guard.Against.Null(legalBasis);
        Guard.Against.Null(criteria);
        Guard.Against.Null(quotas);
        Guard.Against.Null(voteRules);
        Guard.Against.NullOrWhiteSpace(id);
        Guard.Against.NullOrWhiteSpace(name);
        this.legalBasis = Preconditions.CheckNotNullElements(legalBasis, nameof(legalBasis));
        Preconditions.CheckArgument(this.legalBasis.Length > 0, nameof(legalBasis), "A rule set needs a legal basis.");
        Preconditions.CheckArgument(effectiveUntil is null || effectiveUntil.Value >= effectiveFrom, nameof(effectiveUntil), $"Rule set '{id}' ends ({effectiveUntil?.ToString("uuuu-MM-dd", CultureInfo.InvariantCulture)}) before it starts ({effectiveFrom.ToString("uuuu-MM-dd", CultureInfo.InvariantCulture)}).");
        this.criteria = Preconditions.CheckNotNullElements(criteria, nameof(criteria));
        this.quotas = Preconditions.CheckNotNullElements(quotas, nameof(quotas));
        this.voteRules = Preconditions.CheckNotNullElements(voteRules, nameof(voteRules));
        byKind = new AwardCriteria?[AwardKind.Count * AwardCriteria.SlotsPerKind];
        foreach (var c in this.criteria)
        {
            Guard.Against.RuleViolation(byKind[c.Slot] is null, AwardRuleCodes.DuplicateKind, $"Rule set '{id}' has two sets of criteria for {c.Kind.Code} ({c.Recipient}).");
            byKind[c.Slot] = c;
        }

        CheckUnique(id, this.quotas, q => q.Kind, "quotas");
        CheckUnique(id, this.voteRules, v => v.Kind, "vote rules");
        Id = id;
        Name = name;
        EffectiveFrom = effectiveFrom;
        EffectiveUntil = effectiveUntil;
    }

    /// <summary>Gets the identifier.</summary>
    public string Id { get; }

    /// <summary>Gets the readable name.</summary>
    public string Name { get; }

    /// <summary>Gets the legal basis.</summary>
    public IReadOnlyList<LegalCitation> LegalBasis => legalBasisView ??= ReadOnlyView.Of(legalBasis);

    /// <summary>Gets the first day the set applies.</summary>
    public LocalDate EffectiveFrom { get; }

    /// <summary>Gets the last day the set applies, or <see langword="null"/> while in force.</summary>
    public LocalDate? EffectiveUntil { get; }

    /// <summary>Gets the criteria per kind.</summary>
    public IReadOnlyList<AwardCriteria> Criteria => criteriaView ??= ReadOnlyView.Of(criteria);

    /// <summary>Gets the quotas.</summary>
    public IReadOnlyList<AwardQuota> Quotas => quotasView ??= ReadOnlyView.Of(quotas);

    /// <summary>Gets the council vote rules.</summary>
    public IReadOnlyList<VoteRule> VoteRules => voteRulesView ??= ReadOnlyView.Of(voteRules);

    /// <summary>Whether the set applies on a date.</summary>
    /// <param name="date">The date.</param>
    /// <returns><see langword="true"/> when in force on <paramref name="date"/>.</returns>
    public bool IsInForceOn(LocalDate date) => date >= EffectiveFrom && (EffectiveUntil is null || date <= EffectiveUntil.Value);

    /// <summary>Returns the criteria of a kind for a recipient kind.</summary>
    /// <param name="kind">The kind.</param>
    /// <param name="recipient">The recipient kind.</param>
    /// <returns>The criteria, or <see langword="null"/> when this set has none.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="kind"/> is null.</exception>
    public AwardCriteria? CriteriaFor(AwardKind kind, RecipientKinds recipient)
    {
        Guard.Against.Null(kind);
        return recipient is RecipientKinds.Individual or RecipientKinds.Collective or RecipientKinds.Household or RecipientKinds.Model ? byKind[AwardCriteria.Slotted(kind, recipient)] : null;
    }

    /// <summary>Returns the quota on a kind.</summary>
    /// <param name="kind">The kind.</param>
    /// <returns>The quota, or <see langword="null"/> when there is none.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="kind"/> is null.</exception>
    public AwardQuota? QuotaFor(AwardKind kind)
    {
        Guard.Against.Null(kind);
        foreach (var q in quotas)
        {
            if (q.Kind == kind)
            {
                return q;
            }
        }

        return null;
    }

    /// <summary>Returns the council vote rule for a kind.</summary>
    /// <param name="kind">The kind.</param>
    /// <returns>The rule, or <see langword="null"/> when the set has none for the kind.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="kind"/> is null.</exception>
    public VoteRule? VoteRuleFor(AwardKind kind)
    {
        Guard.Against.Null(kind);
        foreach (var v in voteRules)
        {
            if (v.Kind == kind)
            {
                return v;
            }
        }

        return null;
    }

    /// <summary>Returns the identifier, name and period.</summary>
    /// <returns>For example "VN-2024 (Law 06/2022/QH15 + Decree 98/2023/NĐ-CP, 2024-01-01 to 2025-06-30)".</returns>
    public override string ToString() =>
        Id + " (" + Name + ", " + EffectiveFrom.ToString("uuuu-MM-dd", CultureInfo.InvariantCulture) + " to "
        + (EffectiveUntil is { } until ? until.ToString("uuuu-MM-dd", CultureInfo.InvariantCulture) : "open") + ")";

    /// <summary>Checks every rule of a kind; explains only when <paramref name="explain"/> is not null.</summary>
    internal Verdict Check(in CompactServiceRecord record, AwardKind kind, int year, int depth, List<CriterionResult>? explain)
    {
        var entry = byKind[AwardCriteria.Slotted(kind, record.Recipient)];
        if (entry is null)
        {
            explain?.Add(new CriterionResult(
                AwardRuleCodes.NoCriteria,
                new Explanation(ExplanationCodes.DescNoCriteria, kind, record.Recipient, Id),
                legalBasis[0],
                CriterionOutcome.Unknown,
                year,
                year,
                new Explanation(ExplanationCodes.FindingNoCriteria, kind.Code),
                Array.Empty<CriterionResult>()));
            return Verdict.NeedsReview;
        }

        bool unknown = false;
        bool failed = false;
        var rules = entry.RuleArray;
        for (int i = 0; i < rules.Length; i++)
        {
            var outcome = rules[i].Check(record, year, this, depth, explain);
            if (outcome == CriterionOutcome.NotMet)
            {
                failed = true;
                if (explain is null)
                {
                    return Verdict.Ineligible;
                }
            }
            else if (outcome == CriterionOutcome.Unknown)
            {
                unknown = true;
            }
        }

        return failed ? Verdict.Ineligible : unknown ? Verdict.NeedsReview : Verdict.Eligible;
    }

    private static void CheckUnique<T>(string id, T[] items, Func<T, AwardKind> kindOf, string what)
    {
        var seen = new bool[AwardKind.Count];
        foreach (var item in items)
        {
            var kind = kindOf(item);
            Guard.Against.RuleViolation(!seen[kind.Index], AwardRuleCodes.DuplicateKind, $"Rule set '{id}' has two {what} for {kind.Code}.");
            seen[kind.Index] = true;
        }
    }
}
