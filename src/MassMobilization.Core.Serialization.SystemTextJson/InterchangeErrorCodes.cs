namespace MassMobilization.Core.Serialization.SystemTextJson;

/// <summary>The stable codes of <see cref="InterchangeException.ErrorCode"/>.</summary>
public static class InterchangeErrorCodes
{
    /// <summary>The input is not well-formed JSON (or not valid UTF-8).</summary>
    public const string Syntax = "IX-SYNTAX";

    /// <summary>The input is larger than <see cref="InterchangeReadOptions.MaxBytes"/>.</summary>
    public const string TooLarge = "IX-TOO-LARGE";

    /// <summary>Objects and arrays are nested deeper than <see cref="InterchangeReadOptions.MaxDepth"/>.</summary>
    public const string TooDeep = "IX-TOO-DEEP";

    /// <summary>A string is longer than <see cref="InterchangeReadOptions.MaxStringLength"/>.</summary>
    public const string StringTooLong = "IX-STRING-TOO-LONG";

    /// <summary>An object names the same property twice.</summary>
    public const string DuplicateProperty = "IX-DUPLICATE-PROPERTY";

    /// <summary>The <c>format</c> property is not <c>massmob</c>.</summary>
    public const string UnknownFormat = "IX-UNKNOWN-FORMAT";

    /// <summary>The <c>version</c> is not one this library reads.</summary>
    public const string UnsupportedVersion = "IX-UNSUPPORTED-VERSION";

    /// <summary>The <c>kind</c> is not the kind of document asked for.</summary>
    public const string WrongKind = "IX-WRONG-KIND";

    /// <summary>A required property is absent (or null).</summary>
    public const string MissingProperty = "IX-MISSING-PROPERTY";

    /// <summary>An object has a property the format does not define at that place.</summary>
    public const string UnknownProperty = "IX-UNKNOWN-PROPERTY";

    /// <summary>A value has the wrong JSON type (for example a number where a string is expected).</summary>
    public const string WrongType = "IX-WRONG-TYPE";

    /// <summary>A value has the right JSON type but is not valid (a bad date, a code out of shape, a number out of range).</summary>
    public const string InvalidValue = "IX-INVALID-VALUE";

    /// <summary>A string is not one of the values of an enumeration or catalogue.</summary>
    public const string UnknownEnumValue = "IX-UNKNOWN-ENUM-VALUE";

    /// <summary>Two items of a list share an identifier that must be unique.</summary>
    public const string DuplicateId = "IX-DUPLICATE-ID";

    /// <summary>A value refers to an identifier that the document does not define.</summary>
    public const string UnknownReference = "IX-UNKNOWN-REFERENCE";

    /// <summary>The values are well-formed but break a rule of the domain (the message names the rule code).</summary>
    public const string DomainRule = "IX-DOMAIN-RULE";
}
