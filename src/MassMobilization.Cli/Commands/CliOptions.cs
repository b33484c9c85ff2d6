using System.CommandLine;
using System.IO;
using MassMobilization.Cli.Output;

namespace MassMobilization.Cli.Commands;

/// <summary>Options shared by several commands.</summary>
internal static class CliOptions
{
    /// <summary>Creates the <c>--format</c> option.</summary>
    /// <returns>The option.</returns>
    internal static Option<OutputFormat> Format() => new("--format", "-f")
    {
        Description = "Output format: table, json or csv (csv prints the main table only).",
        DefaultValueFactory = _ => OutputFormat.Table,
    };

    /// <summary>Creates the <c>--input</c> option.</summary>
    /// <param name="description">What the file holds.</param>
    /// <returns>The option.</returns>
    internal static Option<FileInfo?> Input(string description) => new("--input", "-i")
    {
        Description = description + " Without it the command runs on the built-in sample data.",
    };

    /// <summary>Reads a whole text file, turning a missing or unreadable file into one-line bad input.</summary>
    /// <param name="file">The file.</param>
    /// <returns>The text.</returns>
    internal static string ReadAllText(FileInfo file)
    {
        try
        {
            return File.ReadAllText(file.FullName);
        }
        catch (IOException e)
        {
            throw new CliInputException($"cannot read '{file.Name}': {e.Message}", e);
        }
        catch (System.UnauthorizedAccessException e)
        {
            throw new CliInputException($"cannot read '{file.Name}': {e.Message}", e);
        }
    }
}
