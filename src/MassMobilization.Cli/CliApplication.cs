using System;
using System.Collections.Generic;
using System.CommandLine;
using System.IO;
using MassMobilization.Core;

using Microsoft.Extensions.DependencyInjection;
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

    /// <summary>Runs the command line with the library registered in a new service provider.</summary>
    /// <param name="args">The arguments.</param>
    /// <param name="output">Standard output.</param>
    /// <param name="error">Standard error.</param>
    /// <returns>The exit code.</returns>
    internal static int Run(string[] args, TextWriter output, TextWriter error)
    {
        using var services = new ServiceCollection().AddMassMobilization().BuildServiceProvider();
        return Run(args, output, error, services);
    }

    /// <summary>Runs the command line with the given services (tests pass their own clock).</summary>
    /// <param name="args">The arguments.</param>
    /// <param name="output">Standard output.</param>
    /// <param name="error">Standard error.</param>
    /// <param name="services">The services, with the library registered by <c>AddMassMobilization</c>.</param>
    /// <returns>The exit code.</returns>
    internal static int Run(string[] args, TextWriter output, TextWriter error, IServiceProvider services)
    {
        var globals = new CliGlobals(CliGlobals.TextOf(args));
        var root = new RootCommand(globals.Text.T(
            $"massmob {LibraryInfo.Version}: các quy định của công tác dân vận áp dụng trên dữ liệu của bạn hoặc trên dữ liệu mẫu có sẵn.",
            $"massmob {LibraryInfo.Version}: the rules of Vietnamese mass mobilization work (công tác dân vận) on your data or on the built-in sample."));
        root.Add(globals.Verbose);
        root.Add(globals.Language);
        root.Add(globals.OutputFile);
        root.SetAction(parse => new System.CommandLine.Help.HelpAction().Invoke(parse));
        foreach (var command in CliCommands.All(services, globals))
        {
            root.Add(command);
        }

        var parse = root.Parse(args);
        if (parse.Errors.Count > 0 && !IsHelpRequest(args))
        {
            var messages = new List<string>();
            foreach (var problem in parse.Errors)
            {
                messages.Add(Output.CliMessages.Of(problem, parse, globals.Text));
            }

            error.WriteLine($"massmob: error: {OneLine(string.Join(" ", messages))} (see 'massmob --help')");
            return BadInput;
        }

        var configuration = new InvocationConfiguration { Output = output, Error = error, EnableDefaultExceptionHandler = false };
        try
        {
            return parse.Invoke(configuration);
        }
        catch (Exception e) when (e is CliInputException or FormatException or DomainRuleException or IOException or ArgumentException)
        {
            string code = e is DomainRuleException rule ? $"[{rule.RuleCode}] " : string.Empty;
            error.WriteLine($"massmob: error: {code}{OneLine(e.Message)}");
            if (parse.GetValue(globals.Verbose))
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

    private static bool IsHelpRequest(string[] args) => Array.Exists(args, a => a is "-h" or "--help" or "-?" or "/?" or "/h");
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
    /// <param name="services">The services.</param>
    /// <param name="globals">The shared options and the language of help texts.</param>
    /// <returns>The commands.</returns>
    internal static IEnumerable<Command> All(IServiceProvider services, CliGlobals globals)
    {
        yield return Commands.ReportCommand.Create(services, globals);
        yield return Commands.EligibilityCommand.Create(globals);
        yield return Commands.EvaluateCommand.Create(globals);
        yield return Commands.RebaseCommand.Create(services, globals);
        yield return Commands.ContestCommand.Create(globals);
        yield return Commands.ParseCommand.Create(globals);
        yield return Version(globals.Text);
    }

    private static Command Version(Output.CliFormat text)
    {
        var command = new Command("version", text.T("In phiên bản của thư viện.", "Print the library version."));
        command.SetAction(parse =>
        {
            parse.InvocationConfiguration.Output.WriteLine($"massmob {LibraryInfo.Version}");
            return CliApplication.Ok;
        });
        return command;
    }
}
