using System;
using System.Linq;
using MassMobilization.Core.Organization;
using MassMobilization.Core.Tests.Conventions;
using Xunit;

namespace MassMobilization.Core.Tests.Organization;

public sealed class OrganizationConventionTests
{
    private static readonly Type[] OrganizationTypes = ApiConventions.LibraryTypes
        .Where(t => string.Equals(t.Namespace, typeof(OrganizationChart).Namespace, StringComparison.Ordinal))
        .ToArray();

    [Fact]
    public void Organization_types_reject_null_arguments_naming_the_parameter()
    {
        Assert.Contains(typeof(OrganizationChart), OrganizationTypes);
        Assert.Empty(ApiConventions.NullArgumentViolations(OrganizationTypes, ConventionTests.LibrarySamples()));
    }

    [Fact]
    public void Organization_types_are_immutable_unless_marked()
    {
        Assert.Empty(ApiConventions.MutabilityViolations(OrganizationTypes));
        Assert.Empty(ApiConventions.EqualityViolations(OrganizationTypes));
    }
}
