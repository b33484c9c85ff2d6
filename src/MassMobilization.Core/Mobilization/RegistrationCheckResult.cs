using System;
using System.Collections.Generic;

namespace MassMobilization.Core.Mobilization;

/// <summary>The outcome of a registration check: every problem found, in form order (never just the first).</summary>
public sealed class RegistrationCheckResult
{
    internal RegistrationCheckResult(IReadOnlyList<RegistrationProblem> problems, IReadOnlyList<DuplicateMatch> duplicates)
    {
        Problems = ReadOnlyView.Of(problems);
        Duplicates = ReadOnlyView.Of(duplicates);
    }

    /// <summary>Gets a value indicating whether the registration is complete and valid.</summary>
    public bool IsValid => Problems.Count == 0;

    /// <summary>Gets every problem found, in the order of the form's items.</summary>
    public IReadOnlyList<RegistrationProblem> Problems { get; }

    /// <summary>Gets the existing models this registration duplicates (each also reported as a <see cref="MobilizationRuleCodes.Duplicate"/> problem).</summary>
    public IReadOnlyList<DuplicateMatch> Duplicates { get; }

    /// <summary>Returns "valid" or one line per problem.</summary>
    /// <returns>The readable form.</returns>
    public override string ToString() => IsValid ? "valid" : string.Join(Environment.NewLine, Problems);
}
