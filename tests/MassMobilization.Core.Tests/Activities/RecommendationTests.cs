using System;
using System.Collections.Generic;
using System.Linq;
using FsCheck;
using FsCheck.Fluent;
using MassMobilization.Core.Activities;
using MassMobilization.Core.Quantities;
using NodaTime;
using Xunit;
using static MassMobilization.Core.Tests.Activities.ActivityFixtures;

namespace MassMobilization.Core.Tests.Activities;

public sealed class RecommendationTests
{
    private static readonly LocalDate Day = new(2024, 3, 1);

    private static RecommendationTransition StepFor(RecommendationAction action, LocalDate date) => action switch
    {
        RecommendationAction.Receive => RecommendationTransition.Receive(date, "UBND xã"),
        RecommendationAction.Forward => RecommendationTransition.Forward(date, "Phòng Tài nguyên"),
        RecommendationAction.Answer => RecommendationTransition.Answer(date, "Đã trả lời"),
        RecommendationAction.Resolve => RecommendationTransition.Resolve(date),
        RecommendationAction.Reject => RecommendationTransition.Reject(date, "Không thuộc thẩm quyền"),
        _ => RecommendationTransition.Withdraw(date),
    };

    public static TheoryData<RecommendationState, RecommendationAction> EveryPair()
    {
        var data = new TheoryData<RecommendationState, RecommendationAction>();
        foreach (var state in Enum.GetValues<RecommendationState>())
        {
            foreach (var action in Enum.GetValues<RecommendationAction>())
            {
                data.Add(state, action);
            }
        }

        return data;
    }

    private static RecommendationStatus Reach(RecommendationState state)
    {
        var path = state switch
        {
            RecommendationState.None => Array.Empty<RecommendationAction>(),
            RecommendationState.Received => [RecommendationAction.Receive],
            RecommendationState.Forwarded => [RecommendationAction.Receive, RecommendationAction.Forward],
            RecommendationState.Answered => [RecommendationAction.Receive, RecommendationAction.Answer],
            RecommendationState.Resolved => [RecommendationAction.Receive, RecommendationAction.Resolve],
            RecommendationState.Rejected => [RecommendationAction.Receive, RecommendationAction.Reject],
            _ => [RecommendationAction.Receive, RecommendationAction.Withdraw],
        };
        var status = default(RecommendationStatus);
        foreach (var action in path)
        {
            status = RecommendationLifecycle.Apply(status, StepFor(action, Day));
        }

        Assert.Equal(state, status.State);
        return status;
    }

    [Theory]
    [MemberData(nameof(EveryPair))]
    public void Every_transition_is_allowed_exactly_when_the_table_has_it(RecommendationState from, RecommendationAction action)
    {
        var status = Reach(from);
        var result = RecommendationLifecycle.TryApply(status, StepFor(action, Day.PlusDays(1)));
        var row = RecommendationLifecycle.Table.Where(r => r.From == from && r.Action == action).ToList();
        if (row.Count == 1)
        {
            Assert.True(result.Success, result.ErrorMessage);
            Assert.Equal(row[0].To, result.Value.State);
            Assert.Equal(Day.PlusDays(1), result.Value.Since);
        }
        else
        {
            Assert.False(result.Success);
            Assert.Equal(RecommendationLifecycle.IsEnd(from) ? ActivityRuleCodes.RecommendationEnded : ActivityRuleCodes.RecommendationStepNotAllowed, result.RuleCode);
            Assert.Equal(result.RuleCode, Assert.Throws<DomainRuleException>(() => RecommendationLifecycle.Apply(status, StepFor(action, Day.PlusDays(1)))).RuleCode);
        }
    }

    [Fact]
    public void The_table_has_the_documented_rows()
    {
        Assert.Equal(12, RecommendationLifecycle.Table.Count);
        Assert.True(RecommendationLifecycle.TryGetTarget(RecommendationState.Answered, RecommendationAction.Resolve, out var to));
        Assert.Equal(RecommendationState.Resolved, to);
        Assert.False(RecommendationLifecycle.TryGetTarget(RecommendationState.Answered, RecommendationAction.Reject, out _));
        Assert.False(default(ActivityResult<int>).Success);
        Assert.Equal(ActivityRuleCodes.NoResult, default(ActivityResult<int>).RuleCode);
    }

    [Fact]
    public void Steps_are_dated_in_order_and_forwarding_changes_the_responsible_body()
    {
        var received = Received();
        Assert.Equal("UBND xã", received.ResponsibleBody);
        var forwarded = received.Apply(RecommendationTransition.Forward(Day.PlusDays(2), "Phòng Tài nguyên"));
        Assert.Equal("Phòng Tài nguyên", forwarded.ResponsibleBody);
        Assert.Equal(RecommendationState.Received, received.State);
        var early = forwarded.TryApply(RecommendationTransition.Answer(Day.PlusDays(1)));
        Assert.Equal(ActivityRuleCodes.RecommendationDateBeforePrevious, early.RuleCode);
        var resolved = forwarded.Apply(RecommendationTransition.Answer(Day.PlusDays(5))).Apply(RecommendationTransition.Resolve(Day.PlusDays(9)));
        Assert.Equal(4, resolved.History.Count);
        Assert.Equal(RecommendationState.Forwarded, resolved.StateOn(Day.PlusDays(4)));
        Assert.Equal(RecommendationState.None, resolved.StateOn(Day.PlusDays(-1)));
        Assert.Equal(Day.PlusDays(9), resolved.DateOf(RecommendationAction.Resolve));
        Assert.Null(received.DateOf(RecommendationAction.Resolve));
        Assert.Equal(ActivityRuleCodes.RecommendationEnded, Assert.Throws<DomainRuleException>(() => resolved.Apply(RecommendationTransition.Withdraw(Day.PlusDays(10)))).RuleCode);
        Assert.Throws<ArgumentException>(() => RecommendationTransition.Reject(Day, " "));
        Assert.Throws<ArgumentOutOfRangeException>(() => Recommendation.Receive(Id("x"), Commune, (RecommendationChannel)9, null, "c", "b", Day));
    }

    [Fact]
    public void Ratios_are_exact_as_of_a_date()
    {
        var policy = AnswerDeadlinePolicy.Default;
        var onTime = Received("a").Apply(RecommendationTransition.Resolve(Day.PlusDays(30)));
        var late = Received("b").Apply(RecommendationTransition.Answer(Day.PlusDays(10))).Apply(RecommendationTransition.Resolve(Day.PlusDays(31)));
        var rejected = Received("c").Apply(RecommendationTransition.Reject(Day.PlusDays(3), "Không có cơ sở"));
        var open = Received("d");
        var withdrawn = Received("e").Apply(RecommendationTransition.Withdraw(Day.PlusDays(2)));
        var later = Received("f", Day.PlusDays(60));
        Recommendation[] all = [onTime, late, rejected, open, withdrawn, later];
        var asOf = Day.PlusDays(40);
        Assert.Equal(Ratio.Of(3, 4), RecommendationStatistics.AnsweredOfReceived(all, asOf));
        Assert.Equal(Ratio.Of(1, 4), RecommendationStatistics.ResolvedOnTime(all, asOf, policy));
        Assert.Equal(Ratio.Of(2, 4), RecommendationStatistics.AnsweredOfReceived(all, Day.PlusDays(10)));
        Assert.Equal(Ratio.NotApplicable, RecommendationStatistics.AnsweredOfReceived([], asOf));
        Assert.Throws<ArgumentException>(() => RecommendationStatistics.AnsweredOfReceived([open, open], asOf));
    }

    [Fact]
    public void The_deadline_is_configuration_marked_unconfirmed()
    {
        var policy = AnswerDeadlinePolicy.Default;
        Assert.Equal(30, policy.CalendarDays);
        Assert.False(policy.IsConfirmed);
        Assert.EndsWith("(unconfirmed)", policy.Clause, StringComparison.Ordinal);
        Assert.Equal(Day.PlusDays(30), policy.DeadlineFor(Received()));
        Assert.Equal(VerdictOutcome.Met, policy.Check(Received().Apply(RecommendationTransition.Answer(Day.PlusDays(30))), Day.PlusDays(40)).Outcome);
        Assert.Equal(VerdictOutcome.NotMet, policy.Check(Received().Apply(RecommendationTransition.Answer(Day.PlusDays(31))), Day.PlusDays(40)).Outcome);
        Assert.Equal(VerdictOutcome.Unknown, policy.Check(Received(), Day.PlusDays(30)).Outcome);
        Assert.Equal(VerdictOutcome.NotMet, policy.Check(Received(), Day.PlusDays(31)).Outcome);
        Assert.Equal(VerdictOutcome.NotApplicable, policy.Check(Received(), Day.PlusDays(-1)).Outcome);
        var custom = new AnswerDeadlinePolicy(15, true, "Provincial regulation X");
        Assert.Equal("Provincial regulation X", custom.Clause);
        Assert.Equal(VerdictOutcome.NotMet, custom.Check(Received().Apply(RecommendationTransition.Answer(Day.PlusDays(16))), Day.PlusDays(40)).Outcome);
    }

    [Fact]
    public void Ratios_count_every_recommendation_once()
    {
        var actions = Gen.Elements(RecommendationAction.Forward, RecommendationAction.Answer, RecommendationAction.Resolve, RecommendationAction.Reject, RecommendationAction.Withdraw);
        var gen = Gen.Choose(0, 40).SelectMany(offset => actions.ArrayOf().SelectMany(steps => Gen.Choose(0, 60).Select(asOf => (offset, steps, asOf))));
        Prop.ForAll(gen.ArrayOf().ToArbitrary(), cases =>
        {
            var list = new List<Recommendation>();
            for (int i = 0; i < cases.Length; i++)
            {
                var r = Received("r" + i, Day.PlusDays(cases[i].offset));
                int d = cases[i].offset;
                foreach (var action in cases[i].steps)
                {
                    d += 3;
                    if (r.TryApply(StepFor(action, Day.PlusDays(d))).TryGetValue(out var next))
                    {
                        r = next;
                    }
                }

                list.Add(r);
            }

            var asOf = Day.PlusDays(50);
            var answered = RecommendationStatistics.AnsweredOfReceived(list, asOf);
            var resolved = RecommendationStatistics.ResolvedOnTime(list, asOf, AnswerDeadlinePolicy.Default);
            long expectedReceived = list.Count(r => r.StateOn(asOf) is not (RecommendationState.None or RecommendationState.Withdrawn));
            return answered.Denominator == expectedReceived && resolved.Denominator == expectedReceived
                && answered.Numerator <= answered.Denominator && resolved.Numerator <= answered.Numerator;
        }).QuickCheckThrowOnFailure();
    }
}
