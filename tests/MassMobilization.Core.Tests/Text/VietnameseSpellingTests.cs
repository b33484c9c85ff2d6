using System.Linq;
using System.Text;
using MassMobilization.Core.Text;
using MassMobilization.Samples;
using MassMobilization.Samples.Generators;
using NodaTime;
using Xunit;

namespace MassMobilization.Core.Tests.Text;

public sealed class VietnameseSpellingTests
{
    [Theory]
    [InlineData("Xã Hữu Hoà", "Xã Hữu Hòa")]
    [InlineData("Xã Hữu Hòa", "Xã Hữu Hòa")]
    [InlineData("Thuỷ Nguyên", "Thủy Nguyên")]
    [InlineData("khoẻ mạnh", "khỏe mạnh")]
    [InlineData("THANH HOÁ", "THANH HÓA")]
    [InlineData("Hoà.", "Hòa.")]
    [InlineData("hoàn thành", "hoàn thành")]
    [InlineData("Vĩnh Quỳnh", "Vĩnh Quỳnh")]
    [InlineData("quý", "quý")]
    [InlineData("Quỳ Hợp", "Quỳ Hợp")]
    [InlineData("xã hội hoá", "xã hội hóa")]
    [InlineData("", "")]
    public void Marks_of_open_oa_oe_uy_go_on_the_first_vowel(string text, string expected)
    {
        Assert.Equal(expected, VietnameseSpelling.Normalize(text));
        Assert.True(VietnameseSpelling.IsNormalized(expected));
    }

    [Fact]
    public void Decomposed_text_is_composed()
    {
        string decomposed = "Xã Hữu Hoà".Normalize(NormalizationForm.FormD);
        Assert.Equal("Xã Hữu Hòa", VietnameseSpelling.Normalize(decomposed));
        Assert.False(VietnameseSpelling.IsNormalized(decomposed));
    }

    [Fact]
    public void The_samples_spell_every_unit_name_one_way()
    {
        var chart = SampleProvince.Instance.Chart;
        var names = new[] { new LocalDate(2024, 6, 30), new LocalDate(2025, 7, 1) }
            .SelectMany(date => chart.At(date).Units)
            .Select(unit => unit.VietnameseName)
            .Concat(ContestDataGenerator.ThanhTriCommunes.Select(c => c.Name))
            .ToList();
        Assert.NotEmpty(names);
        Assert.All(names, name => Assert.True(VietnameseSpelling.IsNormalized(name), name));
        Assert.Contains("Xã Hữu Hòa", names);
    }
}
