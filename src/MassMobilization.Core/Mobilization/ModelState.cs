namespace MassMobilization.Core.Mobilization;

/// <summary>
/// The lifecycle state of a model or exemplar (docs/mobilization.md "Lifecycle"): registered → implementing → completed →
/// reviewed → recognised → replicated, with withdrawn and not recognised as ends. The main-line states
/// are numbered in order, so "reached completed" is <c>furthest &gt;= Completed</c>.
/// </summary>
public enum ModelState
{
    /// <summary>Not registered (yet): the state of a model on a date before its registration. The default value.</summary>
    None = 0,

    /// <summary>Registered (đã đăng ký).</summary>
    Registered = 1,

    /// <summary>Being implemented (đang triển khai).</summary>
    Implementing = 2,

    /// <summary>Implementation completed (hoàn thành).</summary>
    Completed = 3,

    /// <summary>Reviewed and assessed (đã sơ kết, bình xét).</summary>
    Reviewed = 4,

    /// <summary>Recognised at a level (được công nhận).</summary>
    Recognised = 5,

    /// <summary>Recognised and replicated elsewhere (được nhân rộng).</summary>
    Replicated = 6,

    /// <summary>Withdrawn by its owner or the registering body, with a reason (rút đăng ký); an end state.</summary>
    Withdrawn = 7,

    /// <summary>Assessed and not recognised, with a reason (không được công nhận); an end state.</summary>
    NotRecognised = 8,
}
