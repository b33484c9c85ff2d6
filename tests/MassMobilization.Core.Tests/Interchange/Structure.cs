using System.Linq;
using MassMobilization.Core.Documents;
using MassMobilization.Core.Emulation;
using MassMobilization.Core.Organization;
using MassMobilization.Core.Serialization.SystemTextJson;
using MassMobilization.Core.Tests.Infrastructure;

namespace MassMobilization.Core.Tests.Interchange;

/// <summary>
/// Structural forms of values whose types do not implement equality, written with the snapshot
/// serializer (every public property, by reflection, independent of the interchange code): two
/// values with the same structure are equal for every public observer.
/// </summary>
internal static class Structure
{
    internal static string Of(OrganizationChart chart) => SnapshotJson.Serialize(new
    {
        chart.Units,
        chart.Committees,
        UnitSuccessions = chart.UnitSuccessions.Select(s => new { s.Kind, s.EffectiveDate, s.Predecessors, s.Successors }),
        CommitteeSuccessions = chart.CommitteeSuccessions.Select(s => new { s.Kind, s.EffectiveDate, s.Predecessors, s.Successors }),
        chart.ChangeDates,
        Kinds = chart.Units.Select(u => new { u.Kind.Code, u.Kind.VietnameseName, u.Kind.EnglishName, u.Kind.Tier }),
        CommitteeKinds = chart.Committees.Select(c => new { c.Kind.Code, c.Kind.VietnameseName, c.Kind.EnglishName }),
    });

    internal static string Of(DocumentGraph graph) => SnapshotJson.Serialize(new
    {
        Documents = graph.Documents.Select(d => new { Number = d.Number.ToString(), d.Type, d.Issuer, d.IssuedOn, d.Title, Links = d.Links.Select(l => new { l.Kind, Target = l.Target.ToString() }) }),
        graph.IssuerLifetimes,
        graph.Registry.PartyTerms,
        Entries = graph.Registry.Entries.Select(e => e.ToString()),
    });

    internal static string Of(MobilizationRecords records) => SnapshotJson.Serialize(new
    {
        Models = records.Models.Select(m => new { m.Registration, m.Authority.MaximumByRegisteringLevel, History = m.History.Select(h => h.ToString()), m.Status }),
        Exemplars = records.Exemplars.Select(m => new { m.Registration, m.Authority.MaximumByRegisteringLevel, History = m.History.Select(h => h.ToString()), m.Status }),
    });

    internal static string Of(ContestRecord record) => SnapshotJson.Serialize(new
    {
        record.Contest.Name,
        record.Contest.Area,
        Rounds = record.Contest.Rounds.Select(Of),
        record.Teams,
        Sheets = record.SheetsByRound.Select(r => r.Select(s => new { s.Judge, s.TeamId, s.Points })),
    });

    private static object Of(ContestRound round) => new
    {
        round.Name,
        round.Level,
        round.Sections,
        round.Panel.Judges,
        round.Method,
        TieBreaks = round.TieBreaks.Select(t => new { t.Kind, t.Name, t.SectionCode }),
        round.Style,
        Advancement = round.Advancement?.Steps,
        round.Rounding,
        round.MaximumTotal,
    };
}
