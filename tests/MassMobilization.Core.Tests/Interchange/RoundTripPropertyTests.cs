using System;
using FsCheck.Xunit;
using MassMobilization.Core.Serialization.SystemTextJson;
using MassMobilization.Core.Tests.Infrastructure;

namespace MassMobilization.Core.Tests.Interchange;

/// <summary>Writing then reading gives back an equal value, for generated values of every kind.</summary>
/// <remarks>
/// The values come from <see cref="InterchangeGenerators"/> reading a <see cref="ChoiceTape"/> that
/// FsCheck generates and shrinks: a failure shrinks to a short tape, so a small value.
/// </remarks>
[Properties(Arbitrary = new[] { typeof(DomainArbitraries) })]
public sealed class RoundTripPropertyTests
{
    private const string Noise = "{}[]\":,0123456789-.eE \\tnulfase\u00ff";

    private static bool RoundTrips<T>(InterchangeFormat<T> format, T value, Func<T, string> structure)
        where T : class
    {
        string json = format.WriteString(value);
        var back = format.Read(json);
        var compact = format.Read(format.WriteUtf8(value, indented: false));
        return structure(back) == structure(value) && format.WriteString(back) == json && structure(compact) == structure(value);
    }

    [Property(MaxTest = 150)]
    public bool Charts_round_trip(ChoiceTape tape) =>
        RoundTrips(InterchangeFormats.Chart, InterchangeGenerators.Chart(tape.Rewind()), Structure.Of);

    [Property(MaxTest = 150)]
    public bool Document_graphs_round_trip(ChoiceTape tape) =>
        RoundTrips(InterchangeFormats.Documents, InterchangeGenerators.Documents(tape.Rewind()), Structure.Of);

    [Property(MaxTest = 150)]
    public bool Models_and_exemplars_round_trip(ChoiceTape tape) =>
        RoundTrips(InterchangeFormats.Models, InterchangeGenerators.Models(tape.Rewind()), Structure.Of);

    [Property(MaxTest = 150)]
    public bool Contests_round_trip(ChoiceTape tape) =>
        RoundTrips(InterchangeFormats.Contest, InterchangeGenerators.Contest(tape.Rewind()), Structure.Of);

    [Property(MaxTest = 150)]
    public bool Partial_aggregates_round_trip_to_equal_values(ChoiceTape tape)
    {
        var partial = InterchangeGenerators.Partial(tape.Rewind());
        return InterchangeFormats.Partial.Read(InterchangeFormats.Partial.WriteUtf8(partial)).Equals(partial);
    }

    [Property(MaxTest = 150)]
    public bool Tallies_round_trip(ChoiceTape tape)
    {
        var tally = InterchangeGenerators.Tally(tape.Rewind());
        var back = InterchangeFormats.Tally.Read(InterchangeFormats.Tally.WriteUtf8(tally));
        return back.Unit == tally.Unit && back.Period.Equals(tally.Period) && System.Linq.Enumerable.SequenceEqual(back.Values, tally.Values);
    }

    [Property(MaxTest = 500)]
    public bool Corrupted_documents_fail_only_with_InterchangeException(ChoiceTape tape)
    {
        var random = tape.Rewind();
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
    }
}
