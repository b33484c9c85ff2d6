namespace MassMobilization.Cli.Output;

/// <summary>How a command prints its result.</summary>
internal enum OutputFormat
{
    /// <summary>Tables and charts for people, in the language of <c>--lang</c>.</summary>
    Table,

    /// <summary>Indented JSON, property names in camelCase; language-free (codes, exact numbers, ISO dates).</summary>
    Json,

    /// <summary>RFC 4180 comma-separated values with a header line of codes; language-free.</summary>
    Csv,

    /// <summary>An Excel workbook written to <c>--output</c>: a sheet per table, figures as numbers with number formats.</summary>
    Xlsx,
}
