using MassMobilization.Core.Organization;

namespace MassMobilization.Core.Mobilization;

/// <summary>An existing model that a registration duplicates, with the normalised name both share.</summary>
public sealed class DuplicateMatch
{
    internal DuplicateMatch(MobilizationModelId existing, string existingName, ModelOwner existingOwner, UnitCode unit, string normalizedName)
    {
        Existing = existing;
        ExistingName = existingName;
        ExistingOwner = existingOwner;
        Unit = unit;
        NormalizedName = normalizedName;
    }

    /// <summary>Gets the existing model's id.</summary>
    public MobilizationModelId Existing { get; }

    /// <summary>Gets the existing model's name as registered.</summary>
    public string ExistingName { get; }

    /// <summary>Gets the existing model's owner.</summary>
    public ModelOwner ExistingOwner { get; }

    /// <summary>Gets the shared area (unit).</summary>
    public UnitCode Unit { get; }

    /// <summary>Gets the normalised name both share.</summary>
    public string NormalizedName { get; }

    /// <summary>Returns a readable form.</summary>
    /// <returns>The readable form.</returns>
    public override string ToString() => $"{Existing} '{ExistingName}' ({ExistingOwner}) in unit {Unit}";
}
