using System;
using MassMobilization.Core.Organization;
using NodaTime;

namespace MassMobilization.Core.Documents;

/// <summary>A document number taken in a <see cref="DocumentRegistry"/>: who issued it, when, and the scope it is unique in.</summary>
/// <remarks>The default value has default members and is never held by a registry.</remarks>
public readonly struct RegisteredDocument : IEquatable<RegisteredDocument>
{
    internal RegisteredDocument(CommitteeId issuer, DocumentNumber number, LocalDate issuedOn, DocumentNumberScope scope)
    {
        Issuer = issuer;
        Number = number;
        IssuedOn = issuedOn;
        Scope = scope;
    }

    /// <summary>Gets the issuing body.</summary>
    public CommitteeId Issuer { get; }

    /// <summary>Gets the number.</summary>
    public DocumentNumber Number { get; }

    /// <summary>Gets the issue date.</summary>
    public LocalDate IssuedOn { get; }

    /// <summary>Gets the scope the sequence number is unique in.</summary>
    public DocumentNumberScope Scope { get; }

    /// <inheritdoc />
    public bool Equals(RegisteredDocument other) => Issuer == other.Issuer && Number == other.Number && IssuedOn == other.IssuedOn && Scope == other.Scope;

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is RegisteredDocument other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Issuer, Number, IssuedOn);

    /// <summary>Returns the number, the issuer and the date.</summary>
    /// <returns>For example <c>18-NQ/TW by TW on 2017-10-25</c>.</returns>
    public override string ToString() => $"{Number} by {Issuer} on {IssuedOn:uuuu-MM-dd}";

    /// <summary>Compares two entries for equality.</summary>
    /// <param name="left">The first entry.</param>
    /// <param name="right">The second entry.</param>
    /// <returns><see langword="true"/> when equal.</returns>
    public static bool operator ==(RegisteredDocument left, RegisteredDocument right) => left.Equals(right);

    /// <summary>Compares two entries for inequality.</summary>
    /// <param name="left">The first entry.</param>
    /// <param name="right">The second entry.</param>
    /// <returns><see langword="true"/> when different.</returns>
    public static bool operator !=(RegisteredDocument left, RegisteredDocument right) => !left.Equals(right);
}
