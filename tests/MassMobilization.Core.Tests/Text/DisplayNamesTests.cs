using System;
using System.Collections;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Reflection;
using System.Resources;
using System.Text;
using MassMobilization.Core.Awards;
using MassMobilization.Core.Documents;
using MassMobilization.Core.Organization;
using MassMobilization.Core.Text;
using Xunit;

namespace MassMobilization.Core.Tests.Text;

public sealed class DisplayNamesTests
{
    private static readonly Assembly Core = typeof(DisplayNames).Assembly;

    [Fact]
    public void Every_value_of_every_public_enum_has_a_Vietnamese_and_an_English_name()
    {
        var enums = Core.GetExportedTypes().Where(t => t.IsEnum).ToList();
        Assert.True(enums.Count >= 67, $"only {enums.Count} public enums found");
        foreach (var type in enums)
        {
            EveryValueHasBothNames(type);
        }
    }

    private static void EveryValueHasBothNames(Type type)
    {
        foreach (Enum value in Enum.GetValues(type))
        {
            string vietnamese = value.ToDisplayString(DisplayLanguage.Vietnamese);
            string english = value.ToDisplayString(DisplayLanguage.English);
            Assert.False(string.IsNullOrWhiteSpace(vietnamese), $"{type.Name}.{value}: no Vietnamese name");
            Assert.False(string.IsNullOrWhiteSpace(english), $"{type.Name}.{value}: no English name");
            Assert.True(VietnameseSpelling.IsNormalized(vietnamese), $"{type.Name}.{value}: '{vietnamese}' is not in the library's spelling");
            Assert.True(english.IsNormalized(NormalizationForm.FormC), $"{type.Name}.{value}: '{english}' is not NFC");

            // A compound name such as NeedsReview or StateOfficialLetter is never shown raw.
            string raw = value.ToString();
            if (raw.Count(char.IsUpper) > 1)
            {
                Assert.NotEqual(raw, english);
                Assert.NotEqual(raw, vietnamese);
            }
        }
    }

    [Fact]
    public void The_resources_hold_no_name_for_a_value_that_does_not_exist()
    {
        var resources = new ResourceManager("MassMobilization.Core.Text.DisplayNames", Core);
        var set = resources.GetResourceSet(CultureInfo.InvariantCulture, createIfNotExists: true, tryParents: true)!;
        var expected = new HashSet<string>(StringComparer.Ordinal);
        foreach (var type in Core.GetExportedTypes().Where(t => t.IsEnum))
        {
            foreach (string name in Enum.GetNames(type))
            {
                expected.Add(DisplayNames.Key(type, name, DisplayLanguage.Vietnamese));
                expected.Add(DisplayNames.Key(type, name, DisplayLanguage.English));
            }
        }

        var keys = set.Cast<DictionaryEntry>().Select(e => (string)e.Key).ToHashSet(StringComparer.Ordinal);
        Assert.Empty(keys.Except(expected));
        Assert.Empty(expected.Except(keys));
    }

    [Fact]
    public void Names_read_as_an_official_would_write_them()
    {
        Assert.Equal("Cần xem xét", Verdict.NeedsReview.ToDisplayString(DisplayLanguage.Vietnamese));
        Assert.Equal("Needs review", Verdict.NeedsReview.ToDisplayString(DisplayLanguage.English));
        Assert.Equal("Công văn", DocumentNumberForm.StateOfficialLetter.ToDisplayString(DisplayLanguage.Vietnamese));
        Assert.Equal("Chia tách không có tỷ lệ phân bổ", UnallocatedReason.UnweightedSplit.ToDisplayString(DisplayLanguage.Vietnamese));
        Assert.Equal("Làm tròn đến số gần nhất (0,5 làm tròn lên)", MassMobilization.Core.Quantities.RoundingMode.HalfAwayFromZero.ToDisplayString(DisplayLanguage.Vietnamese));
    }

    [Fact]
    public void A_combination_of_flags_lists_each_flag()
    {
        Assert.Equal("Cá nhân, Tập thể", (RecipientKinds.Individual | RecipientKinds.Collective).ToDisplayString(DisplayLanguage.Vietnamese));
    }

    [Fact]
    public void An_undefined_value_or_a_foreign_enum_has_no_name()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => ((Verdict)99).ToDisplayString(DisplayLanguage.Vietnamese));
        Assert.Throws<ArgumentOutOfRangeException>(() => DayOfWeek.Monday.ToDisplayString(DisplayLanguage.English));
        Assert.Throws<ArgumentOutOfRangeException>(() => Verdict.Eligible.ToDisplayString((DisplayLanguage)7));
        Assert.Throws<ArgumentNullException>(() => DisplayNames.ToDisplayString((Enum)null!, DisplayLanguage.English));
    }

    [Theory]
    [InlineData("tr-TR")]
    [InlineData("vi-VN")]
    [InlineData("")]
    public void Names_do_not_depend_on_the_current_culture(string culture)
    {
        var before = (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture);
        try
        {
            CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo(culture);
            Assert.Equal("Đủ điều kiện", Verdict.Eligible.ToDisplayString(DisplayLanguage.Vietnamese));
            Assert.Equal("Eligible", Verdict.Eligible.ToDisplayString(DisplayLanguage.English));
            Assert.Equal("Phường", UnitKind.Ward.ToDisplayString(DisplayLanguage.Vietnamese));
        }
        finally
        {
            (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture) = before;
        }
    }

    [Fact]
    public void The_language_of_a_culture_is_Vietnamese_for_vi_only()
    {
        Assert.Equal(DisplayLanguage.Vietnamese, DisplayNames.LanguageOf(CultureInfo.GetCultureInfo("vi-VN")));
        Assert.Equal(DisplayLanguage.Vietnamese, DisplayNames.LanguageOf(CultureInfo.GetCultureInfo("vi")));
        Assert.Equal(DisplayLanguage.English, DisplayNames.LanguageOf(CultureInfo.GetCultureInfo("en-GB")));
        Assert.Equal(DisplayLanguage.English, DisplayNames.LanguageOf(CultureInfo.InvariantCulture));
    }

    private static List<(string Source, IDisplayNamed Entry)> CatalogueEntries()
    {
        // Every catalogue entry the library publishes: public static properties and fields of its types
        // that hold an IDisplayNamed or a collection of them (UnitKind.Standard, AwardKind.All, …).
        var data = new List<(string, IDisplayNamed)>();
        var seen = new HashSet<(string, string)>();
        foreach (var type in Core.GetExportedTypes().OrderBy(t => t.FullName, StringComparer.Ordinal))
        {
            if (type.ContainsGenericParameters)
            {
                continue;
            }

            var members = type.GetProperties(BindingFlags.Public | BindingFlags.Static).Where(p => p.GetIndexParameters().Length == 0).Select(p => (p.Name, Get: (Func<object?>)(() => p.GetValue(null))))
                .Concat(type.GetFields(BindingFlags.Public | BindingFlags.Static).Select(f => (f.Name, Get: (Func<object?>)(() => f.GetValue(null)))));
            foreach (var (name, get) in members)
            {
                object? value = get();
                IEnumerable<object?> items = value switch
                {
                    IDisplayNamed entry => [entry],
                    IEnumerable list and not string => list.Cast<object?>(),
                    DocumentTypeCatalogue catalogue => catalogue.Types,
                    _ => [],
                };
                foreach (var item in items)
                {
                    if (item is IDisplayNamed entry && seen.Add((entry.GetType().Name, entry.VietnameseName + "|" + entry.EnglishName)))
                    {
                        data.Add(($"{type.Name}.{name}", entry));
                    }
                }
            }
        }

        return data;
    }

    [Fact]
    public void Every_catalogue_entry_has_a_Vietnamese_and_an_English_name()
    {
        var problems = new List<string>();
        foreach (var (source, entry) in CatalogueEntries())
        {
            string vietnamese = entry.ToDisplayString(DisplayLanguage.Vietnamese);
            string english = entry.ToDisplayString(DisplayLanguage.English);
            if (string.IsNullOrWhiteSpace(vietnamese) || string.IsNullOrWhiteSpace(english))
            {
                problems.Add($"{source}: '{vietnamese}' / '{english}'");
            }
            else if (!VietnameseSpelling.IsNormalized(vietnamese))
            {
                problems.Add($"{source}: '{vietnamese}' is not in the library's spelling");
            }
        }

        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }

    [Fact]
    public void The_catalogues_are_all_found()
    {
        var kinds = CatalogueEntries().Select(row => row.Entry.GetType()).Distinct().ToList();
        Assert.Contains(typeof(UnitKind), kinds);
        Assert.Contains(typeof(AwardKind), kinds);
        Assert.Contains(typeof(DocumentType), kinds);
        Assert.Contains(typeof(CommitteeKind), kinds);
        Assert.Contains(typeof(MassMobilization.Core.Aggregation.Indicator), kinds);
        Assert.Contains(typeof(MassMobilization.Core.Mobilization.ModelField), kinds);
    }
}
