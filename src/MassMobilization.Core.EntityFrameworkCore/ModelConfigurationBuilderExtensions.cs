using System;
using MassMobilization.Core.Aggregation;
using MassMobilization.Core.Documents;
using MassMobilization.Core.Organization;
using MassMobilization.Core.Quantities;
using Microsoft.EntityFrameworkCore;
using NodaTime;

namespace MassMobilization.Core.EntityFrameworkCore;

/// <summary>
/// Registers the library's value converters for every property of your own entities whose type is a
/// library value type (see docs/persistence.md, "Map your own context").
/// </summary>
public static class ModelConfigurationBuilderExtensions
{
    /// <summary>
    /// Maps <see cref="UnitCode"/>, <see cref="CommitteeId"/>, <see cref="DocumentNumber"/>, <see cref="VndAmount"/> and
    /// <see cref="ReportingPeriod"/> properties through their converters and, when
    /// <paramref name="forSqlite"/> is set, <see cref="LocalDate"/> properties as ISO text and
    /// <see cref="decimal"/> properties as canonical text that keeps their scale (<see cref="DecimalCanonicalTextConverter"/>).
    /// Call it from <c>DbContext.ConfigureConventions</c>.
    /// </summary>
    /// <param name="configurationBuilder">The conventions of your context.</param>
    /// <param name="forSqlite"><see langword="true"/> on SQLite, which has no date or exact decimal column: dates become ISO text and decimals canonical text; <see langword="false"/> on PostgreSQL, where the Npgsql NodaTime plugin maps dates to <c>date</c> and decimals are <c>numeric</c>.</param>
    /// <returns><paramref name="configurationBuilder"/>, for chaining.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="configurationBuilder"/> is null.</exception>
    public static ModelConfigurationBuilder AddMassMobilizationConversions(this ModelConfigurationBuilder configurationBuilder, bool forSqlite)
    {
        ArgumentNullException.ThrowIfNull(configurationBuilder);
        configurationBuilder.Properties<UnitCode>().HaveConversion<UnitCodeConverter>().HaveMaxLength(UnitCode.MaxLength);
        configurationBuilder.Properties<CommitteeId>().HaveConversion<CommitteeIdConverter>().HaveMaxLength(CommitteeId.MaxLength);
        configurationBuilder.Properties<DocumentNumber>().HaveConversion<DocumentNumberConverter>().HaveMaxLength(DocumentNumber.MaxFormattedLength);
        configurationBuilder.Properties<VndAmount>().HaveConversion<VndAmountConverter>();
        configurationBuilder.Properties<ReportingPeriod>().HaveConversion<ReportingPeriodConverter>().HaveMaxLength(StoredIndicatorRecord.PeriodMaxLength);
        if (forSqlite)
        {
            configurationBuilder.Properties<LocalDate>().HaveConversion<LocalDateIsoTextConverter>().HaveMaxLength(10);
            configurationBuilder.Properties<decimal>().HaveConversion<DecimalCanonicalTextConverter>();
        }

        return configurationBuilder;
    }
}
