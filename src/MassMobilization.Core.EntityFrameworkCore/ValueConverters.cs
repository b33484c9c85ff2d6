using System.Globalization;
using MassMobilization.Core.Aggregation;
using MassMobilization.Core.Documents;
using MassMobilization.Core.Organization;
using MassMobilization.Core.Quantities;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;
using NodaTime;
using NodaTime.Text;

namespace MassMobilization.Core.EntityFrameworkCore;

/// <summary>
/// Stores a <see cref="UnitCode"/> as its text (mã đơn vị hành chính), at most
/// <see cref="UnitCode.MaxLength"/> characters; reading validates with the <see cref="UnitCode"/>
/// constructor (see docs/persistence.md, "Value converters").
/// </summary>
public sealed class UnitCodeConverter : ValueConverter<UnitCode, string>
{
    /// <summary>Initializes the converter.</summary>
    public UnitCodeConverter()
        : base(code => code.Value, text => new UnitCode(text))
    {
    }
}

/// <summary>
/// Stores a <see cref="CommitteeId"/> (mã cơ quan, ủy ban) as its text, at most
/// <see cref="CommitteeId.MaxLength"/> characters; reading validates with the <see cref="CommitteeId"/>
/// constructor (see docs/persistence.md, "Value converters").
/// </summary>
public sealed class CommitteeIdConverter : ValueConverter<CommitteeId, string>
{
    /// <summary>Initializes the converter.</summary>
    public CommitteeIdConverter()
        : base(id => id.Value, text => new CommitteeId(text))
    {
    }
}

/// <summary>
/// Stores a <see cref="DocumentNumber"/> as its canonical text (số, ký hiệu văn bản, for example
/// <c>18-NQ/TW</c>); reading parses with <see cref="DocumentNumber.Parse(string)"/>, so a malformed number is
/// a <see cref="System.FormatException"/> saying what is wrong (see docs/persistence.md, "Value converters").
/// </summary>
public sealed class DocumentNumberConverter : ValueConverter<DocumentNumber, string>
{
    /// <summary>Initializes the converter.</summary>
    public DocumentNumberConverter()
        : base(number => number.ToString(), text => DocumentNumber.Parse(text))
    {
    }
}

/// <summary>
/// Stores a <see cref="VndAmount"/> as a whole number of đồng in a 64-bit integer column, exactly
/// (see docs/persistence.md, "Value converters").
/// </summary>
public sealed class VndAmountConverter : ValueConverter<VndAmount, long>
{
    /// <summary>Initializes the converter.</summary>
    public VndAmountConverter()
        : base(amount => amount.Dong, dong => VndAmount.FromDong(dong))
    {
    }
}

/// <summary>
/// Stores a <see cref="ReportingPeriod"/> as its compact text (<c>2024</c>, <c>2024-H1</c>,
/// <c>2024-Q3</c>, …) written and read by <see cref="ReportingPeriodPattern.Compact"/>
/// (see docs/persistence.md, "Value converters").
/// </summary>
public sealed class ReportingPeriodConverter : ValueConverter<ReportingPeriod, string>
{
    /// <summary>Initializes the converter.</summary>
    public ReportingPeriodConverter()
        : base(period => ReportingPeriodPattern.Compact.Format(period), text => ReportingPeriodPattern.Compact.Parse(text).GetValueOrThrow())
    {
    }
}

/// <summary>
/// Stores a NodaTime <see cref="LocalDate"/> as ISO text (<c>uuuu-MM-dd</c>), which sorts and compares
/// like the date; used on SQLite, which has no date type. On PostgreSQL dates are <c>date</c> columns
/// through the Npgsql NodaTime plugin instead (see docs/persistence.md, "Value converters").
/// </summary>
public sealed class LocalDateIsoTextConverter : ValueConverter<LocalDate, string>
{
    /// <summary>Initializes the converter.</summary>
    public LocalDateIsoTextConverter()
        : base(date => LocalDatePattern.Iso.Format(date), text => LocalDatePattern.Iso.Parse(text).GetValueOrThrow())
    {
    }
}

/// <summary>
/// Stores a <see cref="decimal"/> as its canonical invariant text with its scale (<c>14.50</c> stays
/// <c>14.50</c>), for SQLite, whose own decimal mapping writes the value without trailing zeros (see
/// docs/persistence.md, "Value converters"). PostgreSQL's <c>numeric</c> keeps the scale itself.
/// </summary>
public sealed class DecimalCanonicalTextConverter : ValueConverter<decimal, string>
{
    /// <summary>Initializes the converter.</summary>
    public DecimalCanonicalTextConverter()
        : base(value => value.ToString(CultureInfo.InvariantCulture), text => decimal.Parse(text, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture))
    {
    }
}
