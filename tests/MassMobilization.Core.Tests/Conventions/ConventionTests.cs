using System;
using System.Collections.Generic;
using System.Linq;
using Xunit;

namespace MassMobilization.Core.Tests.Conventions;

public sealed class ConventionTests
{
    /// <summary>Samples for library types whose constructors need real values, from every <see cref="ISampleProvider"/> in this assembly.</summary>
    internal static SampleValues LibrarySamples()
    {
        var samples = new SampleValues();
        foreach (var type in typeof(ConventionTests).Assembly.GetTypes()
            .Where(t => typeof(ISampleProvider).IsAssignableFrom(t) && t is { IsAbstract: false, IsInterface: false })
            .OrderBy(t => t.FullName, StringComparer.Ordinal))
        {
            ((ISampleProvider)Activator.CreateInstance(type)!).Register(samples);
        }

        return samples;
    }

    [Fact]
    public void Library_exposes_public_types()
    {
        Assert.Contains(typeof(DomainRuleException), ApiConventions.LibraryTypes);
        Assert.True(ApiConventions.LibraryTypes.Count >= 5);
    }

    [Fact]
    public void Library_public_types_are_immutable_unless_marked()
    {
        Assert.Empty(ApiConventions.MutabilityViolations(ApiConventions.LibraryTypes));
    }

    [Fact]
    public void Library_equatable_types_declare_equality_operators()
    {
        Assert.Empty(ApiConventions.EqualityViolations(ApiConventions.LibraryTypes));
    }

    [Fact]
    public void Library_public_api_uses_no_DateTime()
    {
        Assert.Empty(ApiConventions.ForbiddenTypeViolations(ApiConventions.LibraryTypes));
    }

    [Fact]
    public void Library_rejects_null_arguments_naming_the_parameter()
    {
        Assert.Empty(ApiConventions.NullArgumentViolations(ApiConventions.LibraryTypes, LibrarySamples()));
    }

    [Fact]
    public void Mutability_check_catches_a_mutable_type()
    {
        var violations = ApiConventions.MutabilityViolations(new[] { typeof(BadTypes.MutableThing) });
        Assert.Contains(violations, v => v.Contains("Name has a public setter", StringComparison.Ordinal));
        Assert.Contains(violations, v => v.Contains("Count is a writable public field", StringComparison.Ordinal));
        Assert.Contains(violations, v => v.Contains("Items exposes a mutable collection", StringComparison.Ordinal));
        Assert.Empty(ApiConventions.MutabilityViolations(new[] { typeof(BadTypes.MarkedMutable), typeof(BadTypes.InitOnly) }));
    }

    [Fact]
    public void Equality_check_catches_missing_operators()
    {
        var violations = ApiConventions.EqualityViolations(new[] { typeof(BadTypes.EquatableWithoutOperators) });
        Assert.Contains(violations, v => v.Contains("op_Equality", StringComparison.Ordinal));
        Assert.Contains(violations, v => v.Contains("op_LessThan", StringComparison.Ordinal));
    }

    [Fact]
    public void Forbidden_type_check_catches_DateTime()
    {
        var violations = ApiConventions.ForbiddenTypeViolations(new[] { typeof(BadTypes.UsesDateTime) });
        Assert.Equal(2, violations.Count);
    }

    [Fact]
    public void Null_check_catches_missing_and_misnamed_guards()
    {
        var violations = ApiConventions.NullArgumentViolations(new[] { typeof(BadTypes.NullCareless) }, new SampleValues());
        Assert.Contains(violations, v => v.Contains("accepted null for 'text'", StringComparison.Ordinal));
        Assert.Contains(violations, v => v.Contains("rejected null for 'second' naming 'first'", StringComparison.Ordinal));
        Assert.DoesNotContain(violations, v => v.Contains("Guarded", StringComparison.Ordinal));
        Assert.DoesNotContain(violations, v => v.Contains("optional", StringComparison.Ordinal));
    }
}

/// <summary>Deliberately bad types that prove each convention check can fail.</summary>
public static class BadTypes
{
    public sealed class MutableThing
    {
#pragma warning disable CA1051, CA1002, CA2227
        public int Count;

        public string Name { get; set; } = string.Empty;

        public List<int> Items { get; } = new();
#pragma warning restore CA1051, CA1002, CA2227
    }

    [Mutable]
    public sealed class MarkedMutable
    {
        public string Name { get; set; } = string.Empty;
    }

    public sealed class InitOnly
    {
        public string Name { get; init; } = string.Empty;

        public IReadOnlyList<int> Items { get; init; } = Array.Empty<int>();
    }

#pragma warning disable CA1036, CA2231
    public readonly struct EquatableWithoutOperators : IEquatable<EquatableWithoutOperators>, IComparable<EquatableWithoutOperators>
    {
        public bool Equals(EquatableWithoutOperators other) => true;

        public override bool Equals(object? obj) => obj is EquatableWithoutOperators;

        public override int GetHashCode() => 0;

        public int CompareTo(EquatableWithoutOperators other) => 0;
    }
#pragma warning restore CA1036, CA2231

    public static class UsesDateTime
    {
        public static DateTime When => DateTime.UnixEpoch;

        public static void Schedule(IReadOnlyList<DateTimeOffset> times) => GC.KeepAlive(times);
    }

    public static class NullCareless
    {
        public static int Careless(string text) => text?.Length ?? 0;

        public static string Misnamed(string first, string second)
        {
            ArgumentNullException.ThrowIfNull(second, nameof(first));
            return first + second;
        }

        public static string Guarded(string value)
        {
            ArgumentNullException.ThrowIfNull(value);
            return value;
        }

        public static string WithOptional(string? optional = null) => optional ?? string.Empty;
    }
}
