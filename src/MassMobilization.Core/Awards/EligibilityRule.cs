using System;
using System.Collections.Generic;
using System.Globalization;

namespace MassMobilization.Core.Awards;

/// <summary>
/// One eligibility criterion: a small named rule with a stable code, the article it comes from and its
/// parameters as data (for example "3 consecutive grassroots fighter titles"). Rules are combined by a
/// <see cref="RuleSet"/>; every multi-year rule uses <see cref="Streak"/>. Rules never grant anything.
/// </summary>
public abstract class EligibilityRule
{
    private protected EligibilityRule(string code, LegalCitation citation)
    {
        ArgumentNullException.ThrowIfNull(code);
        ArgumentNullException.ThrowIfNull(citation);
        Code = code;
        Citation = citation;
    }

    /// <summary>Gets the stable code, for example <c>AWD-CSTDT-STREAK</c>.</summary>
    public string Code { get; }

    /// <summary>Gets the article the rule applies.</summary>
    public LegalCitation Citation { get; }

    /// <summary>Gets what the rule asks, with its parameters.</summary>
    public abstract string Description { get; }

    /// <summary>Gets the rule's parameters as data (name and invariant value), in declaration order, for documentation.</summary>
    public abstract IReadOnlyList<RuleParameter> Parameters { get; }

    /// <summary>Gets the rules this rule combines ("one of", "all of"); empty for a simple rule.</summary>
    public virtual IReadOnlyList<EligibilityRule> Inner => Array.Empty<EligibilityRule>();

    /// <summary>Gets the name of the rule's type without the "Rule" suffix, e.g. "Consecutive" or "RatedRun".</summary>
    public string RuleType => GetType().Name.EndsWith("Rule", StringComparison.Ordinal) ? GetType().Name[..^4] : GetType().Name;

    /// <summary>Returns the code and description.</summary>
    /// <returns>For example "AWD-LDTT-RATING: rated at least Good in the year".</returns>
    public override string ToString() => Code + ": " + Description;

    /// <summary>Checks the rule; adds its explanation to <paramref name="explain"/> only when it is not null (the verdict-only path allocates nothing).</summary>
    internal abstract CriterionOutcome Check(in CompactServiceRecord record, int year, RuleSet ruleSet, int depth, List<CriterionResult>? explain);

    private protected CriterionOutcome Report(List<CriterionResult>? explain, CriterionOutcome outcome, int firstYear, int lastYear, string finding, IReadOnlyList<CriterionResult>? children = null)
    {
        explain?.Add(new CriterionResult(Code, Description, Citation, outcome, firstYear, lastYear, finding, children ?? Array.Empty<CriterionResult>()));
        return outcome;
    }

    private protected static string Y(int year) => year.ToString(CultureInfo.InvariantCulture);

    private protected static string N(int value) => value.ToString(CultureInfo.InvariantCulture);

    private protected static string Span(int first, int last) => first == last ? Y(first) : Y(first) + "–" + Y(last);
}

/// <summary>No award while discipline, inspection or a complaint is pending (Law 06/2022/QH15 art. 5; Decree 152/2025/NĐ-CP art. 4).</summary>
public sealed class NoPendingProceedingsRule : EligibilityRule
{
    /// <summary>Creates the rule.</summary>
    /// <param name="code">The rule code.</param>
    /// <param name="citation">The article.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public NoPendingProceedingsRule(string code, LegalCitation citation)
        : base(code, citation)
    {
    }

    /// <inheritdoc />
    public override string Description => "No discipline, inspection or complaint pending";

    /// <inheritdoc/>
    public override IReadOnlyList<RuleParameter> Parameters => [];

    internal override CriterionOutcome Check(in CompactServiceRecord record, int year, RuleSet ruleSet, int depth, List<CriterionResult>? explain)
    {
        var outcome = record.Pending == PendingProceedings.None ? CriterionOutcome.Met : CriterionOutcome.NotMet;
        return explain is null ? outcome : Report(explain, outcome, year, year, outcome == CriterionOutcome.Met ? "nothing pending" : "pending: " + record.Pending.ToString());
    }
}

/// <summary>The year under review counts: it is not in a discipline period (achievements count only after its end, Law 06/2022/QH15 art. 5).</summary>
public sealed class YearNotDisciplinedRule : EligibilityRule
{
    /// <summary>Creates the rule.</summary>
    /// <param name="code">The rule code.</param>
    /// <param name="citation">The article.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public YearNotDisciplinedRule(string code, LegalCitation citation)
        : base(code, citation)
    {
    }

    /// <inheritdoc />
    public override string Description => "The year is not in a discipline period";

    /// <inheritdoc/>
    public override IReadOnlyList<RuleParameter> Parameters => [];

    internal override CriterionOutcome Check(in CompactServiceRecord record, int year, RuleSet ruleSet, int depth, List<CriterionResult>? explain)
    {
        var outcome = record.IsDisciplined(year) ? CriterionOutcome.NotMet : CriterionOutcome.Met;
        return explain is null ? outcome : Report(explain, outcome, year, year, outcome == CriterionOutcome.Met ? "no discipline in " + Y(year) : "under discipline in " + Y(year));
    }
}

/// <summary>The task rating of the year under review is at least a minimum.</summary>
public sealed class RatingAtLeastRule : EligibilityRule
{
    /// <summary>Creates the rule.</summary>
    /// <param name="code">The rule code.</param>
    /// <param name="citation">The article.</param>
    /// <param name="minimum">The minimum rating.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public RatingAtLeastRule(string code, LegalCitation citation, TaskRating minimum)
        : base(code, citation)
    {
        Preconditions.CheckArgumentRange(nameof(minimum), (int)minimum, 0, 3);
        Minimum = minimum;
    }

    /// <summary>Gets the minimum rating.</summary>
    public TaskRating Minimum { get; }

    /// <inheritdoc />
    public override string Description => "Rated at least " + Minimum.ToString() + " in the year";

    /// <inheritdoc/>
    public override IReadOnlyList<RuleParameter> Parameters => [new("minimum", Minimum.ToString())];

    internal override CriterionOutcome Check(in CompactServiceRecord record, int year, RuleSet ruleSet, int depth, List<CriterionResult>? explain)
    {
        uint m = record.BitOf(year);
        var outcome = (record.RatingKnownMask & m) == 0 ? CriterionOutcome.Unknown
            : (record.RatingAtLeastMask(Minimum) & m) != 0 ? CriterionOutcome.Met
            : CriterionOutcome.NotMet;
        if (explain is null)
        {
            return outcome;
        }

        var rating = record.RatingOf(year);
        string finding = outcome == CriterionOutcome.Unknown ? "no rating recorded for " + Y(year)
            : rating is null ? "not in service in " + Y(year)
            : "rated " + rating.Value.ToString() + " in " + Y(year);
        return Report(explain, outcome, year, year, finding);
    }
}

/// <summary>A yes/no fact of the year under review is true (for example took part in emulation).</summary>
public sealed class YearFactRule : EligibilityRule
{
    /// <summary>Creates the rule.</summary>
    /// <param name="code">The rule code.</param>
    /// <param name="citation">The article.</param>
    /// <param name="fact">The fact required.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public YearFactRule(string code, LegalCitation citation, YearFact fact)
        : base(code, citation)
    {
        Preconditions.CheckArgumentRange(nameof(fact), (int)fact, 0, 7);
        Fact = fact;
    }

    /// <summary>Gets the fact required.</summary>
    public YearFact Fact { get; }

    /// <inheritdoc />
    public override string Description => "Fact '" + Fact.ToString() + "' holds in the year";

    /// <inheritdoc/>
    public override IReadOnlyList<RuleParameter> Parameters => [new("fact", Fact.ToString())];

    internal override CriterionOutcome Check(in CompactServiceRecord record, int year, RuleSet ruleSet, int depth, List<CriterionResult>? explain)
    {
        uint m = record.BitOf(year);
        var outcome = (record.FactKnown(Fact) & m) == 0 ? CriterionOutcome.Unknown
            : (record.FactValue(Fact) & m) != 0 ? CriterionOutcome.Met
            : CriterionOutcome.NotMet;
        return explain is null ? outcome : Report(explain, outcome, year, year, outcome switch
        {
            CriterionOutcome.Met => "yes in " + Y(year),
            CriterionOutcome.NotMet => "no in " + Y(year),
            _ => "not recorded for " + Y(year),
        });
    }
}

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
        Preconditions.CheckArgumentRange(nameof(scope), (int)scope, 1, 3);
        Preconditions.CheckArgumentRange(nameof(count), count, 1, 255);
        Preconditions.CheckArgumentRange(nameof(years), years, 1, CompactServiceRecord.WindowYears);
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
    public override string Description =>
        N(Count) + " initiative(s) recognised at " + Scope.ToString() + " scope or wider in the " + (Years == 1 ? "year" : "last " + N(Years) + " years");

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
        return explain is null ? outcome : Report(explain, outcome, first, year, N(found) + " found in " + Span(first, year) + (allKnown ? string.Empty : "; some years have no data"));
    }
}

/// <summary>Holds a merit award of a kind at or before the year under review (for example "already holds a ministry/province Bằng khen", law art. 73(1)(b)).</summary>
public sealed class HoldsAwardRule : EligibilityRule
{
    /// <summary>Creates the rule.</summary>
    /// <param name="code">The rule code.</param>
    /// <param name="citation">The article.</param>
    /// <param name="kind">The award that must be held.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public HoldsAwardRule(string code, LegalCitation citation, AwardKind kind)
        : base(code, citation)
    {
        ArgumentNullException.ThrowIfNull(kind);
        Kind = kind;
    }

    /// <summary>Gets the award that must be held.</summary>
    public AwardKind Kind { get; }

    /// <inheritdoc />
    public override string Description => "Already holds " + Kind.VietnameseName + " (merit)";

    /// <inheritdoc/>
    public override IReadOnlyList<RuleParameter> Parameters => [new("kind", Kind.Code)];

    internal override CriterionOutcome Check(in CompactServiceRecord record, int year, RuleSet ruleSet, int depth, List<CriterionResult>? explain)
    {
        uint end = record.BitOf(year);
        uint upTo = end == 0 ? (year > record.LastYear && record.FirstYear != 0 ? uint.MaxValue : 0u) : end | (end - 1);
        uint held = record.AwardMask(Kind) & upTo;
        bool complete = record.FirstYear != 0 && record.CompleteBeforeWindow && (record.YearKnownMask & upTo) == upTo && upTo != 0 && year <= record.LastYear;
        var outcome = held != 0 ? CriterionOutcome.Met : complete ? CriterionOutcome.NotMet : CriterionOutcome.Unknown;
        if (explain is null)
        {
            return outcome;
        }

        int latest = held == 0 ? 0 : record.FirstYear + 31 - System.Numerics.BitOperations.LeadingZeroCount(held);
        return Report(explain, outcome, record.FirstYear, year, outcome switch
        {
            CriterionOutcome.Met => "received in " + Y(latest),
            CriterionOutcome.NotMet => "not received (the whole service history is known)",
            _ => "not found; part of the history is unknown",
        });
    }
}

/// <summary>"N consecutive years (or titles every K years) with property P up to the year under review", through <see cref="Streak.Consecutive"/>.</summary>
public sealed class ConsecutiveRule : EligibilityRule
{
    /// <summary>Creates the rule.</summary>
    /// <param name="code">The rule code.</param>
    /// <param name="citation">The article.</param>
    /// <param name="property">The property.</param>
    /// <param name="count">How many occurrences, at least 1.</param>
    /// <param name="stride">Years between occurrences (1 = consecutive years).</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A number is out of range.</exception>
    public ConsecutiveRule(string code, LegalCitation citation, YearProperty property, int count, int stride = 1)
        : base(code, citation)
    {
        Preconditions.CheckArgumentRange(nameof(property), (int)property, 0, 7);
        Preconditions.CheckArgumentRange(nameof(count), count, 1, CompactServiceRecord.WindowYears);
        Preconditions.CheckArgumentRange(nameof(stride), stride, 1, 10);
        Property = property;
        Count = count;
        Stride = stride;
    }

    /// <summary>Gets the property.</summary>
    public YearProperty Property { get; }

    /// <summary>Gets how many occurrences.</summary>
    public int Count { get; }

    /// <summary>Gets the years between occurrences.</summary>
    public int Stride { get; }

    /// <inheritdoc />
    public override string Description => Stride == 1
        ? N(Count) + " consecutive years with " + Property.ToString() + " up to the year"
        : N(Count) + " consecutive occurrences of " + Property.ToString() + " every " + N(Stride) + " years up to the year";

    /// <inheritdoc/>
    public override IReadOnlyList<RuleParameter> Parameters => [new("property", Property.ToString()), new("count", N(Count)), new("stride", N(Stride))];

    internal override CriterionOutcome Check(in CompactServiceRecord record, int year, RuleSet ruleSet, int depth, List<CriterionResult>? explain)
    {
        var result = Streak.Consecutive(record, Property, year, Count, Stride);
        if (explain is null)
        {
            return result.Outcome;
        }

        string finding = result.Outcome switch
        {
            CriterionOutcome.Met => N(result.Length) + " of " + N(Count) + " found in " + Span(result.FirstYearExamined, year),
            CriterionOutcome.NotMet => "missing in " + Y(result.DecisiveYear) + "; " + N(result.Length) + " of " + N(Count) + " found",
            _ => "no data for " + Y(result.DecisiveYear) + "; " + N(result.Length) + " of " + N(Count) + " found",
        };
        return Report(explain, result.Outcome, result.FirstYearExamined, year, finding);
    }
}

/// <summary>
/// "At least M consecutive years rated at least R up to the year under review, after the latest earlier
/// award, with at least N years having P" (law arts. 73(1)(b), 44(1)(e)), through <see cref="Streak.RatedRun"/>.
/// </summary>
public sealed class RatedRunRule : EligibilityRule
{
    /// <summary>Creates the rule.</summary>
    /// <param name="code">The rule code.</param>
    /// <param name="citation">The article.</param>
    /// <param name="minimum">The minimum rating of every year of the run.</param>
    /// <param name="minYears">The minimum length of the run.</param>
    /// <param name="property">The property counted in the run.</param>
    /// <param name="occurrences">The minimum number of years with it (0 counts nothing).</param>
    /// <param name="after">The earlier award the run follows, or <see langword="null"/>.</param>
    /// <param name="restartAfter">A further award that restarts the run (usually the kind under review), or <see langword="null"/>.</param>
    /// <exception cref="ArgumentNullException">A required argument is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A number is out of range.</exception>
    public RatedRunRule(string code, LegalCitation citation, TaskRating minimum, int minYears, YearProperty property, int occurrences, AwardKind? after, AwardKind? restartAfter)
        : base(code, citation)
    {
        Preconditions.CheckArgumentRange(nameof(minimum), (int)minimum, 0, 3);
        Preconditions.CheckArgumentRange(nameof(minYears), minYears, 1, CompactServiceRecord.WindowYears);
        Preconditions.CheckArgumentRange(nameof(property), (int)property, 0, 7);
        Preconditions.CheckArgumentRange(nameof(occurrences), occurrences, 0, CompactServiceRecord.WindowYears);
        Minimum = minimum;
        MinYears = minYears;
        Property = property;
        Occurrences = occurrences;
        After = after;
        RestartAfter = restartAfter;
    }

    /// <summary>Gets the minimum rating.</summary>
    public TaskRating Minimum { get; }

    /// <summary>Gets the minimum length of the run.</summary>
    public int MinYears { get; }

    /// <summary>Gets the property counted.</summary>
    public YearProperty Property { get; }

    /// <summary>Gets the minimum number of years with the property.</summary>
    public int Occurrences { get; }

    /// <summary>Gets the earlier award the run follows, if any.</summary>
    public AwardKind? After { get; }

    /// <summary>Gets the award that restarts the run, if any.</summary>
    public AwardKind? RestartAfter { get; }

    /// <inheritdoc />
    public override string Description =>
        "At least " + N(MinYears) + " consecutive years rated at least " + Minimum.ToString() + " up to the year"
        + (After is null ? string.Empty : " since " + After.Code)
        + (RestartAfter is null ? string.Empty : " (and since any earlier " + RestartAfter.Code + ")")
        + (Occurrences == 0 ? string.Empty : ", with " + N(Occurrences) + " year(s) of " + Property.ToString());

    /// <inheritdoc/>
    public override IReadOnlyList<RuleParameter> Parameters => [new("minimum", Minimum.ToString()), new("minYears", N(MinYears)), new("property", Property.ToString()), new("occurrences", N(Occurrences)), new("after", After?.Code ?? "-"), new("restartAfter", RestartAfter?.Code ?? "-")];

    internal override CriterionOutcome Check(in CompactServiceRecord record, int year, RuleSet ruleSet, int depth, List<CriterionResult>? explain)
    {
        var result = Streak.RatedRun(record, year, Minimum, MinYears, Property, Occurrences, After, RestartAfter);
        if (explain is null)
        {
            return result.Outcome;
        }

        string finding = "run of " + N(result.Length) + " year(s)" + (result.Length > 0 ? " " + Span(year - result.Length + 1, year) : string.Empty)
            + ", " + N(result.Occurrences) + " with " + Property.ToString()
            + "; stopped at " + Y(result.DecisiveYear) + " (" + result.Stop.ToString() + ")";
        return Report(explain, result.Outcome, result.FirstYearExamined, year, finding);
    }
}

/// <summary>A collective's share of members with a property in the year under review is at least a percentage (for example ≥ 70% advanced workers, law art. 28).</summary>
public sealed class MembershipShareRule : EligibilityRule
{
    /// <summary>Creates the rule.</summary>
    /// <param name="code">The rule code.</param>
    /// <param name="citation">The article.</param>
    /// <param name="field">The members counted.</param>
    /// <param name="minimumPercent">The minimum share in percent, 0–100.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A number is out of range.</exception>
    public MembershipShareRule(string code, LegalCitation citation, MembershipField field, decimal minimumPercent)
        : base(code, citation)
    {
        Preconditions.CheckArgumentRange(nameof(field), (int)field, 1, 5);
        Preconditions.CheckArgumentRange(nameof(minimumPercent), minimumPercent, 0m, 100m);
        Field = field;
        MinimumPercent = minimumPercent;
    }

    /// <summary>Gets the members counted.</summary>
    public MembershipField Field { get; }

    /// <summary>Gets the minimum share in percent.</summary>
    public decimal MinimumPercent { get; }

    /// <inheritdoc />
    public override string Description => "At least " + MinimumPercent.ToString(CultureInfo.InvariantCulture) + "% of members are " + Field.ToString();

    /// <inheritdoc/>
    public override IReadOnlyList<RuleParameter> Parameters => [new("field", Field.ToString()), new("minimumPercent", MinimumPercent.ToString(CultureInfo.InvariantCulture))];

    internal override CriterionOutcome Check(in CompactServiceRecord record, int year, RuleSet ruleSet, int depth, List<CriterionResult>? explain)
    {
        var counts = record.MembershipOf(year);
        if (counts is null || counts.Members == 0)
        {
            return explain is null ? CriterionOutcome.Unknown : Report(explain, CriterionOutcome.Unknown, year, year, "no membership counts for " + Y(year));
        }

        int part = counts.Get(Field);
        var outcome = part * 100m >= MinimumPercent * counts.Members ? CriterionOutcome.Met : CriterionOutcome.NotMet;
        return explain is null ? outcome : Report(explain, outcome, year, year, N(part) + "/" + N(counts.Members) + " in " + Y(year) + " (need " + N(part) + " × 100 ≥ " + MinimumPercent.ToString(CultureInfo.InvariantCulture) + " × " + N(counts.Members) + ")");
    }
}

/// <summary>A collective's count of members with a property in the year under review lies within bounds (for example at least one grassroots fighter, none disciplined at warning or above).</summary>
public sealed class MembershipCountRule : EligibilityRule
{
    /// <summary>Creates the rule.</summary>
    /// <param name="code">The rule code.</param>
    /// <param name="citation">The article.</param>
    /// <param name="field">The members counted.</param>
    /// <param name="minimum">The minimum count.</param>
    /// <param name="maximum">The maximum count, or <see langword="null"/> for none.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A number is out of range.</exception>
    public MembershipCountRule(string code, LegalCitation citation, MembershipField field, int minimum, int? maximum)
        : base(code, citation)
    {
        Preconditions.CheckArgumentRange(nameof(field), (int)field, 0, 5);
        ArgumentOutOfRangeException.ThrowIfNegative(minimum);
        if (maximum is { } max)
        {
            ArgumentOutOfRangeException.ThrowIfLessThan(max, minimum, nameof(maximum));
        }

        Field = field;
        Minimum = minimum;
        Maximum = maximum;
    }

    /// <summary>Gets the members counted.</summary>
    public MembershipField Field { get; }

    /// <summary>Gets the minimum count.</summary>
    public int Minimum { get; }

    /// <summary>Gets the maximum count, if any.</summary>
    public int? Maximum { get; }

    /// <inheritdoc />
    public override string Description => Maximum is { } max
        ? (Minimum == 0 ? "At most " + N(max) : "Between " + N(Minimum) + " and " + N(max)) + " members are " + Field.ToString()
        : "At least " + N(Minimum) + " member(s) are " + Field.ToString();

    /// <inheritdoc/>
    public override IReadOnlyList<RuleParameter> Parameters => [new("field", Field.ToString()), new("minimum", N(Minimum)), new("maximum", Maximum is { } m ? N(m) : "-")];

    internal override CriterionOutcome Check(in CompactServiceRecord record, int year, RuleSet ruleSet, int depth, List<CriterionResult>? explain)
    {
        var counts = record.MembershipOf(year);
        if (counts is null)
        {
            return explain is null ? CriterionOutcome.Unknown : Report(explain, CriterionOutcome.Unknown, year, year, "no membership counts for " + Y(year));
        }

        int value = counts.Get(Field);
        var outcome = value >= Minimum && (Maximum is null || value <= Maximum.Value) ? CriterionOutcome.Met : CriterionOutcome.NotMet;
        return explain is null ? outcome : Report(explain, outcome, year, year, N(value) + " in " + Y(year));
    }
}

/// <summary>Holds, or meets the criteria of, another kind in the same year (for example "is an advanced worker that year", law art. 23).</summary>
public sealed class MeetsKindRule : EligibilityRule
{
    /// <summary>The deepest nesting of <see cref="MeetsKindRule"/> accepted before a cycle is reported.</summary>
    public const int MaxDepth = 8;

    /// <summary>Creates the rule.</summary>
    /// <param name="code">The rule code.</param>
    /// <param name="citation">The article.</param>
    /// <param name="kind">The other kind.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public MeetsKindRule(string code, LegalCitation citation, AwardKind kind)
        : base(code, citation)
    {
        ArgumentNullException.ThrowIfNull(kind);
        Kind = kind;
    }

    /// <summary>Gets the other kind.</summary>
    public AwardKind Kind { get; }

    /// <inheritdoc />
    public override string Description => "Holds or meets the criteria of " + Kind.VietnameseName + " in the year";

    /// <inheritdoc/>
    public override IReadOnlyList<RuleParameter> Parameters => [new("kind", Kind.Code)];

    internal override CriterionOutcome Check(in CompactServiceRecord record, int year, RuleSet ruleSet, int depth, List<CriterionResult>? explain)
    {
        if ((record.AwardMask(Kind) & record.BitOf(year) & ~record.DisciplinedMask) != 0)
        {
            return explain is null ? CriterionOutcome.Met : Report(explain, CriterionOutcome.Met, year, year, "holds " + Kind.Code + " for " + Y(year));
        }

        if (depth >= MaxDepth)
        {
            throw new DomainRuleException(AwardRuleCodes.RuleCycle, $"Rule set '{ruleSet.Id}' refers to kinds in a cycle through {Kind.Code}.");
        }

        var children = explain is null ? null : new List<CriterionResult>();
        var verdict = ruleSet.Check(record, Kind, year, depth + 1, children);
        var outcome = verdict switch
        {
            Verdict.Eligible => CriterionOutcome.Met,
            Verdict.Ineligible => CriterionOutcome.NotMet,
            _ => CriterionOutcome.Unknown,
        };
        return explain is null ? outcome : Report(explain, outcome, year, year, "not held; its criteria give " + verdict.ToString(), children);
    }
}

/// <summary>At least one of several criteria (for example the routes to "Chiến sĩ thi đua cơ sở" or to a Bằng khen): met when one is met, not met when all fail.</summary>
public sealed class AnyOfRule : EligibilityRule
{
    private readonly EligibilityRule[] rules;

    /// <summary>Creates the rule.</summary>
    /// <param name="code">The rule code.</param>
    /// <param name="citation">The article.</param>
    /// <param name="description">What the alternatives are, for example "One of: excellent rating, initiative, science project".</param>
    /// <param name="rules">The alternatives, at least two.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="description"/> is blank, or fewer than two alternatives.</exception>
    public AnyOfRule(string code, LegalCitation citation, string description, IEnumerable<EligibilityRule> rules)
        : base(code, citation)
    {
        ArgumentNullException.ThrowIfNull(description);
        ArgumentNullException.ThrowIfNull(rules);
        ArgumentException.ThrowIfNullOrWhiteSpace(description);
        this.rules = Preconditions.CheckNotNullElements(rules, nameof(rules));
        Preconditions.CheckArgument(this.rules.Length >= 2, nameof(rules), "'One of' needs at least two alternatives.");
        Description = description;
    }

    /// <inheritdoc />
    public override string Description { get; }

    /// <summary>Gets the alternatives.</summary>
    public IReadOnlyList<EligibilityRule> Alternatives => rules;

    /// <inheritdoc/>
    public override IReadOnlyList<RuleParameter> Parameters => [new("alternatives", N(rules.Length))];

    /// <inheritdoc/>
    public override IReadOnlyList<EligibilityRule> Inner => rules;

    internal override CriterionOutcome Check(in CompactServiceRecord record, int year, RuleSet ruleSet, int depth, List<CriterionResult>? explain)
    {
        var children = explain is null ? null : new List<CriterionResult>();
        bool unknown = false;
        bool met = false;
        foreach (var rule in rules)
        {
            var outcome = rule.Check(record, year, ruleSet, depth, children);
            if (outcome == CriterionOutcome.Met)
            {
                met = true;
                if (explain is null)
                {
                    return CriterionOutcome.Met;
                }
            }
            else if (outcome == CriterionOutcome.Unknown)
            {
                unknown = true;
            }
        }

        var result = met ? CriterionOutcome.Met : unknown ? CriterionOutcome.Unknown : CriterionOutcome.NotMet;
        return explain is null ? result : Report(explain, result, year, year, met ? "at least one alternative met" : unknown ? "none met on known facts; some unknown" : "no alternative met", children);
    }
}

/// <summary>All of several criteria, as one alternative inside an <see cref="AnyOfRule"/> (for example "2 years rated excellent with 2 initiatives"): not met when one fails, met when all are met.</summary>
public sealed class AllOfRule : EligibilityRule
{
    private readonly EligibilityRule[] rules;

    /// <summary>Creates the rule.</summary>
    /// <param name="code">The rule code.</param>
    /// <param name="citation">The article.</param>
    /// <param name="description">What the parts are, for example "2 consecutive excellent years with 2 initiatives".</param>
    /// <param name="rules">The parts, at least two.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="description"/> is blank, or fewer than two alternatives.</exception>
    public AllOfRule(string code, LegalCitation citation, string description, IEnumerable<EligibilityRule> rules)
        : base(code, citation)
    {
        ArgumentNullException.ThrowIfNull(description);
        ArgumentNullException.ThrowIfNull(rules);
        ArgumentException.ThrowIfNullOrWhiteSpace(description);
        this.rules = Preconditions.CheckNotNullElements(rules, nameof(rules));
        Preconditions.CheckArgument(this.rules.Length >= 2, nameof(rules), "'All of' needs at least two parts.");
        Description = description;
    }

    /// <inheritdoc />
    public override string Description { get; }

    /// <summary>Gets the parts.</summary>
    public IReadOnlyList<EligibilityRule> Parts => rules;

    /// <inheritdoc/>
    public override IReadOnlyList<RuleParameter> Parameters => [new("parts", N(rules.Length))];

    /// <inheritdoc/>
    public override IReadOnlyList<EligibilityRule> Inner => rules;

    internal override CriterionOutcome Check(in CompactServiceRecord record, int year, RuleSet ruleSet, int depth, List<CriterionResult>? explain)
    {
        var children = explain is null ? null : new List<CriterionResult>();
        bool unknown = false;
        bool failed = false;
        foreach (var rule in rules)
        {
            var outcome = rule.Check(record, year, ruleSet, depth, children);
            if (outcome == CriterionOutcome.NotMet)
            {
                failed = true;
                if (explain is null)
                {
                    return CriterionOutcome.NotMet;
                }
            }
            else if (outcome == CriterionOutcome.Unknown)
            {
                unknown = true;
            }
        }

        var result = failed ? CriterionOutcome.NotMet : unknown ? CriterionOutcome.Unknown : CriterionOutcome.Met;
        return explain is null ? result : Report(explain, result, year, year, failed ? "a part is not met" : unknown ? "no part fails on known facts; some unknown" : "every part met", children);
    }
}

/// <summary>One parameter of an eligibility rule, as data (e.g. "count" = "3").</summary>
public sealed record RuleParameter
{
    /// <summary>Initializes a new instance of the <see cref="RuleParameter"/> class.</summary>
    /// <param name="name">The parameter's name.</param>
    /// <param name="value">The parameter's invariant value.</param>
    /// <exception cref="System.ArgumentNullException">A reference argument is null.</exception>
    public RuleParameter(string name, string value)
    {
        System.ArgumentNullException.ThrowIfNull(name);
        System.ArgumentNullException.ThrowIfNull(value);
        Name = name;
        Value = value;
    }

    /// <summary>Gets the parameter's name.</summary>
    public string Name { get; }

    /// <summary>Gets the parameter's invariant value.</summary>
    public string Value { get; }
}
