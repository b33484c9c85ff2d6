using System.Collections.Generic;
using System.CommandLine.Parsing;
using System.Globalization;

namespace MassMobilization.Cli.Output;

/// <summary>
/// The command line's own one-line messages (bad input, bad options) in Vietnamese and English, keyed by a
/// stable message id; composite formats filled with invariant arguments. How a message is printed (prefix,
/// exit code) is not decided here, only its text. Messages of the library's exceptions stay as they are.
/// </summary>
internal static class CliMessages
{
    private static readonly Dictionary<string, (string Vi, string En)> Texts = new(System.StringComparer.Ordinal)
    {
        ["choice"] = ("{0}: '{1}' không phải là giá trị hợp lệ; chọn một trong: {2}.", "{0}: '{1}' is not allowed; use one of: {2}."),
        ["integer"] = ("{0}: '{1}' không phải là số nguyên từ {2} đến {3}.", "{0}: '{1}' is not a whole number from {2} to {3}."),
        ["date"] = ("{0}: '{1}' không phải là ngày theo dạng uuuu-MM-dd.", "{0}: '{1}' is not a date in the form uuuu-MM-dd."),
        ["unmatched"] = ("không nhận ra lệnh hoặc đối số '{0}'.", "unrecognized command or argument '{0}'."),
        ["missingValue"] = ("{0}: thiếu giá trị.", "{0}: a value is required."),
        ["cannotRead"] = ("không đọc được '{0}': {1}", "cannot read '{0}': {1}"),
        ["nomineesRange"] = ("--nominees: {0} không nằm trong khoảng từ 1 đến 1000.", "--nominees: {0} is not between 1 and 1000."),
        ["noServiceRecords"] = ("không có hồ sơ công tác nào để xét.", "there are no service records to check."),
        ["explainTarget"] = ("--explain: '{0}' không có dạng NGƯỜI:HÌNH-THỨC với một người đã xét và một mã hình thức khen thưởng như CSTDCS.", "--explain: '{0}' is not NOMINEE:AWARD for one of the checked nominees and an award code such as CSTDCS."),
        ["explainRecipient"] = ("--explain: {0} không dùng để tặng cho {1} như {2}.", "--explain: {0} is not given to a {1} such as {2}."),
        ["yearRange"] = ("--year: {0} không nằm trong khoảng từ {1} đến {2}.", "--year: {0} is not between {1} and {2}."),
        ["noRuleSet"] = ("--year: không có bộ quy định nào có hiệu lực cho năm {0}.", "--year: no rule set is in force for {0}."),
        ["noScoreSheets"] = ("không có phiếu chấm điểm nào để đánh giá.", "there are no score sheets to evaluate."),
        ["noUnitSheet"] = ("--unit: không có phiếu chấm điểm của đơn vị '{0}' (các đơn vị: {1}).", "--unit: no score sheet for unit '{0}' in the sample (units: {1})."),
        ["noContestSheets"] = ("hội thi không có phiếu chấm nào để chấm.", "the contest has no score sheets to judge."),
        ["period"] = ("--period: '{0}' không phải là một năm (2024), 6 tháng (2024-H1), một quý (2024-Q3) hoặc một nhiệm kỳ (2020-2025).", "--period: '{0}' is not a year (2024), a half-year (2024-H1), a quarter (2024-Q3) or a term (2020-2025)."),
        ["noUnit"] = ("--unit: không có đơn vị {0} vào ngày {1} trong bản đồ {2} ({3}).", "--unit: no unit {0} on {1} in the {2} map ({3})."),
        ["noStructure"] = ("--map: các bản ghi được lưu theo những đơn vị mà không cơ cấu nào của bản đồ {0} có đồng thời vào hoặc trước ngày {1}.", "--map: the records are kept against units that no structure of the {0} map holds together on or before {1}."),
        ["xlsxNeedsOutput"] = ("--format xlsx: cần chỉ tệp bảng tính bằng --output, ví dụ --output report.xlsx.", "--format xlsx: give the workbook's file with --output, for example --output report.xlsx."),
        ["cannotWrite"] = ("--output: không ghi được '{0}': {1}", "--output: cannot write '{0}': {1}"),
    };

    /// <summary>Writes a message in a format's language.</summary>
    /// <param name="format">The output's language.</param>
    /// <param name="id">The message id.</param>
    /// <param name="arguments">The arguments, written with the invariant culture.</param>
    /// <returns>The message.</returns>
    internal static string Of(CliFormat format, string id, params object[] arguments)
    {
        var (vi, en) = Texts[id];
        return string.Format(CultureInfo.InvariantCulture, format.T(vi, en), arguments);
    }

    /// <summary>
    /// Writes a parse error in a format's language: the options' own parsers already write theirs in it; a
    /// token nothing matched and a missing value are written from here; any other error keeps its text.
    /// </summary>
    /// <param name="problem">The error.</param>
    /// <param name="parse">The parse result.</param>
    /// <param name="format">The output's language.</param>
    /// <returns>The message.</returns>
    internal static string Of(ParseError problem, System.CommandLine.ParseResult parse, CliFormat format)
    {
        foreach (string token in parse.UnmatchedTokens)
        {
            if (problem.Message.Contains($"'{token}'", System.StringComparison.Ordinal))
            {
                return Of(format, "unmatched", token);
            }
        }

        if ((problem.SymbolResult as OptionResult ?? problem.SymbolResult?.Parent as OptionResult) is { Tokens.Count: 0, Implicit: false } option
            && option.Option.Arity.MinimumNumberOfValues > 0)
        {
            return Of(format, "missingValue", option.Option.Name);
        }

        return problem.Message;
    }

    /// <summary>Lists allowed values for a message: "table, json, csv, xlsx".</summary>
    /// <param name="values">The values.</param>
    /// <returns>The list.</returns>
    internal static string List(IEnumerable<string> values) => string.Join(", ", values);
}
