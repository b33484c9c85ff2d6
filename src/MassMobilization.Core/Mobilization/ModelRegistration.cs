using System;
using System.Collections.Generic;

namespace MassMobilization.Core.Mobilization;

/// <summary>
/// A registration form for a "Dân vận khéo" model (phiếu đăng ký mô hình), possibly incomplete: every
/// item is optional here so that <see cref="ModelRegistrar.Check(ModelRegistration, IEnumerable{MobilizationModel})"/>
/// can report all missing or invalid items at once. The items shared with exemplars are on
/// <see cref="SubjectRegistration{TId}"/>. Immutable once initialised.
/// </summary>
/// <remarks>
/// The items of a complete registration (docs/mobilization.md, "Registration", after the Thanh Khê ward
/// registration form): name; owner (collective or individual) and its unit; situation and reason; goals
/// with evaluation criteria; content and method; area and beneficiaries; forces (lead, coordinating,
/// participating); resources and timeline (<see cref="Resources"/>, <see cref="SubjectRegistration{TId}.Period"/>);
/// verifiable outputs; ability to sustain and replicate.
/// </remarks>
public sealed class ModelRegistration : SubjectRegistration<MobilizationModelId>
{
    /// <summary>Initializes an empty registration form; fill it with an object initializer.</summary>
    public ModelRegistration()
    {
    }

    internal ModelRegistration(in RegistrationHeader<MobilizationModelId> header)
        : base(header)
    {
    }

    /// <summary>Gets the model this one replicates, when it is registered as a replication (nhân rộng).</summary>
    public MobilizationModelId? ReplicationOf { get; init; }

    /// <summary>Gets the situation and the reason for the model (thực trạng, lý do).</summary>
    public string? Situation { get; init; }

    /// <summary>Gets the goals, each with its evaluation criteria.</summary>
    public IReadOnlyList<ModelGoal> Goals { get; init => field = Copy(value, nameof(Goals)); } = Array.Empty<ModelGoal>();

    /// <summary>Gets the content and method of implementation (nội dung, cách làm).</summary>
    public string? ContentAndMethod { get; init; }

    /// <summary>Gets the area of implementation (địa bàn).</summary>
    public string? Area { get; init; }

    /// <summary>Gets the beneficiaries (đối tượng thụ hưởng).</summary>
    public string? Beneficiaries { get; init; }

    /// <summary>Gets the lead force (lực lượng chủ trì).</summary>
    public string? LeadForce { get; init; }

    /// <summary>Gets the coordinating forces (lực lượng phối hợp).</summary>
    public IReadOnlyList<string> CoordinatingForces { get; init => field = Copy(value, nameof(CoordinatingForces)); } = Array.Empty<string>();

    /// <summary>Gets the participating forces (lực lượng tham gia).</summary>
    public IReadOnlyList<string> ParticipatingForces { get; init => field = Copy(value, nameof(ParticipatingForces)); } = Array.Empty<string>();

    /// <summary>Gets the resources (nguồn lực: funding, people, facilities).</summary>
    public string? Resources { get; init; }

    /// <summary>Gets the verifiable outputs (sản phẩm, kết quả kiểm chứng được).</summary>
    public IReadOnlyList<string> VerifiableOutputs { get; init => field = Copy(value, nameof(VerifiableOutputs)); } = Array.Empty<string>();

    /// <summary>Gets the ability to sustain and replicate the model (khả năng duy trì, nhân rộng).</summary>
    public string? Sustainability { get; init; }
}
