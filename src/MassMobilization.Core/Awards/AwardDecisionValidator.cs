using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text;
using Ardalis.GuardClauses;
using MassMobilization.Core.Documents;
using MassMobilization.Core.Organization;
using NodaTime;

namespace MassMobilization.Core.Awards;

/// <summary>
/// Checks an award decision of a Party body, the Fatherland Front or a socio-political organisation before it is made
/// (docs/awards.md): the body exists in the chart on the decision's date (an old commission after its merger does not; its
/// successor is named), its <see cref="AwardingAuthority"/> may give each form on that date, a once-only commemorative medal
/// is not given twice (in this decision or in the earlier decisions given), a medal is not given posthumously, and every
/// recipient exists: a unit or committee in the chart as of the date, or a model in the registry. Validation comes before
/// construction, so a refused decision changes nothing.
/// </summary>
public sealed class AwardDecisionValidator
{
    private readonly HashSet<string> models;
    private readonly AwardingAuthority[] authorities;

    /// <summary>Creates a validator.</summary>
    /// <param name="chart">The organization chart (units, committees and their successions).</param>
    /// <param name="modelIds">The identifiers of the registered models that may be commended.</param>
    /// <param name="authorities">The awarding authorities, or <see langword="null"/> for <see cref="AwardingAuthority.Standard"/>.</param>
    /// <param name="medals">The medal policy, or <see langword="null"/> for <see cref="CommemorativeMedalPolicy.Default"/>.</param>
    /// <exception cref="ArgumentNullException"><paramref name="chart"/> or <paramref name="modelIds"/> is null.</exception>
    /// <exception cref="ArgumentException">A collection holds null.</exception>
    public AwardDecisionValidator(OrganizationChart chart, IEnumerable<string> modelIds, IEnumerable<AwardingAuthority>? authorities = null, CommemorativeMedalPolicy? medals = null)
    {
        Guard.Against.Null(chart);
        Guard.Against.Null(modelIds);
        Chart = chart;
        models = new HashSet<string>(Preconditions.CheckNotNullElements(modelIds, nameof(modelIds)), StringComparer.Ordinal);
        this.authorities = authorities is null ? [.. AwardingAuthority.Standard] : Preconditions.CheckNotNullElements(authorities, nameof(authorities));
        Medals = medals ?? CommemorativeMedalPolicy.Default;
    }

    /// <summary>Gets the chart recipients and bodies are looked up in.</summary>
    public OrganizationChart Chart { get; }

    /// <summary>Gets the medal policy.</summary>
    public CommemorativeMedalPolicy Medals { get; }

    /// <summary>Returns every problem of a proposed decision; an empty list when it may be made.</summary>
    /// <param name="document">The decision's number, for example <c>1250-QĐ/BDVTU</c>.</param>
    /// <param name="date">The date it is signed.</param>
    /// <param name="authority">The deciding body, a committee of the chart.</param>
    /// <param name="recipients">The recipients, in the decision's order.</param>
    /// <param name="earlier">Decisions already made, checked for once-only medals.</param>
    /// <returns>The problems, in recipient order (the caller's own list).</returns>
    /// <exception cref="ArgumentNullException">A reference argument is null.</exception>
    /// <exception cref="ArgumentException">A collection holds null, or <paramref name="document"/> or <paramref name="authority"/> is the default value.</exception>
    public IReadOnlyList<DecisionProblem> Validate(DocumentNumber document, LocalDate date, CommitteeId authority, IEnumerable<AwardRecipient> recipients, IEnumerable<AwardDecision> earlier) =>
        Check(document, date, authority, recipients, earlier, out _, out _);

    /// <summary>Validates a decision and, when it has no problem, makes it.</summary>
    /// <param name="document">The decision's number.</param>
    /// <param name="date">The date it is signed.</param>
    /// <param name="authority">The deciding body, a committee of the chart.</param>
    /// <param name="recipients">The recipients.</param>
    /// <param name="earlier">Decisions already made.</param>
    /// <returns>The decision, with its resolved <see cref="AwardDecision.Body"/>.</returns>
    /// <exception cref="ArgumentNullException">A reference argument is null.</exception>
    /// <exception cref="ArgumentException">A collection holds null, or a value is the default value.</exception>
    /// <exception cref="DomainRuleException">The decision has a problem; the code is the first problem's, the message lists them all.</exception>
    public AwardDecision Create(DocumentNumber document, LocalDate date, CommitteeId authority, IEnumerable<AwardRecipient> recipients, IEnumerable<AwardDecision> earlier)
    {
        var problems = Check(document, date, authority, recipients, earlier, out var array, out var body);
        if (problems.Count > 0)
        {
            var text = new StringBuilder("Decision ").Append(document.ToString()).Append(" cannot be made: ");
            for (int i = 0; i < problems.Count; i++)
            {
                text.Append(i == 0 ? string.Empty : "; ").Append(problems[i].Path).Append(": ").Append(problems[i].Message);
            }

            throw new DomainRuleException(problems[0].Code, text.ToString());
        }

        return new AwardDecision(document, date, authority, AuthorityLevel.PartyOrMassOrganisation, array, body);
    }

    private static string D(LocalDate date) => date.ToString("uuuu-MM-dd", CultureInfo.InvariantCulture);

    private static string P(int index) => "recipients[" + index.ToString(CultureInfo.InvariantCulture) + "]";

    private List<DecisionProblem> Check(DocumentNumber document, LocalDate date, CommitteeId authority, IEnumerable<AwardRecipient> recipients, IEnumerable<AwardDecision> earlier, out AwardRecipient[] array, out AwardingAuthority? body)
    {
        Guard.Against.Null(recipients);
        Guard.Against.Null(earlier);
        Preconditions.CheckArgument(document.Form != 0, nameof(document), "The decision's number is the default value.");
        Preconditions.CheckArgument(!authority.IsDefault, nameof(authority), "The deciding authority is the default value.");
        array = Preconditions.CheckNotNullElements(recipients, nameof(recipients));
        var before = Preconditions.CheckNotNullElements(earlier, nameof(earlier));
        var problems = new List<DecisionProblem>();
        body = null;
        if (array.Length == 0)
        {
            problems.Add(new(AwardRuleCodes.DuplicateRecipient, -1, "recipients", "A decision names at least one recipient."));
        }

        body = ResolveBody(date, authority, problems);
        for (int i = 0; i < array.Length; i++)
        {
            var r = array[i];
            string who = "'" + r.Name + "' (" + r.NomineeId + ")";
            if (body is not null && !body.MayGive(r.Award, date))
            {
                problems.Add(new(AwardRuleCodes.AuthorityCannotGive, i, P(i), $"{body.Code} ({body.Kind.VietnameseName}, {body.Level}) may not give {r.Award.Code} on {D(date)}; asked for {who}."));
            }

            CheckExists(r, i, who, date, problems);
            bool medal = r.Award.OncePerPerson;
            if (medal && r.Posthumous && Medals.NeverPosthumous)
            {
                problems.Add(new(AwardRuleCodes.PosthumousMedal, i, P(i), $"{r.Award.Code} is never given posthumously; {who} is named posthumously."));
            }

            for (int j = 0; j < i; j++)
            {
                if (string.Equals(array[j].NomineeId, r.NomineeId, StringComparison.Ordinal) && array[j].Award == r.Award)
                {
                    problems.Add(medal && Medals.OncePerPerson
                        ? new(AwardRuleCodes.MedalAlreadyGiven, i, P(i), $"{r.Award.Code} is given once per person; {who} is also {P(j)}.")
                        : new(AwardRuleCodes.DuplicateRecipient, i, P(i), $"{who} is named twice for {r.Award.Code} (also {P(j)}); one achievement earns one form."));
                }
            }

            if (medal && Medals.OncePerPerson)
            {
                foreach (var d in before)
                {
                    foreach (var given in d.Recipients)
                    {
                        if (given.Award == r.Award && string.Equals(given.NomineeId, r.NomineeId, StringComparison.Ordinal))
                        {
                            problems.Add(new(AwardRuleCodes.MedalAlreadyGiven, i, P(i), $"{r.Award.Code} is given once per person; {who} received it by decision {d.Document} of {D(d.Date)}."));
                        }
                    }
                }
            }
        }

        return problems;
    }

    private AwardingAuthority? ResolveBody(LocalDate date, CommitteeId authority, List<DecisionProblem> problems)
    {
        if (!Chart.TryGetCommittee(authority, date, out var committee))
        {
            string successor = string.Empty;
            foreach (var version in Chart.VersionsOf(authority))
            {
                if (version.Validity.End is { } end && end < date)
                {
                    var next = Chart.Successors(authority, end, date);
                    successor = next.Count == 0 ? string.Empty : "; on that date it is succeeded by " + string.Join(", ", next);
                }
            }

            problems.Add(new(AwardRuleCodes.UnknownAuthority, -1, "authority", $"The body {authority} does not exist in the chart on {D(date)}{successor}."));
            return null;
        }

        if (!Chart.TryGetUnit(committee.Unit, date, out var unit))
        {
            problems.Add(new(AwardRuleCodes.UnknownAuthority, -1, "authority", $"The unit {committee.Unit} of body {authority} does not exist on {D(date)}."));
            return null;
        }

        var level = AwardingAuthority.LevelOf(unit);
        var body = AwardingAuthority.Find(authorities, committee.Kind, level, date);
        if (body is null)
        {
            problems.Add(new(AwardRuleCodes.AuthorityCannotGive, -1, "authority", $"No awarding authority is known for a {committee.Kind.EnglishName} at {level} level on {D(date)} ({authority})."));
        }

        return body;
    }

    private void CheckExists(AwardRecipient r, int i, string who, LocalDate date, List<DecisionProblem> problems)
    {
        if (!r.Unit.IsDefault && !Chart.TryGetUnit(r.Unit, date, out _))
        {
            problems.Add(new(AwardRuleCodes.RecipientNotFound, i, P(i) + ".unit", $"The unit {r.Unit} of {who} is not in the chart on {D(date)}."));
        }

        bool found = r.Recipient switch
        {
            RecipientKinds.Model => models.Contains(r.NomineeId),
            RecipientKinds.Collective => (UnitCode.TryCreate(r.NomineeId, out var code) && Chart.TryGetUnit(code, date, out _))
                || (CommitteeId.TryCreate(r.NomineeId, out var id) && Chart.TryGetCommittee(id, date, out _)),
            _ => true,
        };
        if (!found)
        {
            problems.Add(new(AwardRuleCodes.RecipientNotFound, i, P(i), r.Recipient == RecipientKinds.Model
                ? $"The model {who} is not in the model registry."
                : $"The collective {who} is neither a unit nor a committee of the chart on {D(date)}."));
        }
    }
}
