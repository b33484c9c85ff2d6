using System;
using System.Collections.Generic;
using System.Collections.ObjectModel;
using System.Linq;
using Xunit;
using Xunit.Abstractions;

namespace MassMobilization.Core.Tests.Conventions;

/// <summary>
/// Every public collection is a read-only view: casting it back to an array, list, dictionary or
/// set and writing to it must fail, for every sample of every public type.
/// </summary>
public sealed class CollectionImmutabilityTests
{
    private readonly ITestOutputHelper output;

    public CollectionImmutabilityTests(ITestOutputHelper output) => this.output = output;

    [Fact]
    public void Library_public_collections_cannot_be_mutated()
    {
        var report = CollectionProbe.Probe(ApiConventions.LibraryTypes, ConventionTests.LibrarySamples());
        output.WriteLine($"Probed {report.TypesProbed.Count} types and {report.CollectionMembersProbed.Count} collection members.");
        foreach (string fresh in report.FreshPerAccess)
        {
            output.WriteLine("Fresh per access: " + fresh);
        }

        foreach (string unreached in report.Unreached)
        {
            output.WriteLine("Not reached (no sample): " + unreached);
        }

        Assert.True(report.Violations.Count == 0, string.Join(Environment.NewLine, report.Violations));
    }

    [Fact]
    public void Library_probe_covers_the_public_collections()
    {
        var report = CollectionProbe.Probe(ApiConventions.LibraryTypes, ConventionTests.LibrarySamples());

        // Guards against samples silently going missing: the numbers only grow as samples are added.
        Assert.True(report.TypesProbed.Count >= 200, $"Only {report.TypesProbed.Count} types probed.");
        Assert.True(report.CollectionMembersProbed.Count >= 180, $"Only {report.CollectionMembersProbed.Count} collection members probed.");
        Assert.Contains("MassMobilization.Core.Aggregation.IndicatorLayout.SlotCodes", report.CollectionMembersProbed);
    }

    [Fact]
    public void Collection_probe_catches_mutable_collections()
    {
        var samples = new SampleValues().Add(() => new CollectionBadTypes.Leaky());
        var violations = CollectionProbe.Probe(new[] { typeof(CollectionBadTypes.Leaky), typeof(CollectionBadTypes.LeakyStatics) }, samples).Violations;

        foreach (string member in new[]
        {
            "Leaky.Array", "Leaky.List", "Leaky.EmptyList", "Leaky.Dictionary", "Leaky.Set", "Leaky.Field",
            "Leaky.Memory", "Leaky.Stored()", "Leaky.Nested[]", "LeakyStatics.Shared",
        })
        {
            Assert.Contains(violations, v => v.Contains("+" + member + " ", StringComparison.Ordinal));
        }

        Assert.DoesNotContain(violations, v => v.Contains("Wrapped", StringComparison.Ordinal));
        Assert.DoesNotContain(violations, v => v.Contains("Fresh", StringComparison.Ordinal));
        Assert.DoesNotContain(violations, v => v.Contains("Empty ", StringComparison.Ordinal));
    }

    [Fact]
    public void Collection_probe_leaves_writable_collections_unchanged()
    {
        var leaky = new CollectionBadTypes.Leaky();
        CollectionProbe.Probe(new[] { typeof(CollectionBadTypes.Leaky) }, new SampleValues().Add(() => leaky));

        Assert.Equal(new[] { 1, 2, 3 }, leaky.Array);
        Assert.Equal(new[] { 1, 2, 3 }, leaky.List);
        Assert.Equal(new[] { "a", "b" }, leaky.Set);
        Assert.Equal(2, leaky.Dictionary["b"]);
    }
}

/// <summary>Deliberately leaky collections that prove <see cref="CollectionProbe"/> can fail.</summary>
public static class CollectionBadTypes
{
#pragma warning disable CA1051, CA1819, CA1822
    public sealed class Leaky
    {
        private readonly int[] array = { 1, 2, 3 };
        private readonly List<int> list = new() { 1, 2, 3 };
        private readonly List<int> emptyList = new();
        private readonly Dictionary<string, int> dictionary = new(StringComparer.Ordinal) { ["a"] = 1, ["b"] = 2 };
        private readonly HashSet<string> set = new(StringComparer.Ordinal) { "a", "b" };
        private readonly int[][] nested = { new[] { 1 } };

        public readonly IReadOnlyList<int> Field = new[] { 1 };

        public IReadOnlyList<int> Array => array;

        public IReadOnlyList<int> List => list;

        public IReadOnlyCollection<int> EmptyList => emptyList;

        public IReadOnlyDictionary<string, int> Dictionary => dictionary;

        public IReadOnlySet<string> Set => set;

        public IReadOnlyList<IReadOnlyList<int>> Nested => System.Array.AsReadOnly(nested);

        public ReadOnlyMemory<int> ReadOnlyMemory => array;

        public Memory<int> Memory => array;

        public IReadOnlyList<int> Wrapped => System.Array.AsReadOnly(array);

        public IReadOnlyList<int> Empty => System.Array.Empty<int>();

        public IReadOnlyList<int> Stored() => array;

        public IReadOnlyList<int> Fresh() => array.ToArray();
    }

    public static class LeakyStatics
    {
        public static IReadOnlyList<string> Shared { get; } = new[] { "x" };

        public static IReadOnlyList<string> WrappedShared { get; } = new ReadOnlyCollection<string>(new[] { "x" });
    }
#pragma warning restore CA1051, CA1819, CA1822
}
