namespace MassMobilization.Core.Tests.Conventions;

/// <summary>
/// Supplies sample values of one part of the library for the null-argument convention test. Each
/// test folder that adds public types with constructor arguments implements one; the convention
/// test finds every implementation by reflection, so folders never edit a shared list.
/// </summary>
public interface ISampleProvider
{
    /// <summary>Registers sample values.</summary>
    void Register(SampleValues samples);
}
