using System;
using MassMobilization.Core.Organization;
using NodaTime;

namespace MassMobilization.Core.Documents;

/// <summary>
/// A period during which an issuing body existed, so that a <see cref="DocumentGraph"/> can reject a
/// document dated before its issuer was set up (for example a steering committee's plan dated before
/// the decision that formed the committee). A body may have several lifetimes (dissolved, then re-formed).
/// </summary>
/// <remarks>The default value has the default issuer and is rejected by <see cref="DocumentGraph"/>.</remarks>
public readonly struct IssuerLifetime : IEquatable<IssuerLifetime>
{
    /// <summary>Initializes a lifetime.</summary>
    /// <param name="issuer">The body.</param>
    /// <param name="from">The first day the body existed.</param>
    /// <param name="to">The last day, or <see langword="null"/> while it exists.</param>
    /// <exception cref="ArgumentException"><paramref name="issuer"/> is the default id, or <paramref name="to"/> is before <paramref name="from"/>.</exception>
    public IssuerLifetime(CommitteeId issuer, LocalDate from, LocalDate? to)
    {
        Preconditions.CheckArgument(!issuer.IsDefault, nameof(issuer), "The issuer must not be the default id.");
        Preconditions.CheckArgument(to is null || to.Value >= from, nameof(to), $"The lifetime ends ({(to is { } end ? ValidityPeriod.Format(end) : string.Empty)}) before it starts ({ValidityPeriod.Format(from)}).");
        Issuer = issuer;
        From = from;
        To = to;
    }

    /// <summary>Gets the body.</summary>
    public CommitteeId Issuer { get; }

    /// <summary>Gets the first day the body existed.</summary>
    public LocalDate From { get; }

    /// <summary>Gets the last day, or <see langword="null"/> while the body exists.</summary>
    public LocalDate? To { get; }

    /// <summary>Returns whether the body existed on a day.</summary>
    /// <param name="date">The day.</param>
    /// <returns><see langword="true"/> when <paramref name="date"/> is within the lifetime.</returns>
    public bool Contains(LocalDate date) => date >= From && (To is null || date <= To.Value);

    /// <inheritdoc />
    public bool Equals(IssuerLifetime other) => Issuer == other.Issuer && From == other.From && To == other.To;

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is IssuerLifetime other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Issuer, From, To);

    /// <summary>Returns the body and the period.</summary>
    /// <returns>For example <c>BCD-NQ18 2024-01-01..</c>.</returns>
    public override string ToString() => $"{Issuer} {From:uuuu-MM-dd}..{To:uuuu-MM-dd}";

    /// <summary>Compares two lifetimes for equality.</summary>
    /// <param name="left">The first lifetime.</param>
    /// <param name="right">The second lifetime.</param>
    /// <returns><see langword="true"/> when equal.</returns>
    public static bool operator ==(IssuerLifetime left, IssuerLifetime right) => left.Equals(right);

    /// <summary>Compares two lifetimes for inequality.</summary>
    /// <param name="left">The first lifetime.</param>
    /// <param name="right">The second lifetime.</param>
    /// <returns><see langword="true"/> when different.</returns>
    public static bool operator !=(IssuerLifetime left, IssuerLifetime right) => !left.Equals(right);
}
