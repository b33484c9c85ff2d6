using System;
using System.Collections.Generic;
using System.Globalization;
using MassMobilization.Core.Documents;
using MassMobilization.Core.Mobilization;
using MassMobilization.Core.Organization;
using NodaTime;

namespace MassMobilization.Core.Tests.Generators;

/// <summary>
/// The inputs of <see cref="MobilizationDataGenerator.Population"/>: how many owners and models, at
/// which levels, and how many models have completed by a date. The defaults reproduce Thanh Trì
/// district (Hà Nội), first half of 2024: "146 collectives and 18 individuals registered 261 models
/// (7 at city level, 254 at district level); after six months 185/261 completed" (domain.md §1).
/// </summary>
public sealed class MobilizationPopulationSpec
{
    /// <summary>Gets the random seed.</summary>
    public int Seed { get; init; } = 2024;

    /// <summary>Gets the number of collective owners.</summary>
    public int Collectives { get; init; } = 146;

    /// <summary>Gets the number of individual owners.</summary>
    public int Individuals { get; init; } = 18;

    /// <summary>Gets the number of models registered at the higher (city/province) level.</summary>
    public int HigherLevelModels { get; init; } = 7;

    /// <summary>Gets the number of models registered at the lower (district) level.</summary>
    public int LowerLevelModels { get; init; } = 254;

    /// <summary>Gets the higher registering level.</summary>
    public ModelLevel HigherLevel { get; init; } = ModelLevel.Province;

    /// <summary>Gets the lower registering level.</summary>
    public ModelLevel LowerLevel { get; init; } = ModelLevel.District;

    /// <summary>Gets how many models have completed (or gone beyond) by <see cref="AsOf"/>.</summary>
    public int CompletedByAsOf { get; init; } = 185;

    /// <summary>Gets the reporting date.</summary>
    public LocalDate AsOf { get; init; } = new(2024, 6, 30);

    /// <summary>Gets the registration period (the reporting year).</summary>
    public DateInterval Period { get; init; } = new(new LocalDate(2024, 1, 1), new LocalDate(2024, 12, 31));

    /// <summary>Gets the owners' units; by default <see cref="MobilizationDataGenerator.ThanhTriUnits"/>.</summary>
    public IReadOnlyList<UnitCode> Units { get; init; } = MobilizationDataGenerator.ThanhTriUnits;

    /// <summary>Gets the total number of models.</summary>
    public int Models => HigherLevelModels + LowerLevelModels;
}

/// <summary>A generated population: the owners and their models.</summary>
public sealed class MobilizationPopulation
{
    internal MobilizationPopulation(MobilizationPopulationSpec spec, IReadOnlyList<ModelOwner> owners, IReadOnlyList<MobilizationModel> models)
    {
        Spec = spec;
        Owners = owners;
        Models = models;
    }

    /// <summary>Gets the inputs.</summary>
    public MobilizationPopulationSpec Spec { get; }

    /// <summary>Gets every owner (each registers at least one model).</summary>
    public IReadOnlyList<ModelOwner> Owners { get; }

    /// <summary>Gets the models.</summary>
    public IReadOnlyList<MobilizationModel> Models { get; }
}

/// <summary>
/// Deterministic "Dân vận khéo" model data for tests and benchmarks (library and BCL only). Every
/// reported number must be obtained by counting the generated models' states, never read back from
/// the inputs.
/// </summary>
public static class MobilizationDataGenerator
{
    /// <summary>
    /// The 16 commune-level units of Thanh Trì district (15 communes and Văn Điển town) with synthetic,
    /// ILLUSTRATIVE codes <c>TT01</c>–<c>TT16</c> (not the official unit codes).
    /// </summary>
    public static IReadOnlyList<UnitCode> ThanhTriUnits { get; } = Array.AsReadOnly(CreateUnits("TT", 16));

    /// <summary>The names of the 16 units behind <see cref="ThanhTriUnits"/>, in the same order.</summary>
    public static IReadOnlyList<string> ThanhTriUnitNames { get; } = Array.AsReadOnly(new[]
    {
        "Thị trấn Văn Điển", "Xã Tả Thanh Oai", "Xã Hữu Hòa", "Xã Tam Hiệp", "Xã Yên Mỹ", "Xã Vĩnh Quỳnh",
        "Xã Tứ Hiệp", "Xã Ngũ Hiệp", "Xã Duyên Hà", "Xã Ngọc Hồi", "Xã Vạn Phúc", "Xã Đại Áng",
        "Xã Liên Ninh", "Xã Đông Mỹ", "Xã Thanh Liệt", "Xã Tân Triều",
    });

    /// <summary>Real model names reported by the movement (domain.md §5), used as name stems.</summary>
    public static IReadOnlyList<string> ExampleNames { get; } = Array.AsReadOnly(new[]
    {
        "Cà phê sáng – trò chuyện cùng nhân dân", "Heo đất an sinh xã hội", "Camera giám sát an ninh",
        "Câu lạc bộ lý luận trẻ", "5 không, 3 sạch", "Thu gom rác ban đêm", "Gần đoàn viên, sát cơ sở",
    });

    private static readonly ModelField[] StandardFields =
    {
        ModelField.Economy, ModelField.CultureSociety, ModelField.DefenceSecurity, ModelField.PoliticalSystem,
    };

    /// <summary>Creates a complete registration (every item of domain.md §5 filled in).</summary>
    /// <param name="id">The model's id.</param>
    /// <param name="name">The model's name.</param>
    /// <param name="owner">The owner.</param>
    /// <param name="level">The registering level.</param>
    /// <param name="field">The field.</param>
    /// <param name="registeredOn">The registration date.</param>
    /// <param name="period">The registration period.</param>
    /// <param name="replicationOf">The replicated model, if any.</param>
    /// <returns>The registration.</returns>
    public static ModelRegistration CompleteRegistration(
        string id, string name, ModelOwner owner, ModelLevel level, ModelField field, LocalDate registeredOn, DateInterval period, MobilizationModelId? replicationOf = null) =>
        new()
        {
            Id = new MobilizationModelId(id),
            Name = name,
            Owner = owner,
            Level = RegisteringLevel.Territorial(level),
            Field = field,
            RegisteredOn = registeredOn,
            Period = period,
            ReplicationOf = replicationOf,
            Situation = "Người dân ít có dịp trao đổi trực tiếp với cán bộ; nhiều kiến nghị chưa được giải quyết.",
            Goals = SharedGoals,
            ContentAndMethod = "Gặp gỡ định kỳ mỗi tuần tại điểm sinh hoạt cộng đồng; ghi nhận và chuyển kiến nghị.",
            Area = "Địa bàn đơn vị",
            Beneficiaries = "Nhân dân trên địa bàn",
            LeadForce = "Ban Dân vận",
            CoordinatingForces = SharedCoordinating,
            ParticipatingForces = SharedParticipating,
            Resources = "Kinh phí xã hội hóa; cán bộ các đoàn thể",
            VerifiableOutputs = SharedOutputs,
            Sustainability = "Duy trì hằng tuần; có thể nhân rộng ra các tổ dân phố khác.",
        };

    /// <summary>Generates a population (by default Thanh Trì, H1 2024) from a seed and counts.</summary>
    /// <param name="spec">The inputs.</param>
    /// <returns>The owners and models.</returns>
    /// <exception cref="ArgumentException">The counts are inconsistent (more owners than models, more completed than models…).</exception>
    public static MobilizationPopulation Population(MobilizationPopulationSpec spec)
    {
        ArgumentNullException.ThrowIfNull(spec);
        int modelCount = spec.Models;
        int ownerCount = spec.Collectives + spec.Individuals;
        if (ownerCount > modelCount || ownerCount == 0 || spec.CompletedByAsOf > modelCount || spec.Units.Count == 0)
        {
            throw new ArgumentException("Every owner registers at least one model, completions cannot exceed models, and units are needed.", nameof(spec));
        }

        var random = new Random(spec.Seed);
        var owners = new ModelOwner[ownerCount];
        for (int i = 0; i < spec.Collectives; i++)
        {
            var unit = spec.Units[i % spec.Units.Count];
            owners[i] = i < spec.Units.Count
                ? ModelOwner.ForUnit(unit)
                : ModelOwner.ForCommittee(new CommitteeId(string.Create(CultureInfo.InvariantCulture, $"{unit}-C{i:000}")), unit);
        }

        for (int j = 0; j < spec.Individuals; j++)
        {
            owners[spec.Collectives + j] = ModelOwner.ForIndividual(string.Create(CultureInfo.InvariantCulture, $"Cá nhân {j + 1:00}"), spec.Units[j % spec.Units.Count]);
        }

        // Each owner gets one model, the rest go to random owners; the order is then shuffled.
        var ownerOf = new int[modelCount];
        for (int m = 0; m < modelCount; m++)
        {
            ownerOf[m] = m < ownerCount ? m : random.Next(ownerCount);
        }

        Shuffle(ownerOf, random);
        var higher = Pick(modelCount, spec.HigherLevelModels, random);
        var completed = Pick(modelCount, spec.CompletedByAsOf, random);
        var models = new MobilizationModel[modelCount];
        var yearStart = spec.Period.Start;
        var yearEnd = spec.Period.End;
        int availableDays = Period.Between(yearStart, spec.AsOf, PeriodUnits.Days).Days;
        for (int m = 0; m < modelCount; m++)
        {
            var owner = owners[ownerOf[m]];
            var level = higher[m] ? spec.HigherLevel : spec.LowerLevel;
            var registeredOn = yearStart.PlusDays(1 + random.Next(Math.Max(1, availableDays / 4)));
            string id = string.Create(CultureInfo.InvariantCulture, $"{yearStart.Year}-{m + 1:0000}");
            string name = string.Create(CultureInfo.InvariantCulture, $"{ExampleNames[random.Next(ExampleNames.Count)]} ({owner.Unit} số {m + 1})");
            var registration = CompleteRegistration(id, name, owner, level, StandardFields[random.Next(StandardFields.Length)], registeredOn, spec.Period);
            var steps = completed[m]
                ? CompletedHistory(random, registeredOn, spec.AsOf, yearEnd, level, m)
                : OpenHistory(random, registeredOn, spec.AsOf, yearEnd);
            models[m] = MobilizationModel.FromHistory(registration, RecognitionAuthority.Default, steps);
        }

        return new MobilizationPopulation(spec, Array.AsReadOnly(owners), Array.AsReadOnly(models));
    }

    /// <summary>
    /// Generates <paramref name="count"/> models with dated histories over a set of units, for benchmarks
    /// and roll-ups. Histories stop at a random point of the main line, some end withdrawn or not
    /// recognised; every step goes through the transition function.
    /// </summary>
    /// <param name="count">The number of models.</param>
    /// <param name="units">The owners' units.</param>
    /// <param name="start">The earliest registration date.</param>
    /// <param name="seed">The random seed.</param>
    /// <returns>The models.</returns>
    public static IReadOnlyList<MobilizationModel> Large(int count, IReadOnlyList<UnitCode> units, LocalDate start, int seed)
    {
        ArgumentNullException.ThrowIfNull(units);
        ArgumentOutOfRangeException.ThrowIfNegative(count);
        ArgumentOutOfRangeException.ThrowIfZero(units.Count);
        var random = new Random(seed);
        var owners = new ModelOwner[units.Count];
        for (int u = 0; u < units.Count; u++)
        {
            owners[u] = ModelOwner.ForUnit(units[u]);
        }

        var period = new DateInterval(start, start.PlusYears(2));
        var cache = new Dictionary<(LifecycleAction, LocalDate), ModelTransition>();
        var models = new MobilizationModel[count];
        var steps = new List<ModelTransition>(8);
        for (int i = 0; i < count; i++)
        {
            var date = start.PlusDays(random.Next(365));
            var registration = CompleteRegistration(
                string.Create(CultureInfo.InvariantCulture, $"L{i}"), ExampleNames[i % ExampleNames.Count], owners[random.Next(owners.Length)],
                ModelLevel.District, StandardFields[i & 3], date, period);
            steps.Clear();
            int length = random.Next(7);
            for (int s = 0; s < length; s++)
            {
                date = date.PlusDays(1 + random.Next(60));
                var action = s switch
                {
                    0 => LifecycleAction.StartImplementing,
                    1 => LifecycleAction.Complete,
                    2 => LifecycleAction.Review,
                    3 => LifecycleAction.Recognise,
                    _ => LifecycleAction.Replicate,
                };
                if (s < 4 && random.Next(10) == 0)
                {
                    action = random.Next(2) == 0 ? LifecycleAction.Withdraw : LifecycleAction.RejectRecognition;
                    s = length;
                }

                steps.Add(Cached(cache, action, date, units[0]));
            }

            models[i] = MobilizationModel.FromHistory(registration, RecognitionAuthority.Default, steps);
        }

        return Array.AsReadOnly(models);
    }

    private static readonly ModelGoal[] SharedGoals =
    {
        new("Giải quyết kịp thời kiến nghị của nhân dân", new[] { "Tỷ lệ kiến nghị được trả lời trong 15 ngày", "Số buổi gặp gỡ mỗi quý" }),
    };

    private static readonly string[] SharedCoordinating = { "Mặt trận Tổ quốc", "Hội Phụ nữ" };
    private static readonly string[] SharedParticipating = { "Đoàn Thanh niên", "Hội Cựu chiến binh", "Tổ dân phố" };
    private static readonly string[] SharedOutputs = { "Sổ ghi nhận kiến nghị", "Báo cáo sơ kết 6 tháng" };

    private static List<ModelTransition> CompletedHistory(Random random, LocalDate registeredOn, LocalDate asOf, LocalDate yearEnd, ModelLevel level, int index)
    {
        int room = Period.Between(registeredOn, asOf, PeriodUnits.Days).Days;
        var started = registeredOn.PlusDays(1 + random.Next(Math.Max(1, room / 3)));
        var completedOn = started.PlusDays(1 + random.Next(Math.Max(1, Period.Between(started, asOf, PeriodUnits.Days).Days)));
        if (completedOn > asOf)
        {
            completedOn = asOf;
        }

        var steps = new List<ModelTransition> { ModelTransition.StartImplementing(started), ModelTransition.Complete(completedOn) };
        int fate = random.Next(10);
        if (fate >= 4)
        {
            var reviewed = completedOn.PlusDays(1 + random.Next(30));
            steps.Add(ModelTransition.Review(reviewed));
            if (fate >= 6)
            {
                var recognised = Min(reviewed.PlusDays(1 + random.Next(60)), yearEnd);
                steps.Add(ModelTransition.Recognise(recognised, level, DocumentNumber.State(100 + index, "QĐ", "UBND")));
            }
            else if (fate == 5)
            {
                steps.Add(ModelTransition.RejectRecognition(reviewed.PlusDays(10), "Kết quả chưa kiểm chứng được"));
            }
        }

        return steps;
    }

    private static List<ModelTransition> OpenHistory(Random random, LocalDate registeredOn, LocalDate asOf, LocalDate yearEnd)
    {
        var steps = new List<ModelTransition>();
        int fate = random.Next(10);
        if (fate == 0)
        {
            return steps;
        }

        var started = Min(registeredOn.PlusDays(1 + random.Next(60)), asOf);
        steps.Add(ModelTransition.StartImplementing(started));
        if (fate == 1)
        {
            steps.Add(ModelTransition.Withdraw(started.PlusDays(1 + random.Next(30)), "Đơn vị không đủ nguồn lực"));
        }
        else if (fate >= 6)
        {
            // Completed only after the reporting date.
            steps.Add(ModelTransition.Complete(Min(asOf.PlusDays(1 + random.Next(120)), yearEnd)));
        }

        return steps;
    }

    private static ModelTransition Cached(Dictionary<(LifecycleAction, LocalDate), ModelTransition> cache, LifecycleAction action, LocalDate date, UnitCode place)
    {
        if (!cache.TryGetValue((action, date), out var step))
        {
            step = action switch
            {
                LifecycleAction.StartImplementing => ModelTransition.StartImplementing(date),
                LifecycleAction.Complete => ModelTransition.Complete(date),
                LifecycleAction.Review => ModelTransition.Review(date),
                LifecycleAction.Recognise => ModelTransition.Recognise(date, ModelLevel.District, DocumentNumber.State(1 + (date.DayOfYear % 999), "QĐ", "UBND")),
                LifecycleAction.Replicate => ModelTransition.Replicate(date, place),
                LifecycleAction.Withdraw => ModelTransition.Withdraw(date, "Dừng triển khai"),
                _ => ModelTransition.RejectRecognition(date, "Không đạt tiêu chí"),
            };
            cache[(action, date)] = step;
        }

        return step;
    }

    private static LocalDate Min(LocalDate a, LocalDate b) => a <= b ? a : b;

    private static bool[] Pick(int total, int chosen, Random random)
    {
        var order = new int[total];
        for (int i = 0; i < total; i++)
        {
            order[i] = i;
        }

        Shuffle(order, random);
        var picked = new bool[total];
        for (int i = 0; i < chosen; i++)
        {
            picked[order[i]] = true;
        }

        return picked;
    }

    private static void Shuffle(int[] values, Random random)
    {
        for (int i = values.Length - 1; i > 0; i--)
        {
            int j = random.Next(i + 1);
            (values[i], values[j]) = (values[j], values[i]);
        }
    }

    private static UnitCode[] CreateUnits(string prefix, int count)
    {
        var units = new UnitCode[count];
        for (int i = 0; i < count; i++)
        {
            units[i] = new UnitCode(string.Create(CultureInfo.InvariantCulture, $"{prefix}{i + 1:00}"));
        }

        return units;
    }
}
