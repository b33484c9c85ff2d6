using System;
using MassMobilization.Core.Text;
using Xunit;

namespace MassMobilization.Core.Tests.Text;

public sealed class ParseResultTests
{
    [Fact]
    public void Success_exposes_the_value()
    {
        var result = ParseResult.ForValue(42);
        Assert.True(result.Success);
        Assert.Equal(42, result.Value);
        Assert.Equal(42, result.GetValueOrThrow());
        Assert.True(result.TryGetValue(out int value));
        Assert.Equal(42, value);
        Assert.Null(result.ErrorMessage);
        Assert.Equal(-1, result.ErrorPosition);
        Assert.Null(result.Exception);
    }

    [Fact]
    public void Failure_names_what_was_wrong_and_where()
    {
        var result = ParseResult.ForFailure<int>("Expected '/'", 3);
        Assert.False(result.Success);
        Assert.False(result.TryGetValue(out int value));
        Assert.Equal(0, value);
        var error = Assert.Throws<FormatException>(() => result.GetValueOrThrow());
        Assert.Equal("Expected '/' (at position 3).", error.Message);
        Assert.Equal(error.Message, result.Exception!.Message);
        Assert.Throws<FormatException>(() => result.Value);
    }

    [Fact]
    public void Default_is_a_failure()
    {
        ParseResult<string> result = default;
        Assert.False(result.Success);
        Assert.Equal("No value was parsed.", result.ErrorMessage);
    }

    [Fact]
    public void Failures_convert_between_types_but_successes_do_not()
    {
        var converted = ParseResult.ConvertFailure<string, int>(ParseResult.ForFailure<int>("Bad", 2));
        Assert.Equal("Bad", converted.ErrorMessage);
        Assert.Equal(2, converted.ErrorPosition);
        Assert.Throws<ArgumentException>(() => ParseResult.ConvertFailure<string, int>(ParseResult.ForValue(1)));
        Assert.Throws<ArgumentOutOfRangeException>(() => ParseResult.ForFailure<int>("Bad", -1));
    }
}
