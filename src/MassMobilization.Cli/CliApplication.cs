using System;
using System.Collections.Generic;
using System.CommandLine;
using System.CommandLine.Parsing;
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
    /// <summary>Exit code for an internal error (a bug), and for <c>parse</c>, a number that did not parse.</summary>
    internal const int InternalError = 1;

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

    /// <summary>
    /// Runs the command line with the given services (tests pass their own clock). This is the one place
    /// the CLI contract is kept (docs/reliability.md, "The CLI contract"): every run ends with exit code 0,
    /// 2 (bad input or options: one line with the code, the option or JSON path and what was given) or 1
    /// (an internal error: one line and a hint, the details only with <c>--verbose</c>); both writers
    /// escape control characters, so nothing from the input drives the terminal.
    /// </summary>
    /// <param name="args">The arguments.</param>
    /// <param name="output">Standard output.</param>
    /// <param name="error">Standard error.</param>
    /// <param name="services">The services, with the library registered by <c>AddMassMobilization</c>.</param>
    /// <returns>The exit code: 0, 1 or 2.</returns>
    internal static int Run(string[] args, TextWriter output, TextWriter error, IServiceProvider services)
    {
        output = new Output.EscapingWriter(output);
        error = new Output.EscapingWriter(error);
        bool verbose = Array.Exists(args, a => a == "--verbose");
        var globals = new CliGlobals(CliGlobals.TextOf(args));
        try
        {
            return Invoke(args, output, error, services, globals, ref verbose);
        }
        catch (Exception e) when (e is CliInputException or FormatException or DomainRuleException or IOException or UnauthorizedAccessException or ArgumentException)
        {
            string code = e is DomainRuleException rule ? $"[{rule.RuleCode}] " : string.Empty;
            error.WriteLine($"massmob: error: {code}{OneLine(e.Message)}");
            Details(error, e, verbose);
            return BadInput;
        }
        catch (Exception e)
        {
            error.WriteLine(globals.Text.T(
                $"massmob: lỗi nội bộ: {e.GetType().Name}: {OneLine(e.Message)} (lỗi của massmob: chạy lại với --verbose và báo cáo chi tiết)",
                $"massmob: internal error: {e.GetType().Name}: {OneLine(e.Message)} (a fault in massmob: run again with --verbose and report the details)"));
            Details(error, e, verbose);
            return InternalError;
        }
    }

    private static int Invoke(string[] args, TextWriter output, TextWriter error, IServiceProvider services, CliGlobals globals, ref bool verbose)
    {
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
        if (parse.Errors.Count > 0 && IsHelpRequest(args))
        {
            // Help was asked for among other mistakes: show the help of the command reached, without the mistakes.
            var path = new List<string> { "--help" };
            for (var command = parse.CommandResult; command.Parent is CommandResult parent; command = parent)
            {
                path.Insert(0, command.Command.Name);
            }

            parse = root.Parse(path);
        }

        if (parse.Errors.Count > 0)
        {
            var messages = new List<string>();
            foreach (var problem in parse.Errors)
            {
                messages.Add(Output.CliMessages.Of(problem, parse, globals.Text));
            }

            error.WriteLine($"massmob: error: {OneLine(string.Join(" ", messages))} (see 'massmob --help')");
            return BadInput;
        }

        verbose = parse.GetValue(globals.Verbose);
        var configuration = new InvocationConfiguration { Output = output, Error = error, EnableDefaultExceptionHandler = false };
        int exit = parse.Invoke(configuration);
        return exit is Ok or InternalError or BadInput ? exit : InternalError;
    }

    private static void Details(TextWriter error, Exception e, bool verbose)
    {
        if (verbose)
        {
            error.WriteLine(e.ToString());
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
