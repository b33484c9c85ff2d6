using System;
using System.Collections.Generic;
using System.Globalization;
using Ardalis.GuardClauses;
using MassMobilization.Core.Quantities;
using NodaTime;

namespace MassMobilization.Core.Awards;

/// <summary>
/// Bonus multiples of the base salary per award kind and recipient (docs/rules.md, "Awards: bonuses"), a base-salary schedule
/// and a rounding policy: the bonus for an award on its decision date.
/// </summary>
public sealed class BonusSchedule
{
    private readonly BonusCoefficient[] coefficients;
    private IReadOnlyList<BonusCoefficient>? coefficientsView;

    /// <summary>Creates a schedule.</summary>
    /// <param name="baseSalary">The base-salary schedule.</param>
    /// <param name="coefficients">The multiples; at most one per kind and recipient.</param>
    /// <param name="rounding">How the exact product is rounded to whole đồng (<see cref="RoundingPolicy.UpToTenThousand"/> by law).</param>
    /// <param name="roundingSource">Where the rounding comes from, for example <see cref="DefaultRoundingSource"/>.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">A collection holds null, a multiple is negative, a recipient is not exactly one kind, two multiples for one kind and recipient, or <paramref name="rounding"/> does not round to whole đồng.</exception>
    public BonusSchedule(BaseSalarySchedule baseSalary, IEnumerable<BonusCoefficient> coefficients, RoundingPolicy rounding, LegalCitation roundingSource)
    {
        Guard.Against.Null(baseSalary);
        Guard.Against.Null(coefficients);
        Guard.Against.Null(rounding);
        Guard.Against.Null(roundingSource);
        Preconditions.CheckArgument(rounding.Decimals == 0, nameof(rounding), $"A bonus is paid in whole đồng; the policy '{rounding}' rounds to decimals.");
        var array = Preconditions.CheckNotNullElements(coefficients, nameof(coefficients));
        for (int i = 0; i < array.Length; i++)
        {
            Preconditions.CheckArgument(array[i].Multiple >= 0m, nameof(coefficients), $"The multiple for {array[i].Kind.Code} is negative.");
            Preconditions.CheckArgument(array[i].Recipient is RecipientKinds.Individual or RecipientKinds.Collective or RecipientKinds.Household, nameof(coefficients), "A multiple is for exactly one recipient kind.");
            for (int j = 0; j < i; j++)
            {
                Preconditions.CheckArgument(array[j].Kind != array[i].Kind || array[j].Recipient != array[i].Recipient, nameof(coefficients), $"Two multiples for {array[i].Kind.Code} ({array[i].Recipient}).");
            }
        }

        BaseSalary = baseSalary;
        this.coefficients = array;
        Rounding = rounding;
        RoundingSource = roundingSource;
    }

    /// <summary>
    /// Gets the source of the default rounding, up to the next 10,000 đồng: Decree 91/2017/NĐ-CP art. 68(2); assumed
    /// unchanged in Decrees 98/2023 and 152/2025 (unconfirmed), hence a policy.
    /// </summary>
    public static LegalCitation DefaultRoundingSource { get; } = LegalSources.Decree91Of2017.At("art. 68(2); assumed unchanged in Decrees 98/2023 and 152/2025", unconfirmed: true);

    /// <summary>
    /// Gets the default schedule: <see cref="BaseSalarySchedule.Vietnam"/>, the multiples listed in docs/rules.md, "Awards: bonuses"
    /// (individual Bằng khen and Giấy khen at half the collective multiple, unconfirmed) and rounding up to 10,000 đồng.
    /// </summary>
    public static BonusSchedule Default { get; } = new(BaseSalarySchedule.Vietnam, DefaultCoefficients(), RoundingPolicy.UpToTenThousand, DefaultRoundingSource);

    /// <summary>Gets the base-salary schedule.</summary>
    public BaseSalarySchedule BaseSalary { get; }

    /// <summary>Gets the multiples.</summary>
    public IReadOnlyList<BonusCoefficient> Coefficients => coefficientsView ??= ReadOnlyView.Of(coefficients);

    /// <summary>Gets how the exact product is rounded to whole đồng.</summary>
    public RoundingPolicy Rounding { get; }

    /// <summary>Gets where the rounding comes from.</summary>
    public LegalCitation RoundingSource { get; }

    /// <summary>Returns the multiple for a kind and recipient.</summary>
    /// <param name="kind">The kind.</param>
    /// <param name="recipient">The recipient kind.</param>
    /// <returns>The multiple, or <see langword="null"/> when the schedule has none.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="kind"/> is null.</exception>
    public BonusCoefficient? CoefficientFor(AwardKind kind, RecipientKinds recipient)
    {
        Guard.Against.Null(kind);
        foreach (var c in coefficients)
        {
            if (c.Kind == kind && c.Recipient == recipient)
            {
                return c;
            }
        }

        return null;
    }

    /// <summary>Computes the bonus for an award decided on a date.</summary>
    /// <param name="kind">The kind.</param>
    /// <param name="recipient">The recipient kind.</param>
    /// <param name="decisionDate">The date of the award decision (selects the base salary).</param>
    /// <returns>The bonus with its arithmetic.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="kind"/> is null.</exception>
    /// <exception cref="DomainRuleException">No multiple for the kind and recipient (<c>AWD-NO-BONUS-MULTIPLE</c>) or no base salary on the date (<c>AWD-NO-BASE-SALARY</c>).</exception>
    /// <exception cref="OverflowException">The multiple times the base salary does not fit in 64 bits of đồng.</exception>
    public BonusAmount BonusFor(AwardKind kind, RecipientKinds recipient, LocalDate decisionDate)
    {
        Guard.Against.Null(kind);
        var coefficient = CoefficientFor(kind, recipient)
            ?? throw new DomainRuleException(AwardRuleCodes.NoBonusMultiple, $"The bonus schedule has no multiple for {kind.Code} given to a {recipient}.");
        var salary = BaseSalary.PeriodOn(decisionDate)
            ?? throw new DomainRuleException(AwardRuleCodes.NoBaseSalary, $"The base-salary schedule has no amount on {decisionDate.ToString("uuuu-MM-dd", CultureInfo.InvariantCulture)}.");
        decimal exact = coefficient.Multiple * salary.Monthly.Dong;
        var amount = VndAmount.FromDong(checked((long)Rounding.Round(exact)));
        string explanation = FormattableString.Invariant(
            $"{coefficient.Multiple:0.0##} × {salary.Monthly} ({salary.Source}, in force on {decisionDate.ToString("uuuu-MM-dd", CultureInfo.InvariantCulture)}) = {exact:#,0.##} đồng; rounded {Direction(Rounding.Mode)} to a multiple of {Rounding.Increment:#,0} → {amount}");
        return new BonusAmount(amount, salary, coefficient, exact, explanation);
    }

    private static string Direction(RoundingMode mode) => mode switch
    {
        RoundingMode.Ceiling => "up",
        RoundingMode.Floor => "down",
        RoundingMode.Truncate => "toward zero",
        RoundingMode.HalfAwayFromZero => "half away from zero",
        _ => "half to even",
    };

    private static BonusCoefficient[] DefaultCoefficients()
    {
        const string Src = "the bonus tables of Decree 91/2017/NĐ-CP and Decree 98/2023/NĐ-CP (multiples of the base salary)";
        const string Half = "half the collective multiple (unconfirmed)";
        var i = RecipientKinds.Individual;
        var c = RecipientKinds.Collective;
        return
        [
            new(AwardKind.NationalEmulationFighter, i, 4.5m, Src, false),
            new(AwardKind.MinistryProvinceEmulationFighter, i, 3.0m, Src, false),
            new(AwardKind.GrassrootsEmulationFighter, i, 1.0m, Src, false),
            new(AwardKind.AdvancedWorker, i, 0.3m, Src, false),
            new(AwardKind.ExcellentCollective, c, 1.5m, Src, false),
            new(AwardKind.AdvancedCollective, c, 0.8m, Src, false),
            new(AwardKind.ExemplaryCommune, c, 2.0m, Src, false),
            new(AwardKind.CulturalVillage, c, 1.5m, Src, false),
            new(AwardKind.GovernmentEmulationFlag, c, 12m, Src, false),
            new(AwardKind.MinistryProvinceEmulationFlag, c, 8m, Src, false),
            new(AwardKind.PrimeMinisterCertificateOfMerit, c, 7m, Src, false),
            new(AwardKind.PrimeMinisterCertificateOfMerit, i, 3.5m, Half, true),
            new(AwardKind.MinistryProvinceCertificateOfMerit, c, 3m, Src, false),
            new(AwardKind.MinistryProvinceCertificateOfMerit, i, 1.5m, Half, true),
            new(AwardKind.CertificateOfCommendation, c, 0.6m, Src, false),
            new(AwardKind.CertificateOfCommendation, i, 0.3m, Half, true),
            new(AwardKind.LabourOrderThirdClass, c, 9m, Src, false),
        ];
    }
}
