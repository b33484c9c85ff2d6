using System;
using System.Collections.Generic;
using System.ComponentModel;
using Ardalis.GuardClauses;

namespace MassMobilization.Core.Awards;

/// <summary>
/// The yearly service record of one nominee (an individual, a collective or a household): ratings and
/// facts per year, awards received with their decisions and nature, initiatives, discipline and pending
/// proceedings. A year that is absent is unknown, never "bad"; years before <see cref="ServiceStartYear"/>
/// are known to be empty.
/// </summary>
/// <remarks>
/// Bad input is rejected with <see cref="DomainRuleException"/>: two entries for one year
/// (<c>AWD-DUPLICATE-YEAR</c>), a fact, award, initiative or discipline before the nominee existed
/// (<c>AWD-BEFORE-SERVICE-START</c>), an award the nominee's kind cannot receive (<c>AWD-RECIPIENT-MISMATCH</c>).
/// </remarks>
public sealed class ServiceRecord
{
    /// <summary>The earliest year accepted.</summary>
    public const int MinYear = 1945;

    /// <summary>The latest year accepted.</summary>
    public const int MaxYear = 2200;

    private readonly ServiceYear[] years;
    private IReadOnlyList<DisciplinePeriod>? disciplinesView;
    private IReadOnlyList<Initiative>? initiativesView;
    private IReadOnlyList<ReceivedAward>? awardsView;
    private IReadOnlyList<ServiceYear>? yearsView;
    private readonly ReceivedAward[] awards;
    private readonly Initiative[] initiatives;
    private readonly DisciplinePeriod[] disciplines;

    /// <summary>Creates a record.</summary>
    /// <param name="nomineeId">A stable identifier of the nominee (staff number, unit code…).</param>
    /// <param name="recipient">Exactly one of individual, collective, household.</param>
    /// <param name="serviceStartYear">The year the nominee started (joined, was founded), or <see langword="null"/> when unknown.</param>
    /// <param name="years">The known years, at most one entry per year.</param>
    /// <param name="awards">The awards received.</param>
    /// <param name="initiatives">The initiatives recognised.</param>
    /// <param name="disciplines">The disciplinary measures.</param>
    /// <param name="pending">Proceedings still open.</param>
    /// <param name="isWoman">For an individual, whether she is a woman (tie-break of Decree 152/2025/NĐ-CP art. 4).</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="nomineeId"/> is blank, a collection holds null, or <paramref name="recipient"/> is not exactly one kind.</exception>
    /// <exception cref="DomainRuleException">The facts contradict each other (see remarks).</exception>
    public ServiceRecord(
        string nomineeId,
        RecipientKinds recipient,
        int? serviceStartYear,
        IEnumerable<ServiceYear> years,
        IEnumerable<ReceivedAward> awards,
        IEnumerable<Initiative> initiatives,
        IEnumerable<DisciplinePeriod> disciplines,
        PendingProceedings pending = PendingProceedings.None,
        bool isWoman = false)
    {
        Guard.Against.Null(nomineeId);
        Guard.Against.Null(years);
        Guard.Against.Null(awards);
        Guard.Against.Null(initiatives);
        Guard.Against.Null(disciplines);
        Guard.Against.NullOrWhiteSpace(nomineeId);
        Preconditions.CheckArgument(
            recipient is RecipientKinds.Individual or RecipientKinds.Collective or RecipientKinds.Household,
            nameof(recipient),
            $"A record is for exactly one recipient kind, not '{recipient}'.");
        Preconditions.CheckArgument((pending & ~(PendingProceedings.Discipline | PendingProceedings.Inspection | PendingProceedings.Complaint)) == 0, nameof(pending), $"Unknown pending proceedings {pending}.");
        if (serviceStartYear is { } start)
        {
            Guard.Against.OutOfRange(start, nameof(serviceStartYear), MinYear, MaxYear);
        }

        var yearArray = Preconditions.CheckNotNullElements(years, nameof(years));
        Array.Sort(yearArray, (a, b) => a.Year.CompareTo(b.Year));
        for (int i = 0; i < yearArray.Length; i++)
        {
            if (i > 0 && yearArray[i].Year == yearArray[i - 1].Year)
            {
                throw new DomainRuleException(AwardRuleCodes.DuplicateYear, $"Record '{nomineeId}' has two entries (two ratings) for {yearArray[i].Year}.");
            }

            CheckNotBeforeStart(nomineeId, serviceStartYear, yearArray[i].Year, "facts");
            Preconditions.CheckArgument(
                yearArray[i].Membership is null || recipient == RecipientKinds.Collective,
                nameof(years),
                $"Membership counts for {yearArray[i].Year} are only for collectives.");
        }

        var awardArray = Preconditions.CheckNotNullElements(awards, nameof(awards));
        Array.Sort(awardArray, CompareAwards);
        foreach (var award in awardArray)
        {
            CheckNotBeforeStart(nomineeId, serviceStartYear, award.Year, "the award " + award.Kind.Code);
            if (award.DecisionDate is { } date)
            {
                CheckNotBeforeStart(nomineeId, serviceStartYear, date.Year, "the decision on " + award.Kind.Code);
            }

            Guard.Against.RuleViolation(
                award.Kind.IsFor(recipient),
                AwardRuleCodes.RecipientMismatch,
                $"Record '{nomineeId}' is for a {recipient} but holds {award.Kind.Code}, which is not given to one.");
        }

        var initiativeArray = Preconditions.CheckNotNullElements(initiatives, nameof(initiatives));
        Array.Sort(initiativeArray, (a, b) => a.Year != b.Year ? a.Year.CompareTo(b.Year) : string.CompareOrdinal(a.Title, b.Title));
        foreach (var initiative in initiativeArray)
        {
            CheckNotBeforeStart(nomineeId, serviceStartYear, initiative.Year, "an initiative");
        }

        var disciplineArray = Preconditions.CheckNotNullElements(disciplines, nameof(disciplines));
        Array.Sort(disciplineArray, (a, b) => a.Period.Start.CompareTo(b.Period.Start));
        foreach (var discipline in disciplineArray)
        {
            CheckNotBeforeStart(nomineeId, serviceStartYear, discipline.Period.Start.Year, "a discipline");
        }

        NomineeId = nomineeId;
        Recipient = recipient;
        ServiceStartYear = serviceStartYear;
        this.years = yearArray;
        this.awards = awardArray;
        this.initiatives = initiativeArray;
        this.disciplines = disciplineArray;
        Pending = pending;
        IsWoman = isWoman;
    }

    /// <summary>Gets the nominee's identifier.</summary>
    public string NomineeId { get; }

    /// <summary>Gets whether the nominee is an individual, a collective or a household.</summary>
    public RecipientKinds Recipient { get; }

    /// <summary>Gets the year the nominee started, or <see langword="null"/> when unknown.</summary>
    public int? ServiceStartYear { get; }

    /// <summary>Gets the known years, in year order.</summary>
    public IReadOnlyList<ServiceYear> Years => yearsView ??= ReadOnlyView.Of(years);

    /// <summary>Gets the awards received, in year order.</summary>
    public IReadOnlyList<ReceivedAward> Awards => awardsView ??= ReadOnlyView.Of(awards);

    /// <summary>Gets the initiatives, in year order.</summary>
    public IReadOnlyList<Initiative> Initiatives => initiativesView ??= ReadOnlyView.Of(initiatives);

    /// <summary>Gets the disciplinary measures, by start date.</summary>
    public IReadOnlyList<DisciplinePeriod> Disciplines => disciplinesView ??= ReadOnlyView.Of(disciplines);

    /// <summary>The years, read in place by the compact conversion (no enumerator, no view).</summary>
    internal ReadOnlySpan<ServiceYear> YearSpan => years;

    /// <summary>The awards, read in place by the compact conversion.</summary>
    internal ReadOnlySpan<ReceivedAward> AwardSpan => awards;

    /// <summary>The initiatives, read in place by the compact conversion.</summary>
    internal ReadOnlySpan<Initiative> InitiativeSpan => initiatives;

    /// <summary>The discipline periods, read in place by the compact conversion.</summary>
    internal ReadOnlySpan<DisciplinePeriod> DisciplineSpan => disciplines;

    /// <summary>Gets the proceedings still open.</summary>
    public PendingProceedings Pending { get; }

    /// <summary>Gets a value indicating whether an individual nominee is a woman.</summary>
    public bool IsWoman { get; }

    /// <summary>Returns the facts of a year.</summary>
    /// <param name="year">The year.</param>
    /// <returns>The year's facts, or <see langword="null"/> when the year is unknown.</returns>
    public ServiceYear? YearOf(int year)
    {
        foreach (var y in years)
        {
            if (y.Year == year)
            {
                return y;
            }
        }

        return null;
    }

    /// <summary>Returns a copy with a year's facts added or replaced.</summary>
    /// <param name="year">The facts.</param>
    /// <returns>The new record.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="year"/> is null.</exception>
    /// <exception cref="DomainRuleException">The year is before the service start.</exception>
    public ServiceRecord WithYear(ServiceYear year)
    {
        Guard.Against.Null(year);
        var list = new List<ServiceYear>(years.Length + 1);
        foreach (var y in years)
        {
            if (y.Year != year.Year)
            {
                list.Add(y);
            }
        }

        list.Add(year);
        return new ServiceRecord(NomineeId, Recipient, ServiceStartYear, list, awards, initiatives, disciplines, Pending, IsWoman);
    }

    /// <summary>Returns a copy in which a year is unknown (its facts, awards and initiatives removed).</summary>
    /// <param name="year">The year to forget.</param>
    /// <returns>The new record.</returns>
    public ServiceRecord WithoutYear(int year)
    {
        var y = new List<ServiceYear>();
        foreach (var item in years)
        {
            if (item.Year != year)
            {
                y.Add(item);
            }
        }

        var a = new List<ReceivedAward>();
        foreach (var item in awards)
        {
            if (item.Year != year)
            {
                a.Add(item);
            }
        }

        var i = new List<Initiative>();
        foreach (var item in initiatives)
        {
            if (item.Year != year)
            {
                i.Add(item);
            }
        }

        return new ServiceRecord(NomineeId, Recipient, ServiceStartYear, y, a, i, disciplines, Pending, IsWoman);
    }

    /// <summary>Returns a copy with other awards.</summary>
    /// <param name="newAwards">The awards.</param>
    /// <returns>The new record.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="newAwards"/> is null.</exception>
    public ServiceRecord WithAwards(IEnumerable<ReceivedAward> newAwards)
    {
        Guard.Against.Null(newAwards);
        return new ServiceRecord(NomineeId, Recipient, ServiceStartYear, years, newAwards, initiatives, disciplines, Pending, IsWoman);
    }

    /// <summary>Returns a copy with other pending proceedings.</summary>
    /// <param name="pending">The proceedings.</param>
    /// <returns>The new record.</returns>
    public ServiceRecord WithPending(PendingProceedings pending) =>
        new(NomineeId, Recipient, ServiceStartYear, years, awards, initiatives, disciplines, pending, IsWoman);

    /// <summary>Returns a copy with other disciplinary measures.</summary>
    /// <param name="newDisciplines">The measures.</param>
    /// <returns>The new record.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="newDisciplines"/> is null.</exception>
    public ServiceRecord WithDisciplines(IEnumerable<DisciplinePeriod> newDisciplines)
    {
        Guard.Against.Null(newDisciplines);
        return new ServiceRecord(NomineeId, Recipient, ServiceStartYear, years, awards, initiatives, newDisciplines, Pending, IsWoman);
    }

    /// <summary>Returns the record's compact form, for fast repeated evaluation.</summary>
    /// <returns>The compact form.</returns>
    [EditorBrowsable(EditorBrowsableState.Advanced)]
    public CompactServiceRecord ToCompact() => CompactServiceRecord.From(this);

    /// <summary>Returns the nominee's identifier.</summary>
    /// <returns>The identifier.</returns>
    public override string ToString() => NomineeId;

    private static int CompareAwards(ReceivedAward a, ReceivedAward b)
    {
        int c = a.Year.CompareTo(b.Year);
        if (c != 0)
        {
            return c;
        }

        c = a.Kind.Index.CompareTo(b.Kind.Index);
        return c != 0 ? c : a.Nature.CompareTo(b.Nature);
    }

    private static void CheckNotBeforeStart(string id, int? start, int year, string what)
    {
        if (start is { } s && year < s)
        {
            throw new DomainRuleException(AwardRuleCodes.BeforeServiceStart, $"Record '{id}' dates {what} in {year}, before the nominee existed ({s}).");
        }
    }
}
