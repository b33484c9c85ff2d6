using Ardalis.GuardClauses;

namespace MassMobilization.Core.Awards;

/// <summary>One parameter of an eligibility rule, as data (e.g. "count" = "3").</summary>
public sealed record RuleParameter
{
    /// <summary>Initializes a new instance of the <see cref="RuleParameter"/> class.</summary>
    /// <param name="name">The parameter's name.</param>
    /// <param name="value">The parameter's invariant value.</param>
    /// <exception cref="System.ArgumentNullException">A reference argument is null.</exception>
    public RuleParameter(string name, string value)
    {
        Guard.Against.Null(name);
        Guard.Against.Null(value);
        Name = name;
        Value = value;
    }

    /// <summary>Gets the parameter's name.</summary>
    public string Name { get; }

    /// <summary>Gets the parameter's invariant value.</summary>
    public string Value { get; }
}
