namespace MassMobilization.Core.Mobilization;

/// <summary>An item of a registration form, named by a <see cref="RegistrationProblem"/> (docs/mobilization.md "Registration").</summary>
public enum RegistrationItem
{
    /// <summary>The identifier.</summary>
    Id = 1,

    /// <summary>The name (tên mô hình).</summary>
    Name = 2,

    /// <summary>The owner and its unit (chủ thể, đơn vị).</summary>
    Owner = 3,

    /// <summary>The registering level (cấp đăng ký).</summary>
    Level = 4,

    /// <summary>The field (lĩnh vực).</summary>
    Field = 5,

    /// <summary>The registration date.</summary>
    RegisteredOn = 6,

    /// <summary>The registration period and timeline (thời gian thực hiện).</summary>
    Period = 7,

    /// <summary>The situation and reason (thực trạng, lý do).</summary>
    Situation = 8,

    /// <summary>The goals with evaluation criteria (mục tiêu, tiêu chí đánh giá).</summary>
    Goals = 9,

    /// <summary>The content and method (nội dung, cách làm).</summary>
    ContentAndMethod = 10,

    /// <summary>The area (địa bàn).</summary>
    Area = 11,

    /// <summary>The beneficiaries (đối tượng thụ hưởng).</summary>
    Beneficiaries = 12,

    /// <summary>The lead force (lực lượng chủ trì).</summary>
    LeadForce = 13,

    /// <summary>The coordinating forces (lực lượng phối hợp).</summary>
    CoordinatingForces = 14,

    /// <summary>The participating forces (lực lượng tham gia).</summary>
    ParticipatingForces = 15,

    /// <summary>The resources (nguồn lực).</summary>
    Resources = 16,

    /// <summary>The verifiable outputs (sản phẩm kiểm chứng được).</summary>
    VerifiableOutputs = 17,

    /// <summary>The ability to sustain and replicate (khả năng duy trì, nhân rộng).</summary>
    Sustainability = 18,

    /// <summary>The model replicated, for a registration declared as a replication.</summary>
    ReplicationOf = 19,

    /// <summary>The achievements of an exemplar (thành tích).</summary>
    Achievements = 20,

    /// <summary>The evidence of an exemplar's achievements.</summary>
    Evidence = 21,
}
