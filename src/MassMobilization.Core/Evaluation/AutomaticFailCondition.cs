using System;
using Ardalis.GuardClauses;

namespace MassMobilization.Core.Evaluation;

/// <summary>
/// A condition that makes a unit "not completed" whatever its score, for example corruption or a
/// missing self-assessment (Cần Thơ decision 2579/QĐ-UBND, 2025-11-21).
/// </summary>
public sealed record AutomaticFailCondition
{
    /// <summary>Creates a condition.</summary>
    /// <param name="id">A stable id unique within the rubric, for example <c>CORRUPTION</c>.</param>
    /// <param name="title">A readable description.</param>
    /// <param name="trigger">What triggers the condition besides being reported on the score sheet.</param>
    /// <param name="citation">Where the condition comes from.</param>
    /// <exception cref="ArgumentNullException">A string argument is null.</exception>
    /// <exception cref="ArgumentException">An argument is empty, not a valid id or not defined.</exception>
    public AutomaticFailCondition(string id, string title, FailTrigger trigger, string citation)
    {
        Guard.Against.Null(id);
        Guard.Against.Null(title);
        Guard.Against.Null(citation);
        Id = RubricIds.Check(id, nameof(id));
        Guard.Against.NullOrWhiteSpace(title);
        Guard.Against.NullOrWhiteSpace(citation);
        Preconditions.CheckArgument(Enum.IsDefined(trigger), nameof(trigger), $"Unknown trigger {trigger}.");
        Title = title;
        Trigger = trigger;
        Citation = citation;
    }

    /// <summary>Gets the condition's id.</summary>
    public string Id { get; }

    /// <summary>Gets the readable description.</summary>
    public string Title { get; }

    /// <summary>Gets what triggers the condition besides being reported.</summary>
    public FailTrigger Trigger { get; }

    /// <summary>Gets where the condition comes from.</summary>
    public string Citation { get; }
}
