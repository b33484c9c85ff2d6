using System;
using System.IO;
using MassMobilization.Core.Documents;
using MassMobilization.Core.Organization;
using Xunit;

namespace MassMobilization.Core.Tests.Docs;

public sealed class ReadmeSamples
{
    [Fact]
    public void Quick_start()
    {
        var console = new StringWriter();
        Console.SetOut(console);
        try
        {
            // sample: readme-quick-start
            var resolution = DocumentNumber.Party(18, "NQ", "TW");            // "18-NQ/TW"
            var decree = DocumentNumber.LegalNormative(98, 2023, "NĐ", "CP"); // "98/2023/NĐ-CP"
            var ward = new UnitCode("26740");
            Console.WriteLine($"{resolution} {decree} {ward}");
            // end sample
        }
        finally
        {
            Console.SetOut(new StreamWriter(Console.OpenStandardOutput()) { AutoFlush = true });
        }

        Assert.Equal("18-NQ/TW 98/2023/NĐ-CP 26740" + Environment.NewLine, console.ToString());
    }
}
