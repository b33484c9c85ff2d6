using System;
using System.Collections.Generic;
using Ardalis.GuardClauses;

namespace MassMobilization.Core.Awards;

/// <summary>
/// The configuration of a commemorative medal (kỷ niệm chương) of this field (docs/awards.md, "Commendation by the Party and the mass organisations"): given once per person and
/// never posthumously (a rule under the 2003 law as amended in 2013, kept by Law 06/2022/QH15: unconfirmed, so configurable
/// with that default), and its years-of-service thresholds, any shorter threshold for women and its discipline exclusion,
/// which have no default: without them the evaluator answers NeedsReview. A person under pending discipline, inspection or
/// complaint is refused the medal (the principle of Law 06/2022/QH15 art. 5 and Decree 152/2025/NĐ-CP art. 4 applied to the
/// medal: unconfirmed, so configurable, on by default).
/// </summary>
public sealed record CommemorativeMedalPolicy
{
    /// <summary>Creates a policy.</summary>
    /// <param name="oncePerPerson">Whether the medal is given once per person.</param>
    /// <param name="neverPosthumous">Whether the medal is never given posthumously.</param>
    /// <param name="minimumServiceYears">The years of service required, or <see langword="null"/> (not configured).</param>
    /// <param name="minimumServiceYearsForWomen">The years required of a woman, or <see langword="null"/> for the same.</param>
    /// <param name="disciplineLookBackYears">Years that must be free of discipline, or <see langword="null"/> (not configured).</param>
    /// <param name="excludePendingProceedings">Whether pending discipline, inspection or complaint refuses the medal (unconfirmed; on by default).</param>
    /// <exception cref="ArgumentOutOfRangeException">A number is out of range.</exception>
    public CommemorativeMedalPolicy(bool oncePerPerson = true, bool neverPosthumous = true, int? minimumServiceYears = null, int? minimumServiceYearsForWomen = null, int? disciplineLookBackYears = null, bool excludePendingProceedings = true)
    {
        _ = new ServiceYearsRule(AwardRuleCodes.MedalServiceYears, LegalSources.Law2022, minimumServiceYears, minimumServiceYearsForWomen);
        _ = new DisciplineExclusionRule(AwardRuleCodes.MedalDiscipline, LegalSources.Law2022, disciplineLookBackYears);
        OncePerPerson = oncePerPerson;
        NeverPosthumous = neverPosthumous;
        MinimumServiceYears = minimumServiceYears;
        MinimumServiceYearsForWomen = minimumServiceYearsForWomen;
        DisciplineLookBackYears = disciplineLookBackYears;
        ExcludePendingProceedings = excludePendingProceedings;
    }

    /// <summary>Gets the default: once per person, never posthumously (unconfirmed since 2024), no thresholds configured.</summary>
    public static CommemorativeMedalPolicy Default { get; } = new();

    /// <summary>Gets a value indicating whether the medal is given once per person.</summary>
    public bool OncePerPerson { get; }

    /// <summary>Gets a value indicating whether the medal is never given posthumously.</summary>
    public bool NeverPosthumous { get; }

    /// <summary>Gets the years of service required, or <see langword="null"/> when not configured.</summary>
    public int? MinimumServiceYears { get; }

    /// <summary>Gets the years required of a woman, or <see langword="null"/> for the same.</summary>
    public int? MinimumServiceYearsForWomen { get; }

    /// <summary>Gets the years that must be free of discipline, or <see langword="null"/> when not configured.</summary>
    public int? DisciplineLookBackYears { get; }

    /// <summary>
    /// Gets a value indicating whether pending discipline, inspection or complaint (<see cref="ServiceRecord.Pending"/>) refuses
    /// the medal (rule <c>AWD-KNC-PENDING</c>): the principle of the State's law (Law 06/2022/QH15 art. 5; Decree
    /// 152/2025/NĐ-CP art. 4) applied to the medals of the Party and the Front, unconfirmed; on by default.
    /// </summary>
    public bool ExcludePendingProceedings { get; }

    /// <summary>Returns the eligibility criteria of a medal under this policy, with the pending-proceedings principle of Law 06/2022/QH15 art. 5.</summary>
    /// <param name="medal">A commemorative medal (<see cref="AwardCategory.CommemorativeMedal"/>).</param>
    /// <param name="citation">The source of the once-only rule (for example Law 06/2022/QH15, unconfirmed).</param>
    /// <returns>The criteria for an individual.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="medal"/> is not a commemorative medal.</exception>
    public AwardCriteria CriteriaFor(AwardKind medal, LegalCitation citation) =>
        CriteriaFor(medal, citation, LegalSources.Law2022.At("art. 5 (no award while discipline, inspection or a complaint is pending)"));

    /// <summary>Returns the eligibility criteria of a medal under this policy.</summary>
    /// <param name="medal">A commemorative medal (<see cref="AwardCategory.CommemorativeMedal"/>).</param>
    /// <param name="citation">The source of the once-only rule (for example Law 06/2022/QH15, unconfirmed).</param>
    /// <param name="pendingPrinciple">The State's principle on pending proceedings in the rule set's law (for example Law 06/2022/QH15 art. 5); the rule cites it as applied to the medal, unconfirmed.</param>
    /// <returns>The criteria for an individual.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="medal"/> is not a commemorative medal.</exception>
    public AwardCriteria CriteriaFor(AwardKind medal, LegalCitation citation, LegalCitation pendingPrinciple)
    {
        Guard.Against.Null(medal);
        Guard.Against.Null(citation);
        Guard.Against.Null(pendingPrinciple);
        Preconditions.CheckArgument(medal.Category == AwardCategory.CommemorativeMedal, nameof(medal), $"{medal.Code} is not a commemorative medal.");
        var own = citation.At("with the regulation of " + medal.Code + " (thresholds and exclusions; configuration)", unconfirmed: true);
        var rules = new List<EligibilityRule>();
        if (ExcludePendingProceedings)
        {
            rules.Add(new NoPendingProceedingsRule(AwardRuleCodes.MedalPending, pendingPrinciple.At(pendingPrinciple.Article + ", applied to " + medal.Code + " (configuration)", unconfirmed: true)));
        }

        if (OncePerPerson)
        {
            rules.Add(new NotAlreadyHeldRule(AwardRuleCodes.MedalOnce, citation, medal));
        }

        rules.Add(new ServiceYearsRule(AwardRuleCodes.MedalServiceYears, own, MinimumServiceYears, MinimumServiceYearsForWomen));
        rules.Add(new DisciplineExclusionRule(AwardRuleCodes.MedalDiscipline, own, DisciplineLookBackYears));
        return new AwardCriteria(medal, RecipientKinds.Individual, rules);
    }
}
