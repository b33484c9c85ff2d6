using System;
using System.Collections.Generic;
using System.Globalization;
using MassMobilization.Core.Activities;
using MassMobilization.Core.Documents;
using MassMobilization.Core.Organization;
using MassMobilization.Core.Quantities;
using NodaTime;

namespace MassMobilization.Samples.Generators;

/// <summary>
/// Individual, dated activity records behind the seeds' reports (docs/domain.md §1, §11–14), generated on
/// the seed provinces' communes from a seed, so that the report has to add them up. Each record is one
/// event (a dialogue, a reception, a delivery, a supervision); no total is split across communes.
/// Where a report gives a qualified figure ("hơn 395.000 suất quà") the generator picks an exact sample
/// count that the figure admits (<see cref="BinhThuan2024GiftCount"/>), clearly a sample, not a real one.
/// Names, unit codes and per-event figures are ILLUSTRATIVE.
/// </summary>
public static class ActivitySeeds
{
    /// <summary>The exact number of gifts the Bình Thuận 2024 sample deliveries add up to: a sample figure the report's "hơn 395.000" admits.</summary>
    public const long BinhThuan2024GiftCount = 395_112;

    /// <summary>The exact value of the Bình Thuận 2024 sample deliveries, in đồng: 165,340,000,000, which the report wrote "165,34 tỷ đồng".</summary>
    public const long BinhThuan2024SupportDong = 165_340_000_000;

    /// <summary>
    /// Bình Thuận 2024 (report of the Provincial Party Committee's Mass Mobilization Commission):
    /// <paramref name="dialogues"/> dialogues between Party heads and the people; periodic receptions by
    /// commune Party secretaries whose citizens asked and received add up to <paramref name="asked"/> and
    /// <paramref name="received"/>; gift deliveries adding up to <see cref="BinhThuan2024GiftCount"/> gifts;
    /// scholarship deliveries adding up to <paramref name="scholarships"/>; <paramref name="houses"/> houses
    /// built or repaired, one delivery each; every delivery valued per unit, the last house's value making the
    /// total exactly <see cref="BinhThuan2024SupportDong"/> đồng.
    /// </summary>
    /// <param name="communes">The communes.</param>
    /// <param name="dialogues">The number of dialogues.</param>
    /// <param name="asked">The citizens who asked to be received.</param>
    /// <param name="received">The citizens received.</param>
    /// <param name="scholarships">The scholarships.</param>
    /// <param name="houses">The houses.</param>
    /// <param name="seed">The seed.</param>
    /// <returns>The records, in generation order.</returns>
    public static IReadOnlyList<IActivityRecord> BinhThuan2024(
        IReadOnlyList<UnitCode> communes, int dialogues = 140, int asked = 314, int received = 301, int scholarships = 1_000, int houses = 305, int seed = 2024)
    {
        ArgumentNullException.ThrowIfNull(communes);
        var random = new Random(seed);
        var records = new List<IActivityRecord>();
        for (int d = 0; d < dialogues; d++)
        {
            var unit = communes[random.Next(communes.Count)];
            records.Add(new Dialogue(Id("DL", d), unit, Day(random, 2024), "Đối thoại với Nhân dân năm 2024", "Bí thư Đảng ủy xã", 40 + random.Next(160), []));
        }

        // Receptions of 1-4 citizens each until the asked total is reached; the shortfall (asked - received)
        // falls on distinct receptions, one citizen each, so every reception receives at most those who asked.
        var askedBy = new List<int>();
        for (int left = asked; left > 0;)
        {
            int n = Math.Min(left, 1 + random.Next(4));
            askedBy.Add(n);
            left -= n;
        }

        int shortfall = asked - received;
        for (int r = 0; r < askedBy.Count; r++)
        {
            var unit = communes[random.Next(communes.Count)];
            int not = r < shortfall ? 1 : 0;
            var head = new ReceptionHead(new ActivityId("HEAD-" + unit.Value), "Bí thư Đảng ủy " + unit.Value, CommitteeKind.PartyCommittee, ReceptionLevel.Commune, unit);
            records.Add(new CitizenReception(Id("RC", r), head, Day(random, 2024), ReceptionKind.Periodic, AdHocTrigger.None, askedBy[r], askedBy[r] - not, ["Đất đai"]));
        }

        long value = 0;
        int g = 0;
        for (long left = BinhThuan2024GiftCount; left > 0; g++)
        {
            long n = Math.Min(left, 100 + random.Next(400));
            records.Add(Delivery(Id("GF", g), communes, random, SupportKind.Gift, BeneficiaryGroup.PoorHousehold, n, n * 300_000L, "Quà Tết 300.000 đồng/suất"));
            value += n * 300_000L;
            left -= n;
        }

        int s = 0;
        for (int left = scholarships; left > 0; s++)
        {
            int n = Math.Min(left, 5 + random.Next(20));
            records.Add(Delivery(Id("SC", s), communes, random, SupportKind.Scholarship, BeneficiaryGroup.StudentsInDifficulty, n, n * 2_000_000L, "Học bổng"));
            value += n * 2_000_000L;
            left -= n;
        }

        // 40 repairs at 50 million, the rest built at 152-171 million (whole millions); the last house's value
        // closes the total, so the sample is exactly the 165,340,000,000 đồng the report rounded to 165,34 tỷ.
        int repairsLeft = Math.Min(40, houses);
        for (int h = 0; h < houses; h++)
        {
            bool built = random.Next(houses - h) >= repairsLeft;
            repairsLeft -= built ? 0 : 1;
            long each = built ? 152_000_000 + (random.Next(20) * 1_000_000L) : 50_000_000;
            if (h == houses - 1)
            {
                each = BinhThuan2024SupportDong - value;
            }

            records.Add(Delivery(Id("HS", h), communes, random, built ? SupportKind.HouseBuilt : SupportKind.HouseRepaired, BeneficiaryGroup.PoorHousehold, 1, each, built ? "Nhà Đại đoàn kết" : "Sửa chữa nhà"));
            value += each;
        }

        return records;
    }

    /// <summary>
    /// Bình Thuận 2023 (ten years of Regulation 217-QĐ/TW, 2013-12-12 to 2023-12-31): <paramref name="supervisions"/>
    /// supervision sessions and <paramref name="criticisms"/> social criticisms by the Front and the
    /// socio-political organisations on the communes, with <paramref name="recommendations"/> recommendations
    /// among them, and <paramref name="coreTeams"/> political core teams with <paramref name="coreMembers"/>
    /// members in all. The report's "hơn 3.500" and "hơn 6.000" are admitted by the sample defaults 3,512 and 6,048.
    /// </summary>
    /// <param name="communes">The communes.</param>
    /// <param name="supervisions">The supervision sessions.</param>
    /// <param name="criticisms">The social criticisms.</param>
    /// <param name="recommendations">The recommendations they made.</param>
    /// <param name="coreTeams">The core teams.</param>
    /// <param name="coreMembers">Their members.</param>
    /// <param name="seed">The seed.</param>
    /// <returns>The records.</returns>
    public static IReadOnlyList<IActivityRecord> BinhThuan2023(
        IReadOnlyList<UnitCode> communes, int supervisions = 3_512, int criticisms = 316, int recommendations = 6_048, int coreTeams = 9, int coreMembers = 327, int seed = 2023)
    {
        ArgumentNullException.ThrowIfNull(communes);
        var random = new Random(seed);
        var records = new List<IActivityRecord>();
        var start = new LocalDate(2013, 12, 12);
        int days = Period.DaysBetween(start, new LocalDate(2023, 12, 31)) + 1;
        int sessions = supervisions + criticisms;
        int made = 0;
        for (int i = 0; i < sessions; i++)
        {
            // Every session makes one recommendation, and a random choice of exactly (recommendations - sessions)
            // of them a second one (selection sampling).
            int n = 1 + (random.Next(sessions - i) < recommendations - sessions - (made - i) ? 1 : 0);
            var ids = new ActivityId[n];
            for (int k = 0; k < ids.Length; k++)
            {
                ids[k] = Id("KN", made + k);
            }

            made += ids.Length;
            var unit = communes[random.Next(communes.Count)];
            var date = start.PlusDays(random.Next(days));
            var organiser = SupervisingOrganisations.All[random.Next(SupervisingOrganisations.All.Count)];
            records.Add(i < supervisions
                ? new SupervisionSession(Id("GS", i), unit, date, organiser, "Việc thực hiện chính sách an sinh xã hội", SupervisionForm.DocumentReview, ids)
                : new SocialCriticism(Id("PB", i - supervisions), unit, date, organiser, DraftReference.ForTitle("Dự thảo kế hoạch số " + (i - supervisions + 1).ToString(CultureInfo.InvariantCulture)), SocialCriticismForm.Conference, ids));
        }

        int member = 0;
        for (int t = 0; t < coreTeams; t++)
        {
            int size = t == coreTeams - 1 ? coreMembers - member : coreMembers / coreTeams;
            var members = new string[size];
            for (int m = 0; m < size; m++)
            {
                members[m] = "Thành viên " + (member + m + 1).ToString("D3", CultureInfo.InvariantCulture);
            }

            member += size;
            records.Add(new PoliticalCoreTeam(Id("NC", t), communes[random.Next(communes.Count)], start.PlusDays(random.Next(days)), "Tổ nòng cốt chính trị số " + (t + 1).ToString(CultureInfo.InvariantCulture), members[0], members));
        }

        return records;
    }

    /// <summary>The Bình Thuận Provincial People's Council (illustrative id).</summary>
    public static CommitteeId BinhThuanCouncil { get; } = new("60-HDND");

    /// <summary>
    /// Bình Thuận's Provincial People's Council terms IX (2011–2016), X (2016–2021) and XI (2021–2026) and
    /// dated resolutions in them: <paramref name="ninth"/>, <paramref name="tenth"/> and
    /// <paramref name="eleventh"/> (the last up to 2023-12-31). The report gave 505 in all; the division among
    /// the terms is a sample, not the real one.
    /// </summary>
    /// <param name="ninth">Resolutions of the IX term.</param>
    /// <param name="tenth">Resolutions of the X term.</param>
    /// <param name="eleventh">Resolutions of the XI term by 2023-12-31.</param>
    /// <param name="seed">The seed.</param>
    /// <returns>The terms and the resolutions.</returns>
    public static (IReadOnlyList<CouncilTerm> Terms, IReadOnlyList<DirectiveDocument> Resolutions) BinhThuanCouncilResolutions(int ninth = 170, int tenth = 182, int eleventh = 153, int seed = 505)
    {
        var random = new Random(seed);
        var terms = new[]
        {
            new CouncilTerm(BinhThuanCouncil, "Khóa IX", new DateInterval(new LocalDate(2011, 7, 1), new LocalDate(2016, 6, 30))),
            new CouncilTerm(BinhThuanCouncil, "Khóa X", new DateInterval(new LocalDate(2016, 7, 1), new LocalDate(2021, 6, 30))),
            new CouncilTerm(BinhThuanCouncil, "Khóa XI", new DateInterval(new LocalDate(2021, 7, 1), new LocalDate(2026, 6, 30))),
        };
        var counts = new[] { ninth, tenth, eleventh };
        var resolutions = new List<DirectiveDocument>();
        for (int t = 0; t < terms.Length; t++)
        {
            var end = t == 2 ? new LocalDate(2023, 12, 31) : terms[t].Period.End;
            int days = Period.DaysBetween(terms[t].Period.Start, end) + 1;
            for (int r = 0; r < counts[t]; r++)
            {
                var issued = terms[t].Period.Start.PlusDays(random.Next(days));
                resolutions.Add(new DirectiveDocument(
                    DocumentNumber.State(resolutions.Count + 1, "NQ", "HĐND"), DocumentTypes.StateResolution, BinhThuanCouncil, issued,
                    "Nghị quyết số " + (resolutions.Count + 1).ToString(CultureInfo.InvariantCulture), []));
            }
        }

        return (terms, resolutions);
    }

    /// <summary>The Party Central Committee and its Secretariat, issuer "TW" of the Party's national documents.</summary>
    public static CommitteeId CentralCommittee { get; } = new("TW");

    /// <summary>
    /// The national documents Bình Thuận reviewed in 2023: Resolution 25-NQ/TW of the Central Committee
    /// (2013-06-03) on the Party's leadership of mass mobilization work, and Conclusion 43-KL/TW of the
    /// Secretariat (2019-01-07), which continues it.
    /// </summary>
    /// <returns>The two documents, Resolution 25 first.</returns>
    public static IReadOnlyList<DirectiveDocument> MassMobilizationDirectives()
    {
        var resolution = new DirectiveDocument(
            DocumentNumber.Party(25, "NQ", "TW"), DocumentTypes.PartyResolution, CentralCommittee, new LocalDate(2013, 6, 3),
            "Về tăng cường và đổi mới sự lãnh đạo của Đảng đối với công tác dân vận trong tình hình mới", []);
        var conclusion = new DirectiveDocument(
            DocumentNumber.Party(43, "KL", "TW"), DocumentTypes.PartyConclusion, CentralCommittee, new LocalDate(2019, 1, 7),
            "Về tiếp tục thực hiện Nghị quyết số 25-NQ/TW", [new DocumentLink(DocumentLinkKind.Continues, resolution.Number)]);
        return [resolution, conclusion];
    }

    /// <summary>The number of Bình Thuận's Decision 3406/QĐ-UBND on democracy in land recovery.</summary>
    public static DocumentNumber BinhThuanDecision3406 { get; } = DocumentNumber.State(3406, "QĐ", "UBND");

    /// <summary>
    /// Bình Thuận's grassroots-democracy programme over the ten years reviewed in 2023 (2013-12-12 to
    /// 2023-12-31), kept at the province, with Decision 3406/QĐ-UBND on democracy in land recovery attached
    /// to it. The docs give no issue date for the decision: it is attached on the last day of the period,
    /// a sample date, not the real one.
    /// </summary>
    /// <param name="province">The province's unit.</param>
    /// <returns>The programme.</returns>
    public static Programme BinhThuanGrassrootsDemocracy(UnitCode province)
    {
        var period = new DateInterval(new LocalDate(2013, 12, 12), new LocalDate(2023, 12, 31));
        return new Programme(new ActivityId("60-QCDC"), province, ProgrammeKind.Scheme, "Thực hiện dân chủ ở cơ sở", period, null)
            .Attach(BinhThuanDecision3406.ToString(), period.End);
    }

    /// <summary>Bình Dương (9 district-level units, 91 communes; codes illustrative).</summary>
    /// <returns>The province.</returns>
    public static SeedProvince BinhDuong() => AggregationSeeds.Province("74", "Bình Dương", 9, 91);

    /// <summary>
    /// Bình Dương's Scheme 02 (Đề án 02, 2021–2025, "mass mobilization for a cultured, civilised way of
    /// life"), kept at the province, with <paramref name="models"/> new models attached on dates inside it
    /// (model ids illustrative).
    /// </summary>
    /// <param name="province">The province's unit.</param>
    /// <param name="models">The models attached.</param>
    /// <param name="seed">The seed.</param>
    /// <returns>The programme.</returns>
    public static Programme BinhDuongScheme02(UnitCode province, int models = 47, int seed = 74)
    {
        var random = new Random(seed);
        var period = new DateInterval(new LocalDate(2021, 1, 1), new LocalDate(2025, 12, 31));
        var programme = new Programme(new ActivityId("DA-02"), province, ProgrammeKind.Scheme, "Đề án 02: Dân vận xây dựng nếp sống văn hóa, văn minh", period, null);
        for (int m = 0; m < models; m++)
        {
            programme = programme.Attach("BD-M" + (m + 1).ToString("D4", CultureInfo.InvariantCulture), period.Start.PlusDays(random.Next(1400)));
        }

        return programme;
    }

    private static SupportDelivery Delivery(ActivityId id, IReadOnlyList<UnitCode> communes, Random random, SupportKind kind, BeneficiaryGroup group, long quantity, long dong, string description) =>
        new(id, communes[random.Next(communes.Count)], Day(random, 2024), kind, group, quantity, VndAmount.FromDong(dong), FundingSource.SocialMobilization, description);

    private static LocalDate Day(Random random, int year) => new LocalDate(year, 1, 1).PlusDays(random.Next(365));

    private static ActivityId Id(string prefix, int index) => new(prefix + (index + 1).ToString("D5", CultureInfo.InvariantCulture));
}
