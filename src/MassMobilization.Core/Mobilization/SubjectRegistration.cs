using System;
using System.Collections.Generic;
using System.Collections.ObjectModel;
using Ardalis.GuardClauses;
using MassMobilization.Core.Organization;
using NodaTime;

namespace MassMobilization.Core.Mobilization;

/// <summary>
/// The items every "Dân vận khéo" registration has, whether of a model (<see cref="ModelRegistration"/>)
/// or of an exemplar (<see cref="ExemplarRegistration"/>): id, name, owner and unit, registering level,
/// field, registration date and period. Every item is optional here so that <see cref="ModelRegistrar"/>
/// can report all missing items at once. Immutable once initialised.
/// </summary>
/// <typeparam name="TId">The subject's id type.</typeparam>
public abstract class SubjectRegistration<TId>
    where TId : struct, IEquatable<TId>
{
    private protected SubjectRegistration()
    {
    }

    private protected SubjectRegistration(in RegistrationHeader<TId> header)
    {
        Id = header.Id;
        Name = header.Name;
        Owner = header.Owner;
        Level = header.Level;
        Field = header.Field;
        RegisteredOn = header.RegisteredOn;
        Period = header.Period;
    }

    /// <summary>Gets the identifier.</summary>
    public TId? Id { get; init; }

    /// <summary>Gets the name (a model's name, an exemplar's title).</summary>
    public string? Name { get; init; }

    /// <summary>Gets the owner (collective or individual; for an exemplar, the exemplar itself) and, through it, the unit.</summary>
    public ModelOwner? Owner { get; init; }

    /// <summary>Gets where the registration is made.</summary>
    public RegisteringLevel? Level { get; init; }

    /// <summary>Gets the field.</summary>
    public ModelField? Field { get; init; }

    /// <summary>Gets the registration date.</summary>
    public LocalDate? RegisteredOn { get; init; }

    /// <summary>Gets the registration period, which is also the implementation timeline (for example 2024-01-01 to 2024-12-31).</summary>
    public DateInterval? Period { get; init; }

    /// <summary>Gets the owner's unit, or <see langword="null"/> when there is no owner.</summary>
    public UnitCode? Unit => Owner?.Unit;

    /// <summary>Gets a value indicating whether the items a registered subject cannot do without are present.</summary>
    internal bool HasEssentials =>
        Id is { } id && !id.Equals(default) && !string.IsNullOrWhiteSpace(Name) && Owner is not null
        && Level is { IsDefault: false } && Field is not null && RegisteredOn is not null && Period is not null;

    /// <summary>The read-only copy behind every list item of a registration.</summary>
    private protected static ReadOnlyCollection<T> Copy<T>(IReadOnlyList<T> value, string name)
        where T : class
    {
        Guard.Against.Null(value, name);
        return Array.AsReadOnly(Preconditions.CheckNotNullElements(value, name));
    }
}

/// <summary>The common items of a registration read together (by the interchange reader), to build either kind.</summary>
/// <typeparam name="TId">The subject's id type.</typeparam>
internal readonly record struct RegistrationHeader<TId>(TId Id, string Name, ModelOwner Owner, RegisteringLevel Level, ModelField Field, LocalDate RegisteredOn, DateInterval Period)
    where TId : struct, IEquatable<TId>;
