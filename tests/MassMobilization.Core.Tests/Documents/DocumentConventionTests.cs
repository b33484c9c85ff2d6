using System.Linq;
using MassMobilization.Core.Tests.Conventions;
using Xunit;

namespace MassMobilization.Core.Tests.Documents;

/// <summary>The library-wide conventions, checked for the Documents and Text types alone.</summary>
public sealed class DocumentConventionTests
{
    private static readonly System.Type[] Types =
        ApiConventions.LibraryTypes.Where(t => t.Namespace is "MassMobilization.Core.Documents" or "MassMobilization.Core.Text").ToArray();

    [Fact]
    public void Documents_types_reject_null_arguments_naming_the_parameter()
    {
        Assert.True(Types.Length >= 20);
        Assert.Empty(ApiConventions.NullArgumentViolations(Types, ConventionTests.LibrarySamples()));
    }

    [Fact]
    public void Documents_types_are_immutable_and_declare_their_operators()
    {
        Assert.Empty(ApiConventions.MutabilityViolations(Types));
        Assert.Empty(ApiConventions.EqualityViolations(Types));
        Assert.Empty(ApiConventions.ForbiddenTypeViolations(Types));
    }
}
