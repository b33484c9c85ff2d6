using System;

namespace MassMobilization.Core;

/// <summary>
/// Marks a public type that is mutable by design (a builder, an options class). Every other public
/// type of the library is immutable, and a convention test checks it.
/// </summary>
[AttributeUsage(AttributeTargets.Class | AttributeTargets.Struct, Inherited = false)]
public sealed class MutableAttribute : Attribute
{
}
