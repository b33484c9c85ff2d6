using System;
using System.Linq;
using MassMobilization.Core.Tests.Conventions;
using Xunit;

namespace MassMobilization.Core.Tests.Aggregation;

/// <summary>The library-wide conventions, restricted to this folder's types so that its failures show by name.</summary>
public sealed class AggregationConventionTests
{
    private static readonly Type[] AggregationTypes = ApiConventions.LibraryTypes
        .Where(t => string.Equals(t.Namespace, "MassMobilization.Core.Aggregation", StringComparison.Ordinal))
        .ToArray();

    [Fact]
    public void Aggregation_types_reject_null_arguments_naming_the_parameter()
    {
        Assert.True(AggregationTypes.Length > 15);
        Assert.Empty(ApiConventions.NullArgumentViolations(AggregationTypes, ConventionTests.LibrarySamples()));
    }

    [Fact]
    public void Aggregation_types_are_immutable_and_equatable_with_operators()
    {
        Assert.Empty(ApiConventions.MutabilityViolations(AggregationTypes));
        Assert.Empty(ApiConventions.EqualityViolations(AggregationTypes));
    }
}
