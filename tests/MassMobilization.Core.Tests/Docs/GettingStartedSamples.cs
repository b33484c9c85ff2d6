using System;
using System.Collections.Generic;
using MassMobilization.Core.Documents;
using MassMobilization.Core.Extensions.DependencyInjection;
using MassMobilization.Core.Quantities;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using NodaTime;
using Xunit;

namespace MassMobilization.Core.Tests.Docs;

/// <summary>The code of docs/getting-started.md, compiled and run.</summary>
public sealed class GettingStartedSamples
{
    [Fact]
    public void Register_the_library()
    {
        // sample: getting-started-register
        var services = new ServiceCollection();
        services.AddMassMobilization(options =>
        {
            options.PercentageFormat = PercentageFormat.WholePercentTruncated; // "185/261 → 70%"
        });
        using var provider = services.BuildServiceProvider();
        var clock = provider.GetRequiredService<IClock>();                   // SystemClock unless you registered one
        var rates = provider.GetRequiredService<IOptions<MassMobilizationOptions>>().Value.PercentageFormat;
        // end sample

        Assert.Same(SystemClock.Instance, clock);
        Assert.Equal("70%", rates.Format(Ratio.Of(185, 261)));
    }

    [Fact]
    public void Read_document_numbers()
    {
        var lines = new List<string>();

        // sample: getting-started-documents
        var decree = DocumentNumber.Parse("Số: 98/2023/NĐ-CP");
        lines.Add($"{decree} {decree.System} {decree.Year} {decree.TypeCode} {decree.Issuer}");

        if (!DocumentNumber.TryParse("18-NQ", out _))
        {
            var failure = DocumentNumberPattern.Canonical.Parse("18-NQ");
            lines.Add($"{failure.ErrorMessage} (position {failure.ErrorPosition})");
        }
        // end sample

        Assert.Equal("98/2023/NĐ-CP State 2023 NĐ CP", lines[0]);
        Assert.StartsWith("Expected", lines[1], StringComparison.Ordinal);
        Assert.EndsWith("(position 5)", lines[1], StringComparison.Ordinal);
    }

    [Fact]
    public void Exact_rates_and_money()
    {
        // sample: getting-started-numbers
        var completed = Ratio.Of(185, 261);
        string truncated = PercentageFormat.WholePercentTruncated.Format(completed);  // "70%", as the Thanh Trì report wrote
        string rounded = PercentageFormat.VietnameseTwoDecimals.Format(completed);    // "70,88%"
        var total = VndAmount.FromDong(165_340_000_000);
        string billions = VndAmountPattern.VietnameseBillions.Format(total);         // "165,34 tỷ đồng"
        // end sample

        Assert.Equal("70%", truncated);
        Assert.Equal("70,88%", rounded);
        Assert.Equal("165,34 tỷ đồng", billions);
    }
}
