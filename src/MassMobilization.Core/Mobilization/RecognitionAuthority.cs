using System;
using System.Collections.Generic;
using Ardalis.GuardClauses;

namespace MassMobilization.Core.Mobilization;

/// <summary>
/// Which recognition levels a registering body's authority reaches: for each registering level, the
/// highest level at which a model registered there may be recognised. This is data, not code.
/// </summary>
/// <remarks>
/// <para>
/// The default (<see cref="Default"/>) lets a body recognise the models registered with it and no
/// higher: a commune recognises commune models, a district district models. The governing texts
/// (Decision 23-QĐ/TW; the movement's guidance, whose numbers are unconfirmed; docs/mobilization.md "Lifecycle") do not
/// state the rule in a form checked here, so it is configuration with that default (unconfirmed).
/// A body that lets models go up (a district model recognised by the province) uses
/// <see cref="WithLevelsAbove"/> or an explicit table.
/// </para>
/// </remarks>
public sealed class RecognitionAuthority
{
    private readonly ModelLevel[] maximum;

    /// <summary>Creates an authority from an explicit table.</summary>
    /// <param name="maximumByRegisteringLevel">For every level (commune, district, province, central), the highest recognition level allowed; never below the registering level.</param>
    /// <exception cref="ArgumentNullException"><paramref name="maximumByRegisteringLevel"/> is null.</exception>
    /// <exception cref="ArgumentException">A level is missing or maps below itself or to an undefined level.</exception>
    public RecognitionAuthority(IReadOnlyDictionary<ModelLevel, ModelLevel> maximumByRegisteringLevel)
    {
        Guard.Against.Null(maximumByRegisteringLevel);
        maximum = new ModelLevel[5];
        var table = new SortedDictionary<ModelLevel, ModelLevel>();
        for (var level = ModelLevel.Commune; level <= ModelLevel.Central; level++)
        {
            Preconditions.CheckArgument(maximumByRegisteringLevel.TryGetValue(level, out var max), nameof(maximumByRegisteringLevel), $"The table has no entry for {level}.");
            Preconditions.CheckArgument(max >= level && max <= ModelLevel.Central, nameof(maximumByRegisteringLevel), $"{level} maps to {max}, which is below it or not a level.");
            maximum[(int)level] = max;
            table[level] = max;
        }

        Preconditions.CheckArgument(maximumByRegisteringLevel.Count == 4, nameof(maximumByRegisteringLevel), "The table must have exactly the four levels.");
        MaximumByRegisteringLevel = ReadOnlyView.Of(table);
    }

    /// <summary>Gets the default authority: recognition at the registering level at most (unconfirmed, see remarks).</summary>
    public static RecognitionAuthority Default { get; } = WithLevelsAbove(0);

    /// <summary>Gets the table: for each registering level, the highest recognition level allowed.</summary>
    public IReadOnlyDictionary<ModelLevel, ModelLevel> MaximumByRegisteringLevel { get; }

    /// <summary>Creates an authority that lets recognition go up to <paramref name="levels"/> levels above the registering level (capped at central).</summary>
    /// <param name="levels">0 to 3.</param>
    /// <returns>The authority.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="levels"/> is outside 0 to 3.</exception>
    public static RecognitionAuthority WithLevelsAbove(int levels)
    {
        Guard.Against.OutOfRange(levels, nameof(levels), 0, 3);
        var table = new Dictionary<ModelLevel, ModelLevel>();
        for (var level = ModelLevel.Commune; level <= ModelLevel.Central; level++)
        {
            table[level] = (ModelLevel)Math.Min((int)ModelLevel.Central, (int)level + levels);
        }

        return new RecognitionAuthority(table);
    }

    /// <summary>Gets the highest level at which a model registered at <paramref name="registeringLevel"/> may be recognised.</summary>
    /// <param name="registeringLevel">The registering level.</param>
    /// <returns>The highest recognition level.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="registeringLevel"/> is not a defined level.</exception>
    public ModelLevel MaximumLevel(ModelLevel registeringLevel) => maximum[(int)RegisteringLevel.CheckLevel(registeringLevel, nameof(registeringLevel))];
}
