using System.Collections.Generic;
using System.Linq;
using MassMobilization.Core.Awards;

namespace MassMobilization.Core.Tests.Awards;

/// <summary>A small fluent way to write service records in tests.</summary>
internal sealed class Nominee
{
    private readonly string id;
    private readonly RecipientKinds recipient;
    private readonly Dictionary<int, ServiceYear> years = [];
    private readonly List<ReceivedAward> awards = [];
    private readonly List<Initiative> initiatives = [];
    private readonly List<DisciplinePeriod> disciplines = [];
    private int? start;
    private PendingProceedings pending;

    private Nominee(string id, RecipientKinds recipient)
    {
        this.id = id;
        this.recipient = recipient;
    }

    public static Nominee Person(string id) => new(id, RecipientKinds.Individual);

    public static Nominee Collective(string id) => new(id, RecipientKinds.Collective);

    public Nominee Since(int year)
    {
        start = year;
        return this;
    }

    /// <summary>A known year with a rating; the nominee took part in emulation.</summary>
    public Nominee Rated(int year, TaskRating? rating, MembershipCounts? members = null)
    {
        years[year] = new ServiceYear(year, rating, members).WithFact(YearFact.TookPartInEmulation, true);
        return this;
    }

    public Nominee Rated(int from, int to, TaskRating rating)
    {
        for (int y = from; y <= to; y++)
        {
            Rated(y, rating);
        }

        return this;
    }

    public Nominee Fact(int year, YearFact fact, bool? value)
    {
        years[year] = years[year].WithFact(fact, value);
        return this;
    }

    public Nominee Title(AwardKind kind, params int[] inYears)
    {
        foreach (int y in inYears)
        {
            awards.Add(new ReceivedAward(kind, y));
        }

        return this;
    }

    public Nominee Thematic(AwardKind kind, int year)
    {
        awards.Add(new ReceivedAward(kind, year, nature: AwardNature.Thematic));
        return this;
    }

    public Nominee Initiative(int year, InitiativeScope scope)
    {
        initiatives.Add(new Initiative(year, scope, "initiative " + initiatives.Count));
        return this;
    }

    public Nominee Disciplined(DisciplineLevel level, NodaTime.LocalDate from, NodaTime.LocalDate to)
    {
        disciplines.Add(new DisciplinePeriod(level, new NodaTime.DateInterval(from, to)));
        return this;
    }

    public Nominee Pending(PendingProceedings value)
    {
        pending = value;
        return this;
    }

    public ServiceRecord Build() =>
        new(id, recipient, start, years.Values.OrderBy(y => y.Year), awards, initiatives, disciplines, pending);
}
