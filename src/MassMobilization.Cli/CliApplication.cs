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
    /// <summary>Exit code for success.</summary>
    internal const int Ok = 0;

    /// <summary>Exit code for an internal error (a bug), and for <c>parse</c>, a number that did not parse.</summary>
    internal const int InternalError = 1;

    /// <summary>Exit code for bad input (unreadable file, invalid JSON, rule violation in the data).</summary>
    internal const int BadInput = 2;

    /// <summary>The option that shows exception details.</summary>
    internal static readonly Option<bool> Verbose = new("--verbose") { Description = "Show details of errors.", Recursive = true };

    /// <summary>The language of the table format and of workbooks: <c>vi</c> (default) or <c>en</c>; JSON and CSV are language-free.</summary>
    internal static readonly Option<string> Language = CreateLanguage();

    /// <summary>The file a workbook is written to (<c>--format xlsx</c>).</summary>
    internal static readonly Option<FileInfo?> OutputFile = new("--output", "-o") { Description = "The file for --format xlsx, for example report.xlsx.", Recursive = true };

    /// <summary>Gets the output format of the language chosen on the command line.</summary>
    /// <param name="parse">The parse result.</param>
    /// <returns>The format.</returns>
    internal static Output.CliFormat FormatOf(ParseResult parse) => Output.CliFormat.For(parse.GetValue(Language));

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
        try
        {
            return Invoke(args, output, error, services, ref verbose);
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
            error.WriteLine($"massmob: internal error: {e.GetType().Name}: {OneLine(e.Message)} (a fault in massmob: run again with --verbose and report the details)");
            Details(error, e, verbose);
            return InternalError;
        }
    }

    private static int Invoke(string[] args, TextWriter output, TextWriter error, IServiceProvider services, ref bool verbose)
    {
        var root = new RootCommand($"massmob {LibraryInfo.Version}: the rules of Vietnamese mass mobilization work (công tác dân vận) on your data or on the built-in sample.");
        root.Add(Verbose);
        root.Add(Language);
        root.Add(OutputFile);
        root.SetAction(parse => new System.CommandLine.Help.HelpAction().Invoke(parse));
        foreach (var command in CliCommands.All(services))
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
                messages.Add(problem.Message);
            }

            error.WriteLine($"massmob: error: {OneLine(string.Join(" ", messages))} (see 'massmob --help')");
            return BadInput;
        }

        verbose = parse.GetValue(Verbose);
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

    private static Option<string> CreateLanguage()
    {
        var option = new Option<string>("--lang", "-l")
        {
            Description = "The language of tables, labels, verdicts and reasons: vi (Vietnamese, the default) or en (English). JSON and CSV use codes and do not change.",
            DefaultValueFactory = _ => "vi",
            Recursive = true,
        };
        option.AcceptOnlyFromAmong("vi", "en");
        return option;
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
    /// <returns>The commands.</returns>
    internal static IEnumerable<Command> All(IServiceProvider services)
    {
        yield return Commands.ReportCommand.Create(services);
        yield return Commands.EligibilityCommand.Create();
        yield return Commands.EvaluateCommand.Create();
        yield return Commands.RebaseCommand.Create(services);
        yield return Commands.ContestCommand.Create();
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
