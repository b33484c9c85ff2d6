using System.Collections.Generic;
using MassMobilization.Core.Documents;
using MassMobilization.Core.Organization;
using NodaTime;

namespace MassMobilization.Core.Tests.Documents;

/// <summary>
/// The real documents of the graph: Resolution 18-NQ/TW (2017-10-25) → Plan 04-KH/BCĐ
/// (2024-11-13) → Conclusion 09-KL/BCĐ (2024-11-24), and Resolution 25-NQ/TW (2013-06-03) →
/// Conclusion 43-KL/TW of the Secretariat (2019-01-07), whose 10- and 5-year reviews were held together
/// in 2023 (docs/domain.md §4; the 5-year mark of Conclusion 43 is 2024-01-07, so it was reviewed ahead of it).
/// </summary>
internal static class DocumentGraphFixtures
{
    /// <summary>The Party Central Committee (issuer code TW).</summary>
    internal static readonly CommitteeId Central = new("TW");

    /// <summary>The Central Steering Committee summarising Resolution 18 (issuer code BCĐ).</summary>
    internal static readonly CommitteeId SteeringCommittee = new("BCD-NQ18");

    internal static readonly DocumentNumber R18 = DocumentNumber.Party(18, "NQ", "TW");
    internal static readonly DocumentNumber P04 = DocumentNumber.Party(4, "KH", "BCĐ");
    internal static readonly DocumentNumber C09 = DocumentNumber.Party(9, "KL", "BCĐ");
    internal static readonly DocumentNumber R25 = DocumentNumber.Party(25, "NQ", "TW");
    internal static readonly DocumentNumber C43 = DocumentNumber.Party(43, "KL", "TW");

    /// <summary>The terms of the Central Committee: from the day after a congress closes to the close of the next (domain.md §4).</summary>
    internal static IReadOnlyList<PartyTerm> CentralTerms() =>
    [
        new PartyTerm(Central, "XI (2011–2016)", new LocalDate(2011, 1, 20), new LocalDate(2016, 1, 28)),
        new PartyTerm(Central, "XII (2016–2021)", new LocalDate(2016, 1, 29), new LocalDate(2021, 2, 1)),
        new PartyTerm(Central, "XIII (2021–2026)", new LocalDate(2021, 2, 2), null),
    ];

    internal static DirectiveDocument Resolution18() => new(
        R18,
        DocumentTypes.PartyResolution,
        Central,
        new LocalDate(2017, 10, 25),
        "Một số vấn đề về tiếp tục đổi mới, sắp xếp tổ chức bộ máy của hệ thống chính trị tinh gọn, hoạt động hiệu lực, hiệu quả",
        []);

    internal static DirectiveDocument Plan04() => new(
        P04,
        DocumentTypes.PartyPlan,
        SteeringCommittee,
        new LocalDate(2024, 11, 13),
        "Kế hoạch tổng kết việc thực hiện Nghị quyết số 18-NQ/TW",
        [new DocumentLink(DocumentLinkKind.Implements, R18)]);

    internal static DirectiveDocument Conclusion09() => new(
        C09,
        DocumentTypes.PartyConclusion,
        SteeringCommittee,
        new LocalDate(2024, 11, 24),
        "Kết luận về tổng kết việc thực hiện Nghị quyết số 18-NQ/TW",
        [new DocumentLink(DocumentLinkKind.Reviews, R18)]);

    internal static DirectiveDocument Resolution25() => new(
        R25,
        DocumentTypes.PartyResolution,
        Central,
        new LocalDate(2013, 6, 3),
        "Về tăng cường và đổi mới sự lãnh đạo của Đảng đối với công tác dân vận trong tình hình mới",
        []);

    internal static DirectiveDocument Conclusion43() => new(
        C43,
        DocumentTypes.PartyConclusion,
        Central,
        new LocalDate(2019, 1, 7),
        "Về tiếp tục thực hiện Nghị quyết Trung ương 7 khóa XI về tăng cường và đổi mới sự lãnh đạo của Đảng đối với công tác dân vận trong tình hình mới",
        [new DocumentLink(DocumentLinkKind.Continues, R25)]);

    internal static IReadOnlyList<DirectiveDocument> All() => [Resolution18(), Plan04(), Conclusion09(), Resolution25(), Conclusion43()];

    internal static DocumentGraph Graph() => DocumentGraph.Create(
        All(),
        [new IssuerLifetime(Central, new LocalDate(1930, 2, 3), null)],
        CentralTerms());
}
