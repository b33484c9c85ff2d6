using System;
using System.Diagnostics;
using System.Globalization;
using System.IO;
using System.Linq;

namespace MassMobilization.Core.Tests.Persistence;

/// <summary>
/// A throwaway PostgreSQL cluster: initdb in a fresh temporary folder, started with pg_ctl, reachable only
/// through a Unix socket in that folder, and removed on dispose. Used by the persistence tests and, linked
/// into the benchmark project, by the persistence benchmark's GlobalSetup (one copy of this code).
/// When the process runs as root the cluster is initialised and run as the <c>postgres</c> OS user, as
/// PostgreSQL refuses to run as root. Missing server binaries fail with one line saying what to install.
/// </summary>
public sealed class ThrowawayPostgres : IDisposable
{
    private const string DebianRoot = "/usr/lib/postgresql";

    private readonly string binaries;
    private readonly string folder;
    private readonly string data;
    private readonly bool asPostgresUser;
    private bool disposed;

    private ThrowawayPostgres(string binaries, string folder, bool asPostgresUser)
    {
        this.binaries = binaries;
        this.folder = folder;
        data = Path.Combine(folder, "data");
        this.asPostgresUser = asPostgresUser;
        Port = 5432 + (Environment.ProcessId % 20000);
    }

    /// <summary>Gets the port the server listens on (its socket file is named after it).</summary>
    public int Port { get; }

    /// <summary>Gets the folder of the server's Unix socket.</summary>
    public string SocketFolder => folder;

    /// <summary>Gets a connection string for a database of the cluster, as the superuser <c>postgres</c>.</summary>
    /// <param name="database">The database.</param>
    /// <returns>The Npgsql connection string.</returns>
    public string ConnectionString(string database = "postgres") =>
        string.Create(CultureInfo.InvariantCulture, $"Host={folder};Port={Port};Username=postgres;Database={database};Pooling=true;Include Error Detail=true");

    /// <summary>Finds the server binaries, initialises a cluster in a temporary folder and starts it.</summary>
    /// <returns>The running cluster.</returns>
    /// <exception cref="InvalidOperationException">The binaries are missing, or the cluster did not start (with the server's log).</exception>
    public static ThrowawayPostgres Start() => Start(DebianRoot, usePgConfig: true);

    /// <summary>Starts a cluster with the binaries found under another root (for the test of the missing-binaries message).</summary>
    /// <param name="searchRoot">The folder holding one folder per version, each with a <c>bin</c> folder.</param>
    /// <param name="usePgConfig">Whether to ask <c>pg_config --bindir</c> when the root holds no binaries.</param>
    /// <returns>The running cluster.</returns>
    /// <exception cref="InvalidOperationException">The binaries are missing, or the cluster did not start (with the server's log).</exception>
    public static ThrowawayPostgres Start(string searchRoot, bool usePgConfig)
    {
        string binaries = FindBinaries(searchRoot, usePgConfig)
            ?? throw new InvalidOperationException($"PostgreSQL server binaries (initdb, pg_ctl) not found under {searchRoot}/*/bin{(usePgConfig ? " or pg_config --bindir" : string.Empty)}: apt-get install postgresql");
        bool asPostgresUser = Environment.IsPrivilegedProcess;
        string folder = Path.Combine(Path.GetTempPath(), "mmc-pg-" + Guid.NewGuid().ToString("N")[..12]);
        Directory.CreateDirectory(folder);
        var cluster = new ThrowawayPostgres(binaries, folder, asPostgresUser);
        try
        {
            if (asPostgresUser)
            {
                Run("chown", "postgres", folder);
            }

            cluster.RunServerTool("initdb", "-D", cluster.data, "-U", "postgres", "--auth=trust", "--encoding=UTF8", "--locale=C", "--no-sync");
            string options = string.Create(CultureInfo.InvariantCulture, $"-c listen_addresses='' -c unix_socket_directories='{folder}' -p {cluster.Port} -c fsync=off -c synchronous_commit=off -c full_page_writes=off");
            cluster.RunServerTool("pg_ctl", "-D", cluster.data, "-l", Path.Combine(folder, "server.log"), "-o", options, "-w", "-t", "60", "start");
            return cluster;
        }
        catch (Exception e)
        {
            string log = Path.Combine(folder, "server.log");
            string tail = File.Exists(log) ? string.Join('\n', File.ReadAllLines(log).TakeLast(20)) : "(no server log)";
            cluster.Dispose();
            throw new InvalidOperationException($"The throwaway PostgreSQL cluster did not start: {e.Message}\n{tail}", e);
        }
    }

    /// <summary>Stops the server and removes the cluster's folder.</summary>
    public void Dispose()
    {
        if (disposed)
        {
            return;
        }

        disposed = true;
        try
        {
            if (File.Exists(Path.Combine(data, "postmaster.pid")))
            {
                RunServerTool("pg_ctl", "-D", data, "-m", "immediate", "-w", "stop");
            }
        }
        catch (InvalidOperationException)
        {
            // Removing the folder below is what matters; a server that did not stop dies with its socket folder.
        }

        try
        {
            Directory.Delete(folder, recursive: true);
        }
        catch (IOException)
        {
        }
        catch (UnauthorizedAccessException)
        {
        }
    }

    private static string? FindBinaries(string searchRoot, bool usePgConfig)
    {
        var candidates = Directory.Exists(searchRoot)
            ? Directory.GetDirectories(searchRoot)
                .Select(d => (Version: int.TryParse(Path.GetFileName(d), NumberStyles.None, CultureInfo.InvariantCulture, out int v) ? v : -1, Bin: Path.Combine(d, "bin")))
                .Where(c => File.Exists(Path.Combine(c.Bin, "initdb")) && File.Exists(Path.Combine(c.Bin, "pg_ctl")))
                .OrderByDescending(c => c.Version)
                .Select(c => c.Bin)
                .ToList()
            : [];
        if (candidates.Count > 0 || !usePgConfig)
        {
            return candidates.Count > 0 ? candidates[0] : null;
        }

        try
        {
            string bin = Run("pg_config", "--bindir").Trim();
            return File.Exists(Path.Combine(bin, "initdb")) ? bin : null;
        }
        catch (InvalidOperationException)
        {
            return null;
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return null;
        }
    }

    private void RunServerTool(string tool, params string[] arguments)
    {
        string path = Path.Combine(binaries, tool);
        if (asPostgresUser)
        {
            Run("runuser", ["-u", "postgres", "--", path, .. arguments]);
        }
        else
        {
            Run(path, arguments);
        }
    }

    private static string Run(string file, params string[] arguments)
    {
        var start = new ProcessStartInfo(file)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = Path.GetTempPath(),
        };
        foreach (string argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException($"{file} did not start.");
        var error = process.StandardError.ReadToEndAsync();
        string output = process.StandardOutput.ReadToEnd();
        if (!process.WaitForExit(120_000))
        {
            process.Kill(entireProcessTree: true);
            throw new InvalidOperationException($"{file} did not finish in 120 s.");
        }

        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"{file} {string.Join(' ', arguments)} exited with {process.ExitCode}: {error.Result.Trim()} {output.Trim()}");
        }

        return output;
    }
}
