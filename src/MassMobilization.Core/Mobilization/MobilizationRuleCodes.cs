namespace MassMobilization.Core.Mobilization;

/// <summary>
/// The stable rule codes of <see cref="DomainRuleException"/> and of failed results in the
/// Mobilization area. Applications may switch on them; messages are for people.
/// </summary>
public static class MobilizationRuleCodes
{
    /// <summary>A registration is incomplete or invalid; the problems are listed in the message and in <see cref="RegistrationCheckResult.Problems"/>.</summary>
    public const string RegistrationInvalid = "MOB-REGISTRATION-INVALID";

    /// <summary>A registration item is missing (name, goals, forces…).</summary>
    public const string ItemMissing = "MOB-REG-ITEM-MISSING";

    /// <summary>A registration item is present but invalid (a goal without evaluation criteria, a blank entry, a period that ended before registration…).</summary>
    public const string ItemInvalid = "MOB-REG-ITEM-INVALID";

    /// <summary>The registration's field is not in the catalogue in use.</summary>
    public const string FieldUnknown = "MOB-REG-FIELD-UNKNOWN";

    /// <summary>The model duplicates one already run in the same area by another organisation (Thanh Khê ward registration form).</summary>
    public const string Duplicate = "MOB-DUPLICATE";

    /// <summary>A model declared as a replication names a source that is unknown, was not recognised on the registration date, or (for a stored model) is the model itself.</summary>
    public const string ReplicationSourceInvalid = "MOB-REPLICATION-SOURCE-INVALID";

    /// <summary>A catalogue already holds a field with the same code.</summary>
    public const string FieldDuplicateCode = "MOB-FIELD-DUPLICATE-CODE";

    /// <summary>A transition needs a state the model has not reached yet (recognising before review, completing before implementing…).</summary>
    public const string StepSkipped = "MOB-STEP-SKIPPED";

    /// <summary>A transition goes back to a step already passed (implementing a completed model, reviewing a recognised one…).</summary>
    public const string StepBackwards = "MOB-STEP-BACKWARDS";

    /// <summary>A transition on a model that is withdrawn or not recognised: both are ends.</summary>
    public const string LifecycleEnded = "MOB-LIFECYCLE-ENDED";

    /// <summary>A transition other than registration on something not registered.</summary>
    public const string NotRegistered = "MOB-NOT-REGISTERED";

    /// <summary>A second registration of the same model.</summary>
    public const string AlreadyRegistered = "MOB-ALREADY-REGISTERED";

    /// <summary>A transition dated before the previous step of the history.</summary>
    public const string DateBeforePrevious = "MOB-DATE-BEFORE-PREVIOUS";

    /// <summary>A recognition at a level above what the registering body's authority allows (<see cref="RecognitionAuthority"/>).</summary>
    public const string RecognitionAboveAuthority = "MOB-RECOGNITION-ABOVE-AUTHORITY";

    /// <summary>A further recognition at a level that is not higher than the one already held.</summary>
    public const string RecognitionNotHigher = "MOB-RECOGNITION-NOT-HIGHER";

    /// <summary>The code of a default (never produced) <see cref="LifecycleResult{T}"/>: no step was attempted.</summary>
    public const string NoResult = "MOB-NO-RESULT";

    /// <summary>A "typical" selection names a model or exemplar that was not recognised on the decision date.</summary>
    public const string TypicalNotRecognised = "MOB-TYPICAL-NOT-RECOGNISED";
}
