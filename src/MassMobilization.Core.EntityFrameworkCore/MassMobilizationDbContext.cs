using System;
using Microsoft.EntityFrameworkCore;

namespace MassMobilization.Core.EntityFrameworkCore;

/// <summary>
/// The reference context (ngữ cảnh dữ liệu): the library's tables and nothing else, on PostgreSQL or SQLite.
/// Use <see cref="PostgreSqlMassMobilizationDbContext"/> or <see cref="SqliteMassMobilizationDbContext"/>
/// to get the shipped migrations, or map the tables into your own context with
/// <see cref="ModelBuilderExtensions.ApplyMassMobilizationConfiguration"/> (see docs/persistence.md).
/// </summary>
public class MassMobilizationDbContext : DbContext
{
    /// <summary>Initializes the context.</summary>
    /// <param name="options">The options, with a provider (<c>UseNpgsql(…, o => o.UseNodaTime())</c> or <c>UseSqlite(…)</c>).</param>
    public MassMobilizationDbContext(DbContextOptions<MassMobilizationDbContext> options)
        : base(options)
    {
    }

    /// <summary>Initializes a derived context.</summary>
    /// <param name="options">The options of the derived context.</param>
    protected MassMobilizationDbContext(DbContextOptions options)
        : base(options)
    {
    }

    /// <summary>Gets the unit versions.</summary>
    public DbSet<StoredUnit> Units => Set<StoredUnit>();

    /// <summary>Gets the unit successions.</summary>
    public DbSet<StoredSuccession> UnitSuccessions => Set<StoredSuccession>();

    /// <summary>Gets the indicator records.</summary>
    public DbSet<StoredIndicatorRecord> IndicatorRecords => Set<StoredIndicatorRecord>();

    /// <summary>Gets the registered documents.</summary>
    public DbSet<StoredDocument> Documents => Set<StoredDocument>();

    /// <summary>Gets the entries of stored partials.</summary>
    public DbSet<StoredPartialEntry> PartialEntries => Set<StoredPartialEntry>();

    /// <summary>Gets the committee versions.</summary>
    public DbSet<StoredCommittee> Committees => Set<StoredCommittee>();

    /// <summary>Gets the commendation decisions.</summary>
    public DbSet<StoredAwardDecision> AwardDecisions => Set<StoredAwardDecision>();

    /// <summary>Gets the "Dân vận khéo" models.</summary>
    public DbSet<StoredMobilizationModel> MobilizationModels => Set<StoredMobilizationModel>();

    /// <summary>Gets the support deliveries.</summary>
    public DbSet<StoredSupportDelivery> SupportDeliveries => Set<StoredSupportDelivery>();

    /// <summary>Registers the library's value converters; dates are ISO text on SQLite.</summary>
    /// <param name="configurationBuilder">The conventions.</param>
    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        ArgumentNullException.ThrowIfNull(configurationBuilder);
        configurationBuilder.AddMassMobilizationConversions(forSqlite: Database.IsSqlite());
    }

    /// <summary>Adds the reference schema.</summary>
    /// <param name="modelBuilder">The model builder.</param>
    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        ArgumentNullException.ThrowIfNull(modelBuilder);
        modelBuilder.ApplyMassMobilizationConfiguration();
    }
}

/// <summary>
/// The reference context on PostgreSQL, with its migrations; dates are <c>date</c> columns through the
/// Npgsql NodaTime plugin (see docs/persistence.md, "Migrations").
/// </summary>
public sealed class PostgreSqlMassMobilizationDbContext : MassMobilizationDbContext
{
    /// <summary>Initializes the context.</summary>
    /// <param name="options">The options, made with <see cref="MassMobilizationDbContextOptions.ForPostgreSql"/> or with <c>UseNpgsql(…, o => o.UseNodaTime())</c>.</param>
    public PostgreSqlMassMobilizationDbContext(DbContextOptions<PostgreSqlMassMobilizationDbContext> options)
        : base(options)
    {
    }
}

/// <summary>
/// The reference context on SQLite, with its migrations; dates are ISO text (see docs/persistence.md, "Migrations").
/// </summary>
public sealed class SqliteMassMobilizationDbContext : MassMobilizationDbContext
{
    /// <summary>Initializes the context.</summary>
    /// <param name="options">The options, made with <see cref="MassMobilizationDbContextOptions.ForSqlite"/> or with <c>UseSqlite(…)</c>.</param>
    public SqliteMassMobilizationDbContext(DbContextOptions<SqliteMassMobilizationDbContext> options)
        : base(options)
    {
    }
}
