using System;
using System.Collections.Generic;
using System.Globalization;
using MassMobilization.Core.Documents;
using MassMobilization.Core.Mobilization;
using MassMobilization.Core.Organization;
using NodaTime;

namespace MassMobilization.Samples.Generators;

/// <summary>
/// The inputs of <see cref="MobilizationDataGenerator.Population"/>: how many owners and models, at
/// which levels, and how many models have completed by a date. The defaults reproduce Thanh Trì
/// district (Hà Nội), first half of 2024: "146 collectives and 18 individuals registered 261 models
/// (7 at city level, 254 at district level); after six months 185/261 completed" (the domain notes (docs/domain.md)).
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

/// <summary>A generated reporting year in which models are recognised and some are selected as typical.</summary>
public sealed class MobilizationYear
{
    internal MobilizationYear(IReadOnlyList<MobilizationModel> models, TypicalSelection typical)
    {
        Models = models;
        Typical = typical;
    }

    /// <summary>Gets the models registered in the year.</summary>
    public IReadOnlyList<MobilizationModel> Models { get; }

    /// <summary>Gets the year's selection of typical (điển hình tiêu biểu) models.</summary>
    public TypicalSelection Typical { get; }
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

    /// <summary>Real model names reported by the movement (the domain notes (docs/domain.md)), used as name stems.</summary>
    public static IReadOnlyList<string> ExampleNames { get; } = Array.AsReadOnly(new[]
    {
        "Cà phê sáng – trò chuyện cùng nhân dân", "Heo đất an sinh xã hội", "Camera giám sát an ninh",
        "Câu lạc bộ lý luận trẻ", "5 không, 3 sạch", "Thu gom rác ban đêm", "Gần đoàn viên, sát cơ sở",
    });

    private static readonly ModelField[] StandardFields =
    {
        ModelField.Economy, ModelField.CultureSociety, ModelField.DefenceSecurity, ModelField.PoliticalSystem,
    };

    /// <summary>Creates a complete registration (every item of the domain notes (docs/domain.md) filled in).</summary>
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
    /// The 15 district-level units of Đắk Lắk province in 2024 (Buôn Ma Thuột city, Buôn Hồ town and 13
    /// districts) with synthetic, ILLUSTRATIVE codes <c>DL01</c>–<c>DL15</c> (not the official unit codes).
    /// </summary>
    public static IReadOnlyList<UnitCode> DakLakUnits { get; } = Array.AsReadOnly(CreateUnits("DL", 15));

    /// <summary>
    /// Đắk Lắk, 2024: "360 skilled-mass-mobilization models registered, 360 recognised, 51 typical
    /// outstanding models praised and rewarded" (the domain notes (docs/domain.md)), generated by <see cref="RecognisedYear"/>.
    /// </summary>
    /// <returns>The year's models and typical selection.</returns>
    public static MobilizationYear DakLak2024() =>
        RecognisedYear(registered: 360, recognised: 360, typical: 51, DakLakUnits, ModelLevel.District, 2024, seed: 2024);

    /// <summary>
    /// Generates a reporting year: <paramref name="registered"/> models registered in the first quarter at
    /// <paramref name="level"/>, of which <paramref name="recognised"/> go through implementation,
    /// completion, review and recognition (at their registering level) by 20 December; the others stop at
    /// a random earlier step or are not recognised. On 28 December a decision selects
    /// <paramref name="typical"/> recognised models as typical. Every count is obtained by counting states.
    /// </summary>
    /// <param name="registered">The number of models.</param>
    /// <param name="recognised">How many are recognised by the end of the year.</param>
    /// <param name="typical">How many recognised models are selected as typical.</param>
    /// <param name="units">The owners' units (each owner is a committee of its unit).</param>
    /// <param name="level">The registering (and recognising) level.</param>
    /// <param name="year">The year.</param>
    /// <param name="seed">The random seed.</param>
    /// <returns>The models and the typical selection.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="units"/> is null.</exception>
    /// <exception cref="ArgumentException">The counts are inconsistent or <paramref name="units"/> is empty.</exception>
    public static MobilizationYear RecognisedYear(int registered, int recognised, int typical, IReadOnlyList<UnitCode> units, ModelLevel level, int year, int seed)
    {
        ArgumentNullException.ThrowIfNull(units);
        if (units.Count == 0 || registered < 0 || recognised < 0 || typical < 0 || recognised > registered || typical > recognised)
        {
            throw new ArgumentException("Needs units and 0 <= typical <= recognised <= registered.", nameof(registered));
        }

        var random = new Random(seed);
        var period = new DateInterval(new LocalDate(year, 1, 1), new LocalDate(year, 12, 31));
        var recognisedFlags = Pick(registered, recognised, random);
        var models = new MobilizationModel[registered];
        var recognisedModels = new List<MobilizationModel>(recognised);
        for (int m = 0; m < registered; m++)
        {
            var unit = units[random.Next(units.Count)];
            var owner = ModelOwner.ForCommittee(new CommitteeId(unit.Value + "-BDV"), unit);
            var registeredOn = new LocalDate(year, 1, 2).PlusDays(random.Next(88));
            string id = string.Create(CultureInfo.InvariantCulture, $"{year}-{unit}-{m + 1:000}");
            string name = string.Create(CultureInfo.InvariantCulture, $"{ExampleNames[random.Next(ExampleNames.Count)]} ({unit} số {m + 1})");
            var registration = CompleteRegistration(id, name, owner, level, StandardFields[random.Next(StandardFields.Length)], registeredOn, period);
            var started = registeredOn.PlusDays(1 + random.Next(30));
            var completed = started.PlusDays(60 + random.Next(120));
            var reviewed = completed.PlusDays(1 + random.Next(30));
            var steps = new List<ModelTransition>(4) { ModelTransition.StartImplementing(started) };
            if (recognisedFlags[m])
            {
                steps.Add(ModelTransition.Complete(completed));
                steps.Add(ModelTransition.Review(reviewed));
                var on = Min(reviewed.PlusDays(1 + random.Next(30)), new LocalDate(year, 12, 20));
                steps.Add(ModelTransition.Recognise(on, level, DocumentNumber.State(200 + m, "QĐ", "UBND")));
            }
            else if (random.Next(2) == 0)
            {
                steps.Add(ModelTransition.Complete(completed));
                steps.Add(ModelTransition.Review(reviewed));
                steps.Add(ModelTransition.RejectRecognition(reviewed.PlusDays(5), "Kết quả chưa kiểm chứng được"));
            }

            models[m] = MobilizationModel.FromHistory(registration, RecognitionAuthority.Default, steps);
            if (recognisedFlags[m])
            {
                recognisedModels.Add(models[m]);
            }
        }

        var typicalFlags = Pick(recognisedModels.Count, typical, random);
        var chosen = new List<MobilizationModel>(typical);
        for (int i = 0; i < recognisedModels.Count; i++)
        {
            if (typicalFlags[i])
            {
                chosen.Add(recognisedModels[i]);
            }
        }

        var selection = TypicalSelection.Select(period, new LocalDate(year, 12, 28), DocumentNumber.State(3406, "QĐ", "UBND"), chosen, Array.Empty<Exemplar>());
        return new MobilizationYear(Array.AsReadOnly(models), selection);
    }

    /// <summary>
    /// Generates <paramref name="count"/> models with dated histories over a set of units, as full
    /// aggregates (for tests and the LINQ baselines); see <see cref="Records"/> for the cheap columnar form.
    /// </summary>
    /// <param name="count">The number of models.</param>
    /// <param name="units">The owners' units.</param>
    /// <param name="start">The earliest registration date.</param>
    /// <param name="seed">The random seed.</param>
    /// <returns>The models.</returns>
    public static IReadOnlyList<MobilizationModel> Large(int count, IReadOnlyList<UnitCode> units, LocalDate start, int seed) =>
        Records(units, count, start, seed).Models();

    /// <summary>
    /// Generates <paramref name="count"/> model records over a list of units (for example the 10,035
    /// communes of a national chart), cheaply: the records are columns of arrays, each history is replayed
    /// through the transition function straight into a <see cref="StateTimeline"/>, and no aggregate is
    /// built unless <see cref="MobilizationRecords.Model"/> is asked for. The same units, count, start and
    /// seed always give the same records.
    /// </summary>
    /// <param name="units">The units the owners belong to.</param>
    /// <param name="count">The number of records.</param>
    /// <param name="start">The earliest registration date (registrations fall in the following year).</param>
    /// <param name="seed">The random seed.</param>
    /// <returns>The records.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="units"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="count"/> is negative or <paramref name="units"/> is empty.</exception>
    public static MobilizationRecords Records(IReadOnlyList<UnitCode> units, int count, LocalDate start, int seed)
    {
        ArgumentNullException.ThrowIfNull(units);
        ArgumentOutOfRangeException.ThrowIfNegative(count);
        ArgumentOutOfRangeException.ThrowIfZero(units.Count);
        var random = new Random(seed);
        var unitIndex = new int[count];
        var kinds = new OwnerKind[count];
        var levels = new ModelLevel[count];
        var fields = new byte[count];
        var registeredOn = new LocalDate[count];
        var timelines = new StateTimeline[count];
        var stepStart = new int[count + 1];
        var actions = new LifecycleAction[count * 3 + 16];
        var dates = new LocalDate[actions.Length];
        var places = new int[actions.Length];
        var cache = new StepCache(start);
        var buffer = new ModelTransition[8];
        int stepCount = 0;
        for (int i = 0; i < count; i++)
        {
            int unit = random.Next(units.Count);
            int roll = random.Next(100);
            var kind = roll < 10 ? OwnerKind.Individual : roll < 40 ? OwnerKind.Unit : OwnerKind.Committee;
            int levelRoll = random.Next(100);
            var level = levelRoll < 80 ? ModelLevel.Commune : levelRoll < 97 ? ModelLevel.District : ModelLevel.Province;
            var date = start.PlusDays(random.Next(365));
            unitIndex[i] = unit;
            kinds[i] = kind;
            levels[i] = level;
            fields[i] = (byte)random.Next(StandardFields.Length);
            registeredOn[i] = date;
            stepStart[i] = stepCount;
            int length = random.Next(7);
            int n = 0;
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
                    length = s + 1;
                }

                int place = action == LifecycleAction.Replicate ? (unit + 1 + random.Next(Math.Max(1, units.Count - 1))) % units.Count : -1;
                if (stepCount == actions.Length)
                {
                    Array.Resize(ref actions, actions.Length * 2);
                    Array.Resize(ref dates, actions.Length);
                    Array.Resize(ref places, actions.Length);
                }

                actions[stepCount] = action;
                dates[stepCount] = date;
                places[stepCount] = place;
                stepCount++;
                buffer[n++] = action == LifecycleAction.Replicate
                    ? ModelTransition.Replicate(date, units[place])
                    : cache.Get(action, date, level);
            }

            timelines[i] = StateTimeline.Replay(registeredOn[i], buffer.AsSpan(0, n), level, RecognitionAuthority.Default);
        }

        stepStart[count] = stepCount;
        return new MobilizationRecords(units, unitIndex, kinds, levels, fields, registeredOn, timelines, stepStart, actions, dates, places);
    }

    /// <summary>Creates the steps of generated histories, sharing one step object per action, level and date.</summary>
    internal sealed class StepCache
    {
        private const int Days = 1024;
        private readonly LocalDate origin;
        private readonly ModelTransition?[] steps = new ModelTransition?[16 * 8 * Days];

        internal StepCache(LocalDate origin) => this.origin = origin;

        internal ModelTransition Get(LifecycleAction action, LocalDate date, ModelLevel level)
        {
            int day = Period.DaysBetween(origin, date);
            int slot = day is >= 0 and < Days ? ((((int)action * 8) + (int)level) * Days) + day : -1;
            if (slot >= 0 && steps[slot] is { } cached)
            {
                return cached;
            }

            var step = action switch
            {
                LifecycleAction.StartImplementing => ModelTransition.StartImplementing(date),
                LifecycleAction.Complete => ModelTransition.Complete(date),
                LifecycleAction.Review => ModelTransition.Review(date),
                LifecycleAction.Recognise => ModelTransition.Recognise(date, level, DocumentNumber.State(1 + (date.DayOfYear % 999), "QĐ", "UBND")),
                LifecycleAction.Withdraw => ModelTransition.Withdraw(date, "Dừng triển khai"),
                LifecycleAction.RejectRecognition => ModelTransition.RejectRecognition(date, "Không đạt tiêu chí"),
                _ => throw new ArgumentOutOfRangeException(nameof(action), action, "Not a cached step."),
            };
            if (slot >= 0)
            {
                steps[slot] = step;
            }

            return step;
        }
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
