using System;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using MassMobilization.Core.Organization;
using Xunit;

namespace MassMobilization.Core.Tests.Organization;

public sealed class UnitCodeTests
{
    [Theory]
    [InlineData("01")]
    [InlineData("26740")]
    [InlineData("HN-TT.01_a")]
    public void Accepts_valid_codes(string text)
    {
        Assert.Equal(text, new UnitCode(text).Value);
        Assert.True(UnitCode.TryCreate(text, out var code));
        Assert.Equal(text, code.ToString());
    }

    [Theory]
    [InlineData("", "empty")]
    [InlineData("0123456789ABCDEFG", "more than 16")]
    [InlineData("Phường", "'ư' at position 2")]
    [InlineData("01 02", "' ' at position 2")]
    public void Rejects_invalid_codes_saying_why(string text, string expected)
    {
        var error = Assert.Throws<ArgumentException>(() => new UnitCode(text));
        Assert.Contains(expected, error.Message, StringComparison.Ordinal);
        Assert.Equal("value", error.ParamName);
        Assert.False(UnitCode.TryCreate(text, out _));
    }

    [Fact]
    public void Orders_and_compares_ordinally()
    {
        var a = new UnitCode("001");
        var b = new UnitCode("002");
        Assert.True(a < b && b > a && a <= new UnitCode("001") && b >= a && a != b && a == new UnitCode("001"));
        Assert.True(default(UnitCode).IsDefault);
        Assert.Equal(string.Empty, default(UnitCode).Value);
    }

    [Property]
    public Property TryCreate_never_throws_and_agrees_with_the_constructor()
    {
        return Prop.ForAll<string>(text =>
        {
            bool ok = UnitCode.TryCreate(text, out var code);
            if (!ok)
            {
                return text is null || Throws(() => _ = new UnitCode(text));
            }

            return code.Value == text && new UnitCode(text) == code;
        });
    }

    private static bool Throws(Action action)
    {
        try
        {
            action();
            return false;
        }
        catch (ArgumentException)
        {
            return true;
        }
    }
}
