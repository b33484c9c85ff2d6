using System.Collections.Generic;
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

    /// <summary>
    /// Gets the layout of a progress report with its activity section: everything in <see cref="Standard"/>
    /// and every indicator activity records feed (<see cref="ActivityIndicators.All"/>: receptions,
    /// dialogues, recommendations, supervisions and social criticisms, support, core teams, religious
    /// visits, twinning, grassroots democracy, programmes and council resolutions).
    /// </summary>
    public static ReportLayout WithActivities { get; } = ReportLayout.Create(ModelIndicators.StandardFields, ActivityLayoutIndicators());

    private static List<Indicator> ActivityLayoutIndicators()
    {
        var indicators = new List<Indicator>(Standard.Indicators.Indicators);
        indicators.AddRange(ActivityIndicators.All);
        return indicators;
    }
}
