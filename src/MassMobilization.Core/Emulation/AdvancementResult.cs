using System.Collections.Generic;

namespace MassMobilization.Core.Emulation;

/// <summary>The outcome of an <see cref="AdvancementRule"/> on a round: a decision with its reason for every team, in ranking order.</summary>
public sealed class AdvancementResult
{
    private readonly AdvancementDecision[] decisions;
    private IReadOnlyList<AdvancementDecision>? decisionsView;
    private readonly Team[] advancing;
    private IReadOnlyList<Team>? advancingView;

    internal AdvancementResult(AdvancementRule rule, AdvancementDecision[] decisions, List<Team> advancing)
    {
        Rule = rule;
        this.decisions = decisions;
        this.advancing = advancing.ToArray();
    }

    /// <summary>Gets the rule applied.</summary>
    public AdvancementRule Rule { get; }

    /// <summary>Gets the decision for every team, in ranking order.</summary>
    public IReadOnlyList<AdvancementDecision> Decisions => decisionsView ??= ReadOnlyView.Of(decisions);

    /// <summary>Gets the teams that advance, in ranking order.</summary>
    public IReadOnlyList<Team> Advancing => advancingView ??= ReadOnlyView.Of(advancing);
}
