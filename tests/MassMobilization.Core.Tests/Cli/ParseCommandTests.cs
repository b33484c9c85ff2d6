using System;
using System.IO;
using MassMobilization.Core.Tests.Infrastructure;
using Xunit;

namespace MassMobilization.Core.Tests.Cli;

public sealed class ParseCommandTests
{
    [Fact]
    public void Parse_without_arguments_prints_the_built_in_examples_as_a_table()
    {
        var (exit, output, _) = CliTests.Run("parse");
        Assert.Equal(0, exit);
        Snapshot.VerifyText(output);
    }

    [Fact]
    public void Parse_prints_json_with_every_part_and_fails_when_a_number_is_invalid()
    {
        var (exit, output, _) = CliTests.Run("parse", "Số: 04-KH/BCĐ", "98/2023/NĐ-CP", "06/2022/QH15", "18-NQ/", "--format", "json");
        Assert.Equal(1, exit);
        Snapshot.VerifyText(output);
    }

    [Fact]
    public void Parse_reads_one_number_per_line_and_writes_csv()
    {
        string file = Path.Combine(Path.GetTempPath(), $"massmob-parse-{Guid.NewGuid():N}.txt");
        File.WriteAllText(file, "3406/QĐ-UBND\n\n  9086/BNV-CTTN&BĐG  \r\n15/2025/TT-BNV\n");
        try
        {
            var (exit, output, _) = CliTests.Run("parse", "--input", file, "--format", "csv");
            Assert.Equal(0, exit);
            Snapshot.VerifyText(output);
        }
        finally
        {
            File.Delete(file);
        }
    }

    [Fact]
    public void Parse_reports_a_missing_file_on_one_line_with_exit_code_2()
    {
        var (exit, _, error) = CliTests.Run("parse", "--input", "/no/such/dir/numbers.txt", "--lang", "en");
        Assert.Equal(2, exit);
        Assert.StartsWith("massmob: error: --input: cannot read 'numbers.txt'", error, StringComparison.Ordinal);
        Assert.Single(error.Split('\n', StringSplitOptions.RemoveEmptyEntries));
    }
}
