using System;
using System.Collections.Generic;
using MassMobilization.Core.Documents;
using NodaTime;

namespace MassMobilization.Core.Awards;

/// <summary>An award already received, as it appears in a service record.</summary>
public sealed record ReceivedAward
{
    /// <summary>Creates a received award.</summary>
    /// <param name="kind">The title or form.</param>
    /// <param name="year">The year it was awarded for (the achievement year for titles, the decision year otherwise).</param>
    /// <param name="decision">The deciding document, for example <c>3406/QĐ-UBND</c>, or the default value when not recorded.</param>
    /// <param name="decisionDate">The date of the decision, or <see langword="null"/> when not recorded.</param>
    /// <param name="nature">Merit, ad-hoc or thematic; only merit awards count towards higher merit awards.</param>
    /// <exception cref="ArgumentNullException"><paramref name="kind"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="year"/> is outside 1945–2200 or <paramref name="nature"/> is undefined.</exception>
    public ReceivedAward(AwardKind kind, int year, DocumentNumber decision = default, LocalDate? decisionDate = null, AwardNature nature = AwardNature.Merit)
    {
        ArgumentNullException.ThrowIfNull(kind);
        Preconditions.CheckArgumentRange(nameof(year), year, ServiceRecord.MinYear, ServiceRecord.MaxYear);
        Preconditions.CheckArgumentRange(nameof(nature), (int)nature, 0, 2);
        Kind = kind;
        Year = year;
        Decision = decision;
        DecisionDate = decisionDate;
        Nature = nature;
    }

    /// <summary>Gets the title or form.</summary>
    public AwardKind Kind { get; }

    /// <summary>Gets the year it was awarded for.</summary>
    public int Year { get; }

    /// <summary>Gets the deciding document (the default value when not recorded).</summary>
    public DocumentNumber Decision { get; }

    /// <summary>Gets the date of the decision, if recorded.</summary>
    public LocalDate? DecisionDate { get; }

    /// <summary>Gets the nature of the award.</summary>
    public AwardNature Nature { get; }

    /// <summary>Gets a value indicating whether this award counts towards higher merit awards (only merit awards do).</summary>
    public bool CountsTowardsMerit => Nature == AwardNature.Merit;
}

/// <summary>An initiative (sáng kiến) recognised in a year at a scope.</summary>
public sealed record Initiative
{
    /// <summary>Creates an initiative.</summary>
    /// <param name="year">The year it was recognised.</param>
    /// <param name="scope">The scope at which it was recognised as effective.</param>
    /// <param name="title">Its title, for information.</param>
    /// <exception cref="ArgumentNullException"><paramref name="title"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="year"/> or <paramref name="scope"/> is out of range.</exception>
    public Initiative(int year, InitiativeScope scope, string title = "")
    {
        ArgumentNullException.ThrowIfNull(title);
        Preconditions.CheckArgumentRange(nameof(year), year, ServiceRecord.MinYear, ServiceRecord.MaxYear);
        Preconditions.CheckArgumentRange(nameof(scope), (int)scope, 1, 3);
        Year = year;
        Scope = scope;
        Title = title;
    }

    /// <summary>Gets the year it was recognised.</summary>
    public int Year { get; }

    /// <summary>Gets the scope.</summary>
    public InitiativeScope Scope { get; }

    /// <summary>Gets the title.</summary>
    public string Title { get; }
}

/// <summary>A disciplinary measure and the period it is in effect; achievements count only after its end (Law 06/2022/QH15 art. 5).</summary>
public sealed record DisciplinePeriod
{
    /// <summary>Creates a discipline period.</summary>
    /// <param name="level">The level.</param>
    /// <param name="period">The period in effect (both ends included).</param>
    /// <exception cref="ArgumentNullException"><paramref name="period"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="level"/> is undefined.</exception>
    public DisciplinePeriod(DisciplineLevel level, DateInterval period)
    {
        ArgumentNullException.ThrowIfNull(period);
        Preconditions.CheckArgumentRange(nameof(level), (int)level, 1, 4);
        Level = level;
        Period = period;
    }

    /// <summary>Gets the level.</summary>
    public DisciplineLevel Level { get; }

    /// <summary>Gets the period in effect.</summary>
    public DateInterval Period { get; }
}

/// <summary>A collective's membership counts for one year (used by the collective titles, law arts. 27–28).</summary>
public sealed record MembershipCounts
{
    /// <summary>Creates membership counts.</summary>
    /// <param name="members">All members.</param>
    /// <param name="advancedWorkers">Members holding "Lao động tiên tiến" that year.</param>
    /// <param name="grassrootsFighters">Members holding "Chiến sĩ thi đua cơ sở" that year.</param>
    /// <param name="completedTasks">Members rated "completed" or better.</param>
    /// <param name="women">Women members.</param>
    /// <param name="disciplinedWarningOrAbove">Members disciplined at warning (cảnh cáo) or above that year.</param>
    /// <exception cref="ArgumentOutOfRangeException">A count is negative, or a part exceeds <paramref name="members"/>.</exception>
    public MembershipCounts(int members, int advancedWorkers, int grassrootsFighters, int completedTasks, int women, int disciplinedWarningOrAbove)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(members);
        Preconditions.CheckArgumentRange(nameof(advancedWorkers), advancedWorkers, 0, members);
        Preconditions.CheckArgumentRange(nameof(grassrootsFighters), grassrootsFighters, 0, advancedWorkers);
        Preconditions.CheckArgumentRange(nameof(completedTasks), completedTasks, 0, members);
        Preconditions.CheckArgumentRange(nameof(women), women, 0, members);
        Preconditions.CheckArgumentRange(nameof(disciplinedWarningOrAbove), disciplinedWarningOrAbove, 0, members);
        Members = members;
        AdvancedWorkers = advancedWorkers;
        GrassrootsFighters = grassrootsFighters;
        CompletedTasks = completedTasks;
        Women = women;
        DisciplinedWarningOrAbove = disciplinedWarningOrAbove;
    }

    /// <summary>Gets the number of members.</summary>
    public int Members { get; }

    /// <summary>Gets the number of advanced workers.</summary>
    public int AdvancedWorkers { get; }

    /// <summary>Gets the number of grassroots emulation fighters.</summary>
    public int GrassrootsFighters { get; }

    /// <summary>Gets the number of members who completed their tasks.</summary>
    public int CompletedTasks { get; }

    /// <summary>Gets the number of women.</summary>
    public int Women { get; }

    /// <summary>Gets the number of members disciplined at warning or above.</summary>
    public int DisciplinedWarningOrAbove { get; }

    internal int Get(MembershipField field) => field switch
    {
        MembershipField.AdvancedWorkers => AdvancedWorkers,
        MembershipField.GrassrootsFighters => GrassrootsFighters,
        MembershipField.CompletedTasks => CompletedTasks,
        MembershipField.Women => Women,
        MembershipField.DisciplinedWarningOrAbove => DisciplinedWarningOrAbove,
        _ => Members,
    };
}

/// <summary>A count in <see cref="MembershipCounts"/>.</summary>
public enum MembershipField
{
    /// <summary>All members.</summary>
    Members = 0,

    /// <summary>Advanced workers.</summary>
    AdvancedWorkers = 1,

    /// <summary>Grassroots emulation fighters.</summary>
    GrassrootsFighters = 2,

    /// <summary>Members who completed their tasks.</summary>
    CompletedTasks = 3,

    /// <summary>Women.</summary>
    Women = 4,

    /// <summary>Members disciplined at warning or above.</summary>
    DisciplinedWarningOrAbove = 5,
}

/// <summary>
/// The facts of one year of a record. A fact left <see langword="null"/> is unknown, not "no". The year's
/// awards and initiatives live on the <see cref="ServiceRecord"/>; a year present in the record means its
/// list of awards and initiatives is complete.
/// </summary>
public sealed record ServiceYear
{
    private readonly byte factKnown;
    private readonly byte factValue;

    /// <summary>Creates the facts of one year.</summary>
    /// <param name="year">The year.</param>
    /// <param name="rating">The task rating, or <see langword="null"/> when unknown.</param>
    /// <param name="membership">A collective's membership counts, or <see langword="null"/>.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="year"/> is outside 1945–2200 or <paramref name="rating"/> is undefined.</exception>
    public ServiceYear(int year, TaskRating? rating, MembershipCounts? membership = null)
        : this(year, rating, membership, 0, 0)
    {
    }

    private ServiceYear(int year, TaskRating? rating, MembershipCounts? membership, byte known, byte value)
    {
        Preconditions.CheckArgumentRange(nameof(year), year, ServiceRecord.MinYear, ServiceRecord.MaxYear);
        if (rating is { } r)
        {
            Preconditions.CheckArgumentRange(nameof(rating), (int)r, 0, 3);
        }

        Year = year;
        Rating = rating;
        Membership = membership;
        factKnown = known;
        factValue = value;
    }

    /// <summary>Gets the year.</summary>
    public int Year { get; }

    /// <summary>Gets the task rating, or <see langword="null"/> when unknown.</summary>
    public TaskRating? Rating { get; }

    /// <summary>Gets the membership counts of a collective, or <see langword="null"/>.</summary>
    public MembershipCounts? Membership { get; }

    /// <summary>Gets the known yes/no facts of the year (unknown facts are absent).</summary>
    public IReadOnlyDictionary<YearFact, bool> Facts
    {
        get
        {
            var facts = new SortedDictionary<YearFact, bool>();
            for (int f = 0; f < 8; f++)
            {
                if ((factKnown & (1 << f)) != 0)
                {
                    facts[(YearFact)f] = (factValue & (1 << f)) != 0;
                }
            }

            return facts;
        }
    }

    internal byte FactKnownBits => factKnown;

    internal byte FactValueBits => factValue;

    /// <summary>Returns a yes/no fact of the year.</summary>
    /// <param name="fact">The fact.</param>
    /// <returns>The fact, or <see langword="null"/> when unknown.</returns>
    public bool? Fact(YearFact fact)
    {
        int bit = 1 << (int)fact;
        return (factKnown & bit) == 0 ? null : (factValue & bit) != 0;
    }

    /// <summary>Returns a copy with a fact set (or made unknown with <see langword="null"/>).</summary>
    /// <param name="fact">The fact.</param>
    /// <param name="value">The value, or <see langword="null"/> for unknown.</param>
    /// <returns>The new year.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="fact"/> is undefined.</exception>
    public ServiceYear WithFact(YearFact fact, bool? value)
    {
        Preconditions.CheckArgumentRange(nameof(fact), (int)fact, 0, 7);
        byte bit = (byte)(1 << (int)fact);
        byte known = value is null ? (byte)(factKnown & ~bit) : (byte)(factKnown | bit);
        byte v = value == true ? (byte)(factValue | bit) : (byte)(factValue & ~bit);
        return new ServiceYear(Year, Rating, Membership, known, v);
    }

    /// <summary>Returns a copy with another rating.</summary>
    /// <param name="rating">The rating, or <see langword="null"/> for unknown.</param>
    /// <returns>The new year.</returns>
    public ServiceYear WithRating(TaskRating? rating) => new(Year, rating, Membership, factKnown, factValue);
}

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
        ArgumentNullException.ThrowIfNull(nomineeId);
        ArgumentNullException.ThrowIfNull(years);
        ArgumentNullException.ThrowIfNull(awards);
        ArgumentNullException.ThrowIfNull(initiatives);
        ArgumentNullException.ThrowIfNull(disciplines);
        ArgumentException.ThrowIfNullOrWhiteSpace(nomineeId);
        Preconditions.CheckArgument(
            recipient is RecipientKinds.Individual or RecipientKinds.Collective or RecipientKinds.Household,
            nameof(recipient),
            $"A record is for exactly one recipient kind, not '{recipient}'.");
        Preconditions.CheckArgument((pending & ~(PendingProceedings.Discipline | PendingProceedings.Inspection | PendingProceedings.Complaint)) == 0, nameof(pending), $"Unknown pending proceedings {pending}.");
        if (serviceStartYear is { } start)
        {
            Preconditions.CheckArgumentRange(nameof(serviceStartYear), start, MinYear, MaxYear);
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

            Preconditions.CheckRule(
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
    public IReadOnlyList<ServiceYear> Years => years;

    /// <summary>Gets the awards received, in year order.</summary>
    public IReadOnlyList<ReceivedAward> Awards => awards;

    /// <summary>Gets the initiatives, in year order.</summary>
    public IReadOnlyList<Initiative> Initiatives => initiatives;

    /// <summary>Gets the disciplinary measures, by start date.</summary>
    public IReadOnlyList<DisciplinePeriod> Disciplines => disciplines;

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
        ArgumentNullException.ThrowIfNull(year);
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
        ArgumentNullException.ThrowIfNull(newAwards);
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
        ArgumentNullException.ThrowIfNull(newDisciplines);
        return new ServiceRecord(NomineeId, Recipient, ServiceStartYear, years, awards, initiatives, newDisciplines, Pending, IsWoman);
    }

    /// <summary>Returns the record's compact form, for fast repeated evaluation.</summary>
    /// <returns>The compact form.</returns>
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
