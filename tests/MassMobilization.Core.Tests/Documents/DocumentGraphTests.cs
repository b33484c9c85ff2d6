using System;
using System.Linq;
using MassMobilization.Core.Documents;
using MassMobilization.Core.Organization;
using MassMobilization.Core.Tests.Infrastructure;
using NodaTime;
using NodaTime.Testing;
using Xunit;
using static MassMobilization.Core.Tests.Documents.DocumentGraphFixtures;

namespace MassMobilization.Core.Tests.Documents;

public sealed class DocumentGraphTests
{
    private static readonly DateInterval Year2023 = new(new LocalDate(2023, 1, 1), new LocalDate(2023, 12, 31));

    [Fact]
    public void Snapshot_of_the_resolution_18_and_25_graph_with_the_reviews_due_in_2023()
    {
        var graph = Graph();
        var due = ReviewSchedule.Standard.DueWithin(graph.Documents, Year2023);
        Snapshot.Verify(new
        {
            Documents = graph.Documents.Select(d => new
            {
                Number = d.Number.ToString(),
                Type = d.Type.Code,
                TypeName = d.Type.VietnameseName,
                Issuer = d.Issuer.Value,
                d.IssuedOn,
                d.Title,
                Links = d.Links.Select(l => $"{l.Kind} {l.Target}").ToList(),
            }).ToList(),
            ImplementingResolution18 = graph.Implementing(R18).Select(d => d.Number.ToString()).ToList(),
            LatestConclusionOnResolution18 = graph.LatestConclusionOn(R18)?.Number.ToString(),
            LatestConclusionOnResolution25 = graph.LatestConclusionOn(R25)?.Number.ToString(),
            ReviewsDueIn2023 = due.Select(m => new { Document = m.Document.ToString(), m.Kind, Offset = m.Offset.ToString(), m.IssuedOn, m.DueOn }).ToList(),
            Registry = graph.Registry.Entries.Select(e => e.Scope.ToString() + ": " + e.Number).ToList(),
        });
    }

    [Fact]
    public void Ten_years_of_resolution_25_fall_due_in_2023_and_five_years_of_conclusion_43_on_2024_01_07()
    {
        var due = ReviewSchedule.Standard.DueWithin(Graph().Documents, new DateInterval(new LocalDate(2023, 1, 1), new LocalDate(2024, 12, 31)));
        Assert.Equal(
            [(R25, ReviewKind.Final, new LocalDate(2023, 6, 3)), (C43, ReviewKind.Interim, new LocalDate(2024, 1, 7))],
            due.Select(m => (m.Document, m.Kind, m.DueOn)).ToList());
        Assert.Equal([R25], ReviewSchedule.Standard.DueWithin(Graph().Documents, Year2023).Select(m => m.Document));
    }

    [Fact]
    public void Queries_follow_typed_links()
    {
        var graph = Graph();
        Assert.Equal([P04], graph.Implementing(R18).Select(d => d.Number));
        Assert.Equal([C09], graph.LinkedTo(R18, DocumentLinkKind.Reviews).Select(d => d.Number));
        Assert.Empty(graph.LinkedTo(R18, DocumentLinkKind.Continues));
        Assert.Equal(C09, graph.LatestConclusionOn(R18)!.Number);
        Assert.Equal(C43, graph.LatestConclusionOn(R25)!.Number);
        Assert.Null(graph.LatestConclusionOn(C43));
        Assert.Equal(P04, graph.LatestLinkedTo(R18, DocumentTypes.PartyPlan)!.Number);
        Assert.Null(graph.SupersededBy(R25));
        Assert.Equal("Resolution", graph.Find(R25)!.Type.EnglishName);
        Assert.Null(graph.Find(DocumentNumber.Party(99, "NQ", "TW")));
        Assert.Equal(
            [new LocalDate(2013, 6, 3), new LocalDate(2017, 10, 25), new LocalDate(2019, 1, 7), new LocalDate(2024, 11, 13), new LocalDate(2024, 11, 24)],
            graph.Documents.Select(d => d.IssuedOn));
    }

    [Fact]
    public void The_latest_conclusion_is_the_newest_one_issued_by_the_date_asked()
    {
        // A hypothetical later conclusion on Resolution 25, to show that "latest" moves with the date.
        var later = new DirectiveDocument(
            DocumentNumber.Party(120, "KL", "TW"), DocumentTypes.PartyConclusion, Central, new LocalDate(2025, 1, 20), "Kết luận (giả định) về Nghị quyết 25", [new DocumentLink(DocumentLinkKind.Reviews, R25)]);
        var graph = Graph().Add(later);
        Assert.Equal(later.Number, graph.LatestConclusionOn(R25)!.Number);
        Assert.Equal(C43, graph.LatestConclusionOn(R25, new LocalDate(2024, 12, 31))!.Number);
        Assert.Null(graph.LatestConclusionOn(R25, new LocalDate(2018, 1, 6)));
        Assert.Equal(C43, graph.LatestConclusionOn(R25, FakeClock.FromUtc(2023, 6, 1))!.Number);
        Assert.Equal(later.Number, graph.LatestConclusionOn(R25, FakeClock.FromUtc(2025, 1, 20))!.Number);

        // The clock's day is Vietnam's day: 2025-01-19 17:00 UTC is already 2025-01-20 in Hà Nội.
        var clock = new FakeClock(Instant.FromUtc(2025, 1, 19, 17, 0));
        Assert.Equal(later.Number, graph.LatestConclusionOn(R25, clock)!.Number);
        clock.Reset(Instant.FromUtc(2025, 1, 19, 16, 59));
        Assert.Equal(C43, graph.LatestConclusionOn(R25, clock)!.Number);

        Assert.Equal([P04], graph.LinkedTo(R18, DocumentLinkKind.Implements, new LocalDate(2024, 11, 13)).Select(d => d.Number));
        Assert.Empty(graph.LinkedTo(R18, DocumentLinkKind.Implements, new LocalDate(2024, 11, 12)));
    }

    [Fact]
    public void Supersession_decides_what_is_in_force_on_a_date()
    {
        var old = new DirectiveDocument(DocumentNumber.State(12, "QĐ", "UBND"), DocumentTypes.StateDecision, new CommitteeId("UBND-01"), new LocalDate(2020, 3, 1), "Quy chế cũ", []);
        var replacement = new DirectiveDocument(
            DocumentNumber.State(40, "QĐ", "UBND"), DocumentTypes.StateDecision, new CommitteeId("UBND-01"), new LocalDate(2022, 5, 10), "Quy chế mới", [new DocumentLink(DocumentLinkKind.Supersedes, old.Number)]);
        var graph = DocumentGraph.Create([replacement, old], [], []);
        Assert.Equal(replacement.Number, graph.SupersededBy(old.Number)!.Number);
        Assert.False(graph.IsInForce(old.Number, new LocalDate(2020, 2, 29)));
        Assert.True(graph.IsInForce(old.Number, new LocalDate(2022, 5, 9)));
        Assert.False(graph.IsInForce(old.Number, new LocalDate(2022, 5, 10)));
        Assert.True(graph.IsInForce(replacement.Number, new LocalDate(2030, 1, 1)));
        Assert.Equal("number", Assert.Throws<ArgumentException>(() => graph.IsInForce(R18, new LocalDate(2030, 1, 1))).ParamName);
    }

    [Fact]
    public void A_link_to_an_unknown_document_is_rejected()
    {
        var error = Assert.Throws<DomainRuleException>(() => DocumentGraph.Create([Plan04()], [], []));
        Assert.Equal(DocumentRuleCodes.UnknownLinkTarget, error.RuleCode);
        Assert.Equal("04-KH/BCĐ implements 18-NQ/TW, which is not in the graph.", error.Message);
    }

    [Fact]
    public void A_cycle_of_supersedes_links_is_rejected_and_names_the_cycle()
    {
        var unit = new CommitteeId("UBND-01");
        var a = DocumentNumber.State(1, "QĐ", "UBND");
        var b = DocumentNumber.State(2, "QĐ", "UBND");
        var c = DocumentNumber.State(3, "QĐ", "UBND");
        DirectiveDocument Doc(DocumentNumber n, int day, DocumentNumber target) =>
            new(n, DocumentTypes.StateDecision, unit, new LocalDate(2024, 1, day), "Quyết định", [new DocumentLink(DocumentLinkKind.Supersedes, target)]);
        var error = Assert.Throws<DomainRuleException>(() => DocumentGraph.Create([Doc(a, 1, c), Doc(b, 2, a), Doc(c, 3, b)], [], []));
        Assert.Equal(DocumentRuleCodes.SupersedesCycle, error.RuleCode);
        Assert.Equal("Documents supersede each other in a cycle: 01/QĐ-UBND supersedes 03/QĐ-UBND supersedes 02/QĐ-UBND supersedes 01/QĐ-UBND.", error.Message);

        // Amends links may go both ways without being a supersession cycle.
        var amends = DocumentGraph.Create(
            [new(a, DocumentTypes.StateDecision, unit, new LocalDate(2024, 1, 1), "x", [new DocumentLink(DocumentLinkKind.Amends, b)]),
             new(b, DocumentTypes.StateDecision, unit, new LocalDate(2024, 1, 2), "y", [new DocumentLink(DocumentLinkKind.Amends, a)])],
            [],
            []);
        Assert.Equal(2, amends.Documents.Count);
    }

    [Fact]
    public void A_document_issued_before_its_issuer_existed_is_rejected()
    {
        var lifetimes = new[] { new IssuerLifetime(SteeringCommittee, new LocalDate(2024, 11, 1), null) };
        var early = new DirectiveDocument(DocumentNumber.Party(1, "KH", "BCĐ"), DocumentTypes.PartyPlan, SteeringCommittee, new LocalDate(2024, 10, 31), "Kế hoạch", []);
        var error = Assert.Throws<DomainRuleException>(() => DocumentGraph.Create([early], lifetimes, []));
        Assert.Equal(DocumentRuleCodes.IssuedBeforeIssuerExisted, error.RuleCode);
        Assert.Equal("01-KH/BCĐ is dated 2024-10-31, before its issuer BCD-NQ18 existed (from 2024-11-01).", error.Message);

        var dissolved = new[] { new IssuerLifetime(SteeringCommittee, new LocalDate(2024, 11, 1), new LocalDate(2025, 6, 30)) };
        var late = new DirectiveDocument(DocumentNumber.Party(2, "KH", "BCĐ"), DocumentTypes.PartyPlan, SteeringCommittee, new LocalDate(2025, 7, 1), "Kế hoạch", []);
        Assert.Equal(DocumentRuleCodes.IssuedOutsideIssuerLifetime, Assert.Throws<DomainRuleException>(() => DocumentGraph.Create([late], dissolved, [])).RuleCode);
        Assert.Single(DocumentGraph.Create([early], [], []).Documents);
    }

    [Fact]
    public void Adding_returns_a_new_graph_and_validates_the_whole()
    {
        var graph = DocumentGraph.Create([Resolution18()], [], CentralTerms());
        var bigger = graph.Add(Plan04());
        Assert.Single(graph.Documents);
        Assert.Equal(2, bigger.Documents.Count);
        Assert.Equal(2, bigger.Registry.Count);
        Assert.Equal(DocumentRuleCodes.UnknownLinkTarget, Assert.Throws<DomainRuleException>(() => graph.Add(Conclusion43())).RuleCode);

        // The same number twice in one term is a duplicate for the registry.
        var twin = new DirectiveDocument(R18, DocumentTypes.PartyResolution, Central, new LocalDate(2018, 3, 1), "Trùng số", []);
        Assert.Equal(DocumentRuleCodes.DuplicateInScope, Assert.Throws<DomainRuleException>(() => graph.Add(twin)).RuleCode);

        // The same number in another term is allowed by the registry, but links by number could not tell them apart.
        var nextTerm = new DirectiveDocument(R18, DocumentTypes.PartyResolution, Central, new LocalDate(2022, 3, 1), "Cùng số, khóa sau", []);
        Assert.Equal(DocumentRuleCodes.AmbiguousNumber, Assert.Throws<DomainRuleException>(() => graph.Add(nextTerm)).RuleCode);
    }

    [Fact]
    public void A_directive_keeps_its_type_apart_from_the_code_in_its_number()
    {
        // 205-QĐ/TW is a regulation (quy định) written with the code QĐ, like a decision.
        var regulation = new DirectiveDocument(DocumentNumber.Party(205, "QĐ", "TW"), DocumentTypes.PartyRegulation, Central, new LocalDate(2019, 9, 23), "Quy định về việc kiểm soát quyền lực trong công tác cán bộ", []);
        Assert.Equal("QĐ", regulation.Number.TypeCode);
        Assert.Same(DocumentTypes.PartyRegulation, regulation.Type);
        var decision = new DirectiveDocument(DocumentNumber.Party(205, "QĐ", "TW"), DocumentTypes.PartyDecision, Central, new LocalDate(2019, 9, 23), "Quyết định", []);
        Assert.NotEqual(regulation.Type, decision.Type);
        Assert.Equal(regulation.Number, decision.Number);

        Assert.Equal("type", Assert.Throws<ArgumentException>(() => new DirectiveDocument(R18, DocumentTypes.PartyPlan, Central, new LocalDate(2017, 10, 25), "x", [])).ParamName);
        Assert.Equal("type", Assert.Throws<ArgumentException>(() => new DirectiveDocument(R18, DocumentTypes.StateResolution, Central, new LocalDate(2017, 10, 25), "x", [])).ParamName);
        Assert.Equal("issuedOn", Assert.Throws<ArgumentException>(() => new DirectiveDocument(DocumentNumber.LegalNormative(98, 2023, "NĐ", "CP"), DocumentTypes.Decree, new CommitteeId("CP"), new LocalDate(2024, 1, 1), "x", [])).ParamName);
        Assert.Equal("links", Assert.Throws<ArgumentException>(() => new DirectiveDocument(R18, DocumentTypes.PartyResolution, Central, new LocalDate(2017, 10, 25), "x", [new DocumentLink(DocumentLinkKind.Amends, R18)])).ParamName);
        Assert.Equal("links", Assert.Throws<ArgumentException>(() => Plan04().WithLink(new DocumentLink(DocumentLinkKind.Implements, R18))).ParamName);
        Assert.Equal("title", Assert.Throws<ArgumentException>(() => new DirectiveDocument(R18, DocumentTypes.PartyResolution, Central, new LocalDate(2017, 10, 25), " ", [])).ParamName);

        var withReview = Plan04().WithLink(new DocumentLink(DocumentLinkKind.Reviews, R25));
        Assert.True(withReview.LinksTo(DocumentLinkKind.Reviews, R25));
        Assert.False(Plan04().LinksTo(DocumentLinkKind.Reviews, R25));
        Assert.Equal("Plan 04-KH/BCĐ (2024-11-13)", Plan04().ToString());
    }
}
