using MassMobilization.Core.Awards;
using MassMobilization.Core.Documents;
using MassMobilization.Core.Organization;
using MassMobilization.Core.Quantities;
using MassMobilization.Core.Tests.Conventions;
using NodaTime;

namespace MassMobilization.Core.Tests.Awards;

/// <summary>Sample values of the Awards types for the null-argument convention test.</summary>
public sealed class AwardsSamples : ISampleProvider
{
    public void Register(SampleValues samples)
    {
        samples
            .Add(() => AwardKind.AdvancedWorker)
            .Add(() => TaskRating.Good)
            .Add(() => RecipientKinds.Individual)
            .Add(() => LegalSources.Law2022)
            .Add(() => Nominee.Person("a").Rated(2024, TaskRating.Good).Build())
            .Add(() => Nominee.Person("a").Rated(2024, TaskRating.Good).Build().ToCompact())
            .Add(() => new ServiceYear(2024, TaskRating.Good))
            .Add(() => new ReceivedAward(AwardKind.AdvancedWorker, 2024))
            .Add(() => new Initiative(2024, InitiativeScope.Grassroots, "x"))
            .Add(() => new DisciplinePeriod(DisciplineLevel.Reprimand, new DateInterval(new LocalDate(2024, 1, 1), new LocalDate(2024, 6, 30))))
            .Add(() => new MembershipCounts(10, 8, 1, 10, 5, 0))
            .Add(() => BuiltInRuleSets.Law2022Decree98)
            .Add(() => RuleSetCatalogue.BuiltIn)
            .Add(() => EligibilityEvaluator.BuiltIn)
            .Add(() => Quota.Percentage(15m))
            .Add(() => new CouncilVote(15, 13, 15, 13))
            .Add(() => BuiltInRuleSets.Law2022Decree98.VoteRuleFor(AwardKind.GrassrootsEmulationFighter)!)
            .Add(() => BonusSchedule.Default)
            .Add(() => BaseSalarySchedule.Vietnam)
            .Add(() => RoundingPolicy.UpToTenThousand)
            .Add(() => new BaseSalaryPeriod(new LocalDate(2024, 7, 1), VndAmount.FromDong(2_340_000), "Decree 73/2024/NĐ-CP"))
            .Add(() => BonusSchedule.Default.CoefficientFor(AwardKind.AdvancedWorker, RecipientKinds.Individual)!)
            .Add(() => new RuleParameter("count", "3"))
            .Add(() => new AwardRecipient("a", "Nguyễn Văn A", RecipientKinds.Individual, AwardKind.AdvancedWorker))
            .Add(() => new AwardDecision(
                DocumentNumber.State(3406, "QĐ", "UBND"),
                new LocalDate(2025, 1, 15),
                new CommitteeId("92-UBND"),
                AuthorityLevel.MinistryOrProvince,
                [new AwardRecipient("a", "Nguyễn Văn A", RecipientKinds.Individual, AwardKind.MinistryProvinceCertificateOfMerit)]));
    }
}
