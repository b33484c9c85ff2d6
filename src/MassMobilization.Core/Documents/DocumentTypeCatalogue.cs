using System;
using System.Collections.Generic;
using Ardalis.GuardClauses;

namespace MassMobilization.Core.Documents;

/// <summary>
/// A catalogue of document types for both systems, looked up by the code in a number's symbol. The
/// built-in <see cref="Default"/> holds <see cref="DocumentTypes.State"/> and
/// <see cref="DocumentTypes.Party"/>; applications may build their own (for example with a checked
/// Party list).
/// </summary>
/// <remarks>Immutable. Each (system, code) pair appears once; alternative codes may be shared.</remarks>
public sealed class DocumentTypeCatalogue
{
    private readonly DocumentType[] types;
    private IReadOnlyList<DocumentType>? typesView;
    private readonly Dictionary<(DocumentSystem, string), DocumentType> byCode = new();

    /// <summary>Initializes a catalogue.</summary>
    /// <param name="types">The types, in display order.</param>
    /// <exception cref="ArgumentNullException"><paramref name="types"/> is null.</exception>
    /// <exception cref="ArgumentException">An element is null, or two types of one system share a code.</exception>
    public DocumentTypeCatalogue(IEnumerable<DocumentType> types)
    {
        Guard.Against.Null(types);
        this.types = Preconditions.CheckNotNullElements(types, nameof(types));
        foreach (var type in this.types)
        {
            Preconditions.CheckArgument(byCode.TryAdd((type.System, type.Code), type), nameof(types), $"Two {type.System} types have the code '{type.Code}'.");
        }
    }

    /// <summary>Gets the built-in catalogue: every State type, then every Party type.</summary>
    public static DocumentTypeCatalogue Default { get; } = new([.. DocumentTypes.State, .. DocumentTypes.Party]);

    /// <summary>Gets the types in display order.</summary>
    public IReadOnlyList<DocumentType> Types => typesView ??= ReadOnlyView.Of(types);

    /// <summary>Finds the type whose own code is <paramref name="code"/> (for Party <c>QĐ</c>, the decision).</summary>
    /// <param name="system">The system.</param>
    /// <param name="code">The code in a number's symbol.</param>
    /// <returns>The type, or <see langword="null"/> when the catalogue has none.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="code"/> is null.</exception>
    public DocumentType? Find(DocumentSystem system, string code)
    {
        Guard.Against.Null(code);
        return byCode.TryGetValue((system, code), out var type) ? type : null;
    }

    /// <summary>
    /// Lists every type a number with this code may be, its own type first: for Party <c>QĐ</c>, the
    /// decision and the regulation (205-QĐ/TW is a regulation).
    /// </summary>
    /// <param name="system">The system.</param>
    /// <param name="code">The code in a number's symbol.</param>
    /// <returns>The candidate types; empty when none.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="code"/> is null.</exception>
    public IReadOnlyList<DocumentType> FindWrittenAs(DocumentSystem system, string code)
    {
        Guard.Against.Null(code);
        var result = new List<DocumentType>();
        if (Find(system, code) is { } own)
        {
            result.Add(own);
        }

        foreach (var type in types)
        {
            if (type.System == system && !string.Equals(type.Code, code, StringComparison.Ordinal) && type.IsWrittenAs(code))
            {
                result.Add(type);
            }
        }

        return result;
    }
}
