using System;
using Ardalis.GuardClauses;

namespace MassMobilization.Core.Awards;

/// <summary>One problem found when validating an award decision: the rule broken, where (the recipient's index and path) and a readable message.</summary>
public sealed record DecisionProblem
{
    /// <summary>Creates a problem.</summary>
    /// <param name="code">The rule code, from <see cref="AwardRuleCodes"/>.</param>
    /// <param name="recipientIndex">The index of the recipient in the decision, or -1 for the decision itself.</param>
    /// <param name="path">Where, for example <c>recipients[3]</c> or <c>authority</c>.</param>
    /// <param name="message">What is wrong, naming the recipient.</param>
    /// <exception cref="ArgumentNullException">A text is null.</exception>
    public DecisionProblem(string code, int recipientIndex, string path, string message)
    {
        Guard.Against.Null(code);
        Guard.Against.Null(path);
        Guard.Against.Null(message);
        Code = code;
        RecipientIndex = recipientIndex;
        Path = path;
        Message = message;
    }

    /// <summary>Gets the rule code.</summary>
    public string Code { get; }

    /// <summary>Gets the index of the recipient, or -1 for the decision itself.</summary>
    public int RecipientIndex { get; }

    /// <summary>Gets where, for example <c>recipients[3]</c>.</summary>
    public string Path { get; }

    /// <summary>Gets the message.</summary>
    public string Message { get; }

    /// <summary>Returns the code, path and message.</summary>
    /// <returns>For example "AWD-RECIPIENT-NOT-FOUND at recipients[3]: …".</returns>
    public override string ToString() => Code + " at " + Path + ": " + Message;
}
