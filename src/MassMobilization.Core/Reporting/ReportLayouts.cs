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

    /// <summary>
    /// Gets the layout of a progress report with the awards broken down by authority and form: everything in
    /// <see cref="Standard"/> and, for every built-in awarding authority (<see cref="Awards.AwardingAuthority.Standard"/>), the
    /// collectives, individuals and typical models awarded in each form it may give (<see cref="AwardIndicators.ByAuthority"/>;
    /// feed it with <see cref="AwardIndicators.Records(IEnumerable{Awards.AwardDecision}, ReportingPeriod, NodaTime.LocalDate, Organization.OrganizationChart, bool)"/>).
    /// </summary>
    public static ReportLayout WithAwards { get; } = ReportLayout.Create(ModelIndicators.StandardFields, AwardLayoutIndicators());

    private static List<Indicator> AwardLayoutIndicators()
    {
        var indicators = new List<Indicator>(Standard.Indicators.Indicators);
        indicators.AddRange(AwardIndicators.ByAuthority(Awards.AwardingAuthority.Standard));
        return indicators;
    }

    private static List<Indicator> ActivityLayoutIndicators()
    {
        var indicators = new List<Indicator>(Standard.Indicators.Indicators);
        indicators.AddRange(ActivityIndicators.All);
        return indicators;
    }
}
