using System.CommandLine;
using System.IO;
using MassMobilization.Cli.Commands;
using MassMobilization.Cli.Output;

namespace MassMobilization.Cli;

/// <summary>
/// The options every command shares, made for one run with their help texts in the language the command
/// line asked for (<c>--lang</c>, read before parsing so that <c>--help</c> and parse errors use it too).
/// </summary>
internal sealed class CliGlobals
{
    /// <summary>Creates the options in a language.</summary>
    /// <param name="text">The language of help texts and messages.</param>
    internal CliGlobals(CliFormat text)
    {
        Text = text;
        Verbose = new("--verbose") { Description = text.T("Hiện chi tiết của lỗi.", "Show details of errors."), Recursive = true };
        Language = new("--lang", "-l")
        {
            Description = text.T(
                "Ngôn ngữ của bảng, nhãn, kết luận và giải thích: vi (tiếng Việt, mặc định) hoặc en (tiếng Anh). JSON và CSV dùng mã, không thay đổi.",
                "The language of tables, labels, verdicts and reasons: vi (Vietnamese, the default) or en (English). JSON and CSV use codes and do not change."),
            DefaultValueFactory = _ => "vi",
            CustomParser = result => CliOptions.Choice(result, "--lang", text, "vi", ("vi", "vi"), ("en", "en")),
            Recursive = true,
        };
        OutputFile = new("--output", "-o")
        {
            Description = text.T("Tệp ghi bảng tính khi dùng --format xlsx, ví dụ report.xlsx.", "The file for --format xlsx, for example report.xlsx."),
            Recursive = true,
        };
    }

    /// <summary>Gets the language of help texts and messages.</summary>
    internal CliFormat Text { get; }

    /// <summary>Gets the option that shows exception details.</summary>
    internal Option<bool> Verbose { get; }

    /// <summary>Gets the language of the table format and of workbooks: <c>vi</c> (default) or <c>en</c>; JSON and CSV are language-free.</summary>
    internal Option<string> Language { get; }

    /// <summary>Gets the file a workbook is written to (<c>--format xlsx</c>).</summary>
    internal Option<FileInfo?> OutputFile { get; }

    /// <summary>Gets the language asked for by the arguments, before parsing: the value after <c>--lang</c> or <c>-l</c> (also <c>--lang=en</c>, <c>--lang:en</c>); Vietnamese otherwise.</summary>
    /// <param name="args">The arguments.</param>
    /// <returns>The format of that language.</returns>
    internal static CliFormat TextOf(string[] args)
    {
        string? code = null;
        for (int i = 0; i < args.Length; i++)
        {
            string arg = args[i];
            if (arg is "--lang" or "-l")
            {
                code = i + 1 < args.Length ? args[i + 1] : null;
            }
            else if (arg.StartsWith("--lang=", System.StringComparison.Ordinal) || arg.StartsWith("--lang:", System.StringComparison.Ordinal))
            {
                code = arg[7..];
            }
            else if (arg.StartsWith("-l=", System.StringComparison.Ordinal) || arg.StartsWith("-l:", System.StringComparison.Ordinal))
            {
                code = arg[3..];
            }
        }

        return CliFormat.For(code);
    }

    /// <summary>Gets the output format of the language chosen on the command line.</summary>
    /// <param name="parse">The parse result.</param>
    /// <returns>The format.</returns>
    internal CliFormat FormatOf(ParseResult parse) => CliFormat.For(parse.GetValue(Language));
}
