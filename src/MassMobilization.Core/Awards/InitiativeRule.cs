using System;
using System.Collections.Generic;
using Ardalis.GuardClauses;
using MassMobilization.Core.Text;

namespace MassMobilization.Core.Awards;

/// <summary>At least a number of initiatives at a scope or wider in the last years up to the year under review (discipline years excluded).</summary>
public sealed class InitiativeRule : EligibilityRule
{
    /// <summary>Creates the rule.</summary>
    /// <param name="code">The rule code.</param>
    /// <param name="citation">The article.</param>
    /// <param name="scope">The narrowest scope counted.</param>
    /// <param name="count">How many initiatives, at least 1.</param>
    /// <param name="years">Over how many years up to the year under review, at least 1.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A number is out of range.</exception>
    public InitiativeRule(string code, LegalCitation citation, InitiativeScope scope, int count, int years)
        : base(code, citation)
    {
        Guard.Against.OutOfRange((int)scope, nameof(scope), 1, 3);
        Guard.Against.OutOfRange(count, nameof(count), 1, 255);
        Guard.Against.OutOfRange(years, nameof(years), 1, CompactServiceRecord.WindowYears);
        Scope = scope;
        Count = count;
        Years = years;
    }

    /// <summary>Gets the narrowest scope counted.</summary>
    public InitiativeScope Scope { get; }

    /// <summary>Gets how many initiatives are needed.</summary>
    public int Count { get; }

    /// <summary>Gets over how many years.</summary>
    public int Years { get; }

    /// <inheritdoc />
    public override Explanation DescriptionExplanation => Years == 1
        ? Text(ExplanationCodes.DescInitiativeYear, Count, Scope)
        : Text(ExplanationCodes.DescInitiativeYears, Count, Scope, Years);

    /// <inheritdoc/>
    public override IReadOnlyList<RuleParameter> Parameters => [new("scope", Scope.ToString()), new("count", N(Count)), new("years", N(Years))];

    internal override CriterionOutcome Check(in CompactServiceRecord record, int year, RuleSet ruleSet, int depth, List<CriterionResult>? explain)
    {
        int first = year - Years + 1;
        uint span = 0;
        bool allKnown = true;
        for (int y = first; y <= year; y++)
        {
            uint m = record.BitOf(y);
            bool knownEmpty = m == 0 && record.FirstYear != 0 && y < record.FirstYear && record.CompleteBeforeWindow;
            if ((m == 0 && !knownEmpty) || (m != 0 && (record.YearKnownMask & m) == 0))
            {
                allKnown = false;
            }

            span |= m;
        }

        int found = record.InitiativesIn(Scope, span & ~record.DisciplinedMask);
        var outcome = found >= Count ? CriterionOutcome.Met : allKnown ? CriterionOutcome.NotMet : CriterionOutcome.Unknown;
        return explain is null ? outcome : Report(explain, outcome, first, year, Text(ExplanationCodes.FindingInitiatives, found, Span(first, year), allKnown ? string.Empty : Text(ExplanationCodes.FindingSomeYearsNoData)));
    }
}
