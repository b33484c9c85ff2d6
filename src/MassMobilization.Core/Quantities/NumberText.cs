using System;
using System.Globalization;
using System.Text;

namespace MassMobilization.Core.Quantities;

/// <summary>Writes and reads exact numbers in a <see cref="NumberNotation"/> without culture lookups.</summary>
internal static class NumberText
{
    // 10^36 leaves room for the scale multiplications done by callers.
    private static readonly Int128 DigitLimit = (Int128)1_000_000_000_000_000_000L * 1_000_000_000_000_000_000L;

    internal static char DecimalSeparator(NumberNotation notation) => notation == NumberNotation.Vietnamese ? ',' : '.';

    internal static char GroupSeparator(NumberNotation notation) => notation == NumberNotation.Vietnamese ? '.' : ',';

    internal static NumberNotation CheckNotation(NumberNotation notation, string paramName)
    {
        if (notation is not (NumberNotation.Vietnamese or NumberNotation.Invariant))
        {
            throw new ArgumentOutOfRangeException(paramName, notation, "Unknown number notation.");
        }

        return notation;
    }

    /// <summary>
    /// Appends <paramref name="scaled"/> / 10^<paramref name="decimals"/> with exactly that many decimals,
    /// optionally grouping the integer digits by thousands.
    /// </summary>
    internal static void AppendScaled(StringBuilder builder, Int128 scaled, int decimals, NumberNotation notation, bool group)
    {
        if (scaled < 0)
        {
            builder.Append('-');
        }

        UInt128 magnitude = scaled < 0 ? (UInt128)(-(scaled + 1)) + 1 : (UInt128)scaled;
        string digits = magnitude.ToString(CultureInfo.InvariantCulture);
        if (digits.Length <= decimals)
        {
            digits = new string('0', decimals - digits.Length + 1) + digits;
        }

        int integerLength = digits.Length - decimals;
        char separator = GroupSeparator(notation);
        for (int i = 0; i < integerLength; i++)
        {
            if (group && i > 0 && (integerLength - i) % 3 == 0)
            {
                builder.Append(separator);
            }

            builder.Append(digits[i]);
        }

        if (decimals > 0)
        {
            builder.Append(DecimalSeparator(notation));
            builder.Append(digits, integerLength, decimals);
        }
    }

    /// <summary>
    /// Reads an optionally signed number with optional thousands grouping (groups of exactly three digits
    /// after the first) and an optional fractional part. Returns null on success with the value as
    /// <paramref name="mantissa"/> / 10^<paramref name="scale"/>, or the error and its position.
    /// </summary>
    internal static string? TryRead(ReadOnlySpan<char> text, NumberNotation notation, out Int128 mantissa, out int scale, out int consumed, out int errorPosition)
    {
        mantissa = 0;
        scale = 0;
        consumed = 0;
        errorPosition = 0;
        char groupSeparator = GroupSeparator(notation);
        char decimalSeparator = DecimalSeparator(notation);
        int i = 0;
        bool negative = false;
        if (i < text.Length && text[i] == '-')
        {
            negative = true;
            i++;
        }

        int digitsInGroup = 0;
        int integerDigits = 0;
        bool grouped = false;
        while (i < text.Length)
        {
            char c = text[i];
            if (char.IsAsciiDigit(c))
            {
                if (!TryAppendDigit(ref mantissa, c))
                {
                    errorPosition = i;
                    return "The number is too large.";
                }

                digitsInGroup++;
                integerDigits++;
                if (grouped && digitsInGroup > 3)
                {
                    errorPosition = i;
                    return $"A group of digits after '{groupSeparator}' has more than three digits.";
                }

                i++;
            }
            else if (c == groupSeparator && integerDigits > 0 && i + 1 < text.Length && char.IsAsciiDigit(text[i + 1]))
            {
                if ((grouped && digitsInGroup != 3) || (!grouped && digitsInGroup > 3))
                {
                    errorPosition = i;
                    return $"Digits are grouped by threes with '{groupSeparator}'.";
                }

                grouped = true;
                digitsInGroup = 0;
                i++;
            }
            else
            {
                break;
            }
        }

        if (integerDigits == 0)
        {
            errorPosition = i;
            return "Expected a digit.";
        }

        if (grouped && digitsInGroup != 3)
        {
            errorPosition = i;
            return $"Digits are grouped by threes with '{groupSeparator}'.";
        }

        if (i < text.Length && text[i] == decimalSeparator)
        {
            i++;
            int start = i;
            while (i < text.Length && char.IsAsciiDigit(text[i]))
            {
                if (scale >= 18 || !TryAppendDigit(ref mantissa, text[i]))
                {
                    errorPosition = i;
                    return "The number has too many digits.";
                }

                scale++;
                i++;
            }

            if (i == start)
            {
                errorPosition = i;
                return $"Expected a digit after the decimal separator '{decimalSeparator}'.";
            }
        }

        if (negative)
        {
            mantissa = -mantissa;
        }

        consumed = i;
        return null;
    }

    private static bool TryAppendDigit(ref Int128 value, char digit)
    {
        if (value >= DigitLimit)
        {
            return false;
        }

        value = (value * 10) + (digit - '0');
        return true;
    }
}
