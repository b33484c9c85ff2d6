using System;
using MassMobilization.Core.Evaluation;
using MassMobilization.Core.Tests.Generators;
using Xunit;

namespace MassMobilization.Core.Tests.Evaluation;

public sealed class KernelTests
{
    [Fact]
    public void Summarize_allocates_nothing_and_SummarizeAll_only_its_results()
    {
        var rubric = RubricPresets.CanTho2025;
        var sheets = EvaluationData.Sheets(rubric, 2_000, seed: 11);
        rubric.Summarize(sheets[0]);
        rubric.SummarizeAll(sheets);

        long before = GC.GetAllocatedBytesForCurrentThread();
        decimal total = 0m;
        for (int i = 0; i < sheets.Count; i++)
        {
            total += rubric.Summarize(sheets[i]).FinalScore;
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
}
