using System;
using System.Collections.Generic;

namespace MassMobilization.Core.Mobilization;

/// <summary>
/// A registration of a "Dân vận khéo" exemplar (điển hình: a collective or an individual who does mass
/// mobilization well), possibly incomplete so that <see cref="ModelRegistrar.Check(ExemplarRegistration)"/>
/// can report every missing item at once. The items shared with models are on
/// <see cref="SubjectRegistration{TId}"/>. Immutable once initialised.
/// </summary>
public sealed class ExemplarRegistration : SubjectRegistration<ExemplarId>
{
    /// <summary>Initializes an empty registration; fill it with an object initializer.</summary>
    public ExemplarRegistration()
    {
    }

    internal ExemplarRegistration(in RegistrationHeader<ExemplarId> header)
        : base(header)
    {
    }

    /// <summary>Gets the achievements (thành tích) that make the exemplar.</summary>
    public string? Achievements { get; init; }

    /// <summary>Gets the verifiable evidence of the achievements.</summary>
    public IReadOnlyList<string> Evidence { get; init => field = Copy(value, nameof(Evidence)); } = Array.Empty<string>();
}
