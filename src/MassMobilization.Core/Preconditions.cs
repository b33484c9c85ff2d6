using System;
using System.Collections.Generic;
using System.Diagnostics.CodeAnalysis;

namespace MassMobilization.Core;

/// <summary>
/// Argument checks that the BCL throw helpers do not cover. Messages name the parameter and the
/// offending value.
/// </summary>
internal static class Preconditions
{
    /// <summary>Throws when <paramref name="condition"/> is false.</summary>
    internal static void CheckArgument([DoesNotReturnIf(false)] bool condition, string paramName, string message)
    {
        if (!condition)
        {
            throw new ArgumentException(message, paramName);
        }
    }

    /// <summary>Throws when <paramref name="value"/> lies outside [<paramref name="min"/>, <paramref name="max"/>].</summary>
    internal static T CheckArgumentRange<T>(string paramName, T value, T min, T max)
        where T : IComparable<T>
    {
        if (value.CompareTo(min) < 0 || value.CompareTo(max) > 0)
        {
            throw new ArgumentOutOfRangeException(paramName, value, $"Value should be in range [{min}-{max}].");
        }

        return value;
    }

    /// <summary>Checks that a sequence and every element in it are non-null, and returns it as an array copy.</summary>
    internal static T[] CheckNotNullElements<T>(IEnumerable<T> values, string paramName)
        where T : class
    {
        ArgumentNullException.ThrowIfNull(values, paramName);
        var list = new List<T>(values);
        for (int i = 0; i < list.Count; i++)
        {
            if (list[i] is null)
            {
                throw new ArgumentException($"Element {i} is null.", paramName);
            }
        }

        return list.ToArray();
    }

    /// <summary>Throws <see cref="DomainRuleException"/> when <paramref name="condition"/> is false.</summary>
    internal static void CheckRule([DoesNotReturnIf(false)] bool condition, string ruleCode, string message)
    {
        if (!condition)
        {
            throw new DomainRuleException(ruleCode, message);
        }
    }
}
