using System;
using System.Collections.Generic;
using System.Globalization;
using Ardalis.GuardClauses;
using MassMobilization.Core.Organization;
using MassMobilization.Core.Ranking;
using MassMobilization.Core.Text;

namespace MassMobilization.Core.Emulation;

/// <summary>
/// Which teams of a round go on to the next: top N overall, the best team of each unit ("16 teams,
/// one per commune"), the top N of each unit, a minimum score, or a combination applied in order
/// with <see cref="Then"/> (each step sees only the teams that passed the steps before it). Never
/// selects more teams than a step allows: teams tied on every criterion across a cut are reported
/// as <see cref="AdvancementOutcome.TiedAtCut"/> for the organisers to decide.
/// </summary>
public sealed class AdvancementRule
{
    private readonly AdvancementStep[] steps;
    private IReadOnlyList<AdvancementStep>? stepsView;

    private AdvancementRule(AdvancementStep[] steps) => this.steps = steps;

    /// <summary>Gets the steps, applied in order.</summary>
    public IReadOnlyList<AdvancementStep> Steps => stepsView ??= ReadOnlyView.Of(steps);

    /// <summary>Creates a rule that advances the best <paramref name="count"/> teams overall.</summary>
    /// <param name="count">N, at least 1.</param>
    /// <returns>The rule.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="count"/> is less than 1.</exception>
    public static AdvancementRule TopOverall(int count)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(count, 1);
        return new AdvancementRule([new AdvancementStep(AdvancementStepKind.TopOverall, count, 0m)]);
    }

    /// <summary>Creates a rule that advances the best <paramref name="count"/> teams of each unit.</summary>
    /// <param name="count">N, at least 1.</param>
    /// <returns>The rule.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="count"/> is less than 1.</exception>
    public static AdvancementRule TopPerUnit(int count)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(count, 1);
        return new AdvancementRule([new AdvancementStep(AdvancementStepKind.TopPerUnit, count, 0m)]);
    }

    /// <summary>Creates a rule that advances the best team of each unit (one per commune).</summary>
    /// <returns>The rule.</returns>
    public static AdvancementRule BestOfEachUnit() => TopPerUnit(1);

    /// <summary>Creates a rule that advances the teams whose published score is at least <paramref name="minimum"/>.</summary>
    /// <param name="minimum">The minimum score, at least 0.</param>
    /// <returns>The rule.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="minimum"/> is negative.</exception>
    public static AdvancementRule MinimumScore(decimal minimum)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(minimum);
        return new AdvancementRule([new AdvancementStep(AdvancementStepKind.MinimumScore, 0, minimum)]);
    }

    /// <summary>Returns a rule that applies this rule's steps, then <paramref name="next"/>'s steps to the teams that passed.</summary>
    /// <param name="next">The rule applied afterwards.</param>
    /// <returns>The combined rule.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="next"/> is null.</exception>
    public AdvancementRule Then(AdvancementRule next)
    {
        Guard.Against.Null(next);
        var combined = new AdvancementStep[steps.Length + next.steps.Length];
        steps.CopyTo(combined, 0);
        next.steps.CopyTo(combined, steps.Length);
        return new AdvancementRule(combined);
    }

    /// <summary>Decides, for every team of a ranked round, whether it advances and why.</summary>
    /// <param name="ranking">The round's ranking.</param>
    /// <param name="roundName">The round's name, for messages.</param>
    /// <returns>The decisions.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="DomainRuleException">A step would advance more teams than the round has (rule <c>EMU-ADVANCE-MORE-THAN-TEAMS</c>).</exception>
    public AdvancementResult Apply(Ranking<TeamScore> ranking, string roundName)
    {
        Guard.Against.Null(ranking);
        Guard.Against.Null(roundName);
        int total = ranking.Count;
        foreach (var step in steps)
        {
            Guard.Against.RuleViolation(
                step.Kind == AdvancementStepKind.MinimumScore || step.Count <= total,
                EmulationRuleCodes.AdvanceMoreThanTeams,
                string.Format(CultureInfo.InvariantCulture, "Round '{0}' would advance {1}, but it has only {2} team(s).", roundName, step, total));
        }

        var outcome = new AdvancementOutcome[total];
        var decidingStep = new int[total];
        var why = new Explanation?[total];
        var passes = new Explanation?[total];
        Array.Fill(decidingStep, -1);
        for (int s = 0; s < steps.Length; s++)
        {
            var step = steps[s];
            if (step.Kind == AdvancementStepKind.MinimumScore)
            {
                for (int p = 0; p < total; p++)
                {
                    if (decidingStep[p] >= 0)
                    {
                        continue;
                    }

                    decimal score = ranking[p].Item.ShownScore;
                    if (score < step.MinimumScore)
                    {
                        Stop(p, s, AdvancementOutcome.Eliminated, new Explanation(ExplanationCodes.EmuBelowMinimum, score, step.MinimumScore));
                    }
                    else
                    {
                        Pass(p, new Explanation(ExplanationCodes.EmuScoreAtLeast, score, step.MinimumScore));
                    }
                }
            }
            else if (step.Kind == AdvancementStepKind.TopOverall)
            {
                var alive = new List<int>();
                for (int p = 0; p < total; p++)
                {
                    if (decidingStep[p] < 0)
                    {
                        alive.Add(p);
                    }
                }

                Cut(alive, step.Count, s, new Explanation(ExplanationCodes.EmuScopeOverall), step.DescriptionExplanation);
            }
            else
            {
                var byUnit = new SortedDictionary<UnitCode, List<int>>();
                for (int p = 0; p < total; p++)
                {
                    if (decidingStep[p] < 0)
                    {
                        var unit = ranking[p].Item.Team.Unit;
                        if (!byUnit.TryGetValue(unit, out var list))
                        {
                            list = new List<int>();
                            byUnit.Add(unit, list);
                        }

                        list.Add(p);
                    }
                }

                foreach (var (unit, list) in byUnit)
                {
                    Cut(list, step.Count, s, new Explanation(ExplanationCodes.EmuScopeUnit, unit.Value), step.DescriptionExplanation);
                }
            }
        }

        var decisions = new AdvancementDecision[total];
        var advancing = new List<Team>();
        for (int p = 0; p < total; p++)
        {
            var item = ranking[p];
            var head = new Explanation(ExplanationCodes.EmuRankWith, item.Rank, item.Item.ShownScore);
            if (decidingStep[p] < 0)
            {
                advancing.Add(item.Item.Team);
                object passed = passes[p] is { } list ? new Explanation(ExplanationCodes.EmuPassed, list) : string.Empty;
                decisions[p] = new AdvancementDecision(item.Item.Team, item.Rank, item.Item.Score, AdvancementOutcome.Advanced, null, new Explanation(ExplanationCodes.EmuAdvances, head, passed));
            }
            else
            {
                decisions[p] = new AdvancementDecision(
                    item.Item.Team,
                    item.Rank,
                    item.Item.Score,
                    outcome[p],
                    decidingStep[p],
                    new Explanation(ExplanationCodes.EmuStopped, outcome[p], decidingStep[p] + 1, steps[decidingStep[p]].DescriptionExplanation, head, why[p]!));
            }
        }

        return new AdvancementResult(this, decisions, advancing);

        void Stop(int p, int s, AdvancementOutcome result, Explanation reason)
        {
            decidingStep[p] = s;
            outcome[p] = result;
            why[p] = reason;
        }

        void Pass(int p, Explanation reason) =>
            passes[p] = passes[p] is { } before ? new Explanation(ExplanationCodes.ListSemicolon, before, reason) : reason;

        void Cut(List<int> alive, int count, int s, Explanation scope, Explanation stepText)
        {
            // A cut between place count and count + 1 that falls inside a group tied on every
            // criterion (same rank) would select more than allowed: that whole group waits for a decision.
            int cutRank = alive.Count > count && ranking[alive[count - 1]].Rank == ranking[alive[count]].Rank ? ranking[alive[count]].Rank : -1;
            for (int place = 1; place <= alive.Count; place++)
            {
                int p = alive[place - 1];
                if (ranking[p].Rank == cutRank)
                {
                    Stop(p, s, AdvancementOutcome.TiedAtCut, new Explanation(ExplanationCodes.EmuTiedAcrossCut, place, scope, count));
                }
                else if (place <= count)
                {
                    Pass(p, new Explanation(ExplanationCodes.EmuPlace, place, scope));
                }
                else
                {
                    Stop(p, s, AdvancementOutcome.Eliminated, new Explanation(count == 1 ? ExplanationCodes.EmuBehindOne : ExplanationCodes.EmuBehindMany, place, scope, ranking[alive[count - 1]].Item.Team.Id, stepText));
                }
            }
        }
    }

    /// <summary>Describes the rule.</summary>
    /// <returns>For example "the best team of each unit, then the top 10 overall".</returns>
    public override string ToString() => string.Join(", then ", (IEnumerable<AdvancementStep>)steps);
}
