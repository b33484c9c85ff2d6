using System;
using System.Linq;
using MassMobilization.Core.Tests.Conventions;
using Xunit;

namespace MassMobilization.Core.Tests.Quantities;

/// <summary>The library-wide conventions, restricted to this folder's types so that its failures show by name.</summary>
public sealed class QuantitiesConventionTests
{
    private static readonly Type[] QuantitiesTypes = ApiConventions.LibraryTypes
        .Where(t => string.Equals(t.Namespace, "MassMobilization.Core.Quantities", StringComparison.Ordinal))
        .ToArray();

    [Fact]
    public void Quantities_types_reject_null_arguments_naming_the_parameter()
    {
        Assert.True(QuantitiesTypes.Length >= 6);
        Assert.Empty(ApiConventions.NullArgumentViolations(QuantitiesTypes, ConventionTests.LibrarySamples()));
    }

    [Fact]
    public void Quantities_types_are_immutable_and_equatable_with_operators()
    {
        Assert.Empty(ApiConventions.MutabilityViolations(QuantitiesTypes));
        Assert.Empty(ApiConventions.EqualityViolations(QuantitiesTypes));
    }
}
