using System;
using System.Globalization;
using MassMobilization.Core.Quantities;
using MassMobilization.Core.Text;
using NodaTime;
using NodaTime.Text;

namespace MassMobilization.Cli.Output;

/// <summary>
/// How one output writes for people: its language, and numbers, percentages, money and dates in that
/// language's notation ("70,9%", "165,34 tỷ đồng", "20/12/2024" in Vietnamese), with explicit separators
/// instead of culture data, so the output is the same under any current culture and in
/// globalization-invariant mode. Machine values stay invariant.
/// </summary>
internal sealed class CliFormat
{
    private static readonly LocalDatePattern VietnameseDate = LocalDatePattern.CreateWithInvariantCulture("dd/MM/uuuu");

    private CliFormat(DisplayLanguage language)
    {
        Language = language;
        Notation = language == DisplayLanguage.Vietnamese ? NumberNotation.Vietnamese : NumberNotation.Invariant;
        Numbers = new NumberFormatInfo
        {
            NumberDecimalSeparator = Notation == NumberNotation.Vietnamese ? "," : ".",
            NumberGroupSeparator = Notation == NumberNotation.Vietnamese ? "." : ",",
            NegativeSign = "-",
        };
        Amounts = VndAmountPattern.Create(VndUnit.Billion, Notation, 2, RoundingMode.HalfAwayFromZero);
    }

    /// <summary>Gets the Vietnamese format, the default.</summary>
    internal static CliFormat Vietnamese { get; } = new(DisplayLanguage.Vietnamese);

    /// <summary>Gets the English format.</summary>
    internal static CliFormat English { get; } = new(DisplayLanguage.English);

    /// <summary>Gets the language.</summary>
    internal DisplayLanguage Language { get; }

    /// <summary>Gets the number notation of the language.</summary>
    internal NumberNotation Notation { get; }

    /// <summary>Gets the explicit number format of the language (never read from culture data).</summary>
    internal NumberFormatInfo Numbers { get; }

    /// <summary>Gets how amounts are shown: billions of đồng, two decimals, rounded half away from zero (the policy is explicit, and the machine value stays whole đồng).</summary>
    internal VndAmountPattern Amounts { get; }

    /// <summary>Gets the format for a language code.</summary>
    /// <param name="code"><c>vi</c> or <c>en</c>.</param>
    /// <returns>The format.</returns>
    internal static CliFormat For(string? code) => code == "en" ? English : Vietnamese;

    /// <summary>Picks the text of the output's language.</summary>
    /// <param name="vietnamese">The Vietnamese text.</param>
    /// <param name="english">The English text.</param>
    /// <returns>One of them.</returns>
    internal string T(string vietnamese, string english) => Language == DisplayLanguage.Vietnamese ? vietnamese : english;

    /// <summary>A library enum value: its name as the code, its display name as the text.</summary>
    /// <param name="value">The value.</param>
    /// <returns>The cell.</returns>
    internal CliCell Enum(Enum value) => new(value.ToString(), value.ToDisplayString(Language));

    /// <summary>Writes one of the library's explanations (a finding, a reason, a summary) in the output's language and spelling.</summary>
    /// <param name="explanation">The explanation.</param>
    /// <returns>The sentence.</returns>
    internal string Explain(Explanation explanation) => VietnameseSpelling.Normalize(explanation.ToDisplayString(Language));

    /// <summary>A catalogue entry: its code, and its display name as the text.</summary>
    /// <param name="code">The stable code.</param>
    /// <param name="entry">The entry.</param>
    /// <returns>The cell.</returns>
    internal CliCell Named(string code, IDisplayNamed entry) => new(code, VietnameseSpelling.Normalize(entry.ToDisplayString(Language)));

    /// <summary>A date: ISO for machines, "20/12/2024" in Vietnamese, "2024-12-20" in English.</summary>
    /// <param name="date">The date.</param>
    /// <returns>The cell.</returns>
    internal CliCell Date(LocalDate date) => new(LocalDatePattern.Iso.Format(date), DateText(date), CellKind.Date);

    /// <summary>Writes a date for people.</summary>
    /// <param name="date">The date.</param>
    /// <returns>The text.</returns>
    internal string DateText(LocalDate date) => Language == DisplayLanguage.Vietnamese ? VietnameseDate.Format(date) : LocalDatePattern.Iso.Format(date);

    /// <summary>A decimal rounded by a policy and shown with exactly its places.</summary>
    /// <param name="value">The exact value.</param>
    /// <param name="policy">The rounding policy that gives the precision.</param>
    /// <returns>The cell.</returns>
    internal CliCell Fixed(decimal value, RoundingPolicy policy) =>
        new(CliCell.WithScale(policy.Round(value), policy.Decimals), policy.Format(value, Notation), CellKind.Fixed, policy.Decimals);

    /// <summary>A percentage of a ratio under a percentage policy: the rounded percent as the machine value, "70,9%" as the text.</summary>
    /// <param name="percentages">The policy (its notation and not-applicable text are replaced by the output's).</param>
    /// <param name="ratio">The ratio.</param>
    /// <returns>The cell; the machine value is null when the ratio is not applicable.</returns>
    internal CliCell Percent(PercentageFormat percentages, Ratio ratio)
    {
        var shown = Percentages(percentages);
        decimal? percent = shown.Percentage(ratio);
        return new(percent is { } p ? CliCell.WithScale(p, shown.Decimals) : null, shown.Format(ratio), CellKind.Percent, shown.Decimals);
    }

    /// <summary>Gives a percentage policy this output's notation and wording.</summary>
    /// <param name="percentages">The policy.</param>
    /// <returns>The same rounding, written for this output.</returns>
    internal PercentageFormat Percentages(PercentageFormat percentages) =>
        percentages.WithNotation(Notation).WithNotApplicableText(T("không áp dụng", "n/a"));

    /// <summary>An amount: whole đồng for machines, "165,34 tỷ đồng" for people.</summary>
    /// <param name="amount">The amount.</param>
    /// <returns>The cell.</returns>
    internal CliCell Money(VndAmount amount) => new(amount.Dong, Amounts.Format(amount), CellKind.Money);

    /// <summary>A whole number: itself for machines, grouped for people ("1.981").</summary>
    /// <param name="value">The number.</param>
    /// <returns>The cell.</returns>
    internal CliCell Integer(long value) => new(value, IntegerText(value), CellKind.Integer);

    /// <summary>A number that is an identifier or a year, not a quantity: itself for machines, ungrouped for people ("2023", "3406").</summary>
    /// <param name="value">The number, or null.</param>
    /// <returns>The cell, or null.</returns>
    internal static CliCell? Plain(long? value) =>
        value is { } v ? new(v, v.ToString(CultureInfo.InvariantCulture), CellKind.Text) : null;

    /// <summary>Writes a whole number grouped by thousands in the output's notation.</summary>
    /// <param name="value">The number.</param>
    /// <returns>The text.</returns>
    internal string IntegerText(long value) => value.ToString("#,0", Numbers);

    /// <summary>Writes a yes/no answer.</summary>
    /// <param name="value">The answer.</param>
    /// <returns>"có"/"không" or "yes"/"no".</returns>
    internal string YesNo(bool value) => value ? T("có", "yes") : T("không", "no");
}
