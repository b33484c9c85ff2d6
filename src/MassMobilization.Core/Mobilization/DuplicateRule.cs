using System;
using Ardalis.GuardClauses;

namespace MassMobilization.Core.Mobilization;

/// <summary>
/// When a new model duplicates an existing one (docs/mobilization.md "Registration", Thanh Khê ward registration form: "a
/// unit's model must not duplicate one already run by another organisation in the same area").
/// </summary>
/// <remarks>
/// An existing model is a duplicate of a registration when all of these hold:
/// <list type="number">
/// <item>same area: the owners' units are equal;</item>
/// <item>same field, when <see cref="RequireSameField"/> (the default);</item>
/// <item>the names match under <see cref="Names"/> (<see cref="NameMatching.Default"/> unless configured);</item>
/// <item>another organisation: the owners differ, unless <see cref="IncludeSameOwner"/>;</item>
/// <item>already run: the existing model is registered on or before the new registration date and,
/// unless <see cref="IncludeEndedModels"/>, is not withdrawn or not recognised on that date.</item>
/// </list>
/// </remarks>
public sealed class DuplicateRule
{
    /// <summary>Creates a rule.</summary>
    /// <param name="names">How names are compared.</param>
    /// <param name="requireSameField">Whether only models of the same field are compared.</param>
    /// <param name="includeSameOwner">Whether the owner's own earlier models count as duplicates.</param>
    /// <param name="includeEndedModels">Whether withdrawn and not-recognised models still block the name.</param>
    /// <exception cref="ArgumentNullException"><paramref name="names"/> is null.</exception>
    public DuplicateRule(NameMatching names, bool requireSameField = true, bool includeSameOwner = false, bool includeEndedModels = false)
    {
        Guard.Against.Null(names);
        Names = names;
        RequireSameField = requireSameField;
        IncludeSameOwner = includeSameOwner;
        IncludeEndedModels = includeEndedModels;
    }

    /// <summary>Gets the default rule: same unit, same field, names equal under <see cref="NameMatching.Default"/>, another owner, model still running.</summary>
    public static DuplicateRule Default { get; } = new(NameMatching.Default);

    /// <summary>Gets how names are compared.</summary>
    public NameMatching Names { get; }

    /// <summary>Gets a value indicating whether only models of the same field are compared.</summary>
    public bool RequireSameField { get; }

    /// <summary>Gets a value indicating whether the owner's own models count as duplicates.</summary>
    public bool IncludeSameOwner { get; }

    /// <summary>Gets a value indicating whether withdrawn and not-recognised models count.</summary>
    public bool IncludeEndedModels { get; }
}
