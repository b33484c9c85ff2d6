using System;
using System.Collections.Generic;
using System.Diagnostics.CodeAnalysis;
using System.Runtime.CompilerServices;
using Ardalis.GuardClauses;

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

    /// <summary>Throws when <paramref name="condition"/> is false, with a message built only then.</summary>
    internal static void CheckArgument(
        [DoesNotReturnIf(false)] bool condition,
        string paramName,
        [InterpolatedStringHandlerArgument(nameof(condition))] ref RuleMessageInterpolatedStringHandler message)
    {
        if (!condition)
        {
            throw new ArgumentException(message.ToStringAndClear(), paramName);
        }
    }

    /// <summary>Checks that a sequence and every element in it are non-null, and returns it as an array copy.</summary>
    internal static T[] CheckNotNullElements<T>(IEnumerable<T> values, string paramName)
        where T : class
    {
        Guard.Against.Null(values, paramName);
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

}
