using System;
using System.Collections.Generic;
using System.Globalization;
using MassMobilization.Core.Quantities;
using NodaTime;

namespace MassMobilization.Core.Awards;

/// <summary>The statutory base salary (mức lương cơ sở) from a date.</summary>
public sealed record BaseSalaryPeriod
{
    /// <summary>Initializes a new instance of the <see cref="BaseSalaryPeriod"/> class.</summary>
    /// <param name="from">The first day it applies.</param>
    /// <param name="monthly">The monthly amount.</param>
    /// <param name="source">The decree, for example "Decree 73/2024/NĐ-CP".</param>
    /// <exception cref="System.ArgumentNullException">A reference argument is null.</exception>
    public BaseSalaryPeriod(LocalDate from, VndAmount monthly, string source)
    {
        System.ArgumentNullException.ThrowIfNull(source);
        From = from;
        Monthly = monthly;
        Source = source;
    }

    /// <summary>Gets the first day it applies.</summary>
    public LocalDate From { get; }

    /// <summary>Gets the monthly amount.</summary>
    public VndAmount Monthly { get; }

    /// <summary>Gets the decree, for example "Decree 73/2024/NĐ-CP".</summary>
    public string Source { get; }
}

/// <summary>The dated schedule of the statutory base salary; the amount that applies is the one in force on the date of the award decision. Data, not constants.</summary>
public sealed class BaseSalarySchedule
{
    private readonly BaseSalaryPeriod[] periods;

    /// <summary>Creates a schedule.</summary>
    /// <param name="periods">The periods; each lasts until the next one starts.</param>
    /// <exception cref="ArgumentNullException"><paramref name="periods"/> is null.</exception>
    /// <exception cref="ArgumentException">Empty, holds null, two periods start on one day, or an amount is not positive.</exception>
    public BaseSalarySchedule(IEnumerable<BaseSalaryPeriod> periods)
    {
        ArgumentNullException.ThrowIfNull(periods);
        var array = Preconditions.CheckNotNullElements(periods, nameof(periods));
        Preconditions.CheckArgument(array.Length > 0, nameof(periods), "A base salary schedule needs at least one period.");
        Array.Sort(array, (a, b) => a.From.CompareTo(b.From));
        for (int i = 0; i < array.Length; i++)
        {
            Preconditions.CheckArgument(array[i].Monthly.Dong > 0, nameof(periods), $"The base salary from {array[i].From} is not positive.");
            Preconditions.CheckArgument(i == 0 || array[i].From != array[i - 1].From, nameof(periods), $"Two base salaries start on {array[i].From}.");
        }

        this.periods = array;
    }

    /// <summary>
    /// Gets the schedule of domain.md §8: 1,390,000 VND from 2018-07-01 (Decree 72/2018/NĐ-CP); 1,490,000 from
    /// 2019-07-01 (Decree 38/2019/NĐ-CP); 1,800,000 from 2023-07-01 (Decree 24/2023/NĐ-CP); 2,340,000 from
    /// 2024-07-01 (Decree 73/2024/NĐ-CP).
    /// </summary>
    public static BaseSalarySchedule Vietnam { get; } = new(
    [
        new(new LocalDate(2018, 7, 1), VndAmount.FromDong(1_390_000), "Decree 72/2018/NĐ-CP"),
        new(new LocalDate(2019, 7, 1), VndAmount.FromDong(1_490_000), "Decree 38/2019/NĐ-CP"),
        new(new LocalDate(2023, 7, 1), VndAmount.FromDong(1_800_000), "Decree 24/2023/NĐ-CP"),
        new(new LocalDate(2024, 7, 1), VndAmount.FromDong(2_340_000), "Decree 73/2024/NĐ-CP"),
    ]);

    /// <summary>Gets the periods, by start date.</summary>
    public IReadOnlyList<BaseSalaryPeriod> Periods => periods;

    /// <summary>Returns the period in force on a date.</summary>
    /// <param name="date">The date of the award decision.</param>
    /// <returns>The period, or <see langword="null"/> before the first one.</returns>
    public BaseSalaryPeriod? PeriodOn(LocalDate date)
    {
        BaseSalaryPeriod? found = null;
        foreach (var p in periods)
        {
            if (p.From <= date)
            {
                found = p;
            }
        }

        return found;
    }

    /// <summary>Returns a schedule with one more period (for example a new decree).</summary>
    /// <param name="period">The new period.</param>
    /// <returns>The new schedule.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="period"/> is null.</exception>
    public BaseSalarySchedule With(BaseSalaryPeriod period)
    {
        ArgumentNullException.ThrowIfNull(period);
        return new BaseSalarySchedule(new List<BaseSalaryPeriod>(periods) { period });
    }
}

/// <summary>A bonus multiple of the base salary for an award kind and recipient.</summary>
public sealed record BonusCoefficient
{
    /// <summary>Initializes a new instance of the <see cref="BonusCoefficient"/> class.</summary>
    /// <param name="kind">The award kind.</param>
    /// <param name="recipient">The recipient kind.</param>
    /// <param name="multiple">The multiple of the monthly base salary.</param>
    /// <param name="source">Where it comes from.</param>
    /// <param name="unconfirmed">Whether it is unconfirmed.</param>
    /// <exception cref="System.ArgumentNullException">A reference argument is null.</exception>
    public BonusCoefficient(AwardKind kind, RecipientKinds recipient, decimal multiple, string source, bool unconfirmed)
    {
        System.ArgumentNullException.ThrowIfNull(kind);
        System.ArgumentNullException.ThrowIfNull(source);
        Kind = kind;
        Recipient = recipient;
        Multiple = multiple;
        Source = source;
        Unconfirmed = unconfirmed;
    }

    /// <summary>Gets the award kind.</summary>
    public AwardKind Kind { get; }

    /// <summary>Gets the recipient kind.</summary>
    public RecipientKinds Recipient { get; }

    /// <summary>Gets the multiple of the monthly base salary.</summary>
    public decimal Multiple { get; }

    /// <summary>Gets where it comes from.</summary>
    public string Source { get; }

    /// <summary>Gets whether it is unconfirmed.</summary>
    public bool Unconfirmed { get; }
}

/// <summary>A computed bonus with its arithmetic.</summary>
public sealed record BonusAmount
{
    /// <summary>Initializes a new instance of the <see cref="BonusAmount"/> class.</summary>
    /// <param name="amount">The amount paid.</param>
    /// <param name="baseSalary">The monthly base salary applied.</param>
    /// <param name="coefficient">The multiple applied.</param>
    /// <param name="exact">The exact product before rounding, in đồng.</param>
    /// <param name="explanation">For example "0.3 × 2,340,000 VND = 702,000 đồng, rounded up to a multiple of 10,000 → 710,000 VND".</param>
    /// <exception cref="System.ArgumentNullException">A reference argument is null.</exception>
    public BonusAmount(VndAmount amount, BaseSalaryPeriod baseSalary, BonusCoefficient coefficient, decimal exact, string explanation)
    {
        System.ArgumentNullException.ThrowIfNull(baseSalary);
        System.ArgumentNullException.ThrowIfNull(coefficient);
        System.ArgumentNullException.ThrowIfNull(explanation);
        Amount = amount;
        BaseSalary = baseSalary;
        Coefficient = coefficient;
        Exact = exact;
        Explanation = explanation;
    }

    /// <summary>Gets the amount paid.</summary>
    public VndAmount Amount { get; }

    /// <summary>Gets the monthly base salary applied.</summary>
    public BaseSalaryPeriod BaseSalary { get; }

    /// <summary>Gets the multiple applied.</summary>
    public BonusCoefficient Coefficient { get; }

    /// <summary>Gets the exact product before rounding, in đồng.</summary>
    public decimal Exact { get; }

    /// <summary>Gets for example "0.3 × 2,340,000 VND = 702,000 đồng, rounded up to a multiple of 10,000 → 710,000 VND".</summary>
    public string Explanation { get; }
}

/// <summary>
/// Bonus multiples of the base salary per award kind and recipient (domain.md §8), a base-salary schedule
/// and a rounding policy: the bonus for an award on its decision date.
/// </summary>
public sealed class BonusSchedule
{
    private readonly BonusCoefficient[] coefficients;

    /// <summary>Creates a schedule.</summary>
    /// <param name="baseSalary">The base-salary schedule.</param>
    /// <param name="coefficients">The multiples; at most one per kind and recipient.</param>
    /// <param name="rounding">How the exact product is rounded to whole đồng (<see cref="RoundingPolicy.UpToTenThousand"/> by law).</param>
    /// <param name="roundingSource">Where the rounding comes from, for example <see cref="DefaultRoundingSource"/>.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">A collection holds null, a multiple is negative, a recipient is not exactly one kind, two multiples for one kind and recipient, or <paramref name="rounding"/> does not round to whole đồng.</exception>
    public BonusSchedule(BaseSalarySchedule baseSalary, IEnumerable<BonusCoefficient> coefficients, RoundingPolicy rounding, LegalCitation roundingSource)
    {
        ArgumentNullException.ThrowIfNull(baseSalary);
        ArgumentNullException.ThrowIfNull(coefficients);
        ArgumentNullException.ThrowIfNull(rounding);
        ArgumentNullException.ThrowIfNull(roundingSource);
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
    /// Gets the default schedule: <see cref="BaseSalarySchedule.Vietnam"/>, the multiples of domain.md §8
    /// (individual Bằng khen and Giấy khen at half the collective multiple, unconfirmed) and rounding up to 10,000 đồng.
    /// </summary>
    public static BonusSchedule Default { get; } = new(BaseSalarySchedule.Vietnam, DefaultCoefficients(), RoundingPolicy.UpToTenThousand, DefaultRoundingSource);

    /// <summary>Gets the base-salary schedule.</summary>
    public BaseSalarySchedule BaseSalary { get; }

    /// <summary>Gets the multiples.</summary>
    public IReadOnlyList<BonusCoefficient> Coefficients => coefficients;

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
        ArgumentNullException.ThrowIfNull(kind);
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
    public BonusAmount BonusFor(AwardKind kind, RecipientKinds recipient, LocalDate decisionDate)
    {
        ArgumentNullException.ThrowIfNull(kind);
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
