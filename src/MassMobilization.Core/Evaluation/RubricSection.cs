using System;
using System.Collections.Generic;
using Ardalis.GuardClauses;

namespace MassMobilization.Core.Evaluation;

/// <summary>
/// A section (phần) of a <see cref="Rubric"/>, for example "organising the work" (10 points) or
/// "advising and implementing" (90 points), made of criteria whose maxima add up to the section's.
/// </summary>
public sealed class RubricSection
{
    private readonly RubricCriterion[] criteria;
    private IReadOnlyList<RubricCriterion>? criteriaView;

    /// <summary>Creates a section.</summary>
    /// <param name="id">A stable id unique within the rubric, for example <c>A</c>.</param>
    /// <param name="title">The section's title.</param>
    /// <param name="maxPoints">The section's maximum points, positive.</param>
    /// <param name="criteria">The criteria, at least one, whose maxima add up to <paramref name="maxPoints"/>.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="id"/> is not a valid id; <paramref name="title"/> is empty; <paramref name="criteria"/> is empty or holds null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="maxPoints"/> is not positive.</exception>
    /// <exception cref="DomainRuleException">The criteria's maxima do not add up to <paramref name="maxPoints"/> (<c>EVAL-RUBRIC-PARTS-MISMATCH</c>).</exception>
    public RubricSection(string id, string title, decimal maxPoints, IEnumerable<RubricCriterion> criteria)
    {
        Guard.Against.Null(id);
        Guard.Against.Null(title);
        Guard.Against.Null(criteria);
        Id = RubricIds.Check(id, nameof(id));
        Guard.Against.NullOrWhiteSpace(title);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(maxPoints);
        this.criteria = Preconditions.CheckNotNullElements(criteria, nameof(criteria));
        Preconditions.CheckArgument(this.criteria.Length > 0, nameof(criteria), $"Section '{id}' needs at least one criterion.");
        decimal sum = 0m;
        foreach (var criterion in this.criteria)
        {
            sum += criterion.MaxPoints;
        }

        Guard.Against.RuleViolation(
            sum == maxPoints,
            EvaluationRuleCodes.RubricPartsMismatch,
            $"The criteria of section '{id}' add up to {RubricIds.Points(sum)} points, not the declared {RubricIds.Points(maxPoints)}.");
        Title = title;
        MaxPoints = maxPoints;
    }

    /// <summary>Gets the section's id.</summary>
    public string Id { get; }

    /// <summary>Gets the section's title.</summary>
    public string Title { get; }

    /// <summary>Gets the section's maximum points.</summary>
    public decimal MaxPoints { get; }

    /// <summary>Gets the section's criteria, in rubric order.</summary>
    public IReadOnlyList<RubricCriterion> Criteria => criteriaView ??= ReadOnlyView.Of(criteria);

    /// <summary>Returns the section's id and title.</summary>
    /// <returns>For example "A Organising the work (10)".</returns>
    public override string ToString() => $"{Id} {Title} ({RubricIds.Points(MaxPoints)})";
}
