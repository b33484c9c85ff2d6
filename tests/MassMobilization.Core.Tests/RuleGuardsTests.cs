using System.Globalization;
using System.Threading;
using Ardalis.GuardClauses;
using Xunit;

namespace MassMobilization.Core.Tests;

/// <summary>The rule guard: its interpolated message is written only when the rule is broken, and with the invariant culture.</summary>
public sealed class RuleGuardsTests
{
    [Fact]
    public void A_rule_that_holds_never_writes_its_message()
    {
        var probe = new CountingValue();
        for (int i = 0; i < 1000; i++)
        {
            Guard.Against.RuleViolation(true, "TEST-RULE", $"Value {probe} is wrong.");
        }

        Assert.Equal(0, probe.Written);
        long before = System.GC.GetAllocatedBytesForCurrentThread();
        for (int i = 0; i < 1000; i++)
        {
            Guard.Against.RuleViolation(i >= 0, "TEST-RULE", $"Record {i} of {probe} is wrong.");
        }

        Assert.Equal(0, System.GC.GetAllocatedBytesForCurrentThread() - before);
    }

    [Fact]
    public void A_broken_rule_carries_its_code_and_a_culture_independent_message()
    {
        var previous = Thread.CurrentThread.CurrentCulture;
        try
        {
            Thread.CurrentThread.CurrentCulture = CultureInfo.GetCultureInfo("vi-VN");
            decimal score = 14.5m;
            var error = Assert.Throws<DomainRuleException>(() => Guard.Against.RuleViolation(score < 10m, "TEST-RULE", $"The score {score} is above 10 for {new CountingValue()}."));
            Assert.Equal("TEST-RULE", error.RuleCode);
            Assert.Contains("The score 14.5 is above 10 for probe.", error.Message, System.StringComparison.Ordinal);
        }
        finally
        {
            Thread.CurrentThread.CurrentCulture = previous;
        }
    }

    private sealed class CountingValue
    {
        public int Written { get; private set; }

        public override string ToString()
        {
            Written++;
            return "probe";
        }
    }
}
