namespace MassMobilization.Core.Mobilization;

/// <summary>What a lifecycle transition does (the edges of <see cref="ModelLifecycle.Table"/>).</summary>
public enum LifecycleAction
{
    /// <summary>Register the model or exemplar (đăng ký); the first entry of every history.</summary>
    Register = 1,

    /// <summary>Start implementing (triển khai).</summary>
    StartImplementing = 2,

    /// <summary>Complete implementation (hoàn thành).</summary>
    Complete = 3,

    /// <summary>Review and assess (sơ kết, bình xét).</summary>
    Review = 4,

    /// <summary>Recognise at a level by a decision (công nhận); may be repeated at a higher level.</summary>
    Recognise = 5,

    /// <summary>Record a replication elsewhere (nhân rộng); may be repeated.</summary>
    Replicate = 6,

    /// <summary>Withdraw, with a reason (rút, dừng).</summary>
    Withdraw = 7,

    /// <summary>Decide not to recognise, with a reason (không công nhận).</summary>
    RejectRecognition = 8,
}
