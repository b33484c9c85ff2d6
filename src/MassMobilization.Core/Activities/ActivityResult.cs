using System;
using System.Diagnostics.CodeAnalysis;
using MassMobilization.Core.Text;

namespace MassMobilization.Core.Activities;

/// <summary>
/// The outcome of a <c>Try…</c> operation of the Activities area (docs/activities.md "Recommendations"):
/// a value, or the rule that forbade it (its stable <see cref="RuleCode"/> and a readable
/// <see cref="ErrorMessage"/>). A failure's exception is the <see cref="DomainRuleException"/> the
/// throwing form raises. The members shared by every result are described on <see cref="IResult{T}"/>.
/// </summary>
/// <typeparam name="T">The type of the value.</typeparam>
/// <remarks>The default value is a failure with rule code <see cref="ActivityRuleCodes.NoResult"/>.</remarks>
public readonly struct ActivityResult<T> : IResult<T>
{
    private readonly T value;
    private readonly string? ruleCode;
    private readonly string? message;

    internal ActivityResult(T value)
    {
        this.value = value;
        Success = true;
        ruleCode = null;
        message = null;
    }

    internal ActivityResult(string ruleCode, string message)
    {
        value = default!;
        Success = false;
        this.ruleCode = ruleCode;
        this.message = message;
    }

    /// <inheritdoc />
    [MemberNotNullWhen(false, nameof(RuleCode), nameof(ErrorMessage), nameof(Exception))]
    public bool Success { get; }

    /// <summary>Gets the rule code that forbade the operation, or <see langword="null"/> on success.</summary>
    public string? RuleCode => Success ? null : ruleCode ?? ActivityRuleCodes.NoResult;

    /// <inheritdoc />
    public string? ErrorMessage => Success ? null : message ?? "No step was attempted.";

    /// <inheritdoc cref="IResult{T}.Exception" />
    public DomainRuleException? Exception => Success ? null : new DomainRuleException(RuleCode, ErrorMessage);

    /// <inheritdoc cref="IResult{T}.Value" />
    /// <exception cref="DomainRuleException">The operation was forbidden.</exception>
    public T Value => GetValueOrThrow();

    /// <inheritdoc cref="IResult{T}.GetValueOrThrow" />
    /// <exception cref="DomainRuleException">The operation was forbidden.</exception>
    public T GetValueOrThrow() => Success ? value : throw Exception;

    /// <inheritdoc />
    public bool TryGetValue([MaybeNullWhen(false)] out T value)
    {
        value = this.value;
        return Success;
    }

    /// <inheritdoc />
    Exception? IResult<T>.Exception => Exception;

    /// <summary>Returns "Success" or "RULE-CODE: message".</summary>
    /// <returns>The readable form.</returns>
    public override string ToString() => Success ? "Success" : $"{RuleCode}: {ErrorMessage}";
}
