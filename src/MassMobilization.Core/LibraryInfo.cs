using System.Reflection;

namespace MassMobilization.Core;

/// <summary>Facts about this build of the library.</summary>
public static class LibraryInfo
{
    /// <summary>
    /// Gets the library's version (the package version, without build metadata), for example <c>0.1.0</c>.
    /// </summary>
    public static string Version { get; } = ReadVersion();

    private static string ReadVersion()
    {
        var assembly = typeof(LibraryInfo).Assembly;
        string? informational = assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion;
        if (string.IsNullOrEmpty(informational))
        {
            return assembly.GetName().Version?.ToString(3) ?? "0.0.0";
        }

        int plus = informational.IndexOf('+', System.StringComparison.Ordinal);
        return plus < 0 ? informational : informational[..plus];
    }
}
