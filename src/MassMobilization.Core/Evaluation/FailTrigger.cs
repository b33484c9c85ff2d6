namespace MassMobilization.Core.Evaluation;

/// <summary>What triggers an <see cref="AutomaticFailCondition"/>.</summary>
public enum FailTrigger
{
    /// <summary>The condition is triggered when the score sheet reports it by id.</summary>
    Reported = 0,

    /// <summary>The condition is triggered when the unit gave no self-assessment (and also when reported).</summary>
    MissingSelfAssessment = 1,

    /// <summary>The condition is triggered when a head or deputy head was dismissed (<see cref="LeaderDisciplineLevel.Dismissal"/>), and also when reported.</summary>
    LeaderDismissed = 2,
}
