using System;
using System.Diagnostics;
using System.Globalization;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using MassMobilization.Core.Mobilization;
using MassMobilization.Core.Text;
using Xunit;

namespace MassMobilization.Core.Tests.Reliability;

/// <summary>
/// The library's results do not depend on the current culture nor on ICU: the same under vi-VN, tr-TR, de-DE
/// and the invariant culture, and the same in globalization-invariant mode, where the runtime does not
/// normalize Unicode and the library uses its own table (docs/reliability.md, "The library contract").
/// </summary>
public sealed class EnvironmentIndependenceTests
{
    [Fact]
    public void The_results_are_identical_under_vi_VN_tr_TR_de_DE_and_the_invariant_culture()
    {
        string expected = UnderCulture(CultureInfo.InvariantCulture);
        foreach (string name in new[] { "vi-VN", "tr-TR", "de-DE" })
        {
            CultureInfo culture;
            try
            {
                culture = CultureInfo.GetCultureInfo(name);
            }
            catch (CultureNotFoundException) when (!UnicodeText.PlatformNormalizes)
            {
                // This process itself runs in invariant mode (only the invariant culture exists): nothing more to compare.
                return;
            }

            Assert.Equal(expected, UnderCulture(culture));
        }
    }

    [Fact]
    public async Task The_results_are_identical_in_globalization_invariant_mode_in_a_child_process()
    {
        string assembly = typeof(EnvironmentProbe).Assembly.Location;
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            StandardOutputEncoding = Encoding.UTF8,
            UseShellExecute = false,
        };
        start.ArgumentList.Add("exec");
        start.ArgumentList.Add(assembly);
        start.ArgumentList.Add(EnvironmentProbe.Argument);
        start.Environment["DOTNET_SYSTEM_GLOBALIZATION_INVARIANT"] = "1";
        using var child = Process.Start(start)!;
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(3));
        var error = child.StandardError.ReadToEndAsync(timeout.Token);
        string output = await child.StandardOutput.ReadToEndAsync(timeout.Token);
        await child.WaitForExitAsync(timeout.Token);
        string errorText = await error;
        Assert.True(child.ExitCode == 0, $"The probe failed with exit code {child.ExitCode}: {errorText}");

        string expected = "platform normalizes: False\n" + UnderCulture(CultureInfo.InvariantCulture);
        Assert.Equal(expected, output);
    }

    [Fact]
    public void The_built_in_table_normalizes_every_Latin_letter_and_combining_mark_as_the_runtime_does()
    {
        if (!UnicodeText.PlatformNormalizes)
        {
            // In invariant mode there is no reference to compare with; the child-process test covers this mode.
            Assert.Equal("\u1EC7", UnicodeText.ToFormC("e\u0323\u0302"));
            return;
        }

        for (int c = 0xA0; c <= 0x36F; c++)
        {
            AssertSameAsRuntime(((char)c).ToString());
            AssertSameAsRuntime("a" + (char)c);
        }

        for (int c = 0x1E00; c <= 0x1EFF; c++)
        {
            AssertSameAsRuntime(((char)c).ToString());
        }

        // Vietnamese letters with their marks in every order, doubled marks, and marks after a non-letter.
        const string Bases = "aAeEoOuUyYiIdĐđơƠưƯâêôăxq ";
        const string Marks = "\u0300\u0301\u0303\u0309\u0323\u0302\u0306\u031B\u0308\u0327";
        var random = new Random(21);
        for (int i = 0; i < 20_000; i++)
        {
            var builder = new StringBuilder();
            int letters = 1 + random.Next(4);
            for (int l = 0; l < letters; l++)
            {
                builder.Append(Bases[random.Next(Bases.Length)]);
                int marks = random.Next(4);
                for (int m = 0; m < marks; m++)
                {
                    builder.Append(Marks[random.Next(Marks.Length)]);
                }
            }

            AssertSameAsRuntime(builder.ToString());
        }
    }

    [Fact]
    public void Two_nominee_names_that_differ_only_in_NFC_and_NFD_form_are_the_same_name_without_ICU()
    {
        const string Precomposed = "Nguy\u1EC5n Th\u1ECB Ho\u00E0";
        const string Decomposed = "Nguye\u0302\u0303n Thi\u0323 Hoa\u0300";

        Assert.Equal(Precomposed, UnicodeText.FallbackToFormC(Decomposed));
        Assert.Equal(Decomposed, UnicodeText.FallbackToFormD(Precomposed));
        Assert.True(NameMatching.Default.Matches(Precomposed, Decomposed));
        Assert.Equal("nguyen thi hoa", NameMatching.Loose.Normalize(Decomposed));
    }

    [Fact]
    public void Text_with_a_lone_surrogate_is_rejected_by_the_built_in_table_as_by_the_runtime()
    {
        Assert.Throws<ArgumentException>(() => UnicodeText.FallbackToFormC("a\uD800b"));
        Assert.Throws<ArgumentException>(() => UnicodeText.FallbackToFormD("\uDC00"));
        Assert.Equal("😀", UnicodeText.FallbackToFormC("😀"));
        Assert.False(Core.Quantities.ReportedQuantityPattern.Vietnamese.Parse("h\u01A1n \uD800").Success);
    }

    private static void AssertSameAsRuntime(string text)
    {
        Assert.Equal(text.Normalize(NormalizationForm.FormD), UnicodeText.FallbackToFormD(text));
        Assert.Equal(text.Normalize(NormalizationForm.FormC), UnicodeText.FallbackToFormC(text));
    }

    private static string UnderCulture(CultureInfo culture)
    {
        var (previous, previousUi) = (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture);
        try
        {
            CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = culture;
            return EnvironmentProbe.Run();
        }
        finally
        {
            CultureInfo.CurrentCulture = previous;
            CultureInfo.CurrentUICulture = previousUi;
        }
    }
}
