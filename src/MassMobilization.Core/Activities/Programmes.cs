using System;
using System.Collections.Generic;
using System.Globalization;
using Ardalis.GuardClauses;
using MassMobilization.Core.Documents;
using MassMobilization.Core.Organization;
using NodaTime;

namespace MassMobilization.Core.Activities;

/// <summary>Whether a programme is a multi-year scheme or a yearly theme (docs/activities.md "Programmes and themes").</summary>
/// <remarks>The default value is <see cref="Scheme"/>.</remarks>
public enum ProgrammeKind
{
    /// <summary>A provincial scheme (đề án) over several years, for example Bình Dương's Scheme 02 for 2021–2025.</summary>
    Scheme = 0,

    /// <summary>A yearly theme (chủ đề năm).</summary>
    YearlyTheme = 1,
}

/// <summary>
/// A provincial scheme or a yearly theme that models and activities are attached to by id
/// (docs/activities.md "Programmes and themes"). Immutable: <see cref="Attach"/> returns a new programme;
/// an attachment is dated and must fall inside the programme's period.
/// </summary>
public sealed class Programme
{
    private readonly string[] attachedIds;
    private IReadOnlyList<string>? attachedIdsView;

    /// <summary>Initializes a programme with nothing attached.</summary>
    /// <param name="id">The programme's id.</param>
    /// <param name="unit">The unit that runs it.</param>
    /// <param name="kind">Scheme or yearly theme.</param>
    /// <param name="title">The title.</param>
    /// <param name="period">The period it runs (a yearly theme covers its year).</param>
    /// <param name="document">The document that issued it, or <see langword="null"/>.</param>
    /// <exception cref="ArgumentNullException"><paramref name="title"/> or <paramref name="period"/> is null.</exception>
    /// <exception cref="ArgumentException">The id or unit is the default value, the title is blank, the document is the default value, or a yearly theme's period is not one calendar year.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="kind"/> is not defined.</exception>
    public Programme(ActivityId id, UnitCode unit, ProgrammeKind kind, string title, DateInterval period, DocumentNumber? document)
        : this(id, unit, kind, title, period, document, [])
    {
    }

    private Programme(ActivityId id, UnitCode unit, ProgrammeKind kind, string title, DateInterval period, DocumentNumber? document, string[] attachedIds)
    {
        Guard.Against.Null(title);
        Guard.Against.Null(period);
        Id = ActivityId.Check(id, nameof(id));
        Preconditions.CheckArgument(!unit.IsDefault, nameof(unit), "The unit must not be the default value.");
        Kind = Checks.Defined(kind, nameof(kind));
        Guard.Against.NullOrWhiteSpace(title);
        Preconditions.CheckArgument(document is null || document.Value.Form != 0, nameof(document), "The document must not be the default value.");
        Preconditions.CheckArgument(
            kind != ProgrammeKind.YearlyTheme || (period.Start == new LocalDate(period.Start.Year, 1, 1) && period.End == new LocalDate(period.Start.Year, 12, 31)),
            nameof(period),
            "A yearly theme covers one calendar year.");
        Unit = unit;
        Title = title;
        Period = period;
        Document = document;
        this.attachedIds = attachedIds;
    }

    /// <summary>Gets the programme's id.</summary>
    public ActivityId Id { get; }

    /// <summary>Gets the unit that runs it.</summary>
    public UnitCode Unit { get; }

    /// <summary>Gets whether it is a scheme or a yearly theme.</summary>
    public ProgrammeKind Kind { get; }

    /// <summary>Gets the title.</summary>
    public string Title { get; }

    /// <summary>Gets the period it runs.</summary>
    public DateInterval Period { get; }

    /// <summary>Gets the document that issued it, if recorded.</summary>
    public DocumentNumber? Document { get; }

    /// <summary>Gets the ids of the models and activities attached, in the order attached.</summary>
    public IReadOnlyList<string> AttachedIds => attachedIdsView ??= ReadOnlyView.Of(attachedIds);

    /// <summary>Attaches a model or an activity by id (a <c>MobilizationModelId</c>'s text, an <see cref="ActivityId"/>'s text…).</summary>
    /// <param name="subjectId">The id of the model or activity.</param>
    /// <param name="on">The date it is attached; inside the period.</param>
    /// <returns>The programme with the id attached; this one is unchanged.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="subjectId"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="subjectId"/> is blank.</exception>
    /// <exception cref="DomainRuleException">The date is outside the period (<see cref="ActivityRuleCodes.OutsidePeriod"/>) or the id is already attached (<see cref="ActivityRuleCodes.Duplicate"/>).</exception>
    public Programme Attach(string subjectId, LocalDate on)
    {
        Guard.Against.NullOrWhiteSpace(subjectId);
        Guard.Against.RuleViolation(Period.Contains(on), ActivityRuleCodes.OutsidePeriod, $"{subjectId} is attached on {Checks.Iso(on)}, outside {Title} ({Checks.Iso(Period.Start)} to {Checks.Iso(Period.End)}).");
        Guard.Against.RuleViolation(Array.IndexOf(attachedIds, subjectId) < 0, ActivityRuleCodes.Duplicate, $"{subjectId} is already attached to {Title}.");
        return new(Id, Unit, Kind, Title, Period, Document, [.. attachedIds, subjectId]);
    }

    /// <summary>Returns "id: title (kind, period)".</summary>
    /// <returns>The readable form.</returns>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Id}: {Title} ({Kind}, {Checks.Iso(Period.Start)} to {Checks.Iso(Period.End)}, {attachedIds.Length} attached)");
}

/// <summary>
/// A term of a People's Council (nhiệm kỳ; docs/activities.md "Programmes and themes"): the council, the
/// term's name ("XI") and its dates. Resolutions are counted per term from the Documents registry or
/// from directive documents, by issue date.
/// </summary>
public sealed class CouncilTerm
{
    /// <summary>Initializes a term.</summary>
    /// <param name="council">The People's Council (the issuer of its resolutions).</param>
    /// <param name="name">The term's name, for example "XI".</param>
    /// <param name="period">The term's dates.</param>
    /// <exception cref="ArgumentNullException"><paramref name="name"/> or <paramref name="period"/> is null.</exception>
    /// <exception cref="ArgumentException">The council is the default value or the name is blank.</exception>
    public CouncilTerm(CommitteeId council, string name, DateInterval period)
    {
        Guard.Against.Null(name);
        Guard.Against.Null(period);
        Preconditions.CheckArgument(!council.IsDefault, nameof(council), "The council must not be the default value.");
        Guard.Against.NullOrWhiteSpace(name);
        Council = council;
        Name = name;
        Period = period;
    }

    /// <summary>Gets the council.</summary>
    public CommitteeId Council { get; }

    /// <summary>Gets the term's name.</summary>
    public string Name { get; }

    /// <summary>Gets the term's dates.</summary>
    public DateInterval Period { get; }

    /// <summary>Counts the council's resolutions (type code "NQ") registered with an issue date in the term.</summary>
    /// <param name="registry">The document registry.</param>
    /// <returns>The count.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="registry"/> is null.</exception>
    public int CountResolutions(DocumentRegistry registry)
    {
        Guard.Against.Null(registry);
        int count = 0;
        foreach (var entry in registry.Entries)
        {
            if (entry.Issuer == Council && Period.Contains(entry.IssuedOn) && string.Equals(entry.Number.TypeCode, "NQ", StringComparison.Ordinal))
            {
                count++;
            }
        }

        return count;
    }

    /// <summary>Counts the council's resolutions among directive documents with an issue date in the term.</summary>
    /// <param name="documents">The documents.</param>
    /// <returns>The count.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="documents"/> is null.</exception>
    /// <exception cref="ArgumentException">A document is null.</exception>
    public int CountResolutions(IEnumerable<DirectiveDocument> documents)
    {
        var list = Preconditions.CheckNotNullElements(documents, nameof(documents));
        int count = 0;
        foreach (var document in list)
        {
            if (document.Issuer == Council && Period.Contains(document.IssuedOn) && document.Type.IsWrittenAs("NQ"))
            {
                count++;
            }
        }

        return count;
    }

    /// <summary>Returns "council term name (dates)".</summary>
    /// <returns>The readable form.</returns>
    public override string ToString() => $"{Council} term {Name} ({Checks.Iso(Period.Start)} to {Checks.Iso(Period.End)})";
}
