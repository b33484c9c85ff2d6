using System.Diagnostics.CodeAnalysis;

namespace MassMobilization.Core.Mobilization;

/// <summary>
/// The outcome of a <c>Try…</c> lifecycle operation: a value, or the rule that forbade the step (its
/// stable <see cref="RuleCode"/> and a readable message). <see cref="GetValueOrThrow"/> turns a failure
/// into the <see cref="DomainRuleException"/> the throwing form raises.
/// </summary>
/// <typeparam name="T">The type of the value.</typeparam>
/// <remarks>The default value is a failure with rule code <c>MOB-NO-RESULT</c>.</remarks>
public readonly struct LifecycleResult<T>
{
    private readonly T value;
    private readonly string? ruleCode;
    private readonly string? message;

    internal LifecycleResult(T value)
    {
        this.value = value;
        Success = true;
        ruleCode = null;
        message = null;
    }

    internal LifecycleResult(string ruleCode, string message)
    {
        value = default!;
        Success = false;
        this.ruleCode = ruleCode;
        this.message = message;
    }

    /// <summary>Gets a value indicating whether the step was allowed.</summary>
    [MemberNotNullWhen(false, nameof(RuleCode), nameof(Message))]
    public bool Success { get; }

    /// <summary>Gets the rule code that forbade the step, or <see langword="null"/> on success.</summary>
    public string? RuleCode => Success ? null : ruleCode ?? "MOB-NO-RESULT";

    /// <summary>Gets the readable reason the step was forbidden, or <see langword="null"/> on success.</summary>
    public string? Message => Success ? null : message ?? "No step was attempted.";

    /// <summary>Gets the value.</summary>
    /// <exception cref="DomainRuleException">The step was forbidden.</exception>
    public T Value => GetValueOrThrow();

    /// <summary>Returns the value, or throws the domain exception of the forbidding rule.</summary>
    /// <returns>The value.</returns>
    /// <exception cref="DomainRuleException">The step was forbidden.</exception>
    public T GetValueOrThrow() => Success ? value : throw new DomainRuleException(RuleCode, Message);

    /// <summary>Gets the value when the step was allowed.</summary>
    /// <param name="result">The value, or the default of <typeparamref name="T"/>.</param>
    /// <returns><see langword="true"/> on success.</returns>
    public bool TryGetValue([MaybeNullWhen(false)] out T result)
    {
        result = value;
        return Success;
    }

    /// <summary>Returns "Success" or "RULE-CODE: message".</summary>
    /// <returns>The readable form.</returns>
    public override string ToString() => Success ? "Success" : $"{RuleCode}: {Message}";
}
