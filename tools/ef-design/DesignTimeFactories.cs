using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore.Design;

namespace MassMobilization.Core.EntityFrameworkCore.Design;

/// <summary>The PostgreSQL context for `dotnet ef migrations add`; no server is contacted.</summary>
public sealed class PostgreSqlFactory : IDesignTimeDbContextFactory<PostgreSqlMassMobilizationDbContext>
{
    public PostgreSqlMassMobilizationDbContext CreateDbContext(string[] args) =>
        new(MassMobilizationDbContextOptions.ForPostgreSql("Host=localhost;Database=design"));
}

/// <summary>The SQLite context for `dotnet ef migrations add`.</summary>
public sealed class SqliteFactory : IDesignTimeDbContextFactory<SqliteMassMobilizationDbContext>
{
    public SqliteMassMobilizationDbContext CreateDbContext(string[] args) =>
        new(MassMobilizationDbContextOptions.ForSqlite(new SqliteConnection("Data Source=:memory:")));
}
