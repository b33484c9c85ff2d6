using System;
using MassMobilization.Core;

namespace MassMobilization.Cli;

/// <summary>The <c>massmob</c> command-line program.</summary>
internal static class Program
{
    private static int Main(string[] args)
    {
        Console.WriteLine($"massmob {LibraryInfo.Version} — MassMobilization.Core command line");
        Console.WriteLine("Usage: massmob <command> [options]");
        Console.WriteLine("Commands arrive with the library's capabilities: report, eligibility, contest, parse, rebase, evaluate.");
        return args.Length == 0 || args[0] is "--help" or "-h" ? 0 : 1;
    }
}
