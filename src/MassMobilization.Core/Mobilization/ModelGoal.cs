using System;
using System.Collections.Generic;
using Ardalis.GuardClauses;
using MassMobilization.Core.Text;

namespace MassMobilization.Core.Mobilization;

/// <summary>A goal of a model with the criteria by which it will be evaluated (mục tiêu, tiêu chí đánh giá).</summary>
public sealed class ModelGoal
{
    /// <summary>Creates a goal. Blank criteria are kept so that the registration check can report them.</summary>
    /// <param name="goal">The goal, for example "Reduce complaints sent above the ward by 30%".</param>
    /// <param name="criteria">The evaluation criteria, for example "number of complaints per quarter".</param>
    /// <exception cref="ArgumentNullException">An argument or a criterion is null.</exception>
    public ModelGoal(string goal, IEnumerable<string> criteria)
    {
        Guard.Against.Null(goal);
        Guard.Against.Null(criteria);
        Goal = UnicodeText.ToFormC(goal);
        Criteria = Array.AsReadOnly(Preconditions.CheckNotNullElements(criteria, nameof(criteria)));
    }

    /// <summary>Gets the goal (Unicode NFC).</summary>
    public string Goal { get; }

    /// <summary>Gets the evaluation criteria.</summary>
    public IReadOnlyList<string> Criteria { get; }
}
