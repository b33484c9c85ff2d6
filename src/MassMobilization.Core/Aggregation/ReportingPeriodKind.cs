namespace MassMobilization.Core.Aggregation;

/// <summary>The kind of a <see cref="ReportingPeriod"/> (kỳ báo cáo).</summary>
/// <remarks>The default value is <see cref="Year"/>.</remarks>
public enum ReportingPeriodKind
{
    /// <summary>A calendar year (năm).</summary>
    Year = 0,

    /// <summary>A half-year (6 tháng đầu năm / 6 tháng cuối năm).</summary>
    HalfYear = 1,

    /// <summary>A quarter (quý).</summary>
    Quarter = 2,

    /// <summary>A Party congress term (nhiệm kỳ), such as 2020–2025.</summary>
    PartyTerm = 3,

    /// <summary>Any other interval, with its own label.</summary>
    Custom = 4,
}
