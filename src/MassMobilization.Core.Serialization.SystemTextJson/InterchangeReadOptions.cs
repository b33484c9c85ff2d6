using System;

namespace MassMobilization.Core.Serialization.SystemTextJson;

/// <summary>
/// Limits applied when reading an interchange document, so that a hostile or broken input fails fast
/// with an <see cref="InterchangeException"/> instead of exhausting memory or the stack.
/// </summary>
public sealed class InterchangeReadOptions
{
    /// <summary>Gets the default limits: 64 MiB, depth 32, strings of at most 65,536 characters.</summary>
    public static InterchangeReadOptions Default { get; } = new();

    /// <summary>Gets the largest input accepted, in bytes. The default is 64 MiB.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is below 16.</exception>
    public long MaxBytes
    {
        get;
        init
        {
            ArgumentOutOfRangeException.ThrowIfLessThan(value, 16);
            field = value;
        }
    } = 64L * 1024 * 1024;

    /// <summary>Gets the deepest nesting of objects and arrays accepted; the document's own object is depth 1. The default is 32.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is below 1 or above 256.</exception>
    public int MaxDepth
    {
        get;
        init
        {
            ArgumentOutOfRangeException.ThrowIfLessThan(value, 1);
            ArgumentOutOfRangeException.ThrowIfGreaterThan(value, 256);
            field = value;
        }
    } = 32;

    /// <summary>Gets the longest string accepted (property names and values), in UTF-16 characters. The default is 65,536.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is below 1.</exception>
    public int MaxStringLength
    {
        get;
        init
        {
            ArgumentOutOfRangeException.ThrowIfLessThan(value, 1);
            field = value;
        }
    } = 65_536;
}
