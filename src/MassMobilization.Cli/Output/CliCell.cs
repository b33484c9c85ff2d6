using System;

namespace MassMobilization.Cli.Output;

/// <summary>What a cell holds, which decides its number format in a workbook.</summary>
internal enum CellKind
{
    /// <summary>Text or a stable code.</summary>
    Text,

    /// <summary>A whole number.</summary>
    Integer,

    /// <summary>A decimal with a fixed number of places (a score).</summary>
    Fixed,

    /// <summary>A percentage, the machine value in percent (70 for 70%).</summary>
    Percent,

    /// <summary>An amount in whole đồng.</summary>
    Money,

    /// <summary>A date, the machine value in ISO form.</summary>
    Date,
}

/// <summary>
/// A cell with two faces: the language-free machine value written to JSON, CSV and workbooks (a stable
/// code, an exact number, an ISO date) and the text a person reads in the table format.
/// </summary>
/// <param name="Machine">The machine value: a string, a number, a boolean or null.</param>
/// <param name="Display">The text in the output's language.</param>
/// <param name="Kind">What the value is.</param>
/// <param name="Decimals">The number of decimal places of a fixed or percentage value.</param>
internal sealed record CliCell(object? Machine, string Display, CellKind Kind = CellKind.Text, int Decimals = 0)
{
    /// <summary>Returns the display text.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => Display;

    /// <summary>Gives a decimal exactly <paramref name="decimals"/> places, so JSON writes "14.50", not "14.5".</summary>
    /// <param name="value">The value, already rounded by its policy.</param>
    /// <param name="decimals">The places.</param>
    /// <returns>The value with that scale.</returns>
    internal static decimal WithScale(decimal value, int decimals) =>
        decimal.Round(value, decimals, MidpointRounding.AwayFromZero) + new decimal(0, 0, 0, false, (byte)decimals);
}
