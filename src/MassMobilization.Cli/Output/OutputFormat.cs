namespace MassMobilization.Cli.Output;

/// <summary>How a command prints its result.</summary>
internal enum OutputFormat
{
    /// <summary>Human-readable tables and charts.</summary>
    Table,

    /// <summary>Indented JSON, property names in camelCase.</summary>
    Json,

    /// <summary>RFC 4180 comma-separated values with a header line.</summary>
    Csv,
}
