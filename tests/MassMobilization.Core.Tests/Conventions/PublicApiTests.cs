using System.Reflection;
using MassMobilization.Core.Tests.Infrastructure;
using PublicApiGenerator;
using Xunit;

namespace MassMobilization.Core.Tests.Conventions;

/// <summary>
/// The whole public surface of every package as an approved text, so that every change to it is a
/// reviewed diff (accept a deliberate change with MMC_ACCEPT_SNAPSHOTS=1; docs/contributing.md).
/// </summary>
public sealed class PublicApiTests
{
    public static TheoryData<string> Packages() => new()
    {
        "MassMobilization.Core",
        "MassMobilization.Core.Serialization.SystemTextJson",
        "MassMobilization.Core.Extensions.DependencyInjection",
        "MassMobilization.Core.AdministrativeUnits",
        "MassMobilization.Core.EntityFrameworkCore",
    };

    [Theory]
    [MemberData(nameof(Packages))]
    public void The_public_api_is_approved(string package)
    {
        var assembly = Assembly.Load(package);
        string api = assembly.GeneratePublicApi(new ApiGeneratorOptions { IncludeAssemblyAttributes = false });
        Assert.Contains("namespace ", api, System.StringComparison.Ordinal);
        Snapshot.VerifyText(api, package.Replace('.', '-'));
    }
}
