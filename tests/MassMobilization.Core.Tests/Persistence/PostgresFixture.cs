using System;
using System.Globalization;
using System.Threading;
using MassMobilization.Core.EntityFrameworkCore;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using Xunit;

namespace MassMobilization.Core.Tests.Persistence;

/// <summary>One throwaway PostgreSQL cluster for every persistence test; each test gets a fresh database of it.</summary>
public sealed class PostgresFixture : IDisposable
{
    private readonly ThrowawayPostgres cluster = ThrowawayPostgres.Start();
    private int databases;

    /// <summary>Creates an empty database and returns its connection string.</summary>
    public string NewDatabase()
    {
        string name = "t" + Interlocked.Increment(ref databases).ToString(CultureInfo.InvariantCulture);
        using var connection = new NpgsqlConnection(cluster.ConnectionString());
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "CREATE DATABASE " + name + " ENCODING 'UTF8' TEMPLATE template0";
        command.ExecuteNonQuery();
        return cluster.ConnectionString(name);
    }

    public void Dispose()
    {
        NpgsqlConnection.ClearAllPools();
        cluster.Dispose();
    }
}

[CollectionDefinition(Name)]
public sealed class PostgresGroup : ICollectionFixture<PostgresFixture>
{
    public const string Name = "PostgreSQL";
}

/// <summary>The two providers every persistence test runs on.</summary>
public enum Provider
{
    PostgreSql,
    Sqlite,
}

/// <summary>A fresh database on one provider: contexts of the reference schema, and the raw connection for bad rows.</summary>
public sealed class TestDatabase : IDisposable
{
    private readonly SqliteConnection? sqlite;
    private readonly string? postgres;

    private TestDatabase(Provider provider, SqliteConnection? sqlite, string? postgres)
    {
        Provider = provider;
        this.sqlite = sqlite;
        this.postgres = postgres;
    }

    public Provider Provider { get; }

    public string PostgresConnectionString => postgres ?? throw new InvalidOperationException("Not a PostgreSQL database.");

    /// <summary>A fresh database; with <paramref name="migrate"/>, the shipped migrations applied.</summary>
    public static TestDatabase Create(Provider provider, PostgresFixture fixture, bool migrate = true)
    {
        TestDatabase database;
        if (provider == Provider.Sqlite)
        {
            var connection = new SqliteConnection("Data Source=:memory:");
            connection.Open();
            database = new TestDatabase(provider, connection, null);
        }
        else
        {
            database = new TestDatabase(provider, null, fixture.NewDatabase());
        }

        if (migrate)
        {
            using var context = database.NewContext();
            context.Database.Migrate();
        }

        return database;
    }

    /// <summary>A new context of the provider's reference context (with its migrations).</summary>
    public MassMobilizationDbContext NewContext() => Provider == Provider.Sqlite
        ? new SqliteMassMobilizationDbContext(MassMobilizationDbContextOptions.ForSqlite(sqlite!))
        : new PostgreSqlMassMobilizationDbContext(MassMobilizationDbContextOptions.ForPostgreSql(postgres!));

    /// <summary>Options of another context on the same database (for an application's own context).</summary>
    public DbContextOptions<TContext> OptionsFor<TContext>()
        where TContext : DbContext
    {
        var builder = new DbContextOptionsBuilder<TContext>();
        return (Provider == Provider.Sqlite ? builder.UseSqlite(sqlite!) : builder.UseNpgsql(postgres!, o => o.UseNodaTime())).Options;
    }

    public void Dispose() => sqlite?.Dispose();
}
