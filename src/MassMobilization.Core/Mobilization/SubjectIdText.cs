using System;
using Ardalis.GuardClauses;
using MassMobilization.Core.Text;

namespace MassMobilization.Core.Mobilization;

/// <summary>The text rules shared by <see cref="MobilizationModelId"/> and <see cref="ExemplarId"/>: one validation, one parse.</summary>
internal static class SubjectIdText
{
    internal const int MaxLength = 32;

    internal static string Validated(string value, string paramName)
    {
        Guard.Against.Null(value, paramName);
        string? error = CodeText.Validate(value.AsSpan(), MaxLength);
        return error is null ? value : throw new ArgumentException($"'{value}' is not a valid identifier: {error}", paramName);
    }

    internal static ParseResult<T> Parse<T>(string? text, Func<string, T> create, string what)
    {
        if (text is null)
        {
            return ParseResult.ForFailure<T>($"No {what} was given.", 0);
        }

        string? error = CodeText.Validate(text.AsSpan(), MaxLength);
        return error is null ? ParseResult.ForValue(create(text)) : ParseResult.ForFailure<T>($"'{text}' is not a valid {what}: {error}", 0);
    }
}
