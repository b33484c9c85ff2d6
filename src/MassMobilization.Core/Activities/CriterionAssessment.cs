using System;
using Ardalis.GuardClauses;

namespace MassMobilization.Core.Activities;

/// <summary>One criterion's assessment for a candidate: Met, NotMet or Unknown (docs/activities.md "Ethnic and religious outreach").</summary>
/// <remarks>The default value has an empty criterion, which <see cref="PrestigeSelection"/> refuses.</remarks>
public readonly record struct CriterionAssessment
{
    private readonly string? criterion;

    /// <summary>Initializes an assessment.</summary>
    /// <param name="criterion">The criterion, as written in the version.</param>
    /// <param name="outcome">Met, NotMet or Unknown.</param>
    /// <exception cref="ArgumentNullException"><paramref name="criterion"/> is null.</exception>
    public CriterionAssessment(string criterion, VerdictOutcome outcome)
    {
        Guard.Against.Null(criterion);
        this.criterion = criterion;
        Outcome = outcome;
    }

    /// <summary>Gets the criterion.</summary>
    public string Criterion => criterion ?? string.Empty;

    /// <summary>Gets the outcome.</summary>
    public VerdictOutcome Outcome { get; }
}
