using System;
using System.Collections.Generic;
using System.Globalization;
using NodaTime;

namespace MassMobilization.Core.Awards;

/// <summary>The eligibility criteria of one award kind for one kind of recipient in a rule set: every rule must be met.</summary>
public sealed class AwardCriteria
{
    private readonly EligibilityRule[] rules;

    /// <summary>Creates the criteria of a kind.</summary>
    /// <param name="kind">The award kind.</param>
    /// <param name="recipient">The recipient kind these criteria are for (a Bằng khen has different criteria for individuals and collectives).</param>
    /// <param name="rules">The rules, all of which must be met, in the order they are explained; at least one.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="rules"/> is empty or holds null, or the kind is not given to <paramref name="recipient"/>.</exception>
    public AwardCriteria(AwardKind kind, RecipientKinds recipient, IEnumerable<EligibilityRule> rules)
    {
        ArgumentNullException.ThrowIfNull(kind);
        ArgumentNullException.ThrowIfNull(rules);
        this.rules = Preconditions.CheckNotNullElements(rules, nameof(rules));
        Preconditions.CheckArgument(this.rules.Length > 0, nameof(rules), "A kind's criteria need at least one rule.");
        foreach (var rule in this.rules)
        {
            CheckCode(rule);
        }

        Preconditions.CheckArgument(
            recipient is RecipientKinds.Individual or RecipientKinds.Collective or RecipientKinds.Household && kind.IsFor(recipient),
            nameof(recipient),
            $"{kind.Code} is not given to a {recipient}.");
        Kind = kind;
        Recipient = recipient;
    }

    /// <summary>Gets the award kind.</summary>
    public AwardKind Kind { get; }

    /// <summary>Gets the recipient kind.</summary>
    public RecipientKinds Recipient { get; }

    internal int Slot => Slotted(Kind, Recipient);

    /// <summary>Gets the rules, all of which must be met.</summary>
    public IReadOnlyList<EligibilityRule> Rules => rules;

    internal EligibilityRule[] RuleArray => rules;

    private static void CheckCode(EligibilityRule rule)
    {
        Preconditions.CheckArgument(
            rule.Code.StartsWith(AwardRuleCodes.Prefix, StringComparison.Ordinal) && rule.Code.Length > AwardRuleCodes.Prefix.Length,
            "rules",
            $"Rule codes start with 'AWD-', not '{rule.Code}'.");
        foreach (var inner in rule.Inner)
        {
            CheckCode(inner);
        }
    }

    internal static int Slotted(AwardKind kind, RecipientKinds recipient) =>
        (kind.Index * 3) + (recipient == RecipientKinds.Individual ? 0 : recipient == RecipientKinds.Collective ? 1 : 2);
}

/// <summary>A quota that a rule set places on an award kind (for example at most 15% of a unit's advanced workers may be grassroots emulation fighters, Decree 91/2017/NĐ-CP art. 9, until 2023).</summary>
public sealed record AwardQuota
{
    /// <summary>Initializes a new instance of the <see cref="AwardQuota"/> class.</summary>
    /// <param name="kind">The award kind.</param>
    /// <param name="quota">The quota.</param>
    /// <param name="baseDescription">What the base count is, for example "advanced workers of the unit".</param>
    /// <param name="citation">The article.</param>
    /// <exception cref="System.ArgumentNullException">A reference argument is null.</exception>
    public AwardQuota(AwardKind kind, Quota quota, string baseDescription, LegalCitation citation)
    {
        System.ArgumentNullException.ThrowIfNull(kind);
        System.ArgumentNullException.ThrowIfNull(quota);
        System.ArgumentNullException.ThrowIfNull(baseDescription);
        System.ArgumentNullException.ThrowIfNull(citation);
        Kind = kind;
        Quota = quota;
        BaseDescription = baseDescription;
        Citation = citation;
    }

    /// <summary>Gets the award kind.</summary>
    public AwardKind Kind { get; }

    /// <summary>Gets the quota.</summary>
    public Quota Quota { get; }

    /// <summary>Gets what the base count is, for example "advanced workers of the unit".</summary>
    public string BaseDescription { get; }

    /// <summary>Gets the article.</summary>
    public LegalCitation Citation { get; }
}

/// <summary>
/// A versioned set of eligibility rules with its legal basis and effective period, for example "Law
/// 06/2022/QH15 + Decree 98/2023/NĐ-CP, 2024-01-01 to 2025-06-30". New sets are data: build one from rule
/// objects and add it to a <see cref="RuleSetCatalogue"/>.
/// </summary>
public sealed class RuleSet
{
    private readonly LegalCitation[] legalBasis;
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
        ArgumentNullException.ThrowIfNull(id);
        ArgumentNullException.ThrowIfNull(name);
        ArgumentNullException.ThrowIfNull(legalBasis);
        ArgumentNullException.ThrowIfNull(criteria);
        ArgumentNullException.ThrowIfNull(quotas);
        ArgumentNullException.ThrowIfNull(voteRules);
        ArgumentException.ThrowIfNullOrWhiteSpace(id);
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        this.legalBasis = Preconditions.CheckNotNullElements(legalBasis, nameof(legalBasis));
        Preconditions.CheckArgument(this.legalBasis.Length > 0, nameof(legalBasis), "A rule set needs a legal basis.");
        Preconditions.CheckArgument(effectiveUntil is null || effectiveUntil.Value >= effectiveFrom, nameof(effectiveUntil), $"Rule set '{id}' ends ({effectiveUntil}) before it starts ({effectiveFrom}).");
        this.criteria = Preconditions.CheckNotNullElements(criteria, nameof(criteria));
        this.quotas = Preconditions.CheckNotNullElements(quotas, nameof(quotas));
        this.voteRules = Preconditions.CheckNotNullElements(voteRules, nameof(voteRules));
        byKind = new AwardCriteria?[AwardKind.Count * 3];
        foreach (var c in this.criteria)
        {
            Preconditions.CheckRule(byKind[c.Slot] is null, AwardRuleCodes.DuplicateKind, $"Rule set '{id}' has two sets of criteria for {c.Kind.Code} ({c.Recipient}).");
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
    public IReadOnlyList<LegalCitation> LegalBasis => legalBasis;

    /// <summary>Gets the first day the set applies.</summary>
    public LocalDate EffectiveFrom { get; }

    /// <summary>Gets the last day the set applies, or <see langword="null"/> while in force.</summary>
    public LocalDate? EffectiveUntil { get; }

    /// <summary>Gets the criteria per kind.</summary>
    public IReadOnlyList<AwardCriteria> Criteria => criteria;

    /// <summary>Gets the quotas.</summary>
    public IReadOnlyList<AwardQuota> Quotas => quotas;

    /// <summary>Gets the council vote rules.</summary>
    public IReadOnlyList<VoteRule> VoteRules => voteRules;

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
        ArgumentNullException.ThrowIfNull(kind);
        return recipient is RecipientKinds.Individual or RecipientKinds.Collective or RecipientKinds.Household ? byKind[AwardCriteria.Slotted(kind, recipient)] : null;
    }

    /// <summary>Returns the quota on a kind.</summary>
    /// <param name="kind">The kind.</param>
    /// <returns>The quota, or <see langword="null"/> when there is none.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="kind"/> is null.</exception>
    public AwardQuota? QuotaFor(AwardKind kind)
    {
        ArgumentNullException.ThrowIfNull(kind);
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
        ArgumentNullException.ThrowIfNull(kind);
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
                "Criteria for " + kind.VietnameseName + " (" + record.Recipient.ToString() + ") in rule set " + Id,
                legalBasis[0],
                CriterionOutcome.Unknown,
                year,
                year,
                "this rule set holds no criteria for " + kind.Code + " (unconfirmed or not encoded): a person must review",
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
            Preconditions.CheckRule(!seen[kind.Index], AwardRuleCodes.DuplicateKind, $"Rule set '{id}' has two {what} for {kind.Code}.");
            seen[kind.Index] = true;
        }
    }
}

/// <summary>
/// The rule sets known to an application, at most one in force on any day. Picks the set in force on a
/// date or for an achievement year; new sets are added as data (<see cref="With"/>).
/// </summary>
public sealed class RuleSetCatalogue
{
    private readonly RuleSet[] sets;

    /// <summary>Creates a catalogue.</summary>
    /// <param name="sets">The rule sets.</param>
    /// <exception cref="ArgumentNullException"><paramref name="sets"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="sets"/> holds null.</exception>
    /// <exception cref="DomainRuleException">Two sets share an identifier (<c>AWD-DUPLICATE-RULE-SET</c>) or their periods overlap (<c>AWD-OVERLAPPING-RULE-SETS</c>).</exception>
    public RuleSetCatalogue(IEnumerable<RuleSet> sets)
    {
        ArgumentNullException.ThrowIfNull(sets);
        var array = Preconditions.CheckNotNullElements(sets, nameof(sets));
        Array.Sort(array, (a, b) => a.EffectiveFrom.CompareTo(b.EffectiveFrom));
        for (int i = 0; i < array.Length; i++)
        {
            for (int j = 0; j < i; j++)
            {
                Preconditions.CheckRule(!string.Equals(array[i].Id, array[j].Id, StringComparison.Ordinal), AwardRuleCodes.DuplicateRuleSet, $"Two rule sets are called '{array[i].Id}'.");
            }

            if (i > 0)
            {
                var previous = array[i - 1];
                Preconditions.CheckRule(
                    previous.EffectiveUntil is { } until && until < array[i].EffectiveFrom,
                    AwardRuleCodes.OverlappingRuleSets,
                    $"Rule sets '{previous}' and '{array[i]}' overlap: at most one set may be in force on a day.");
            }
        }

        this.sets = array;
    }

    /// <summary>Gets the built-in catalogue: Law 2003 + Decree 91/2017, Law 06/2022 + Decree 98/2023, Law 06/2022 + Decree 152/2025.</summary>
    public static RuleSetCatalogue BuiltIn { get; } = new([BuiltInRuleSets.Law2003Decree91, BuiltInRuleSets.Law2022Decree98, BuiltInRuleSets.Law2022Decree152]);

    /// <summary>Gets the sets, by start date.</summary>
    public IReadOnlyList<RuleSet> Sets => sets;

    /// <summary>Returns the set in force on a date.</summary>
    /// <param name="date">The date (of the decision, or the end of the achievement year).</param>
    /// <returns>The set, or <see langword="null"/> when none is in force.</returns>
    public RuleSet? InForceOn(LocalDate date)
    {
        foreach (var set in sets)
        {
            if (set.IsInForceOn(date))
            {
                return set;
            }
        }

        return null;
    }

    /// <summary>Returns the set that judges an achievement year: the one in force on 31 December of that year.</summary>
    /// <param name="year">The achievement year.</param>
    /// <returns>The set, or <see langword="null"/> when none is in force then.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="year"/> is outside 1945–2200.</exception>
    public RuleSet? ForAchievementYear(int year)
    {
        Preconditions.CheckArgumentRange(nameof(year), year, ServiceRecord.MinYear, ServiceRecord.MaxYear);
        return InForceOn(new LocalDate(year, 12, 31));
    }

    /// <summary>Returns a catalogue with one more set.</summary>
    /// <param name="set">The new set.</param>
    /// <returns>The new catalogue.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="set"/> is null.</exception>
    /// <exception cref="DomainRuleException">The set overlaps one already present or reuses its identifier.</exception>
    public RuleSetCatalogue With(RuleSet set)
    {
        ArgumentNullException.ThrowIfNull(set);
        var list = new List<RuleSet>(sets) { set };
        return new RuleSetCatalogue(list);
    }

    /// <summary>Returns a catalogue in which one set ends on a date (to make room for a newer one).</summary>
    /// <param name="id">The identifier of the set to close.</param>
    /// <param name="lastDay">Its new last day.</param>
    /// <returns>The new catalogue.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="id"/> is null.</exception>
    /// <exception cref="ArgumentException">No set has this identifier, or <paramref name="lastDay"/> is before its start.</exception>
    public RuleSetCatalogue Closing(string id, LocalDate lastDay)
    {
        ArgumentNullException.ThrowIfNull(id);
        var list = new List<RuleSet>();
        bool found = false;
        foreach (var set in sets)
        {
            if (string.Equals(set.Id, id, StringComparison.Ordinal))
            {
                found = true;
                Preconditions.CheckArgument(lastDay >= set.EffectiveFrom, nameof(lastDay), $"Rule set '{id}' cannot end before it starts.");
                list.Add(new RuleSet(set.Id, set.Name, set.LegalBasis, set.EffectiveFrom, lastDay, set.Criteria, set.Quotas, set.VoteRules));
            }
            else
            {
                list.Add(set);
            }
        }

        Preconditions.CheckArgument(found, nameof(id), $"No rule set is called '{id}'.");
        return new RuleSetCatalogue(list);
    }
}
