using MassMobilization.Core.Serialization.SystemTextJson;
using Xunit;

namespace MassMobilization.Core.Tests.Interchange;

/// <summary>The strict-reading errors specific to each kind, with their paths.</summary>
public sealed class KindErrorTests
{
    public static TheoryData<string, string, string> Cases() => new()
    {
        { "documents", """{"op":"set","path":"documents.1.type","value":"XYZ"}""", "IX-UNKNOWN-ENUM-VALUE|$.documents[1].type" },
        { "documents", """{"op":"set","path":"documents.1.number","value":"18-NQ/TW"}""", "IX-DUPLICATE-ID|$.documents[1].number" },
        { "documents", """{"op":"set","path":"documents.0.number","value":"not a number"}""", "IX-INVALID-VALUE|$.documents[0].number" },
        { "documents", """{"op":"set","path":"documents.1.links.0.kind","value":"cites"}""", "IX-UNKNOWN-ENUM-VALUE|$.documents[1].links[0].kind" },
        { "documents", """{"op":"set","path":"documents.1.links.0.target","value":"99-NQ/TW"}""", "IX-DOMAIN-RULE|$" },
        { "documents", """{"op":"set","path":"documentTypes.0.system","value":"church"}""", "IX-UNKNOWN-ENUM-VALUE|$.documentTypes[0].system" },
        { "models", """{"op":"set","path":"models.1.id","value":"TT-2024-001"}""", "IX-DUPLICATE-ID|$.models[1].id" },
        { "models", """{"op":"set","path":"models.0.history.0.action","value":"approve"}""", "IX-UNKNOWN-ENUM-VALUE|$.models[0].history[0].action" },
        { "models", """{"op":"remove","path":"models.0.history.3.decision"}""", "IX-MISSING-PROPERTY|$.models[0].history[3].decision" },
        { "models", """{"op":"set","path":"models.0.history.0.decision","value":"1/QĐ-UBND"}""", "IX-UNKNOWN-PROPERTY|$.models[0].history[0].decision" },
        { "models", """{"op":"set","path":"models.0.history.1.level","value":"district"}""", "IX-UNKNOWN-PROPERTY|$.models[0].history[1].level" },
        { "models", """{"op":"set","path":"models.0.history.0.action","value":"register"}""", "IX-INVALID-VALUE|$.models[0].history[0].action" },
        { "models", """{"op":"set","path":"models.0.history.0.action","value":"recognise"}""", "IX-MISSING-PROPERTY|$.models[0].history[0].level" },
        { "models", """{"op":"set","path":"models.0.field","value":"SPORT"}""", "IX-UNKNOWN-ENUM-VALUE|$.models[0].field" },
        { "models", """{"op":"set","path":"models.0.history.2.date","value":"2020-01-01"}""", "IX-DOMAIN-RULE|$.models[0]" },
        { "models", """{"op":"set","path":"models.0.owner.person","value":"Lan"}""", "IX-UNKNOWN-PROPERTY|$.models[0].owner.person" },
        { "models", """{"op":"set","path":"models.1.replicationOf","value":"TT-2024-999"}""", "IX-UNKNOWN-REFERENCE|$.models[1].replicationOf" },
        { "models", """{"op":"set","path":"models.0.replicationOf","value":"TT-2024-001"}""", "IX-DOMAIN-RULE|$.models[0]" },
        { "models", """{"op":"set","path":"models.0.replicationOf","value":"TT 2024"}""", "IX-INVALID-VALUE|$.models[0].replicationOf" },
        { "models", """{"op":"set","path":"exemplars.0.id","value":""}""", "IX-INVALID-VALUE|$.exemplars[0].id" },
        { "contest", """{"op":"set","path":"sheets.0.0.judge","value":"GK9"}""", "IX-UNKNOWN-REFERENCE|$.sheets[0][0].judge" },
        { "contest", """{"op":"set","path":"sheets.0.0.team","value":"T9"}""", "IX-UNKNOWN-REFERENCE|$.sheets[0][0].team" },
        { "contest", """{"op":"set","path":"sheets.0.0.points.Z","value":1}""", "IX-UNKNOWN-REFERENCE|$.sheets[0][0].points.Z" },
        { "contest", """{"op":"set","path":"sheets.0.1.team","value":"T1"}""", "IX-DUPLICATE-ID|$.sheets[0][1]" },
        { "contest", """{"op":"set","path":"teams.1.id","value":"T1"}""", "IX-DUPLICATE-ID|$.teams[1].id" },
        { "contest", """{"op":"set","path":"rounds.0.tieBreaks.0.section","value":"Q"}""", "IX-UNKNOWN-REFERENCE|$.rounds[0].tieBreaks[0].section" },
        { "contest", """{"op":"set","path":"rounds.0.method.trim","value":1.5}""", "IX-INVALID-VALUE|$.rounds[0].method.trim" },
        { "contest", """{"op":"set","path":"rounds.0.sections.0.maximum","value":1e40}""", "IX-INVALID-VALUE|$.rounds[0].sections[0].maximum" },
        { "contest", """{"op":"set","path":"rounds.0.sections.0.maximum","value":-1}""", "IX-INVALID-VALUE|$.rounds[0].sections[0]" },
        { "contest", """{"op":"set","path":"rounds.0.advancement","value":[]}""", "IX-INVALID-VALUE|$.rounds[0].advancement" },
        { "contest", """{"op":"set","path":"rounds.0.judges.1","value":"GK1"}""", "IX-DUPLICATE-ID|$.rounds[0].judges[1]" },
        { "contest", """{"op":"set","path":"rounds.1.level","value":"grassroots"}""", "IX-INVALID-VALUE|$" },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Errors_name_their_code_and_path(string kind, string mutation, string expected)
    {
        string json = StrictReadingTests.Mutate(Write(kind), mutation);
        var error = Assert.Throws<InterchangeException>(() => Read(kind, json));
        Assert.True(expected == $"{error.ErrorCode}|{error.Path}", $"{kind} {mutation}: expected {expected}, got {error.Message}");
    }

    private static string Write(string kind) => kind switch
    {
        "documents" => InterchangeFormats.Documents.WriteString(InterchangeTestData.Documents()),
        "models" => InterchangeFormats.Models.WriteString(InterchangeTestData.Models()),
        _ => InterchangeFormats.Contest.WriteString(InterchangeTestData.Contest()),
    };

    private static object Read(string kind, string json) => kind switch
    {
        "documents" => InterchangeFormats.Documents.Read(json),
        "models" => InterchangeFormats.Models.Read(json),
        _ => InterchangeFormats.Contest.Read(json),
    };
}
