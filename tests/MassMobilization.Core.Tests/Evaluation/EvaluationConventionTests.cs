using System;
using System.Linq;
using MassMobilization.Core.Evaluation;
using MassMobilization.Core.Tests.Conventions;
using Xunit;

namespace MassMobilization.Core.Tests.Evaluation;

/// <summary>The library-wide conventions, restricted to the Evaluation folder so that its violations are reported on their own.</summary>
public sealed class EvaluationConventionTests
{
    private static readonly Type[] Types = ApiConventions.LibraryTypes
        .Where(t => string.Equals(t.Namespace, typeof(Rubric).Namespace, StringComparison.Ordinal))
        .ToArray();

    [Fact]
    public void Evaluation_has_public_types()
    {
        Assert.Contains(typeof(ScoreCard), Types);
        Assert.True(Types.Length >= 20);
    }

    [Fact]
    public void Evaluation_rejects_null_arguments_naming_the_parameter()
    {
        Assert.Empty(ApiConventions.NullArgumentViolations(Types, ConventionTests.LibrarySamples()));
    }

    [Fact]
    public void Evaluation_types_are_immutable_declare_equality_operators_and_use_no_DateTime()
    {
        Assert.Empty(ApiConventions.MutabilityViolations(Types));
        Assert.Empty(ApiConventions.EqualityViolations(Types));
        Assert.Empty(ApiConventions.ForbiddenTypeViolations(Types));
    }
}
