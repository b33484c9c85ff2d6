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
/// An award decision (quyết định khen thưởng): the deciding document, its date, the authority and the
/// recipients, with the counts reports quote ("certificates of merit to 18 collectives and 18 individuals").
/// </summary>
public sealed class AwardDecision
{
    private readonly AwardRecipient[] recipients;
    private IReadOnlyList<AwardRecipient>? recipientsView;

    /// <summary>Creates a decision.</summary>
    /// <param name="document">The decision's number, for example <c>3406/QĐ-UBND</c>.</param>
    /// <param name="date">The date it was signed (selects the base salary for bonuses).</param>
    /// <param name="authority">The deciding body.</param>
    /// <param name="level">The level of the deciding authority; it must be allowed for every award given on <paramref name="date"/>.</param>
    /// <param name="recipients">The recipients, at least one.</param>
    /// <exception cref="ArgumentNullException"><paramref name="recipients"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="document"/> or <paramref name="authority"/> is the default value, or no recipients.</exception>
    /// <exception cref="DomainRuleException">A recipient is named twice for one award (<c>AWD-DUPLICATE-RECIPIENT</c>), or the level may not decide an award on that date (<c>AWD-AUTHORITY-MISMATCH</c>).</exception>
    public AwardDecision(DocumentNumber document, LocalDate date, CommitteeId authority, AuthorityLevel level, IEnumerable<AwardRecipient> recipients)
        : this(document, date, authority, level, recipients, null)
    {
    }

    /// <summary>Creates a validated decision of a Party body, the Front or a mass organisation (see <see cref="AwardDecisionValidator.Create"/>).</summary>
    internal AwardDecision(DocumentNumber document, LocalDate date, CommitteeId authority, AuthorityLevel level, IEnumerable<AwardRecipient> recipients, AwardingAuthority? body)
    {
        Guard.Against.Null(recipients);
        Preconditions.CheckArgument(document.Form != 0, nameof(document), "The decision's number is the default value.");
        Preconditions.CheckArgument(!authority.IsDefault, nameof(authority), "The deciding authority is the default value.");
        var array = Preconditions.CheckNotNullElements(recipients, nameof(recipients));
        Preconditions.CheckArgument(array.Length > 0, nameof(recipients), "A decision names at least one recipient.");
        for (int i = 0; i < array.Length; i++)
        {
            for (int j = 0; j < i; j++)
            {
                Guard.Against.RuleViolation(
                    !(string.Equals(array[i].NomineeId, array[j].NomineeId, StringComparison.Ordinal) && array[i].Award == array[j].Award),
                    AwardRuleCodes.DuplicateRecipient,
                    $"Decision {document} names '{array[i].NomineeId}' twice for {array[i].Award.Code} (one achievement earns one form).");
            }

            bool allowed = false;
            foreach (var a in array[i].Award.AuthoritiesOn(date))
            {
                allowed |= a.Level == level;
            }

            Guard.Against.RuleViolation(allowed, AwardRuleCodes.AuthorityMismatch, $"A {level} may not decide {array[i].Award.Code} on {date.ToString("uuuu-MM-dd", CultureInfo.InvariantCulture)}.");
        }

        Document = document;
        Date = date;
        Authority = authority;
        Level = level;
        Body = body;
        this.recipients = array;
    }

    /// <summary>Gets the decision's number.</summary>
    public DocumentNumber Document { get; }

    /// <summary>Gets the date it was signed.</summary>
    public LocalDate Date { get; }

    /// <summary>Gets the deciding body.</summary>
    public CommitteeId Authority { get; }

    /// <summary>Gets the level of the deciding authority.</summary>
    public AuthorityLevel Level { get; }

    /// <summary>Gets the awarding authority a validator resolved for a decision of a Party body, the Front or a mass organisation, or <see langword="null"/> for a State decision.</summary>
    public AwardingAuthority? Body { get; }

    /// <summary>Gets the recipients, in the decision's order.</summary>
    public IReadOnlyList<AwardRecipient> Recipients => recipientsView ??= ReadOnlyView.Of(recipients);

    /// <summary>Gets the number of collectives.</summary>
    public int CollectiveCount => CountOf(RecipientKinds.Collective);

    /// <summary>Gets the number of individuals.</summary>
    public int IndividualCount => CountOf(RecipientKinds.Individual);

    /// <summary>Gets the number of models commended.</summary>
    public int ModelCount => CountOf(RecipientKinds.Model);

    /// <summary>Gets the number of households.</summary>
    public int HouseholdCount => CountOf(RecipientKinds.Household);

    /// <summary>Gets the counts as reports write them, for example "18 collectives and 18 individuals".</summary>
    public string CountsText
    {
        get
        {
            var parts = new List<string>();
            Add(parts, CollectiveCount, "collective", "collectives");
            Add(parts, IndividualCount, "individual", "individuals");
            Add(parts, HouseholdCount, "household", "households");
            Add(parts, ModelCount, "model", "models");
            var text = new StringBuilder();
            for (int i = 0; i < parts.Count; i++)
            {
                text.Append(i == 0 ? string.Empty : i == parts.Count - 1 ? " and " : ", ").Append(parts[i]);
            }

            return text.ToString();
        }
    }

    /// <summary>Returns the awards this decision gives to one nominee, for adding to their <see cref="ServiceRecord"/>.</summary>
    /// <param name="nomineeId">The nominee.</param>
    /// <param name="year">The year the awards are for.</param>
    /// <returns>The awards, with this decision's number and date.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="nomineeId"/> is null.</exception>
    public IReadOnlyList<ReceivedAward> AwardsFor(string nomineeId, int year)
    {
        Guard.Against.Null(nomineeId);
        var result = new List<ReceivedAward>();
        foreach (var r in recipients)
        {
            if (string.Equals(r.NomineeId, nomineeId, StringComparison.Ordinal))
            {
                result.Add(new ReceivedAward(r.Award, year, Document, Date, r.Nature));
            }
        }

        return result;
    }

    /// <summary>Returns the number, date and counts.</summary>
    /// <returns>For example "3406/QĐ-UBND of 2024-12-20: 18 collectives and 18 individuals".</returns>
    public override string ToString() => Document.ToString() + " of " + Date.ToString("uuuu-MM-dd", CultureInfo.InvariantCulture) + ": " + CountsText;

    private static void Add(List<string> parts, int count, string one, string many)
    {
        if (count > 0)
        {
            parts.Add(count.ToString(CultureInfo.InvariantCulture) + " " + (count == 1 ? one : many));
        }
    }

    private int CountOf(RecipientKinds kind)
    {
        int n = 0;
        foreach (var r in recipients)
        {
            n += r.Recipient == kind ? 1 : 0;
        }

        return n;
    }
}
