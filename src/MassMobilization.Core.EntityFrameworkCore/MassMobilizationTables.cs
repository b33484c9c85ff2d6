namespace MassMobilization.Core.EntityFrameworkCore;

/// <summary>
/// The names of the reference schema's tables (bảng dữ liệu), used by the configuration, the migrations
/// and the SQL of the report paths (see docs/persistence.md, "The schema").
/// </summary>
public static class MassMobilizationTables
{
    /// <summary>The versions of administrative units (<see cref="StoredUnit"/>).</summary>
    public const string Units = "units";

    /// <summary>The unit successions (<see cref="StoredSuccession"/>).</summary>
    public const string UnitSuccessions = "unit_successions";

    /// <summary>The predecessors and successors of each succession (<see cref="StoredSuccessionPart"/>).</summary>
    public const string UnitSuccessionParts = "unit_succession_parts";

    /// <summary>The indicator records reports are computed from (<see cref="StoredIndicatorRecord"/>).</summary>
    public const string IndicatorRecords = "indicator_records";

    /// <summary>The registered documents (<see cref="StoredDocument"/>).</summary>
    public const string Documents = "documents";

    /// <summary>The entries of stored mergeable partials (<see cref="StoredPartialEntry"/>).</summary>
    public const string PartialEntries = "partial_entries";

    /// <summary>The versions of committees and bodies attached to units (<see cref="StoredCommittee"/>).</summary>
    public const string Committees = "committees";

    /// <summary>The commendation decisions (<see cref="StoredAwardDecision"/>).</summary>
    public const string AwardDecisions = "award_decisions";

    /// <summary>The recipients of each commendation decision (<see cref="StoredAwardRecipient"/>).</summary>
    public const string AwardRecipients = "award_recipients";

    /// <summary>The "Dân vận khéo" models' registrations (<see cref="StoredMobilizationModel"/>).</summary>
    public const string MobilizationModels = "mobilization_models";

    /// <summary>The items of the models' registration lists (<see cref="StoredModelItem"/>).</summary>
    public const string ModelRegistrationItems = "model_registration_items";

    /// <summary>The steps of the models' lifecycle histories (<see cref="StoredModelTransition"/>).</summary>
    public const string ModelTransitions = "model_transitions";

    /// <summary>The support deliveries: gifts, scholarships, houses (<see cref="StoredSupportDelivery"/>).</summary>
    public const string SupportDeliveries = "support_deliveries";
}
