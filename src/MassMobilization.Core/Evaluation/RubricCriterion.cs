using System;
using System.Collections.Generic;
using System.Globalization;
using Ardalis.GuardClauses;

namespace MassMobilization.Core.Evaluation;

/// <summary>
/// A criterion (tiêu chí) of a <see cref="Rubric"/> with its maximum points, and optionally
/// sub-criteria (tiêu chí thành phần) whose maxima add up to it. A criterion without sub-criteria is
/// scored directly; a criterion with sub-criteria is scored through them and its points are their sum.
/// </summary>
/// <remarks>
/// The "no criterion scored 0" rule of the grade bands applies to the criteria of a section (the top
/// level), not to individual sub-criteria: a criterion counts as scored 0 when all its points are 0.
/// </remarks>
public sealed class RubricCriterion
{
    private readonly RubricCriterion[] subCriteria;
    private IReadOnlyList<RubricCriterion>? subCriteriaView;

    /// <summary>Creates a criterion.</summary>
    /// <param name="id">A stable id unique within the rubric, for example <c>B2.1</c>; ASCII letters, digits, '.', '-' and '_'.</param>
    /// <param name="title">What the criterion measures, in the rubric's language.</param>
    /// <param name="maxPoints">The maximum points, positive.</param>
    /// <param name="subCriteria">Sub-criteria whose maxima add up to <paramref name="maxPoints"/>, or <see langword="null"/> for a directly scored criterion.</param>
    /// <exception cref="ArgumentNullException"><paramref name="id"/> or <paramref name="title"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="id"/> is empty or holds a character that is not allowed; <paramref name="title"/> is empty; <paramref name="subCriteria"/> holds null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="maxPoints"/> is not positive.</exception>
    /// <exception cref="DomainRuleException">The sub-criteria's maxima do not add up to <paramref name="maxPoints"/> (<c>EVAL-RUBRIC-PARTS-MISMATCH</c>) or two sub-criteria share an id (<c>EVAL-RUBRIC-DUPLICATE-ID</c>).</exception>
    public RubricCriterion(string id, string title, decimal maxPoints, IEnumerable<RubricCriterion>? subCriteria = null)
    {
        Guard.Against.Null(id);
        Guard.Against.Null(title);
        Id = RubricIds.Check(id, nameof(id));
        Guard.Against.NullOrWhiteSpace(title);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(maxPoints);
        this.subCriteria = subCriteria is null ? [] : Preconditions.CheckNotNullElements(subCriteria, nameof(subCriteria));
        Title = title;
        MaxPoints = maxPoints;
        if (this.subCriteria.Length > 0)
        {
            decimal sum = 0m;
            var seen = new HashSet<string>(StringComparer.Ordinal);
            foreach (var sub in this.subCriteria)
            {
                sum += sub.MaxPoints;
                foreach (string leaf in sub.AllIds())
                {
                    Guard.Against.RuleViolation(seen.Add(leaf), EvaluationRuleCodes.RubricDuplicateId, $"Criterion '{id}' holds the id '{leaf}' twice.");
                }
            }

            Guard.Against.RuleViolation(
                sum == maxPoints,
                EvaluationRuleCodes.RubricPartsMismatch,
                $"The sub-criteria of criterion '{id}' add up to {RubricIds.Points(sum)} points, not the declared {RubricIds.Points(maxPoints)}.");
        }
    }

    /// <summary>Gets the criterion's id, unique within its rubric.</summary>
    public string Id { get; }

    /// <summary>Gets what the criterion measures.</summary>
    public string Title { get; }

    /// <summary>Gets the maximum points.</summary>
    public decimal MaxPoints { get; }

    /// <summary>Gets the sub-criteria, empty for a directly scored criterion.</summary>
    public IReadOnlyList<RubricCriterion> SubCriteria => subCriteriaView ??= ReadOnlyView.Of(subCriteria);

    /// <summary>Gets a value indicating whether the criterion is scored directly (it has no sub-criteria).</summary>
    public bool IsScored => subCriteria.Length == 0;

    /// <summary>Returns the directly scored criteria under this one (itself when it has no sub-criteria), depth first.</summary>
    /// <returns>The scored criteria, in rubric order.</returns>
    public IReadOnlyList<RubricCriterion> ScoredCriteria()
    {
        var result = new List<RubricCriterion>();
        CollectScored(result);
        return result;
    }

    /// <summary>Returns the criterion's id and title.</summary>
    /// <returns>For example "B2.1 Publication of information (6)".</returns>
    public override string ToString() => $"{Id} {Title} ({RubricIds.Points(MaxPoints)})";

    internal void CollectScored(List<RubricCriterion> into)
    {
        if (subCriteria.Length == 0)
        {
            into.Add(this);
            return;
        }

        foreach (var sub in subCriteria)
        {
            sub.CollectScored(into);
        }
    }

    internal IEnumerable<string> AllIds()
    {
        yield return Id;
        foreach (var sub in subCriteria)
        {
            foreach (string id in sub.AllIds())
            {
                yield return id;
            }
        }
    }
}

/// <summary>Checks and formats ids and points for the evaluation types.</summary>
internal static class RubricIds
{
    internal static string Check(string id, string paramName)
    {
        Preconditions.CheckArgument(id.Length is > 0 and <= 64, paramName, $"An id has 1 to 64 characters: '{id}'.");
        foreach (char c in id)
        {
            Preconditions.CheckArgument(
                char.IsAsciiLetterOrDigit(c) || c is '.' or '-' or '_',
                paramName,
                $"The id '{id}' holds '{c}'; ids use ASCII letters, digits, '.', '-' and '_'.");
        }

        return id;
    }

    /// <summary>Formats points invariantly with at least two decimals ("95.00", "0.25", "1.125").</summary>
    internal static string Points(decimal value) => value.ToString("0.00##########", CultureInfo.InvariantCulture);

    /// <summary>Gets the value that <see cref="Points"/> writes, as a decimal with those places, for an explanation's argument.</summary>
    internal static decimal PointsValue(decimal value) => decimal.Parse(Points(value), NumberStyles.AllowDecimalPoint | NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture);
}
