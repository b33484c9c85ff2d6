using System;
using MassMobilization.Core.Text;

namespace MassMobilization.Core.Tests.Reliability;

/// <summary>
/// The test assembly's entry point (the test SDK's generated one is turned off in the project file): with
/// <see cref="EnvironmentProbe.Argument"/> it prints whether the runtime normalizes Unicode itself and then the
/// probe, so that <see cref="EnvironmentIndependenceTests"/> can run it in a child process in
/// globalization-invariant mode. Without it, it does nothing (tests run through <c>dotnet test</c>).
/// </summary>
public static class ProbeProgram
{
    public static int Main(string[] args)
    {
        if (args.Length == 1 && args[0] == EnvironmentProbe.Argument)
        {
            Console.OutputEncoding = System.Text.Encoding.UTF8;
            Console.Out.Write($"platform normalizes: {UnicodeText.PlatformNormalizes}\n{EnvironmentProbe.Run()}");
            return 0;
        }

        return 0;
    }
}
