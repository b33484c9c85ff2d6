using System;
using System.Diagnostics.CodeAnalysis;

namespace MassMobilization.Core.Mobilization;

/// <summary>The outcome of a <c>TryRegister…</c>: the registered aggregate, or every problem of the registration.</summary>
/// <typeparam name="T">The aggregate type.</typeparam>
/// <remarks>The default value is a failure with no check (<see cref="Check"/> is null).</remarks>
public readonly struct RegistrationResult<T>
    where T : class
{
    private readonly T? value;

    internal RegistrationResult(T? value, RegistrationCheckResult check)
    {
        this.value = value;
        Check = check;
    }

    /// <summary>Gets a value indicating whether the registration succeeded.</summary>
    [MemberNotNullWhen(true, nameof(Value))]
    public bool Success => value is not null;

    /// <summary>Gets the registered aggregate, or <see langword="null"/> when the registration failed.</summary>
    public T? Value => value;

    /// <summary>Gets the check with every problem found.</summary>
    public RegistrationCheckResult Check { get; }

    /// <summary>Returns the aggregate, or throws listing every problem.</summary>
    /// <returns>The aggregate.</returns>
    /// <exception cref="DomainRuleException">The registration failed (<see cref="MobilizationRuleCodes.RegistrationInvalid"/>).</exception>
    public T GetValueOrThrow() =>
        value ?? throw new DomainRuleException(
            MobilizationRuleCodes.RegistrationInvalid,
            "The registration is incomplete or invalid:" + Environment.NewLine + (Check?.ToString() ?? "no check was made."));
}
