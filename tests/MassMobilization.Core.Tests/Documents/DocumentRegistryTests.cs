using System;
using System.Linq;
using MassMobilization.Core.Documents;
using MassMobilization.Core.Organization;
using NodaTime;
using Xunit;
using static MassMobilization.Core.Tests.Documents.DocumentGraphFixtures;

namespace MassMobilization.Core.Tests.Documents;

public sealed class DocumentRegistryTests
{
    private static readonly CommitteeId Province = new("UBND-26");

    [Fact]
    public void A_State_number_is_unique_per_issuer_and_calendar_year_across_types()
    {
        var registry = new DocumentRegistry([]).Register(Province, DocumentNumber.State(3406, "QĐ", "UBND"), new LocalDate(2024, 12, 20));

        // Decree 30/2020/NĐ-CP: one sequence per issuer per year, whatever the type; it restarts on 1 January.
        var sameYear = Assert.Throws<DomainRuleException>(() => registry.Register(Province, DocumentNumber.State(3406, "KH", "UBND"), new LocalDate(2024, 12, 30)));
        Assert.Equal(DocumentRuleCodes.DuplicateInScope, sameYear.RuleCode);
        Assert.Equal(
            "3406/KH-UBND (2024-12-30) repeats sequence number 3406 of 3406/QĐ-UBND (2024-12-20) within the scope State UBND-26, year 2024.",
            sameYear.Message);
        Assert.Equal(DocumentRuleCodes.DuplicateInScope, Assert.Throws<DomainRuleException>(() => registry.Register(Province, DocumentNumber.OfficialLetter(3406, "UBND", "VX"), new LocalDate(2024, 1, 2))).RuleCode);

        var nextYear = registry.Register(Province, DocumentNumber.State(3406, "QĐ", "UBND"), new LocalDate(2025, 1, 2));
        var otherIssuer = registry.Register(new CommitteeId("UBND-27"), DocumentNumber.State(3406, "QĐ", "UBND"), new LocalDate(2024, 12, 20));
        Assert.Equal(2, nextYear.Count);
        Assert.Equal(2, otherIssuer.Count);
        Assert.Equal(1, registry.Count);
        Assert.True(registry.IsTaken(Province, DocumentNumber.State(3406, "TB", "UBND"), new LocalDate(2024, 6, 1)));
        Assert.False(registry.IsTaken(Province, DocumentNumber.State(3406, "TB", "UBND"), new LocalDate(2023, 6, 1)));
    }

    [Fact]
    public void A_legal_normative_number_is_unique_per_issuer_type_and_year()
    {
        var government = new CommitteeId("CP");
        var registry = new DocumentRegistry([]).Register(government, DocumentNumber.LegalNormative(98, 2023, "NĐ", "CP"), new LocalDate(2023, 12, 29));
        Assert.Equal(DocumentRuleCodes.DuplicateInScope, Assert.Throws<DomainRuleException>(() => registry.Register(government, DocumentNumber.LegalNormative(98, 2023, "NĐ", "CP"), new LocalDate(2023, 12, 30))).RuleCode);
        Assert.Equal(2, registry.Register(government, DocumentNumber.LegalNormative(98, 2023, "TT", "CP"), new LocalDate(2023, 12, 30)).Count);
        Assert.Equal(2, registry.Register(government, DocumentNumber.LegalNormative(98, 2024, "NĐ", "CP"), new LocalDate(2024, 12, 30)).Count);

        // The year in the number, not the issue date, decides the scope.
        var scope = registry.ScopeOf(government, DocumentNumber.LegalNormative(98, 2023, "NĐ", "CP"), new LocalDate(2024, 1, 3));
        Assert.Equal(2023, scope.Year);
        Assert.Equal("NĐ", scope.TypeCode);
        Assert.Equal("State CP, type NĐ, year 2023", scope.ToString());

        var assembly = new CommitteeId("QH");
        var laws = new DocumentRegistry([]).Register(assembly, DocumentNumber.NationalAssembly(6, 2022, 15), new LocalDate(2022, 11, 10));
        Assert.True(laws.IsTaken(assembly, DocumentNumber.NationalAssembly(6, 2022, 15), new LocalDate(2022, 11, 10)));
        Assert.False(laws.IsTaken(assembly, DocumentNumber.NationalAssembly(6, 2023, 15), new LocalDate(2023, 11, 10)));
    }

    [Fact]
    public void A_Party_number_is_unique_per_issuer_type_and_term_not_per_year()
    {
        var registry = new DocumentRegistry(CentralTerms()).Register(Central, R18, new LocalDate(2017, 10, 25));

        // Same term (XII, 2016–2021), another year: still a duplicate.
        var error = Assert.Throws<DomainRuleException>(() => registry.Register(Central, R18, new LocalDate(2019, 5, 1)));
        Assert.Equal(DocumentRuleCodes.DuplicateInScope, error.RuleCode);
        Assert.Contains("term XII (2016–2021)", error.Message, StringComparison.Ordinal);

        // Another type in the same term has its own sequence; the next term restarts the numbering.
        Assert.Equal(2, registry.Register(Central, DocumentNumber.Party(18, "KL", "TW"), new LocalDate(2017, 11, 1)).Count);
        Assert.Equal(2, registry.Register(Central, R18, new LocalDate(2022, 6, 16)).Count);
        Assert.Equal("XIII (2021–2026)", registry.ScopeOf(Central, R18, new LocalDate(2022, 6, 16)).Term!.Name);

        // The day the XII congress closed still belongs to term XII; the next day starts term XIII.
        Assert.Equal("XII (2016–2021)", registry.ScopeOf(Central, R18, new LocalDate(2021, 2, 1)).Term!.Name);
        Assert.Equal("XIII (2021–2026)", registry.ScopeOf(Central, R18, new LocalDate(2021, 2, 2)).Term!.Name);
    }

    [Fact]
    public void A_Party_document_outside_every_configured_term_is_an_error_and_an_issuer_without_terms_has_one_scope()
    {
        var registry = new DocumentRegistry(CentralTerms());
        var error = Assert.Throws<DomainRuleException>(() => registry.Register(Central, DocumentNumber.Party(1, "NQ", "TW"), new LocalDate(2005, 1, 1)));
        Assert.Equal(DocumentRuleCodes.NoPartyTerm, error.RuleCode);

        var scope = registry.ScopeOf(SteeringCommittee, P04, new LocalDate(2024, 11, 13));
        Assert.Null(scope.Term);
        Assert.Equal("Party BCD-NQ18, type KH", scope.ToString());
    }

    [Fact]
    public void A_Party_congress_numbers_all_its_documents_in_one_sequence()
    {
        var congress = new CommitteeId("DH-XIII");
        var registry = new DocumentRegistry([], [congress]).Register(congress, DocumentNumber.Party(1, "NQ", "ĐH"), new LocalDate(2021, 2, 1));
        var error = Assert.Throws<DomainRuleException>(() => registry.Register(congress, DocumentNumber.Party(1, "QC", "ĐH"), new LocalDate(2021, 2, 1)));
        Assert.Equal(DocumentRuleCodes.DuplicateInScope, error.RuleCode);
        Assert.Equal("Party DH-XIII", registry.ScopeOf(congress, DocumentNumber.Party(1, "QC", "ĐH"), new LocalDate(2021, 2, 1)).ToString());
        Assert.Equal(2, registry.Register(congress, DocumentNumber.Party(2, "QC", "ĐH"), new LocalDate(2021, 2, 1)).Count);
        Assert.Equal([congress], registry.SharedSequenceIssuers);

        // A committee still numbers each type separately.
        var committee = new DocumentRegistry(CentralTerms(), [congress]).Register(Central, R18, new LocalDate(2017, 10, 25));
        Assert.Equal(2, committee.Register(Central, DocumentNumber.Party(18, "KL", "TW"), new LocalDate(2017, 11, 1)).Count);
        Assert.Equal("sharedSequenceIssuers", Assert.Throws<ArgumentException>(() => new DocumentRegistry([], [default(CommitteeId)])).ParamName);
    }

    [Fact]
    public void A_graph_checks_its_numbers_against_numbers_already_taken()
    {
        var taken = new DocumentRegistry(CentralTerms()).Register(Central, DocumentNumber.Party(43, "KL", "TW"), new LocalDate(2017, 3, 1));
        var error = Assert.Throws<DomainRuleException>(() => DocumentGraph.Create([Resolution25(), Conclusion43()], [], taken));
        Assert.Equal(DocumentRuleCodes.DuplicateInScope, error.RuleCode);

        var graph = DocumentGraph.Create([Resolution25()], [], taken);
        Assert.Equal(2, graph.Registry.Count);
        Assert.Equal(DocumentRuleCodes.DuplicateInScope, Assert.Throws<DomainRuleException>(() => graph.Add(Conclusion43())).RuleCode);
        Assert.Equal(1, taken.Count);
    }

    [Fact]
    public void Terms_of_one_committee_must_not_overlap()
    {
        var overlapping = new[]
        {
            new PartyTerm(Central, "A", new LocalDate(2016, 1, 29), new LocalDate(2021, 2, 1)),
            new PartyTerm(Central, "B", new LocalDate(2021, 2, 1), null),
        };
        Assert.Equal("partyTerms", Assert.Throws<ArgumentException>(() => new DocumentRegistry(overlapping)).ParamName);
        Assert.Equal("partyTerms", Assert.Throws<ArgumentException>(() => new DocumentRegistry([new PartyTerm(Central, "open", new LocalDate(2016, 1, 29), null), overlapping[1]])).ParamName);
        Assert.Equal(2, new DocumentRegistry([overlapping[0], new PartyTerm(SteeringCommittee, "B", new LocalDate(2021, 2, 1), null)]).PartyTerms.Count);
        Assert.Equal("end", Assert.Throws<ArgumentException>(() => new PartyTerm(Central, "x", new LocalDate(2021, 2, 1), new LocalDate(2021, 1, 31))).ParamName);
    }

    [Fact]
    public void Entries_are_listed_by_date_and_registering_never_changes_the_original()
    {
        var empty = new DocumentRegistry(CentralTerms());
        var registry = empty.Register(Central, C43, new LocalDate(2019, 1, 7)).Register(Central, R25, new LocalDate(2013, 6, 3));
        Assert.Equal(0, empty.Count);
        Assert.Empty(empty.Entries);
        Assert.Equal([R25, C43], registry.Entries.Select(e => e.Number));
        Assert.Equal("25-NQ/TW by TW on 2013-06-03", registry.Entries[0].ToString());
        Assert.Equal("XI (2011–2016)", registry.Entries[0].Scope.Term!.Name);
    }
}
