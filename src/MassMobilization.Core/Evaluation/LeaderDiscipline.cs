using System;
using MassMobilization.Core.Documents;
using MassMobilization.Core.Text;

namespace MassMobilization.Core.Evaluation;

/// <summary>The discipline of the unit's head or deputy head in the evaluated year.</summary>
public sealed record LeaderDiscipline
{
    /// <summary>Creates a discipline record.</summary>
    /// <param name="role">The disciplined leader's post.</param>
    /// <param name="level">The discipline level; not <see cref="LeaderDisciplineLevel.None"/>.</param>
    /// <param name="person">The leader's name, or <see langword="null"/>.</param>
    /// <param name="decision">The discipline decision's number, or <see langword="null"/>.</param>
    /// <exception cref="ArgumentException"><paramref name="role"/> or <paramref name="level"/> is not defined, or <paramref name="level"/> is <see cref="LeaderDisciplineLevel.None"/>.</exception>
    public LeaderDiscipline(LeaderRole role, LeaderDisciplineLevel level, string? person = null, DocumentNumber? decision = null)
    {
        Preconditions.CheckArgument(Enum.IsDefined(role), nameof(role), $"Unknown role {role}.");
        Preconditions.CheckArgument(Enum.IsDefined(level) && level != LeaderDisciplineLevel.None, nameof(level), $"A discipline record needs a level, not {level}.");
        Role = role;
        Level = level;
        Person = person;
        Decision = decision;
    }

    /// <summary>Gets the disciplined leader's post.</summary>
    public LeaderRole Role { get; }

    /// <summary>Gets the discipline level.</summary>
    public LeaderDisciplineLevel Level { get; }

    /// <summary>Gets the leader's name, or <see langword="null"/>.</summary>
    public string? Person { get; }

    /// <summary>Gets the discipline decision's number, or <see langword="null"/>.</summary>
    public DocumentNumber? Decision { get; }

    /// <summary>Describes the record, for example "Head disciplined: Reprimand (12-QĐ/ĐU)".</summary>
    /// <returns>The description.</returns>
    public string Describe() => DescribeExplanation().ToString();

    /// <summary>Describes the record in either language (docs/display.md).</summary>
    internal Explanation DescribeExplanation()
    {
        object decision = Decision is { } number ? new Explanation(ExplanationCodes.EvalInParentheses, number.ToString()) : string.Empty;
        return Person is null
            ? new Explanation(ExplanationCodes.EvalDiscipline, Role, Level, decision)
            : new Explanation(ExplanationCodes.EvalDisciplinePerson, Role, Person, Level, decision);
    }
}
