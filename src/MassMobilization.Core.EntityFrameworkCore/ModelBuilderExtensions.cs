using System;
using MassMobilization.Core.Activities;
using MassMobilization.Core.Aggregation;
using MassMobilization.Core.Documents;
using MassMobilization.Core.Mobilization;
using MassMobilization.Core.Organization;
using Microsoft.EntityFrameworkCore;

namespace MassMobilization.Core.EntityFrameworkCore;

/// <summary>
/// Adds the reference schema (units, committees, successions, indicator records, documents, partial entries,
/// award decisions, mobilization models, support deliveries) to any
/// context, so that an application can keep the library's tables in its own <see cref="DbContext"/>
/// (see docs/persistence.md, "Map your own context").
/// </summary>
public static class ModelBuilderExtensions
{
    private const int NameMaxLength = 256;

    /// <summary>Configures the reference schema's tables, columns, keys and unique indexes. Call it from <c>OnModelCreating</c>.</summary>
    /// <param name="modelBuilder">The model builder of your context.</param>
    /// <returns><paramref name="modelBuilder"/>, for chaining.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="modelBuilder"/> is null.</exception>
    public static ModelBuilder ApplyMassMobilizationConfiguration(this ModelBuilder modelBuilder)
    {
        ArgumentNullException.ThrowIfNull(modelBuilder);
        modelBuilder.Entity<StoredUnit>(unit =>
        {
            unit.ToTable(MassMobilizationTables.Units);
            unit.HasKey(u => u.Id);
            unit.Property(u => u.Id).HasColumnName("id");
            unit.Property(u => u.Code).HasColumnName("code").HasMaxLength(UnitCode.MaxLength).IsRequired();
            unit.Property(u => u.VietnameseName).HasColumnName("vietnamese_name").HasMaxLength(NameMaxLength).IsRequired();
            unit.Property(u => u.EnglishName).HasColumnName("english_name").HasMaxLength(NameMaxLength).IsRequired();
            unit.Property(u => u.KindCode).HasColumnName("kind_code").HasMaxLength(32).IsRequired();
            unit.Property(u => u.ParentCode).HasColumnName("parent_code").HasMaxLength(UnitCode.MaxLength);
            unit.Property(u => u.ValidFrom).HasColumnName("valid_from");
            unit.Property(u => u.ValidTo).HasColumnName("valid_to");

            // A code names one unit version per validity start; overlapping versions are refused when the chart is built.
            unit.HasIndex(u => new { u.Code, u.ValidFrom }).IsUnique().HasDatabaseName("ux_units_code_valid_from");
        });
        modelBuilder.Entity<StoredSuccession>(succession =>
        {
            succession.ToTable(MassMobilizationTables.UnitSuccessions);
            succession.HasKey(s => s.Id);
            succession.Property(s => s.Id).HasColumnName("id");
            succession.Property(s => s.Kind).HasColumnName("kind").HasMaxLength(16).IsRequired();
            succession.Property(s => s.EffectiveDate).HasColumnName("effective_date");
            succession.HasMany(s => s.Parts).WithOne().HasForeignKey(p => p.SuccessionId).OnDelete(DeleteBehavior.Cascade);
        });
        modelBuilder.Entity<StoredSuccessionPart>(part =>
        {
            part.ToTable(MassMobilizationTables.UnitSuccessionParts);
            part.HasKey(p => p.Id);
            part.Property(p => p.Id).HasColumnName("id");
            part.Property(p => p.SuccessionId).HasColumnName("succession_id");
            part.Property(p => p.Position).HasColumnName("position");
            part.Property(p => p.IsSuccessor).HasColumnName("is_successor");
            part.Property(p => p.UnitCode).HasColumnName("unit_code").HasMaxLength(UnitCode.MaxLength).IsRequired();
            part.Property(p => p.Weight).HasColumnName("weight");
            part.HasIndex(p => new { p.SuccessionId, p.Position }).IsUnique().HasDatabaseName("ux_unit_succession_parts_position");
        });
        modelBuilder.Entity<StoredIndicatorRecord>(record =>
        {
            record.ToTable(MassMobilizationTables.IndicatorRecords);
            record.HasKey(r => r.Id);
            record.Property(r => r.Id).HasColumnName("id");
            record.Property(r => r.Period).HasColumnName("period").HasMaxLength(StoredIndicatorRecord.PeriodMaxLength).IsRequired();
            record.Property(r => r.UnitCode).HasColumnName("unit_code").HasMaxLength(UnitCode.MaxLength).IsRequired();
            record.Property(r => r.IndicatorCode).HasColumnName("indicator_code").HasMaxLength(Indicator.MaxCodeLength).IsRequired();
            record.Property(r => r.Value).HasColumnName("value");
            record.Property(r => r.Denominator).HasColumnName("denominator");

            // Covering on PostgreSQL: the grouped report path reads the period's rows in (unit, indicator) order
            // from the index alone (an index-only scan feeding a streaming GROUP BY), never the table's pages
            // one row at a time (docs/persistence.md, "Reports from the database").
            record.HasIndex(r => new { r.Period, r.UnitCode, r.IndicatorCode })
                .IncludeProperties(r => new { r.Value, r.Denominator })
                .HasDatabaseName("ix_indicator_records_period_unit_indicator");
        });
        modelBuilder.Entity<StoredDocument>(document =>
        {
            document.ToTable(MassMobilizationTables.Documents);
            document.HasKey(d => d.Id);
            document.Property(d => d.Id).HasColumnName("id");
            document.Property(d => d.Registry).HasColumnName("registry").HasMaxLength(StoredDocument.RegistryMaxLength).IsRequired();
            document.Property(d => d.Number).HasColumnName("number").HasMaxLength(DocumentNumber.MaxFormattedLength).IsRequired();
            document.Property(d => d.IssuedOn).HasColumnName("issued_on");
            document.Property(d => d.Title).HasColumnName("title").IsRequired();

            // A number is given once in a registry.
            document.HasIndex(d => new { d.Registry, d.Number }).IsUnique().HasDatabaseName("ux_documents_registry_number");
        });
        modelBuilder.Entity<StoredPartialEntry>(entry =>
        {
            entry.ToTable(MassMobilizationTables.PartialEntries);
            entry.HasKey(e => new { e.PartialKey, e.UnitCode, e.SlotCode });
            entry.Property(e => e.PartialKey).HasColumnName("partial_key").HasMaxLength(StoredPartialEntry.KeyMaxLength);
            entry.Property(e => e.Period).HasColumnName("period").HasMaxLength(StoredIndicatorRecord.PeriodMaxLength).IsRequired();
            entry.Property(e => e.UnitCode).HasColumnName("unit_code").HasMaxLength(UnitCode.MaxLength);
            entry.Property(e => e.SlotCode).HasColumnName("slot_code").HasMaxLength(Indicator.MaxCodeLength + 16);
            entry.Property(e => e.Sum).HasColumnName("sum");
            entry.Property(e => e.Count).HasColumnName("count");
        });
        modelBuilder.Entity<StoredCommittee>(committee =>
        {
            committee.ToTable(MassMobilizationTables.Committees);
            committee.HasKey(c => c.Id);
            committee.Property(c => c.Id).HasColumnName("id");
            committee.Property(c => c.CommitteeId).HasColumnName("committee_id").HasMaxLength(CommitteeId.MaxLength).IsRequired();
            committee.Property(c => c.VietnameseName).HasColumnName("vietnamese_name").HasMaxLength(NameMaxLength).IsRequired();
            committee.Property(c => c.EnglishName).HasColumnName("english_name").HasMaxLength(NameMaxLength).IsRequired();
            committee.Property(c => c.KindCode).HasColumnName("kind_code").HasMaxLength(StoredCommittee.KindCodeMaxLength).IsRequired();
            committee.Property(c => c.KindVietnameseName).HasColumnName("kind_vietnamese_name").HasMaxLength(NameMaxLength).IsRequired();
            committee.Property(c => c.KindEnglishName).HasColumnName("kind_english_name").HasMaxLength(NameMaxLength).IsRequired();
            committee.Property(c => c.UnitCode).HasColumnName("unit_code").HasMaxLength(UnitCode.MaxLength).IsRequired();
            committee.Property(c => c.ValidFrom).HasColumnName("valid_from");
            committee.Property(c => c.ValidTo).HasColumnName("valid_to");

            // An id names one committee version per validity start, as a unit code does.
            committee.HasIndex(c => new { c.CommitteeId, c.ValidFrom }).IsUnique().HasDatabaseName("ux_committees_id_valid_from");
        });
        modelBuilder.Entity<StoredAwardDecision>(decision =>
        {
            decision.ToTable(MassMobilizationTables.AwardDecisions);
            decision.HasKey(d => d.Id);
            decision.Property(d => d.Id).HasColumnName("id");
            decision.Property(d => d.Number).HasColumnName("number").HasMaxLength(DocumentNumber.MaxFormattedLength).IsRequired();
            decision.Property(d => d.DecidedOn).HasColumnName("decided_on");
            decision.Property(d => d.AuthorityId).HasColumnName("authority_id").HasMaxLength(CommitteeId.MaxLength).IsRequired();
            decision.Property(d => d.Level).HasColumnName("level").HasMaxLength(32).IsRequired();
            decision.HasMany(d => d.Recipients).WithOne().HasForeignKey(r => r.DecisionId).OnDelete(DeleteBehavior.Cascade);

            // A deciding authority gives a number once.
            decision.HasIndex(d => new { d.AuthorityId, d.Number }).IsUnique().HasDatabaseName("ux_award_decisions_authority_number");
        });
        modelBuilder.Entity<StoredAwardRecipient>(recipient =>
        {
            recipient.ToTable(MassMobilizationTables.AwardRecipients);
            recipient.HasKey(r => r.Id);
            recipient.Property(r => r.Id).HasColumnName("id");
            recipient.Property(r => r.DecisionId).HasColumnName("decision_id");
            recipient.Property(r => r.Position).HasColumnName("position");
            recipient.Property(r => r.NomineeId).HasColumnName("nominee_id").HasMaxLength(StoredAwardRecipient.NomineeIdMaxLength).IsRequired();
            recipient.Property(r => r.Name).HasColumnName("name").HasMaxLength(NameMaxLength).IsRequired();
            recipient.Property(r => r.RecipientKind).HasColumnName("recipient_kind").HasMaxLength(16).IsRequired();
            recipient.Property(r => r.AwardCode).HasColumnName("award_code").HasMaxLength(32).IsRequired();
            recipient.Property(r => r.Nature).HasColumnName("nature").HasMaxLength(16).IsRequired();
            recipient.Property(r => r.UnitCode).HasColumnName("unit_code").HasMaxLength(UnitCode.MaxLength);
            recipient.Property(r => r.Reason).HasColumnName("reason").IsRequired();
            recipient.Property(r => r.Posthumous).HasColumnName("posthumous");
            recipient.HasIndex(r => new { r.DecisionId, r.Position }).IsUnique().HasDatabaseName("ux_award_recipients_position");

            // One achievement earns one form: a decision names a nominee once per award (AwardRuleCodes.DuplicateRecipient).
            recipient.HasIndex(r => new { r.DecisionId, r.NomineeId, r.AwardCode }).IsUnique().HasDatabaseName("ux_award_recipients_nominee_award");
        });
        modelBuilder.Entity<StoredMobilizationModel>(model =>
        {
            model.ToTable(MassMobilizationTables.MobilizationModels);
            model.HasKey(m => m.Id);
            model.Property(m => m.Id).HasColumnName("id");
            model.Property(m => m.ModelId).HasColumnName("model_id").HasMaxLength(MobilizationModelId.MaxLength).IsRequired();
            model.Property(m => m.Name).HasColumnName("name").IsRequired();
            model.Property(m => m.OwnerKind).HasColumnName("owner_kind").HasMaxLength(16).IsRequired();
            model.Property(m => m.OwnerUnitCode).HasColumnName("owner_unit_code").HasMaxLength(UnitCode.MaxLength).IsRequired();
            model.Property(m => m.OwnerCommitteeId).HasColumnName("owner_committee_id").HasMaxLength(CommitteeId.MaxLength);
            model.Property(m => m.OwnerPersonName).HasColumnName("owner_person_name").HasMaxLength(NameMaxLength);
            model.Property(m => m.Level).HasColumnName("level").HasMaxLength(16).IsRequired();
            model.Property(m => m.LevelAgencyId).HasColumnName("level_agency_id").HasMaxLength(CommitteeId.MaxLength);
            model.Property(m => m.FieldCode).HasColumnName("field_code").HasMaxLength(StoredMobilizationModel.FieldCodeMaxLength).IsRequired();
            model.Property(m => m.FieldVietnameseName).HasColumnName("field_vietnamese_name").HasMaxLength(NameMaxLength).IsRequired();
            model.Property(m => m.FieldEnglishName).HasColumnName("field_english_name").HasMaxLength(NameMaxLength).IsRequired();
            model.Property(m => m.RegisteredOn).HasColumnName("registered_on");
            model.Property(m => m.PeriodStart).HasColumnName("period_start");
            model.Property(m => m.PeriodEnd).HasColumnName("period_end");
            model.Property(m => m.ReplicationOf).HasColumnName("replication_of").HasMaxLength(MobilizationModelId.MaxLength);
            model.Property(m => m.Situation).HasColumnName("situation");
            model.Property(m => m.ContentAndMethod).HasColumnName("content_and_method");
            model.Property(m => m.Area).HasColumnName("area");
            model.Property(m => m.Beneficiaries).HasColumnName("beneficiaries");
            model.Property(m => m.LeadForce).HasColumnName("lead_force");
            model.Property(m => m.Resources).HasColumnName("resources");
            model.Property(m => m.Sustainability).HasColumnName("sustainability");
            model.Property(m => m.CommuneMaximum).HasColumnName("commune_maximum").HasMaxLength(16).IsRequired();
            model.Property(m => m.DistrictMaximum).HasColumnName("district_maximum").HasMaxLength(16).IsRequired();
            model.Property(m => m.ProvinceMaximum).HasColumnName("province_maximum").HasMaxLength(16).IsRequired();
            model.Property(m => m.CentralMaximum).HasColumnName("central_maximum").HasMaxLength(16).IsRequired();
            model.HasMany(m => m.Items).WithOne().HasForeignKey(i => i.ModelRowId).OnDelete(DeleteBehavior.Cascade);
            model.HasMany(m => m.Transitions).WithOne().HasForeignKey(t => t.ModelRowId).OnDelete(DeleteBehavior.Cascade);

            // A model id names one model (the registrar refuses a second registration under it).
            model.HasIndex(m => m.ModelId).IsUnique().HasDatabaseName("ux_mobilization_models_model_id");
        });
        modelBuilder.Entity<StoredModelItem>(item =>
        {
            item.ToTable(MassMobilizationTables.ModelRegistrationItems);
            item.HasKey(i => i.Id);
            item.Property(i => i.Id).HasColumnName("id");
            item.Property(i => i.ModelRowId).HasColumnName("model_row_id");
            item.Property(i => i.List).HasColumnName("list").HasMaxLength(32).IsRequired();
            item.Property(i => i.GoalPosition).HasColumnName("goal_position");
            item.Property(i => i.Position).HasColumnName("position");
            item.Property(i => i.Text).HasColumnName("text").IsRequired();
            item.HasIndex(i => new { i.ModelRowId, i.List, i.GoalPosition, i.Position }).IsUnique().HasDatabaseName("ux_model_registration_items_position");
        });
        modelBuilder.Entity<StoredModelTransition>(transition =>
        {
            transition.ToTable(MassMobilizationTables.ModelTransitions);
            transition.HasKey(t => t.Id);
            transition.Property(t => t.Id).HasColumnName("id");
            transition.Property(t => t.ModelRowId).HasColumnName("model_row_id");
            transition.Property(t => t.Position).HasColumnName("position");
            transition.Property(t => t.Action).HasColumnName("action").HasMaxLength(32).IsRequired();
            transition.Property(t => t.Date).HasColumnName("date");
            transition.Property(t => t.Reason).HasColumnName("reason");
            transition.Property(t => t.Decision).HasColumnName("decision").HasMaxLength(DocumentNumber.MaxFormattedLength);
            transition.Property(t => t.Level).HasColumnName("level").HasMaxLength(16);
            transition.Property(t => t.Place).HasColumnName("place").HasMaxLength(UnitCode.MaxLength);
            transition.HasIndex(t => new { t.ModelRowId, t.Position }).IsUnique().HasDatabaseName("ux_model_transitions_position");
        });
        modelBuilder.Entity<StoredSupportDelivery>(delivery =>
        {
            delivery.ToTable(MassMobilizationTables.SupportDeliveries);
            delivery.HasKey(d => d.Id);
            delivery.Property(d => d.Id).HasColumnName("id");
            delivery.Property(d => d.ActivityId).HasColumnName("activity_id").HasMaxLength(ActivityId.MaxLength).IsRequired();
            delivery.Property(d => d.UnitCode).HasColumnName("unit_code").HasMaxLength(UnitCode.MaxLength).IsRequired();
            delivery.Property(d => d.Date).HasColumnName("date");
            delivery.Property(d => d.Kind).HasColumnName("kind").HasMaxLength(StoredSupportDelivery.NameMaxLength).IsRequired();
            delivery.Property(d => d.Beneficiaries).HasColumnName("beneficiaries").HasMaxLength(StoredSupportDelivery.NameMaxLength).IsRequired();
            delivery.Property(d => d.Quantity).HasColumnName("quantity");
            delivery.Property(d => d.ValueDong).HasColumnName("value_dong");
            delivery.Property(d => d.Source).HasColumnName("source").HasMaxLength(StoredSupportDelivery.NameMaxLength).IsRequired();
            delivery.Property(d => d.Description).HasColumnName("description").IsRequired();

            // An activity id names one record (docs/activities.md "Records").
            delivery.HasIndex(d => d.ActivityId).IsUnique().HasDatabaseName("ux_support_deliveries_activity_id");
            delivery.HasIndex(d => new { d.UnitCode, d.Date }).HasDatabaseName("ix_support_deliveries_unit_date");
        });
        return modelBuilder;
    }
}
