using System;

namespace MassMobilization.Core.Documents;

/// <summary>A typed link from a directive document to another document, named by its number.</summary>
/// <remarks>The default value links to the default number with kind 0 and is rejected by <see cref="DirectiveDocument"/>.</remarks>
public readonly struct DocumentLink : IEquatable<DocumentLink>
{
    /// <summary>Initializes a link.</summary>
    /// <param name="kind">How the document relates to the target.</param>
    /// <param name="target">The target's number.</param>
    /// <exception cref="ArgumentException"><paramref name="kind"/> is not defined, or <paramref name="target"/> is the default number.</exception>
    public DocumentLink(DocumentLinkKind kind, DocumentNumber target)
    {
        Preconditions.CheckArgument(Enum.IsDefined(kind), nameof(kind), $"{kind} is not a link kind.");
        Preconditions.CheckArgument(target.Form != 0, nameof(target), "The target must not be the default number.");
        Kind = kind;
        Target = target;
    }

    /// <summary>Gets how the document relates to the target.</summary>
    public DocumentLinkKind Kind { get; }

    /// <summary>Gets the target's number.</summary>
    public DocumentNumber Target { get; }

    /// <inheritdoc />
    public bool Equals(DocumentLink other) => Kind == other.Kind && Target == other.Target;

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is DocumentLink other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Kind, Target);

    /// <summary>Returns the kind and the target, for example <c>Implements 18-NQ/TW</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => $"{Kind} {Target}";

    /// <summary>Compares two links for equality.</summary>
    /// <param name="left">The first link.</param>
    /// <param name="right">The second link.</param>
    /// <returns><see langword="true"/> when equal.</returns>
    public static bool operator ==(DocumentLink left, DocumentLink right) => left.Equals(right);

    /// <summary>Compares two links for inequality.</summary>
    /// <param name="left">The first link.</param>
    /// <param name="right">The second link.</param>
    /// <returns><see langword="true"/> when different.</returns>
    public static bool operator !=(DocumentLink left, DocumentLink right) => !left.Equals(right);
}
