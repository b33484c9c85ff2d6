using System;
using FsCheck;
using FsCheck.Fluent;
using MassMobilization.Core.Serialization.SystemTextJson;
using Xunit;

namespace MassMobilization.Core.Tests.Interchange;

/// <summary>Writing then reading gives back an equal value, for generated values of every kind.</summary>
public sealed class RoundTripPropertyTests
{
    private static readonly Config Config = Config.QuickThrowOnFailure.WithMaxTest(150);

    private const string Noise = "{}[]\":,0123456789-.eE \\tnulfase\u00ff";

    private static readonly Arbitrary<int> Seeds = Arb.From(Gen.Choose(0, int.MaxValue - 1));

    private static bool RoundTrips<T>(InterchangeFormat<T> format, T value, Func<T, string> structure)
        where T : class
    {
        string json = format.WriteString(value);
        var back = format.Read(json);
        var compact = format.Read(format.WriteUtf8(value, indented: false));
        return structure(back) == structure(value) && format.WriteString(back) == json && structure(compact) == structure(value);
    }

    [Fact]
    public void Charts_round_trip() =>
        Prop.ForAll(Seeds, seed => RoundTrips(InterchangeFormats.Chart, InterchangeGenerators.Chart(new Random(seed)), Structure.Of)).Check(Config);

    [Fact]
    public void Document_graphs_round_trip() =>
        Prop.ForAll(Seeds, seed => RoundTrips(InterchangeFormats.Documents, InterchangeGenerators.Documents(new Random(seed)), Structure.Of)).Check(Config);

    [Fact]
    public void Models_and_exemplars_round_trip() =>
        Prop.ForAll(Seeds, seed => RoundTrips(InterchangeFormats.Models, InterchangeGenerators.Models(new Random(seed)), Structure.Of)).Check(Config);

    [Fact]
    public void Contests_round_trip() =>
        Prop.ForAll(Seeds, seed => RoundTrips(InterchangeFormats.Contest, InterchangeGenerators.Contest(new Random(seed)), Structure.Of)).Check(Config);

    [Fact]
    public void Partial_aggregates_round_trip_to_equal_values() =>
        Prop.ForAll(Seeds, seed =>
        {
            var partial = InterchangeGenerators.Partial(new Random(seed));
            return InterchangeFormats.Partial.Read(InterchangeFormats.Partial.WriteUtf8(partial)).Equals(partial);
        }).Check(Config);

    [Fact]
    public void Tallies_round_trip() =>
        Prop.ForAll(Seeds, seed =>
        {
            var tally = InterchangeGenerators.Tally(new Random(seed));
            var back = InterchangeFormats.Tally.Read(InterchangeFormats.Tally.WriteUtf8(tally));
            return back.Unit == tally.Unit && back.Period.Equals(tally.Period) && System.Linq.Enumerable.SequenceEqual(back.Values, tally.Values);
        }).Check(Config);

    [Fact]
    public void Corrupted_documents_fail_only_with_InterchangeException() =>
        Prop.ForAll(Seeds, seed =>
        {
            var random = new Random(seed);
            byte[] bytes = InterchangeFormats.Models.WriteUtf8(InterchangeGenerators.Models(random), indented: random.Next(2) == 0);
            int edits = random.Next(1, 4);
            for (int i = 0; i < edits && bytes.Length > 0; i++)
            {
                int at = random.Next(bytes.Length);
                bytes[at] = (byte)Noise[random.Next(Noise.Length)];
            }

            try
            {
                InterchangeFormats.Models.Read(bytes);
                return true;
            }
            catch (InterchangeException error)
            {
                return error.LineNumber >= 1 && error.Path.StartsWith('$');
            }
        }).Check(Config.WithMaxTest(500));
}
