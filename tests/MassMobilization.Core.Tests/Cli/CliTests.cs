using System;
using System.IO;
using MassMobilization.Cli;
using Xunit;

namespace MassMobilization.Core.Tests.Cli;

public sealed class CliTests
{
    internal static (int Exit, string Output, string Error) Run(params string[] args)
    {
        var output = new StringWriter { NewLine = "\n" };
        var error = new StringWriter { NewLine = "\n" };
        int exit = CliApplication.Run(args, output, error);
        return (exit, output.ToString(), error.ToString());
    }

    /// <summary>Joins the lines of wrapped notes ("  * …" continued by "    …") back into one line each.</summary>
    internal static string Unwrap(string text) => text.Replace("\n    ", " ", StringComparison.Ordinal);

    [Fact]
    public void Version_prints_the_library_version()
    {
        var (exit, output, _) = Run("version");
        Assert.Equal(0, exit);
        Assert.Equal($"massmob {LibraryInfo.Version}\n", output);
    }

    [Fact]
    public void No_command_prints_help_and_succeeds()
    {
        var (exit, output, _) = Run();
        Assert.Equal(0, exit);
        Assert.Contains("Usage:", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Unknown_command_fails()
    {
        var (exit, _, _) = Run("no-such-command");
        Assert.NotEqual(0, exit);
    }
}
