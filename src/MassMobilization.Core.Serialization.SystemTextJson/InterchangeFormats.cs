using System;
using System.Collections.Generic;
using Ardalis.GuardClauses;
using MassMobilization.Core.Aggregation;
using MassMobilization.Core.Awards;
using MassMobilization.Core.Documents;
using MassMobilization.Core.Evaluation;
using MassMobilization.Core.Organization;

namespace MassMobilization.Core.Serialization.SystemTextJson;

/// <summary>
/// The interchange document kinds (docs/interchange.md), each an <see cref="InterchangeFormat{T}"/>
/// that writes and strictly reads one kind of value.
/// </summary>
public static class InterchangeFormats
{
    /// <summary>The value of the envelope's <c>format</c> property.</summary>
    public const string FormatName = "massmob";

    /// <summary>The format version this library writes and reads.</summary>
    public const int CurrentVersion = 1;

    /// <summary>Gets the format of an organization chart: units, bodies, custom kinds and successions (kind <c>chart</c>).</summary>
    public static InterchangeFormat<OrganizationChart> Chart { get; } = new("chart", ChartFormat.Write, ChartFormat.Read);

    /// <summary>Gets the format of a graph of directive documents with its party terms and issuer lifetimes (kind <c>documents</c>).</summary>
    public static InterchangeFormat<DocumentGraph> Documents { get; } = new("documents", DocumentsFormat.Write, DocumentsFormat.Read);

    /// <summary>Gets the format of "Dân vận khéo" models and exemplars with their registrations and lifecycle histories (kind <c>models</c>).</summary>
    public static InterchangeFormat<MobilizationRecords> Models { get; } = new("models", ModelsFormat.Write, ModelsFormat.Read);

    /// <summary>Gets the format of an emulation contest with its rounds, the teams entered and the judges' score sheets (kind <c>contest</c>).</summary>
    public static InterchangeFormat<ContestRecord> Contest { get; } = new("contest", ContestFormat.Write, ContestFormat.Read);

    /// <summary>Gets the format of a mergeable partial aggregate sent up from one level to the next (kind <c>partial</c>).</summary>
    public static InterchangeFormat<PartialAggregate> Partial { get; } = new("partial", AggregationFormat.WritePartial, AggregationFormat.ReadPartial);

    /// <summary>Gets the format of a tally: one unit's indicator values for a reporting period (kind <c>tally</c>).</summary>
    public static InterchangeFormat<Tally> Tally { get; } = new("tally", AggregationFormat.WriteTally, AggregationFormat.ReadTally);

    /// <summary>Gets the format of evaluation score sheets whose rubrics are the built-in presets, such as <see cref="RubricPresets.CanTho2025"/> (kind <c>score-sheets</c>).</summary>
    public static InterchangeFormat<IReadOnlyList<ScoreSheet>> ScoreSheets { get; } = ScoreSheetsFor([RubricPresets.CanTho2025]);

    /// <summary>Gets the format of awards service records: ratings and facts per year, awards received, initiatives, discipline and pending proceedings (kind <c>service-records</c>); nominee ids are distinct.</summary>
    public static InterchangeFormat<IReadOnlyList<ServiceRecord>> ServiceRecords { get; } = new("service-records", ServiceRecordsFormat.Write, ServiceRecordsFormat.Read);

    /// <summary>
    /// Gets the format of activity records (kind <c>activities</c>): dialogues, citizen receptions, support
    /// deliveries, supervisions, social criticisms, political core teams and religious visits, in the order
    /// given; activity ids are distinct. Writing another record type throws <see cref="ArgumentException"/>.
    /// </summary>
    public static InterchangeFormat<IReadOnlyList<Activities.IActivityRecord>> Activities { get; } = new("activities", ActivitiesFormat.Write, ActivitiesFormat.Read);

    /// <summary>
    /// Creates the format of award decisions of Party bodies, the Fatherland Front and the socio-political organisations, with
    /// their recipients (kind <c>award-decisions</c>; docs/interchange.md). On read each decision is checked and made by an
    /// <see cref="AwardDecisionValidator"/> of these references, in document order: the deciding body in the chart on the
    /// decision's date and its authority's forms, the award kind, the recipients in the chart or the model registry, once-only
    /// medals (also across the document's earlier decisions) and posthumous medals; decision numbers are distinct. Only
    /// decisions made by a validator (with <see cref="AwardDecision.Body"/>) can be written.
    /// </summary>
    /// <param name="chart">The chart deciding bodies and collectives are looked up in.</param>
    /// <param name="modelIds">The identifiers of the registered models that may be commended.</param>
    /// <param name="authorities">The awarding authorities, or <see langword="null"/> for <see cref="AwardingAuthority.Standard"/>.</param>
    /// <param name="medals">The medal policy, or <see langword="null"/> for <see cref="CommemorativeMedalPolicy.Default"/>.</param>
    /// <returns>The format.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="chart"/> or <paramref name="modelIds"/> is null.</exception>
    /// <exception cref="ArgumentException">A collection holds null.</exception>
    public static InterchangeFormat<IReadOnlyList<AwardDecision>> AwardDecisionsFor(OrganizationChart chart, IEnumerable<string> modelIds, IEnumerable<AwardingAuthority>? authorities = null, CommemorativeMedalPolicy? medals = null)
    {
        var validator = new AwardDecisionValidator(chart, modelIds, authorities, medals);
        return new("award-decisions", AwardDecisionsFormat.Write, root => AwardDecisionsFormat.Read(root, validator));
    }

    /// <summary>Creates the format of evaluation score sheets (kind <c>score-sheets</c>) that resolves rubric ids against the given rubrics.</summary>
    /// <param name="rubrics">The rubrics the sheets may name; ids must be distinct.</param>
    /// <returns>The format.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="rubrics"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="rubrics"/> holds null or two rubrics with the same id.</exception>
    public static InterchangeFormat<IReadOnlyList<ScoreSheet>> ScoreSheetsFor(IEnumerable<Rubric> rubrics)
    {
        Guard.Against.Null(rubrics);
        var catalogue = EvaluationFormat.Catalogue(rubrics);
        return new("score-sheets", EvaluationFormat.Write, root => EvaluationFormat.Read(root, catalogue));
    }

    /// <summary>Reads the envelope of a document and returns its kind, so that a program can pick the format to read it with.</summary>
    /// <param name="utf8Json">The input.</param>
    /// <param name="options">The limits, or <see langword="null"/> for the defaults.</param>
    /// <returns>The kind, for example <c>chart</c>.</returns>
    /// <exception cref="InterchangeException">The input is not JSON within the limits, or its envelope is missing, of another format or of an unsupported version.</exception>
    public static string ReadKind(ReadOnlySpan<byte> utf8Json, InterchangeReadOptions? options = null)
    {
        var tree = JsonTree.Parse(utf8Json, options ?? InterchangeReadOptions.Default);
        return OpenEnvelope(tree).String("kind");
    }

    internal static JsonObjectView OpenEnvelope(JsonTree tree)
    {
        var root = JsonObjectView.Of(tree.Root);
        var formatNode = root.Required("format");
        string format = JsonObjectView.StringOf(formatNode);
        if (!string.Equals(format, FormatName, StringComparison.Ordinal))
        {
            throw formatNode.Error(InterchangeErrorCodes.UnknownFormat, $"The format is '{format}', not '{FormatName}'.");
        }

        var versionNode = root.Required("version");
        if (versionNode.Kind != JsonTreeKind.Number)
        {
            throw JsonObjectView.WrongType(versionNode, "an integer");
        }

        if (!string.Equals(versionNode.Text, "1", StringComparison.Ordinal))
        {
            throw versionNode.Error(InterchangeErrorCodes.UnsupportedVersion, $"Version {versionNode.Text} is not supported; this library reads version {CurrentVersion}.");
        }

        return root;
    }
}
