using System;
using MassMobilization.Core.Evaluation;
using MassMobilization.Samples.Generators;
using Xunit;

namespace MassMobilization.Core.Tests.Evaluation;

public sealed class KernelTests
{
    [Fact]
    public void Summarize_allocates_nothing_and_SummarizeAll_only_its_results()
    {
        var rubric = RubricPresets.CanTho2025;
        var sheets = EvaluationData.Sheets(rubric, 2_000, seed: 11);
        rubric.SummarizeAll(sheets);
        decimal total = 0m;

        // The first pass warms the loop up (tiered compilation may allocate while it replaces code);
        // the second is measured.
        long before = 0;
        for (int pass = 0; pass < 2; pass++)
        {
            total = 0m;
            before = GC.GetAllocatedBytesForCurrentThread();
            for (int i = 0; i < sheets.Count; i++)
            {
                total += rubric.Summarize(sheets[i]).FinalScore;
            }
        }

        Assert.Equal(0L, GC.GetAllocatedBytesForCurrentThread() - before);
        Assert.True(total > 0m);

        before = GC.GetAllocatedBytesForCurrentThread();
        var all = rubric.SummarizeAll(sheets);
        long allocated = GC.GetAllocatedBytesForCurrentThread() - before;
        Assert.Equal(sheets.Count, all.Count);
        Assert.InRange(allocated, 1, 200 + (sheets.Count * (long)System.Runtime.CompilerServices.Unsafe.SizeOf<ScoreSummary>()));
    }

    [Fact]
    public void SummarizeAll_refuses_null_elements()
    {
        var rubric = RubricPresets.CanTho2025;
        var sheets = new ScoreSheet[] { EvaluationFixtures.Sheet(EvaluationFixtures.Full()), null! };
        Assert.Equal("sheets", Assert.Throws<ArgumentException>(() => rubric.SummarizeAll(sheets)).ParamName);
    }

    [Fact]
    public void Points_with_more_decimals_than_the_fixed_point_kernel_holds_are_scored_exactly()
    {
        var rubric = RubricPresets.CanTho2025;
        var scores = EvaluationFixtures.WithTotal(94.5m);
        scores[0] = new CriterionScore(scores[0].CriterionId, scores[0].Points - 0.00005m);
        var sheet = EvaluationFixtures.Sheet(scores, bonuses: [EvaluationFixtures.Model(0.50001m)]);
        var summary = rubric.Summarize(sheet);
        Assert.Equal(rubric.Score(sheet).Summary, summary);
        Assert.Equal(94.99996m, summary.FinalScore);
        Assert.Equal(EvaluationGrade.Good, summary.Grade);
        Assert.Equal(LinqScoring.Score(rubric, sheet).FinalScore, summary.FinalScore);
    }

    [Fact]
    public void The_fast_kernel_keeps_the_values_own_decimals()
    {
        var rubric = RubricPresets.CanTho2025;
        var sheet = EvaluationFixtures.Sheet(EvaluationFixtures.WithTotal(94.5m), bonuses: [EvaluationFixtures.Model(0.25m)]);
        var summary = rubric.Summarize(sheet);
        Assert.Equal("94.75", summary.FinalScore.ToString(System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal("0.25", summary.Bonus.ToString(System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal("0", summary.Penalty.ToString(System.Globalization.CultureInfo.InvariantCulture));
    }
}
