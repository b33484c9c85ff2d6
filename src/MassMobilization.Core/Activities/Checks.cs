using System;
using System.Collections.Generic;
using System.Globalization;
using Ardalis.GuardClauses;
using NodaTime;

namespace MassMobilization.Core.Activities;

/// <summary>Argument checks shared by the Activities records.</summary>
internal static class Checks
{
    /// <summary>Copies texts, refusing null or blank entries.</summary>
    internal static string[] NonBlankTexts(IEnumerable<string> texts, string paramName)
    {
        var list = Preconditions.CheckNotNullElements(texts, paramName);
        for (int i = 0; i < list.Length; i++)
        {
            Preconditions.CheckArgument(!string.IsNullOrWhiteSpace(list[i]), paramName, $"Element {i} is blank.");
        }

        return list;
    }

    /// <summary>Copies ids, refusing default ids and repeats.</summary>
    internal static ActivityId[] DistinctIds(IEnumerable<ActivityId> ids, string paramName)
    {
        Guard.Against.Null(ids, paramName);
        var list = new List<ActivityId>();
        var seen = new HashSet<ActivityId>();
        foreach (var id in ids)
        {
            Preconditions.CheckArgument(!id.IsDefault, paramName, "An id is the default value.");
            Preconditions.CheckArgument(seen.Add(id), paramName, $"The id {id} is repeated.");
            list.Add(id);
        }

        return list.ToArray();
    }

    /// <summary>Refuses an undefined enum value.</summary>
    internal static T Defined<T>(T value, string paramName)
        where T : struct, Enum
    {
        if (!Enum.IsDefined(value))
        {
            throw new ArgumentOutOfRangeException(paramName, value, $"Unknown {typeof(T).Name}.");
        }

        return value;
    }

    /// <summary>Formats a date as ISO text.</summary>
    internal static string Iso(LocalDate date) => date.ToString("uuuu-MM-dd", CultureInfo.InvariantCulture);
}
