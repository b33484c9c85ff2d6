using System;
using System.Collections.Generic;
using Ardalis.GuardClauses;
using NodaTime;

namespace MassMobilization.Core.Activities;

/// <summary>
/// A dated version of the criteria for choosing people with prestige in ethnic-minority areas (người có
/// uy tín; Decision 12/2018/QĐ-TTg, amended by Decision 28/2023/QĐ-TTg with new criteria from 2024-01-15;
/// docs/activities.md "Ethnic and religious outreach"). The criteria's content is data; a version whose
/// content is not configured makes every selection NeedsReview, never an invented verdict.
/// </summary>
public sealed class PrestigeCriteriaVersion
{
    private readonly string[] criteria;
    private IReadOnlyList<string>? criteriaView;

    /// <summary>Initializes a version.</summary>
    /// <param name="id">A stable id.</param>
    /// <param name="citation">The text it applies.</param>
    /// <param name="effectiveFrom">The first day in force, or <see langword="null"/> when not recorded (in force before <paramref name="effectiveUntil"/>).</param>
    /// <param name="effectiveUntil">The last day in force, or <see langword="null"/> when open.</param>
    /// <param name="criteria">The criteria's codes or texts, as confirmed by the application; empty when the content is not confirmed.</param>
    /// <exception cref="ArgumentNullException">A reference argument is null.</exception>
    /// <exception cref="ArgumentException">A text is blank or repeated, or the end is before the start.</exception>
    public PrestigeCriteriaVersion(string id, string citation, LocalDate? effectiveFrom, LocalDate? effectiveUntil, IEnumerable<string> criteria)
    {
        Guard.Against.Null(id);
        Guard.Against.Null(citation);
        Guard.Against.Null(criteria);
        Guard.Against.NullOrWhiteSpace(id);
        Guard.Against.NullOrWhiteSpace(citation);
        Preconditions.CheckArgument(effectiveFrom is null || effectiveUntil is null || effectiveUntil.Value >= effectiveFrom.Value, nameof(effectiveUntil), "The version ends before it starts.");
        this.criteria = Checks.NonBlankTexts(criteria, nameof(criteria));
        Preconditions.CheckArgument(new HashSet<string>(this.criteria, StringComparer.Ordinal).Count == this.criteria.Length, nameof(criteria), "A criterion is repeated.");
        Id = id;
        Citation = citation;
        EffectiveFrom = effectiveFrom;
        EffectiveUntil = effectiveUntil;
    }

    /// <summary>Gets the built-in version before 2024-01-15: Decision 12/2018/QĐ-TTg, content not configured.</summary>
    public static PrestigeCriteriaVersion Decision12Of2018 { get; } = new("12/2018/QĐ-TTg", "Decision 12/2018/QĐ-TTg", null, new LocalDate(2024, 1, 14), []);

    /// <summary>Gets the built-in version from 2024-01-15: Decision 12/2018/QĐ-TTg as amended by Decision 28/2023/QĐ-TTg, content not configured.</summary>
    public static PrestigeCriteriaVersion Decision28Of2023 { get; } = new("28/2023/QĐ-TTg", "Decision 12/2018/QĐ-TTg as amended by Decision 28/2023/QĐ-TTg", new LocalDate(2024, 1, 15), null, []);

    /// <summary>Gets the version's id.</summary>
    public string Id { get; }

    /// <summary>Gets the text it applies.</summary>
    public string Citation { get; }

    /// <summary>Gets the first day in force, if recorded.</summary>
    public LocalDate? EffectiveFrom { get; }

    /// <summary>Gets the last day in force, or <see langword="null"/> when open.</summary>
    public LocalDate? EffectiveUntil { get; }

    /// <summary>Gets the criteria; empty when the content is not configured.</summary>
    public IReadOnlyList<string> Criteria => criteriaView ??= ReadOnlyView.Of(criteria);

    /// <summary>Gets a value indicating whether the criteria's content is configured.</summary>
    public bool HasCriteria => criteria.Length > 0;

    /// <summary>Checks whether the version is in force on a date.</summary>
    /// <param name="date">The date.</param>
    /// <returns><see langword="true"/> when in force.</returns>
    public bool IsInForceOn(LocalDate date) =>
        (EffectiveFrom is null || date >= EffectiveFrom.Value) && (EffectiveUntil is null || date <= EffectiveUntil.Value);

    /// <summary>Returns a version with the same dates and the given criteria (for an application that has confirmed them).</summary>
    /// <param name="criteria">The criteria.</param>
    /// <returns>The new version.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="criteria"/> is null.</exception>
    /// <exception cref="ArgumentException">A criterion is blank or repeated.</exception>
    public PrestigeCriteriaVersion WithCriteria(IEnumerable<string> criteria)
    {
        Guard.Against.Null(criteria);
        return new(Id, Citation, EffectiveFrom, EffectiveUntil, criteria);
    }

    /// <summary>Returns the id.</summary>
    /// <returns>The readable form.</returns>
    public override string ToString() => Id;
}
