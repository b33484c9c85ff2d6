using MassMobilization.Core.Aggregation;

namespace MassMobilization.Core.Reporting;

/// <summary>The report layouts in common use.</summary>
public static class ReportLayouts
{
    /// <summary>
    /// Gets the layout of a mass mobilization progress report: every standard indicator, the models
    /// registered at each level and in each of the four standard fields, the awards (with the typical models commended) and the social
    /// support figures (gifts, scholarships, houses, value of support).
    /// </summary>
    public static ReportLayout Standard { get; } = ReportLayout.Create(
        ModelIndicators.StandardFields,
        [
            StandardIndicators.CollectivesAwarded, StandardIndicators.IndividualsAwarded, StandardIndicators.DialoguesHeld,
            StandardIndicators.CitizensReceived, StandardIndicators.Gifts, StandardIndicators.Scholarships,
            StandardIndicators.HousesBuiltOrRepaired, StandardIndicators.SupportValue, AwardIndicators.ModelsCommended,
        ]);
}
