using System.Linq;
using MassMobilization.Core.Tests.Conventions;
using Xunit;

namespace MassMobilization.Core.Tests.Awards;

public sealed class AwardsConventionTests
{
    [Fact]
    public void Awards_types_reject_null_arguments_naming_the_parameter()
    {
        var types = ApiConventions.LibraryTypes.Where(t => t.Namespace == "MassMobilization.Core.Awards").ToList();
        Assert.True(types.Count > 20);
        Assert.Empty(ApiConventions.NullArgumentViolations(types, ConventionTests.LibrarySamples()));
    }
}
