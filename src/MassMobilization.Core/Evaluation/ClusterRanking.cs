using System;
using System.Collections.Generic;
using Ardalis.GuardClauses;
using MassMobilization.Core.Ranking;

namespace MassMobilization.Core.Evaluation;

/// <summary>
/// Ranks the units of an emulation cluster or bloc (cụm, khối thi đua) by their score cards for the
/// year-end comparison, with an explicit tie-break chain (built on <see cref="RankingRule{T}"/>).
/// </summary>
public static class ClusterRanking
{
    /// <summary>
    /// Returns the default rule for cards of a rubric: final score (higher first), then the tie-break chain
    /// grade (better first), base score before bonus and penalty (higher first), each section's points
    /// in rubric order (higher first), penalty (lower first); fully tied units share a rank and are
    /// listed by unit code.
    /// </summary>
    /// <param name="rubric">The rubric the cards were scored on.</param>
    /// <param name="style">How tied units share ranks.</param>
    /// <returns>The rule.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="rubric"/> is null.</exception>
    public static RankingRule<ScoreCard> DefaultRule(Rubric rubric, RankingStyle style = RankingStyle.Competition)
    {
        Guard.Against.Null(rubric);
        var criteria = new List<RankingCriterion<ScoreCard>>
        {
            RankingCriterion.HigherFirst("Final score", (ScoreCard c) => c.FinalScore, RubricIds.Points),
            RankingCriterion.HigherFirst("Grade", (ScoreCard c) => (int)c.Grade, g => ((EvaluationGrade)g).ToString()),
            RankingCriterion.HigherFirst("Base score before bonus and penalty", (ScoreCard c) => c.BaseScore, RubricIds.Points),
        };
        for (int s = 0; s < rubric.Sections.Count; s++)
        {
            int index = s;
            var section = rubric.Sections[s];
            criteria.Add(RankingCriterion.HigherFirst($"Section {section.Id} points", (ScoreCard c) => c.Sections[index].Points, RubricIds.Points));
        }

        criteria.Add(RankingCriterion.LowerFirst("Penalty", (ScoreCard c) => c.Penalty, RubricIds.Points));
        return new RankingRule<ScoreCard>(criteria, c => c.Unit.Value, style);
    }

    /// <summary>Ranks the cards of one cluster.</summary>
    /// <param name="cards">The cluster members' score cards, all on the same rubric, one per unit.</param>
    /// <param name="rule">The rule, or <see langword="null"/> for <see cref="DefaultRule"/> of the cards' rubric.</param>
    /// <returns>The ranking, best first, each place with its explanation.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="cards"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="cards"/> holds null.</exception>
    /// <exception cref="DomainRuleException">
    /// The cards were scored on different rubrics (<c>EVAL-RANKING-MIXED-RUBRICS</c>) or two cards are for the
    /// same unit (<c>RANK-DUPLICATE-IDENTITY</c>).
    /// </exception>
    public static Ranking<ScoreCard> Rank(IEnumerable<ScoreCard> cards, RankingRule<ScoreCard>? rule = null)
    {
        Guard.Against.Null(cards);
        var array = Preconditions.CheckNotNullElements(cards, nameof(cards));
        if (array.Length == 0)
        {
            return (rule ?? DefaultRule(RubricPresets.CanTho2025)).Rank(array);
        }

        string rubricId = array[0].RubricId;
        foreach (var card in array)
        {
            Guard.Against.RuleViolation(
                string.Equals(card.RubricId, rubricId, StringComparison.Ordinal),
                EvaluationRuleCodes.RankingMixedRubrics,
                $"Unit '{card.Unit}' was scored on rubric '{card.RubricId}', unit '{array[0].Unit}' on '{rubricId}': a cluster is ranked on one rubric.");
        }

        return (rule ?? DefaultRule(array[0].Rubric)).Rank(array);
    }
}
