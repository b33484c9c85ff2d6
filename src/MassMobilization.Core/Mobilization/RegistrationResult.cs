using System;
using System.Diagnostics.CodeAnalysis;
using MassMobilization.Core.Text;

namespace MassMobilization.Core.Mobilization;

/// <summary>
/// The outcome of a <c>TryRegister…</c>: the registered aggregate, or every problem of the registration
/// (<see cref="Check"/>). A failure's exception is the <see cref="DomainRuleException"/>
/// (<see cref="MobilizationRuleCodes.RegistrationInvalid"/>) the throwing form raises, listing every
/// problem. The members shared by every result are described once, on <see cref="IResult{T}"/>.
/// </summary>
/// <typeparam name="T">The aggregate type.</typeparam>
/// <remarks>The default value is a failure with no check (<see cref="Check"/> is null).</remarks>
public readonly struct RegistrationResult<T> : IResult<T>
    where T : class
{
    private readonly T? value;

    internal RegistrationResult(T? value, RegistrationCheckResult check)
    {
        this.value = value;
        Check = check;
    }

    /// <inheritdoc />
    [MemberNotNullWhen(true, nameof(value))]
    [MemberNotNullWhen(false, nameof(ErrorMessage), nameof(Exception))]
    public bool Success => value is not null;

    /// <summary>Gets the check with every problem found; <see langword="null"/> only for the default value.</summary>
    public RegistrationCheckResult? Check { get; }

    /// <inheritdoc />
    public string? ErrorMessage =>
        Success ? null : "The registration is incomplete or invalid:" + Environment.NewLine + (Check?.ToString() ?? "no check was made.");

    /// <inheritdoc cref="IResult{T}.Exception" />
    public DomainRuleException? Exception => Success ? null : new DomainRuleException(MobilizationRuleCodes.RegistrationInvalid, ErrorMessage);

    /// <inheritdoc cref="IResult{T}.Value" />
    /// <exception cref="DomainRuleException">The registration failed (<see cref="MobilizationRuleCodes.RegistrationInvalid"/>); the message lists every problem.</exception>
    public T Value => GetValueOrThrow();

    /// <inheritdoc cref="IResult{T}.GetValueOrThrow" />
    /// <exception cref="DomainRuleException">The registration failed (<see cref="MobilizationRuleCodes.RegistrationInvalid"/>); the message lists every problem.</exception>
    public T GetValueOrThrow() => Success ? value : throw Exception;

    /// <inheritdoc />
    public bool TryGetValue([MaybeNullWhen(false)] out T value)
    {
        value = this.value;
        return value is not null;
    }

    /// <inheritdoc />
    Exception? IResult<T>.Exception => Exception;

    /// <summary>Returns "Success" or the problems.</summary>
    /// <returns>The readable form.</returns>
    public override string ToString() => Success ? "Success" : ErrorMessage;
}
