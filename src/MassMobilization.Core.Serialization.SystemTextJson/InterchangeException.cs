using System;
using Ardalis.GuardClauses;

namespace MassMobilization.Core.Serialization.SystemTextJson;

/// <summary>
/// The one exception thrown when an interchange document cannot be read: malformed JSON, a document
/// beyond the configured limits, an unknown format version or kind, a missing, unknown or duplicate
/// property, a value of the wrong JSON type, an unknown enumeration value, a duplicate or dangling
/// identifier, or a value the domain rejects. Reading never returns a half-built value.
/// </summary>
/// <remarks>
/// <see cref="ErrorCode"/> is stable (one of <see cref="InterchangeErrorCodes"/>) and meant for
/// programs; the message is for people and may change. <see cref="Path"/> names the offending JSON
/// value (for example <c>$.units[3].validity.from</c>); <see cref="LineNumber"/> and
/// <see cref="BytePositionInLine"/> locate it in the input.
/// </remarks>
public sealed class InterchangeException : FormatException
{
    /// <summary>Initializes a new instance.</summary>
    /// <param name="errorCode">The stable error code, for example <c>IX-MISSING-PROPERTY</c>.</param>
    /// <param name="path">The JSON path of the offending value, for example <c>$.units[0].code</c>.</param>
    /// <param name="lineNumber">The 1-based line of the offending value.</param>
    /// <param name="bytePositionInLine">The 0-based byte position of the offending value within its line.</param>
    /// <param name="detail">What is wrong, for people.</param>
    /// <param name="innerException">The exception that caused this one, or <see langword="null"/>.</param>
    /// <exception cref="ArgumentException"><paramref name="errorCode"/>, <paramref name="path"/> or <paramref name="detail"/> is null, empty or white space.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="lineNumber"/> is below 1 or <paramref name="bytePositionInLine"/> is negative.</exception>
    public InterchangeException(string errorCode, string path, long lineNumber, long bytePositionInLine, string detail, Exception? innerException = null)
        : base(Compose(errorCode, path, lineNumber, bytePositionInLine, detail), innerException)
    {
        ErrorCode = errorCode;
        Path = path;
        LineNumber = lineNumber;
        BytePositionInLine = bytePositionInLine;
        Detail = detail;
    }

    /// <summary>Gets the stable error code, one of <see cref="InterchangeErrorCodes"/>.</summary>
    public string ErrorCode { get; }

    /// <summary>Gets the JSON path of the offending value, <c>$</c> for the whole document.</summary>
    public string Path { get; }

    /// <summary>Gets the 1-based line of the offending value.</summary>
    public long LineNumber { get; }

    /// <summary>Gets the 0-based byte position of the offending value within its line.</summary>
    public long BytePositionInLine { get; }

    /// <summary>Gets what is wrong, without the code and position.</summary>
    public string Detail { get; }

    private static string Compose(string errorCode, string path, long lineNumber, long bytePositionInLine, string detail)
    {
        Guard.Against.NullOrWhiteSpace(errorCode);
        Guard.Against.NullOrWhiteSpace(path);
        Guard.Against.NullOrWhiteSpace(detail);
        ArgumentOutOfRangeException.ThrowIfLessThan(lineNumber, 1);
        ArgumentOutOfRangeException.ThrowIfNegative(bytePositionInLine);
        return FormattableString.Invariant($"{errorCode} at {path} (line {lineNumber}, byte {bytePositionInLine}): {detail}");
    }
}
