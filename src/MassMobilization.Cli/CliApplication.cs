using System;
using System.Collections.Generic;
using System.CommandLine;
using System.IO;
using MassMobilization.Core;
using Spectre.Console;

namespace MassMobilization.Cli;

/// <summary>
/// The <c>massmob</c> command line: builds the command tree and runs it against the given writers, so
/// tests run every command in-process and read exactly what a person would see.
/// </summary>
internal static class CliApplication
{
    /// <summary>Exit code for success.</summary>
    internal const int Ok = 0;

    /// <summary>Exit code for bad input (unreadable file, invalid JSON, rule violation in the data).</summary>
    internal const int BadInput = 2;

    /// <summary>The option that shows exception details.</summary>
    internal static readonly Option<bool> Verbose = new("--verbose") { Description = "Show details of errors.", Recursive = true };

    /// <summary>Runs the command line.</summary>
    /// <param name="args">The arguments.</param>
    /// <param name="output">Standard output.</param>
    /// <param name="error">Standard error.</param>
    /// <returns>The exit code.</returns>
    internal static int Run(string[] args, TextWriter output, TextWriter error)
    {
        var root = new RootCommand($"massmob {LibraryInfo.Version}: the rules of Vietnamese mass mobilization work (công tác dân vận) on your data or on the built-in sample.");
        root.Add(Verbose);
        root.SetAction(parse => new System.CommandLine.Help.HelpAction().Invoke(parse));
        foreach (var command in CliCommands.All())
        {
            root.Add(command);
        }

        var parse = root.Parse(args);
        var configuration = new InvocationConfiguration { Output = output, Error = error, EnableDefaultExceptionHandler = false };
        try
        {
            return parse.Invoke(configuration);
        }
        catch (Exception e) when (e is CliInputException or FormatException or DomainRuleException or IOException or ArgumentException)
        {
            error.WriteLine($"massmob: error: {OneLine(e.Message)}");
            if (parse.GetValue(Verbose))
            {
                error.WriteLine(e.ToString());
            }

            return BadInput;
        }
    }

    /// <summary>Creates a Spectre console that writes plain text (no colours, no cursor moves) to a writer.</summary>
    /// <param name="output">The writer.</param>
    /// <returns>The console.</returns>
    internal static IAnsiConsole CreateConsole(TextWriter output)
    {
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Ansi = AnsiSupport.No,
            ColorSystem = ColorSystemSupport.NoColors,
            Interactive = InteractionSupport.No,
            Out = new AnsiConsoleOutput(output),
        });
        console.Profile.Width = 120;
        return console;
    }

    private static string OneLine(string message) => message.ReplaceLineEndings(" ");
}

/// <summary>Bad input to a command: reported on one line with exit code 2.</summary>
internal sealed class CliInputException : Exception
{
    /// <summary>Creates the exception.</summary>
    /// <param name="message">What was wrong.</param>
    public CliInputException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with its cause.</summary>
    /// <param name="message">What was wrong.</param>
    /// <param name="inner">The cause.</param>
    public CliInputException(string message, Exception inner)
        : base(message, inner)
    {
    }
}

/// <summary>The commands of the command line, one factory per capability.</summary>
internal static partial class CliCommands
{
    /// <summary>Every command, in the order shown in help.</summary>
    /// <returns>The commands.</returns>
    internal static IEnumerable<Command> All()
    {
        yield return Commands.ParseCommand.Create();
        yield return Version();
    }

    private static Command Version()
    {
        var command = new Command("version", "Print the library version.");
        command.SetAction(parse =>
        {
            parse.InvocationConfiguration.Output.WriteLine($"massmob {LibraryInfo.Version}");
            return CliApplication.Ok;
        });
        return command;
    }
}
