using System;
using System.Collections.Generic;
using System.Globalization;
using Ardalis.GuardClauses;

namespace MassMobilization.Core.Mobilization;

/// <summary>
/// Registers models and exemplars for a registering body: checks completeness (every item of the
/// registration form, docs/mobilization.md "Registration", all problems at once), the field against the body's catalogue, duplicates against
/// the models already registered, and a declared replication's source.
/// </summary>
public sealed class ModelRegistrar
{
    /// <summary>Creates a registrar.</summary>
    /// <param name="catalogue">The fields the body accepts.</param>
    /// <param name="duplicateRule">When a registration duplicates an existing model.</param>
    /// <param name="authority">The recognition authority given to the registered models.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public ModelRegistrar(ModelFieldCatalogue catalogue, DuplicateRule duplicateRule, RecognitionAuthority authority)
    {
        Guard.Against.Null(catalogue);
        Guard.Against.Null(duplicateRule);
        Guard.Against.Null(authority);
        Catalogue = catalogue;
        DuplicateRule = duplicateRule;
        Authority = authority;
    }

    /// <summary>Gets a registrar with the standard fields, the default duplicate rule and the default authority.</summary>
    public static ModelRegistrar Default { get; } = new(ModelFieldCatalogue.Standard, DuplicateRule.Default, RecognitionAuthority.Default);

    /// <summary>Gets the fields accepted.</summary>
    public ModelFieldCatalogue Catalogue { get; }

    /// <summary>Gets the duplicate rule.</summary>
    public DuplicateRule DuplicateRule { get; }

    /// <summary>Gets the recognition authority.</summary>
    public RecognitionAuthority Authority { get; }

    /// <summary>Checks a model registration and reports every missing or invalid item at once.</summary>
    /// <param name="registration">The registration.</param>
    /// <param name="existing">The models already registered (for duplicates, id clashes and replication sources).</param>
    /// <returns>The check.</returns>
    /// <exception cref="ArgumentNullException">An argument or an existing model is null.</exception>
    public RegistrationCheckResult Check(ModelRegistration registration, IEnumerable<MobilizationModel> existing)
    {
        Guard.Against.Null(registration);
        Guard.Against.Null(existing);
        var models = Preconditions.CheckNotNullElements(existing, nameof(existing));
        var problems = new List<RegistrationProblem>();
        var r = registration;
        CheckCommon<MobilizationModel, MobilizationModelId, ModelRegistration>(problems, r, models, "model", "the model's name", "the owner (collective or individual) and its unit");
        Text(problems, RegistrationItem.Situation, r.Situation, "the situation and reason");
        CheckGoals(problems, r.Goals);
        Text(problems, RegistrationItem.ContentAndMethod, r.ContentAndMethod, "the content and method");
        Text(problems, RegistrationItem.Area, r.Area, "the area");
        Text(problems, RegistrationItem.Beneficiaries, r.Beneficiaries, "the beneficiaries");
        Text(problems, RegistrationItem.LeadForce, r.LeadForce, "the lead force");
        List(problems, RegistrationItem.CoordinatingForces, r.CoordinatingForces, "the coordinating forces");
        List(problems, RegistrationItem.ParticipatingForces, r.ParticipatingForces, "the participating forces");
        Text(problems, RegistrationItem.Resources, r.Resources, "the resources");
        List(problems, RegistrationItem.VerifiableOutputs, r.VerifiableOutputs, "the verifiable outputs");
        Text(problems, RegistrationItem.Sustainability, r.Sustainability, "the ability to sustain and replicate");
        CheckReplication(problems, r, models);

        var duplicates = FindDuplicates(r, models);
        foreach (var duplicate in duplicates)
        {
            problems.Add(new RegistrationProblem(
                RegistrationItem.Name,
                MobilizationRuleCodes.Duplicate,
                $"'{r.Name}' duplicates model {duplicate.Existing} '{duplicate.ExistingName}' already run in unit {duplicate.Unit} by {duplicate.ExistingOwner}."));
        }

        return new RegistrationCheckResult(problems.AsReadOnly(), duplicates);
    }

    /// <summary>Checks an exemplar registration and reports every missing or invalid item at once.</summary>
    /// <param name="registration">The registration.</param>
    /// <returns>The check.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="registration"/> is null.</exception>
    public RegistrationCheckResult Check(ExemplarRegistration registration)
    {
        Guard.Against.Null(registration);
        var problems = new List<RegistrationProblem>();
        var r = registration;
        CheckCommon<Exemplar, ExemplarId, ExemplarRegistration>(problems, r, Array.Empty<Exemplar>(), "exemplar", "the exemplar's title", "the collective or individual and its unit");
        Text(problems, RegistrationItem.Achievements, r.Achievements, "the achievements");
        List(problems, RegistrationItem.Evidence, r.Evidence, "the evidence");
        return new RegistrationCheckResult(problems.AsReadOnly(), Array.Empty<DuplicateMatch>());
    }

    /// <summary>Finds the existing models a registration duplicates, under <see cref="DuplicateRule"/>.</summary>
    /// <param name="registration">The registration; without a name, owner or date nothing can match.</param>
    /// <param name="existing">The models already registered.</param>
    /// <returns>The matches, in the order of <paramref name="existing"/>.</returns>
    /// <exception cref="ArgumentNullException">An argument or an existing model is null.</exception>
    public IReadOnlyList<DuplicateMatch> FindDuplicates(ModelRegistration registration, IEnumerable<MobilizationModel> existing)
    {
        Guard.Against.Null(registration);
        Guard.Against.Null(existing);
        return FindDuplicates(registration, Preconditions.CheckNotNullElements(existing, nameof(existing)));
    }

    /// <summary>Registers a model, checking everything <see cref="Check(ModelRegistration, IEnumerable{MobilizationModel})"/> checks.</summary>
    /// <param name="registration">The registration.</param>
    /// <param name="existing">The models already registered.</param>
    /// <returns>The model, in state <see cref="ModelState.Registered"/>.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="DomainRuleException">The registration has problems (<see cref="MobilizationRuleCodes.RegistrationInvalid"/>); the message lists all of them.</exception>
    public MobilizationModel Register(ModelRegistration registration, IEnumerable<MobilizationModel> existing)
    {
        Guard.Against.Null(registration);
        Guard.Against.Null(existing);
        return TryRegister(registration, existing).GetValueOrThrow();
    }

    /// <summary>Tries to register a model.</summary>
    /// <param name="registration">The registration.</param>
    /// <param name="existing">The models already registered.</param>
    /// <returns>The model, or every problem.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public RegistrationResult<MobilizationModel> TryRegister(ModelRegistration registration, IEnumerable<MobilizationModel> existing)
    {
        Guard.Against.Null(registration);
        Guard.Against.Null(existing);
        var check = Check(registration, existing);
        return new(check.IsValid ? MobilizationModel.Create(registration, Authority) : null, check);
    }

    /// <summary>Registers an exemplar.</summary>
    /// <param name="registration">The registration.</param>
    /// <returns>The exemplar, in state <see cref="ModelState.Registered"/>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="registration"/> is null.</exception>
    /// <exception cref="DomainRuleException">The registration has problems; the message lists all of them.</exception>
    public Exemplar RegisterExemplar(ExemplarRegistration registration)
    {
        Guard.Against.Null(registration);
        return TryRegisterExemplar(registration).GetValueOrThrow();
    }

    /// <summary>Tries to register an exemplar.</summary>
    /// <param name="registration">The registration.</param>
    /// <returns>The exemplar, or every problem.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="registration"/> is null.</exception>
    public RegistrationResult<Exemplar> TryRegisterExemplar(ExemplarRegistration registration)
    {
        Guard.Against.Null(registration);
        var check = Check(registration);
        return new(check.IsValid ? Exemplar.Create(registration, Authority) : null, check);
    }

    private DuplicateMatch[] FindDuplicates(ModelRegistration r, MobilizationModel[] models)
    {
        if (string.IsNullOrWhiteSpace(r.Name) || r.Owner is null || r.RegisteredOn is not { } date)
        {
            return Array.Empty<DuplicateMatch>();
        }

        var rule = DuplicateRule;
        string name = rule.Names.Normalize(r.Name);
        var matches = new List<DuplicateMatch>();
        foreach (var model in models)
        {
            if (model.Unit != r.Owner.Unit
                || (rule.RequireSameField && (r.Field is null || !string.Equals(model.Field.Code, r.Field.Code, StringComparison.Ordinal)))
                || (!rule.IncludeSameOwner && model.Owner.Equals(r.Owner)))
            {
                continue;
            }

            var state = model.StateAsOf(date);
            if (state == ModelState.None || (!rule.IncludeEndedModels && ModelLifecycle.IsEnd(state)))
            {
                continue;
            }

            if (string.Equals(rule.Names.Normalize(model.Name), name, StringComparison.Ordinal))
            {
                matches.Add(new DuplicateMatch(model.Id, model.Name, model.Owner, model.Unit, name));
            }
        }

        return matches.ToArray();
    }

    /// <summary>The items every registration has, in form order: id (and its clash with an existing one), name, owner, level, field, dates.</summary>
    private void CheckCommon<TSubject, TId, TRegistration>(
        List<RegistrationProblem> problems, TRegistration r, TSubject[] existing, string kind, string nameWhat, string ownerWhat)
        where TSubject : RegisteredSubject<TSubject, TId, TRegistration>
        where TId : struct, IEquatable<TId>, IComparable<TId>
        where TRegistration : SubjectRegistration<TId>
    {
        if (r.Id is not { } id || id.Equals(default))
        {
            Missing(problems, RegistrationItem.Id, $"the {kind}'s id");
        }
        else
        {
            foreach (var subject in existing)
            {
                if (subject.Id.Equals(id))
                {
                    Invalid(problems, RegistrationItem.Id, $"The id {id} is already used by '{subject.Name}'.");
                    break;
                }
            }
        }

        Text(problems, RegistrationItem.Name, r.Name, nameWhat);
        if (r.Owner is null)
        {
            Missing(problems, RegistrationItem.Owner, ownerWhat);
        }

        if (r.Level is not { IsDefault: false })
        {
            Missing(problems, RegistrationItem.Level, "the registering level");
        }

        CheckField(problems, r.Field);
        CheckDates(problems, r.RegisteredOn, r.Period);
    }

    private void CheckField(List<RegistrationProblem> problems, ModelField? field)
    {
        if (field is null)
        {
            Missing(problems, RegistrationItem.Field, "the field");
        }
        else if (!Catalogue.Contains(field))
        {
            problems.Add(new RegistrationProblem(RegistrationItem.Field, MobilizationRuleCodes.FieldUnknown, $"The field '{field.Code}' is not in the catalogue in use."));
        }
    }

    private static void CheckDates(List<RegistrationProblem> problems, NodaTime.LocalDate? registeredOn, NodaTime.DateInterval? period)
    {
        if (registeredOn is null)
        {
            Missing(problems, RegistrationItem.RegisteredOn, "the registration date");
        }

        if (period is null)
        {
            Missing(problems, RegistrationItem.Period, "the registration period and timeline");
        }
        else if (registeredOn is { } date && date > period.End)
        {
            Invalid(problems, RegistrationItem.Period, string.Create(CultureInfo.InvariantCulture, $"The period ended on {period.End:uuuu-MM-dd}, before the registration date {date:uuuu-MM-dd}."));
        }
    }

    private static void CheckGoals(List<RegistrationProblem> problems, IReadOnlyList<ModelGoal> goals)
    {
        if (goals.Count == 0)
        {
            Missing(problems, RegistrationItem.Goals, "the goals with evaluation criteria");
            return;
        }

        for (int i = 0; i < goals.Count; i++)
        {
            var goal = goals[i];
            if (string.IsNullOrWhiteSpace(goal.Goal))
            {
                Invalid(problems, RegistrationItem.Goals, $"Goal {i + 1} is blank.");
            }

            if (goal.Criteria.Count == 0)
            {
                Invalid(problems, RegistrationItem.Goals, $"Goal {i + 1} has no evaluation criteria.");
            }

            for (int j = 0; j < goal.Criteria.Count; j++)
            {
                if (string.IsNullOrWhiteSpace(goal.Criteria[j]))
                {
                    Invalid(problems, RegistrationItem.Goals, $"Criterion {j + 1} of goal {i + 1} is blank.");
                }
            }
        }
    }

    private static void CheckReplication(List<RegistrationProblem> problems, ModelRegistration r, MobilizationModel[] models)
    {
        if (r.ReplicationOf is not { } source)
        {
            return;
        }

        if (r.Id is { } id && id == source)
        {
            Invalid(problems, RegistrationItem.ReplicationOf, "A model cannot be a replication of itself.");
            return;
        }

        foreach (var model in models)
        {
            if (model.Id == source)
            {
                if (r.RegisteredOn is { } date && model.StatusAsOf(date).RecognisedLevel is null)
                {
                    problems.Add(new RegistrationProblem(
                        RegistrationItem.ReplicationOf,
                        MobilizationRuleCodes.ReplicationSourceInvalid,
                        string.Create(CultureInfo.InvariantCulture, $"The source model {source} was not recognised on {date:uuuu-MM-dd}; only recognised models are replicated.")));
                }

                return;
            }
        }

        problems.Add(new RegistrationProblem(RegistrationItem.ReplicationOf, MobilizationRuleCodes.ReplicationSourceInvalid, $"The source model {source} is not among the registered models."));
    }

    private static void Text(List<RegistrationProblem> problems, RegistrationItem item, string? value, string what)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            Missing(problems, item, what);
        }
    }

    private static void List(List<RegistrationProblem> problems, RegistrationItem item, IReadOnlyList<string> values, string what)
    {
        if (values.Count == 0)
        {
            Missing(problems, item, what);
            return;
        }

        for (int i = 0; i < values.Count; i++)
        {
            if (string.IsNullOrWhiteSpace(values[i]))
            {
                Invalid(problems, item, $"Entry {i + 1} of {what} is blank.");
            }
        }
    }

    private static void Missing(List<RegistrationProblem> problems, RegistrationItem item, string what) =>
        problems.Add(new RegistrationProblem(item, MobilizationRuleCodes.ItemMissing, $"The registration has no {what}."));

    private static void Invalid(List<RegistrationProblem> problems, RegistrationItem item, string message) =>
        problems.Add(new RegistrationProblem(item, MobilizationRuleCodes.ItemInvalid, message));
}
