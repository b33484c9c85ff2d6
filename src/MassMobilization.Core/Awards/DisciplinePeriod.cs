using System;
using Ardalis.GuardClauses;
using NodaTime;

namespace MassMobilization.Core.Awards;

/// <summary>A disciplinary measure and the period it is in effect; achievements count only after its end (Law 06/2022/QH15 art. 5).</summary>
public sealed record DisciplinePeriod
{
    /// <summary>Creates a discipline period.</summary>
    /// <param name="level">The level.</param>
    /// <param name="period">The period in effect (both ends included).</param>
    /// <exception cref="ArgumentNullException"><paramref name="period"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="level"/> is undefined.</exception>
    public DisciplinePeriod(DisciplineLevel level, DateInterval period)
    {
        Guard.Against.Null(period);
        Guard.Against.OutOfRange((int)level, nameof(level), 1, 4);
        Level = level;
        Period = period;
    }

    /// <summary>Gets the level.</summary>
    public DisciplineLevel Level { get; }

    /// <summary>Gets the period in effect.</summary>
    public DateInterval Period { get; }
}
