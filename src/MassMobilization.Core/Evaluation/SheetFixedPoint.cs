namespace MassMobilization.Core.Evaluation;

/// <summary>A score sheet's points in <see cref="FixedPoint"/> form, built once with the sheet.</summary>
internal sealed class SheetFixedPoint
{
    private SheetFixedPoint(long[]? basis, long[] bonus, long[] penalty)
    {
        Basis = basis;
        Bonus = bonus;
        Penalty = penalty;
    }

    internal long[]? Basis { get; }

    internal long[] Bonus { get; }

    internal long[] Penalty { get; }

    internal static SheetFixedPoint? TryCreate(CriterionScore[]? basis, decimal[] bonus, decimal[] penalty)
    {
        // A million entries keep every sum inside a long (see FixedPoint.MaxValue).
        if (bonus.Length + penalty.Length > 1_000_000)
        {
            return null;
        }

        long[]? basisFixed = null;
        if (basis is not null)
        {
            basisFixed = new long[basis.Length];
            for (int i = 0; i < basis.Length; i++)
            {
                if (!FixedPoint.TryConvert(basis[i].Points, out basisFixed[i]))
                {
                    return null;
                }
            }
        }

        long[]? bonusFixed = FixedPoint.TryConvertAll(bonus, v => v);
        long[]? penaltyFixed = FixedPoint.TryConvertAll(penalty, v => v);
        return bonusFixed is null || penaltyFixed is null ? null : new SheetFixedPoint(basisFixed, bonusFixed, penaltyFixed);
    }
}
