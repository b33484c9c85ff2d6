using System;
using System.Linq;
using MassMobilization.Core.Tests.Conventions;
using Xunit;

namespace MassMobilization.Core.Tests.Mobilization;

/// <summary>The library conventions, restricted to the Mobilization types so that this area's result does not depend on others.</summary>
public sealed class MobilizationConventionTests
{
    private static readonly Type[] Types = ApiConventions.LibraryTypes
        .Where(t => string.Equals(t.Namespace, "MassMobilization.Core.Mobilization", StringComparison.Ordinal))
        .ToArray();

    [Fact]
    public void The_area_has_public_types()
    {
        Assert.Contains(typeof(Core.Mobilization.MobilizationModel), Types);
        Assert.True(Types.Length >= 30);
    }

    [Fact]
    public void Mobilization_types_reject_null_arguments_naming_the_parameter()
    {
        Assert.Empty(ApiConventions.NullArgumentViolations(Types, ConventionTests.LibrarySamples()));
    }

    [Fact]
    public void Mobilization_types_are_immutable_with_equality_operators_and_no_DateTime()
    {
        Assert.Empty(ApiConventions.MutabilityViolations(Types));
        Assert.Empty(ApiConventions.EqualityViolations(Types));
        Assert.Empty(ApiConventions.ForbiddenTypeViolations(Types));
    }
}
