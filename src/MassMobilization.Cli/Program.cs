using System;

namespace MassMobilization.Cli;

/// <summary>The <c>massmob</c> program.</summary>
internal static class Program
{
    private static int Main(string[] args)
    {
        Console.OutputEncoding = System.Text.Encoding.UTF8;
        return CliApplication.Run(args, Console.Out, Console.Error);
    }
}
