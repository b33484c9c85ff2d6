namespace MassMobilization.Core.Activities;

/// <summary>The outcome of one rule check on activity records (docs/activities.md "Verdicts").</summary>
/// <remarks>The default value is <see cref="Unknown"/>: missing data is never "not met".</remarks>
public enum VerdictOutcome
{
    /// <summary>The data needed is missing (no report submitted, a date not recorded): the rule is neither met nor broken.</summary>
    Unknown = 0,

    /// <summary>The rule is met (a vote passes, a deadline is kept).</summary>
    Met = 1,

    /// <summary>The rule is not met; the explanation says by how much.</summary>
    NotMet = 2,

    /// <summary>The rule does not apply (a level that no longer exists, a vote kind with no such clause).</summary>
    NotApplicable = 3,

    /// <summary>The rule's content is not confirmed in the library: a person must decide.</summary>
    NeedsReview = 4,
}
