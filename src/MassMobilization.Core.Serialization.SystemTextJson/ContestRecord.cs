using System;
using System.Collections.Generic;
using Ardalis.GuardClauses;
using MassMobilization.Core.Emulation;

namespace MassMobilization.Core.Serialization.SystemTextJson;

/// <summary>
/// The content of a <c>contest</c> interchange document: an emulation contest (hội thi), the teams
/// entered in its first round and the judges' score sheets of each round, enough to judge it again.
/// </summary>
public sealed class ContestRecord
{
    private readonly Team[] teams;
    private IReadOnlyList<Team>? teamsView;
    private readonly IReadOnlyList<JudgeScoreSheet>[] sheets;
    private IReadOnlyList<IReadOnlyList<JudgeScoreSheet>>? sheetsByRoundView;

    /// <summary>Initializes a new record.</summary>
    /// <param name="contest">The contest.</param>
    /// <param name="teams">The teams entered in the first round; identifiers must be distinct.</param>
    /// <param name="sheetsByRound">The score sheets of each round, by round index; may be shorter than the rounds (rounds not yet judged) but not longer.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">A list holds null, two teams share an identifier, or there are more sheet lists than rounds.</exception>
    public ContestRecord(Contest contest, IEnumerable<Team> teams, IEnumerable<IEnumerable<JudgeScoreSheet>> sheetsByRound)
    {
        Guard.Against.Null(contest);
        Guard.Against.Null(teams);
        Guard.Against.Null(sheetsByRound);
        this.teams = Preconditions.CheckNotNullElements(teams, nameof(teams));
        var ids = new HashSet<string>(StringComparer.Ordinal);
        foreach (var team in this.teams)
        {
            Preconditions.CheckArgument(ids.Add(team.Id), nameof(teams), $"The team id '{team.Id}' is used twice.");
        }

        var rounds = Preconditions.CheckNotNullElements(sheetsByRound, nameof(sheetsByRound));
        Preconditions.CheckArgument(rounds.Length <= contest.Rounds.Count, nameof(sheetsByRound), $"There are sheets for {rounds.Length} rounds but the contest has {contest.Rounds.Count}.");
        sheets = new IReadOnlyList<JudgeScoreSheet>[rounds.Length];
        for (int i = 0; i < rounds.Length; i++)
        {
            sheets[i] = Array.AsReadOnly(Preconditions.CheckNotNullElements(rounds[i], nameof(sheetsByRound)));
        }

        Contest = contest;
    }

    /// <summary>Gets the contest.</summary>
    public Contest Contest { get; }

    /// <summary>Gets the teams entered in the first round.</summary>
    public IReadOnlyList<Team> Teams => teamsView ??= ReadOnlyView.Of(teams);

    /// <summary>Gets the score sheets of each round judged so far, by round index.</summary>
    public IReadOnlyList<IReadOnlyList<JudgeScoreSheet>> SheetsByRound => sheetsByRoundView ??= ReadOnlyView.Of(sheets);

    /// <summary>Returns the contest's name and counts.</summary>
    /// <returns>A short description.</returns>
    public override string ToString() => FormattableString.Invariant($"{Contest.Name}: {teams.Length} team(s), {sheets.Length} round(s) with sheets");
}
