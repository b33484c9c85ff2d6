using System;
using System.Collections.Generic;
using NodaTime;

namespace MassMobilization.Core.Mobilization;

/// <summary>
/// A registration of a "Dân vận khéo" exemplar (điển hình: a collective or an individual who does mass
/// mobilization well), possibly incomplete so that <see cref="ModelRegistrar.Check(ExemplarRegistration)"/>
/// can report every missing item at once. Immutable once initialised.
/// </summary>
public sealed class ExemplarRegistration
{
    /// <summary>Gets the exemplar's identifier.</summary>
    public ExemplarId? Id { get; init; }

    /// <summary>Gets the exemplar's title, for example "Bí thư chi bộ gần dân".</summary>
    public string? Name { get; init; }

    /// <summary>Gets the collective or individual who is the exemplar, with their unit.</summary>
    public ModelOwner? Owner { get; init; }

    /// <summary>Gets where the exemplar is registered.</summary>
    public RegisteringLevel? Level { get; init; }

    /// <summary>Gets the field of the exemplar's work.</summary>
    public ModelField? Field { get; init; }

    /// <summary>Gets the registration date.</summary>
    public LocalDate? RegisteredOn { get; init; }

    /// <summary>Gets the period the registration covers.</summary>
    public DateInterval? Period { get; init; }

    /// <summary>Gets the achievements (thành tích) that make the exemplar.</summary>
    public string? Achievements { get; init; }

    /// <summary>Gets the verifiable evidence of the achievements.</summary>
    public IReadOnlyList<string> Evidence { get; init => field = Copy(value); } = Array.Empty<string>();

    private static System.Collections.ObjectModel.ReadOnlyCollection<string> Copy(IReadOnlyList<string> value)
    {
        ArgumentNullException.ThrowIfNull(value, nameof(Evidence));
        return Array.AsReadOnly(Preconditions.CheckNotNullElements(value, nameof(Evidence)));
    }
}
