using System;
using Xunit;

namespace MassMobilization.Core.Tests;

public sealed class DomainRuleExceptionTests
{
    [Fact]
    public void Carries_its_rule_code_and_is_an_invalid_operation()
    {
        var error = new DomainRuleException("ORG-DUPLICATE-CODE", "Two units hold code 26740 on 2025-07-01.");
        Assert.Equal("ORG-DUPLICATE-CODE", error.RuleCode);
        Assert.IsAssignableFrom<InvalidOperationException>(error);
        Assert.Throws<ArgumentException>(() => new DomainRuleException(" ", "message"));
    }

    [Fact]
    public void Library_version_is_semantic()
    {
        Assert.Matches(@"^\d+\.\d+\.\d+", LibraryInfo.Version);
        Assert.DoesNotContain("+", LibraryInfo.Version, StringComparison.Ordinal);
    }
}
