using System;
using System.Data.Common;
using Microsoft.EntityFrameworkCore;

namespace MassMobilization.Core.EntityFrameworkCore;

/// <summary>
/// Options for the reference contexts, with the provider set up as the library needs it: the Npgsql
/// NodaTime plugin on PostgreSQL (see docs/persistence.md, "Add the package").
/// </summary>
public static class MassMobilizationDbContextOptions
{
    /// <summary>Makes the options of the PostgreSQL reference context.</summary>
    /// <param name="connectionString">The Npgsql connection string.</param>
    /// <returns>The options.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="connectionString"/> is null.</exception>
    public static DbContextOptions<PostgreSqlMassMobilizationDbContext> ForPostgreSql(string connectionString)
    {
        ArgumentNullException.ThrowIfNull(connectionString);
        return new DbContextOptionsBuilder<PostgreSqlMassMobilizationDbContext>()
            .UseNpgsql(connectionString, npgsql => npgsql.UseNodaTime())
            .Options;
    }

    /// <summary>Makes the options of the SQLite reference context on an open connection (for example an in-memory database).</summary>
    /// <param name="connection">The SQLite connection.</param>
    /// <returns>The options.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="connection"/> is null.</exception>
    public static DbContextOptions<SqliteMassMobilizationDbContext> ForSqlite(DbConnection connection)
    {
        ArgumentNullException.ThrowIfNull(connection);
        return new DbContextOptionsBuilder<SqliteMassMobilizationDbContext>()
            .UseSqlite(connection)
            .Options;
    }
}
