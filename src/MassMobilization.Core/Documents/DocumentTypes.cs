using System.Collections.Generic;

namespace MassMobilization.Core.Documents;

/// <summary>
/// The built-in document types: the State types of Decree 30/2020/NĐ-CP appendix III (with the legal
/// normative types of the Law on Promulgation of Legal Normative Documents), and the Party types.
/// </summary>
/// <remarks>
/// The State list is the decree's appendix III ("Viết tắt tên loại văn bản và bản sao") and is marked
/// confirmed. The Party list comes from third-party summaries of Regulation 66-QĐ/TW (2017) and
/// Guidance 36-HD/VPTW (2018) that could not be checked against the guidance text: only the codes seen
/// in real document numbers cited in the domain notes (NQ 18-NQ/TW, QĐ 23-QĐ/TW and 66-QĐ/TW, QĐi
/// 08-QĐi/TW, KL 09-KL/BCĐ and 43-KL/TW, HD 36-HD/VPTW, KH 04-KH/BCĐ) are marked confirmed, the rest
/// have <see cref="DocumentType.IsConfirmed"/> false. Applications with a checked list build their own
/// <see cref="DocumentTypeCatalogue"/>.
/// </remarks>
public static class DocumentTypes
{
    private const string StateSource = "Decree 30/2020/NĐ-CP, appendix III";
    private const string LegalNormativeSource = "Law on Promulgation of Legal Normative Documents 80/2015/QH13, art. 4";
    private const string PartySourceConfirmed = "Regulation 66-QĐ/TW (2017), Guidance 36-HD/VPTW (2018); code attested by real document numbers";
    private const string PartySourceUnconfirmed = "Third-party lists of Party document types (unconfirmed against Guidance 36-HD/VPTW)";

    /// <summary>Gets the State type <c>NQ</c>, nghị quyết (cá biệt) (resolution (individual)).</summary>
    public static DocumentType StateResolution { get; } = new(DocumentSystem.State, "NQ", "Nghị quyết (cá biệt)", "Resolution (individual)", false, true, StateSource, []);

    /// <summary>Gets the State type <c>QĐ</c>, quyết định (decision).</summary>
    public static DocumentType StateDecision { get; } = new(DocumentSystem.State, "QĐ", "Quyết định", "Decision", false, true, StateSource, []);

    /// <summary>Gets the State type <c>CT</c>, chỉ thị (directive).</summary>
    public static DocumentType StateDirective { get; } = new(DocumentSystem.State, "CT", "Chỉ thị", "Directive", false, true, StateSource, []);

    /// <summary>Gets the State type <c>QC</c>, quy chế (statute (rules)).</summary>
    public static DocumentType StateStatute { get; } = new(DocumentSystem.State, "QC", "Quy chế", "Statute (rules)", false, true, StateSource, []);

    /// <summary>Gets the State type <c>QyĐ</c>, quy định (regulation).</summary>
    public static DocumentType StateRegulation { get; } = new(DocumentSystem.State, "QyĐ", "Quy định", "Regulation", false, true, StateSource, []);

    /// <summary>Gets the State type <c>TC</c>, thông cáo (communiqué).</summary>
    public static DocumentType StateCommunique { get; } = new(DocumentSystem.State, "TC", "Thông cáo", "Communiqué", false, true, StateSource, []);

    /// <summary>Gets the State type <c>TB</c>, thông báo (notice).</summary>
    public static DocumentType StateNotice { get; } = new(DocumentSystem.State, "TB", "Thông báo", "Notice", false, true, StateSource, []);

    /// <summary>Gets the State type <c>HD</c>, hướng dẫn (guidance).</summary>
    public static DocumentType StateGuidance { get; } = new(DocumentSystem.State, "HD", "Hướng dẫn", "Guidance", false, true, StateSource, []);

    /// <summary>Gets the State type <c>CTr</c>, chương trình (programme).</summary>
    public static DocumentType StateProgramme { get; } = new(DocumentSystem.State, "CTr", "Chương trình", "Programme", false, true, StateSource, []);

    /// <summary>Gets the State type <c>KH</c>, kế hoạch (plan).</summary>
    public static DocumentType StatePlan { get; } = new(DocumentSystem.State, "KH", "Kế hoạch", "Plan", false, true, StateSource, []);

    /// <summary>Gets the State type <c>PA</c>, phương án (option plan).</summary>
    public static DocumentType StateOption { get; } = new(DocumentSystem.State, "PA", "Phương án", "Option plan", false, true, StateSource, []);

    /// <summary>Gets the State type <c>ĐA</c>, đề án (scheme).</summary>
    public static DocumentType StateScheme { get; } = new(DocumentSystem.State, "ĐA", "Đề án", "Scheme", false, true, StateSource, []);

    /// <summary>Gets the State type <c>DA</c>, dự án (project).</summary>
    public static DocumentType StateProject { get; } = new(DocumentSystem.State, "DA", "Dự án", "Project", false, true, StateSource, []);

    /// <summary>Gets the State type <c>BC</c>, báo cáo (report).</summary>
    public static DocumentType StateReport { get; } = new(DocumentSystem.State, "BC", "Báo cáo", "Report", false, true, StateSource, []);

    /// <summary>Gets the State type <c>BB</c>, biên bản (minutes).</summary>
    public static DocumentType StateMinutes { get; } = new(DocumentSystem.State, "BB", "Biên bản", "Minutes", false, true, StateSource, []);

    /// <summary>Gets the State type <c>TTr</c>, tờ trình (submission).</summary>
    public static DocumentType StateSubmission { get; } = new(DocumentSystem.State, "TTr", "Tờ trình", "Submission", false, true, StateSource, []);

    /// <summary>Gets the State type <c>HĐ</c>, hợp đồng (contract).</summary>
    public static DocumentType StateContract { get; } = new(DocumentSystem.State, "HĐ", "Hợp đồng", "Contract", false, true, StateSource, []);

    /// <summary>Gets the State type <c>CĐ</c>, công điện (official telegram).</summary>
    public static DocumentType StateTelegram { get; } = new(DocumentSystem.State, "CĐ", "Công điện", "Official telegram", false, true, StateSource, []);

    /// <summary>Gets the State type <c>BGN</c>, bản ghi nhớ (memorandum of understanding).</summary>
    public static DocumentType StateMemorandum { get; } = new(DocumentSystem.State, "BGN", "Bản ghi nhớ", "Memorandum of understanding", false, true, StateSource, []);

    /// <summary>Gets the State type <c>BTT</c>, bản thỏa thuận (agreement).</summary>
    public static DocumentType StateAgreement { get; } = new(DocumentSystem.State, "BTT", "Bản thỏa thuận", "Agreement", false, true, StateSource, []);

    /// <summary>Gets the State type <c>GUQ</c>, giấy ủy quyền (power of attorney).</summary>
    public static DocumentType StatePowerOfAttorney { get; } = new(DocumentSystem.State, "GUQ", "Giấy ủy quyền", "Power of attorney", false, true, StateSource, []);

    /// <summary>Gets the State type <c>GM</c>, giấy mời (invitation).</summary>
    public static DocumentType StateInvitation { get; } = new(DocumentSystem.State, "GM", "Giấy mời", "Invitation", false, true, StateSource, []);

    /// <summary>Gets the State type <c>GGT</c>, giấy giới thiệu (letter of introduction).</summary>
    public static DocumentType StateLetterOfIntroduction { get; } = new(DocumentSystem.State, "GGT", "Giấy giới thiệu", "Letter of introduction", false, true, StateSource, []);

    /// <summary>Gets the State type <c>GNP</c>, giấy nghỉ phép (leave permit).</summary>
    public static DocumentType StateLeavePermit { get; } = new(DocumentSystem.State, "GNP", "Giấy nghỉ phép", "Leave permit", false, true, StateSource, []);

    /// <summary>Gets the State type <c>PG</c>, phiếu gửi (dispatch slip).</summary>
    public static DocumentType StateDispatchSlip { get; } = new(DocumentSystem.State, "PG", "Phiếu gửi", "Dispatch slip", false, true, StateSource, []);

    /// <summary>Gets the State type <c>PC</c>, phiếu chuyển (forwarding slip).</summary>
    public static DocumentType StateForwardingSlip { get; } = new(DocumentSystem.State, "PC", "Phiếu chuyển", "Forwarding slip", false, true, StateSource, []);

    /// <summary>Gets the State type <c>PB</c>, phiếu báo (notification slip).</summary>
    public static DocumentType StateNotificationSlip { get; } = new(DocumentSystem.State, "PB", "Phiếu báo", "Notification slip", false, true, StateSource, []);

    /// <summary>Gets the State type <c>SY</c>, bản sao y (true copy).</summary>
    public static DocumentType StateTrueCopy { get; } = new(DocumentSystem.State, "SY", "Bản sao y", "True copy", false, true, StateSource, []);

    /// <summary>Gets the State type <c>TrS</c>, bản trích sao (extract copy).</summary>
    public static DocumentType StateExtractCopy { get; } = new(DocumentSystem.State, "TrS", "Bản trích sao", "Extract copy", false, true, StateSource, []);

    /// <summary>Gets the State type <c>SL</c>, bản sao lục (transcribed copy).</summary>
    public static DocumentType StateTranscribedCopy { get; } = new(DocumentSystem.State, "SL", "Bản sao lục", "Transcribed copy", false, true, StateSource, []);

    /// <summary>Gets the legal normative type <c>NĐ</c>, nghị định (decree).</summary>
    public static DocumentType Decree { get; } = new(DocumentSystem.State, "NĐ", "Nghị định", "Decree", true, true, LegalNormativeSource, []);

    /// <summary>Gets the legal normative type <c>TT</c>, thông tư (circular).</summary>
    public static DocumentType Circular { get; } = new(DocumentSystem.State, "TT", "Thông tư", "Circular", true, true, LegalNormativeSource, []);

    /// <summary>Gets the legal normative type <c>L</c>, luật (law).</summary>
    public static DocumentType Law { get; } = new(DocumentSystem.State, "L", "Luật", "Law", true, true, LegalNormativeSource, []);

    /// <summary>Gets the Party type <c>NQ</c>, nghị quyết (resolution).</summary>
    public static DocumentType PartyResolution { get; } = new(DocumentSystem.Party, "NQ", "Nghị quyết", "Resolution", false, true, PartySourceConfirmed, []);

    /// <summary>Gets the Party type <c>QĐ</c>, quyết định (decision).</summary>
    public static DocumentType PartyDecision { get; } = new(DocumentSystem.Party, "QĐ", "Quyết định", "Decision", false, true, PartySourceConfirmed, []);

    /// <summary>Gets the Party type <c>CT</c>, chỉ thị (directive); unconfirmed.</summary>
    public static DocumentType PartyDirective { get; } = new(DocumentSystem.Party, "CT", "Chỉ thị", "Directive", false, false, PartySourceUnconfirmed, []);

    /// <summary>Gets the Party type <c>KL</c>, kết luận (conclusion).</summary>
    public static DocumentType PartyConclusion { get; } = new(DocumentSystem.Party, "KL", "Kết luận", "Conclusion", false, true, PartySourceConfirmed, []);

    /// <summary>Gets the Party type <c>QC</c>, quy chế (statute (rules)); unconfirmed.</summary>
    public static DocumentType PartyStatute { get; } = new(DocumentSystem.Party, "QC", "Quy chế", "Statute (rules)", false, false, PartySourceUnconfirmed, []);

    /// <summary>Gets the Party type <c>QĐi</c>, quy định (regulation); also written <c>QĐ</c> (205-QĐ/TW).</summary>
    public static DocumentType PartyRegulation { get; } = new(DocumentSystem.Party, "QĐi", "Quy định", "Regulation", false, true, PartySourceConfirmed, ["QĐ"]);

    /// <summary>Gets the Party type <c>TT</c>, thông tri (instruction); unconfirmed.</summary>
    public static DocumentType PartyInstruction { get; } = new(DocumentSystem.Party, "TT", "Thông tri", "Instruction", false, false, PartySourceUnconfirmed, []);

    /// <summary>Gets the Party type <c>HD</c>, hướng dẫn (guidance).</summary>
    public static DocumentType PartyGuidance { get; } = new(DocumentSystem.Party, "HD", "Hướng dẫn", "Guidance", false, true, PartySourceConfirmed, []);

    /// <summary>Gets the Party type <c>TB</c>, thông báo (notice); unconfirmed.</summary>
    public static DocumentType PartyNotice { get; } = new(DocumentSystem.Party, "TB", "Thông báo", "Notice", false, false, PartySourceUnconfirmed, []);

    /// <summary>Gets the Party type <c>BC</c>, báo cáo (report); unconfirmed.</summary>
    public static DocumentType PartyReport { get; } = new(DocumentSystem.Party, "BC", "Báo cáo", "Report", false, false, PartySourceUnconfirmed, []);

    /// <summary>Gets the Party type <c>TTr</c>, tờ trình (submission); unconfirmed.</summary>
    public static DocumentType PartySubmission { get; } = new(DocumentSystem.Party, "TTr", "Tờ trình", "Submission", false, false, PartySourceUnconfirmed, []);

    /// <summary>Gets the Party type <c>KH</c>, kế hoạch (plan).</summary>
    public static DocumentType PartyPlan { get; } = new(DocumentSystem.Party, "KH", "Kế hoạch", "Plan", false, true, PartySourceConfirmed, []);

    /// <summary>Gets the Party type <c>CTr</c>, chương trình (programme); unconfirmed.</summary>
    public static DocumentType PartyProgramme { get; } = new(DocumentSystem.Party, "CTr", "Chương trình", "Programme", false, false, PartySourceUnconfirmed, []);

    /// <summary>Gets the Party type <c>CV</c>, công văn (official letter); unconfirmed.</summary>
    public static DocumentType PartyOfficialLetter { get; } = new(DocumentSystem.Party, "CV", "Công văn", "Official letter", false, false, PartySourceUnconfirmed, []);

    /// <summary>Gets the Party type <c>BB</c>, biên bản (minutes); unconfirmed.</summary>
    public static DocumentType PartyMinutes { get; } = new(DocumentSystem.Party, "BB", "Biên bản", "Minutes", false, false, PartySourceUnconfirmed, []);

    /// <summary>Gets every built-in State type, in the order of appendix III followed by the legal normative types.</summary>
    public static IReadOnlyList<DocumentType> State { get; } = [StateResolution, StateDecision, StateDirective, StateStatute, StateRegulation, StateCommunique, StateNotice, StateGuidance, StateProgramme, StatePlan, StateOption, StateScheme, StateProject, StateReport, StateMinutes, StateSubmission, StateContract, StateTelegram, StateMemorandum, StateAgreement, StatePowerOfAttorney, StateInvitation, StateLetterOfIntroduction, StateLeavePermit, StateDispatchSlip, StateForwardingSlip, StateNotificationSlip, StateTrueCopy, StateExtractCopy, StateTranscribedCopy, Decree, Circular, Law];

    /// <summary>Gets every built-in Party type.</summary>
    public static IReadOnlyList<DocumentType> Party { get; } = [PartyResolution, PartyDecision, PartyDirective, PartyConclusion, PartyStatute, PartyRegulation, PartyInstruction, PartyGuidance, PartyNotice, PartyReport, PartySubmission, PartyPlan, PartyProgramme, PartyOfficialLetter, PartyMinutes];
}
