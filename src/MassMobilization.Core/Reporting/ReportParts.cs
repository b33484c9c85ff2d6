using System;
using System.Collections.ObjectModel;
using System.Globalization;
using MassMobilization.Core.Aggregation;
using MassMobilization.Core.Mobilization;
using MassMobilization.Core.Organization;
using MassMobilization.Core.Quantities;

namespace MassMobilization.Core.Reporting;

/// <summary>One unit of a report's hierarchy: the unit, its depth below the unit reported on, and its tally.</summary>
/// <param name="Unit">The unit, as in force on the report date.</param>
/// <param name="Depth">0 for the unit reported on, 1 for its children, and so on.</param>
/// <param name="Tally">The unit's figures, including everything beneath it.</param>
/// <exception cref="ArgumentNullException"><paramref name="Unit"/> or <paramref name="Tally"/> is null.</exception>
public sealed record UnitTally(AdministrativeUnit Unit, int Depth, Tally Tally)
{
    /// <summary>Gets the unit, as in force on the report date.</summary>
    public AdministrativeUnit Unit { get; init; } = Unit ?? throw new ArgumentNullException(nameof(Unit));

    /// <summary>Gets the unit's figures, including everything beneath it.</summary>
    public Tally Tally { get; init; } = Tally ?? throw new ArgumentNullException(nameof(Tally));
}

/// <summary>One figure of the unit reported on: an indicator's value and how many records it was added up from.</summary>
/// <param name="Value">The value (its <see cref="IndicatorValue.Indicator"/> says which indicator).</param>
/// <param name="RecordCount">The number of records of the indicator (of its numerator, for a ratio) in the unit's subtree; zero when nothing was reported.</param>
/// <exception cref="ArgumentNullException"><paramref name="Value"/> is null.</exception>
public sealed record ReportFigure(IndicatorValue Value, long RecordCount)
{
    /// <summary>Gets the value.</summary>
    public IndicatorValue Value { get; init; } = Value ?? throw new ArgumentNullException(nameof(Value));

    /// <summary>Gets the indicator.</summary>
    public Indicator Indicator => Value.Indicator;
}

/// <summary>The models registered in one field by the unit reported on (a bar of the "by field" chart).</summary>
/// <param name="Field">The field.</param>
/// <param name="Count">The models registered in it.</param>
/// <param name="RecordCount">The number of records behind <paramref name="Count"/>; zero when no model of the field was reported.</param>
/// <exception cref="ArgumentNullException"><paramref name="Field"/> is null.</exception>
public sealed record FieldFigure(ModelField Field, long Count, long RecordCount)
{
    /// <summary>Gets the field.</summary>
    public ModelField Field { get; init; } = Field ?? throw new ArgumentNullException(nameof(Field));
}

/// <summary>
/// What of one indicator could not be carried onto the structure of the report date, and why: the
/// entries left against the last unit that held them, each with its origin and reason.
/// </summary>
public sealed class UnallocatedIndicator
{
    internal UnallocatedIndicator(Indicator indicator, long sum, UnallocatedEntry[] entries)
    {
        Indicator = indicator;
        Sum = sum;
        Entries = Array.AsReadOnly(entries);
    }

    /// <summary>Gets the indicator.</summary>
    public Indicator Indicator { get; }

    /// <summary>Gets the amount left out: the sum of the indicator's slot (its numerator, for a ratio), for example the registered models not carried.</summary>
    public long Sum { get; }

    /// <summary>Gets the entries left out (every slot of the indicator), with the units and reasons.</summary>
    public ReadOnlyCollection<UnallocatedEntry> Entries { get; }
}

/// <summary>
/// The figures of a report's summary sentence, read from the tally of the unit reported on: "146 tập thể
/// và 18 cá nhân đăng ký 261 mô hình (7 cấp tỉnh/thành phố, 254 cấp huyện, 0 cấp xã); 185/261 mô hình hoàn
/// thành, đạt 70%; …".
/// </summary>
/// <param name="CollectiveOwners">Distinct collective owners of registered models.</param>
/// <param name="IndividualOwners">Distinct individual owners of registered models.</param>
/// <param name="Registered">Models registered.</param>
/// <param name="AtProvinceLevel">Models registered at province level.</param>
/// <param name="AtDistrictLevel">Models registered at district level.</param>
/// <param name="AtCommuneLevel">Models registered at commune level.</param>
/// <param name="Completed">Models completed of those registered.</param>
/// <param name="Recognised">Models recognised.</param>
/// <param name="Typical">Typical models.</param>
public sealed record ReportSummary(
    long CollectiveOwners, long IndividualOwners, long Registered, long AtProvinceLevel, long AtDistrictLevel, long AtCommuneLevel, Ratio Completed, long Recognised, long Typical)
{
    /// <summary>Reads the summary figures from a tally of the model indicators.</summary>
    /// <param name="tally">The tally.</param>
    /// <returns>The summary.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="tally"/> is null.</exception>
    /// <exception cref="DomainRuleException">Rule <c>AGG-UNKNOWN-INDICATOR</c>: the tally lacks a model indicator.</exception>
    public static ReportSummary From(Tally tally)
    {
        ArgumentNullException.ThrowIfNull(tally);
        return new ReportSummary(
            tally.Count(StandardIndicators.ModelOwnersCollective),
            tally.Count(StandardIndicators.ModelOwnersIndividual),
            tally.Count(StandardIndicators.ModelsRegistered),
            tally.Count(ModelIndicators.AtLevel(ModelLevel.Province)),
            tally.Count(ModelIndicators.AtLevel(ModelLevel.District)),
            tally.Count(ModelIndicators.AtLevel(ModelLevel.Commune)),
            tally.Get(StandardIndicators.ModelsCompletedRate).Ratio,
            tally.Count(StandardIndicators.ModelsRecognised),
            tally.Count(StandardIndicators.ModelsTypical));
    }

    /// <summary>Writes the sentence a Vietnamese report writes.</summary>
    /// <param name="percentages">How the completion rate is written, for example <see cref="PercentageFormat.WholePercentTruncated"/>.</param>
    /// <returns>The sentence.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="percentages"/> is null.</exception>
    public string ToVietnamese(PercentageFormat percentages)
    {
        ArgumentNullException.ThrowIfNull(percentages);
        return string.Create(
            CultureInfo.InvariantCulture,
            $"{CollectiveOwners} tập thể và {IndividualOwners} cá nhân đăng ký {Registered} mô hình "
            + $"({AtProvinceLevel} cấp tỉnh/thành phố, {AtDistrictLevel} cấp huyện, {AtCommuneLevel} cấp xã); "
            + $"{Completed} mô hình hoàn thành, đạt {percentages.Format(Completed)}; {Recognised} mô hình được công nhận, {Typical} mô hình tiêu biểu.");
    }
}
