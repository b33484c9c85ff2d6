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
        var array = CopyToArray(values);
        for (int i = 0; i < array.Length; i++)
        {
            if (array[i] is null)
            {
                throw new ArgumentException($"Element {i} is null.", paramName);
            }
        }

        return array;
    }

    /// <summary>Copies a sequence into a new array once: a collection by <see cref="ICollection{T}.CopyTo"/>, anything else through one list.</summary>
    /// <typeparam name="T">The element type.</typeparam>
    /// <param name="values">The sequence (not null).</param>
    /// <returns>A new array of the values, in order.</returns>
    internal static T[] CopyToArray<T>(IEnumerable<T> values)
    {
        if (values is ICollection<T> collection)
        {
            var array = new T[collection.Count];
            collection.CopyTo(array, 0);
            return array;
        }

        return new List<T>(values).ToArray();
    }

}
