using System;
using System.Buffers;
using System.Collections.Generic;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using MassMobilization.Core.Activities;
using MassMobilization.Core.Aggregation;
using MassMobilization.Core.Organization;
using NodaTime;

namespace MassMobilization.Core.Reporting;

/// <summary>
/// The direct path from activity records to the roll-up's leaf cells
/// (docs/activities.md, "How activities roll up"): the same sums, record counts and errors as <see cref="ActivityIndicators.Records(IEnumerable{IActivityRecord}, ReportingPeriod, LocalDate)"/>
/// followed by the roll-up of those records, without making them. Each record is read once by
/// <see cref="ActivityFigures"/> (its kind and up to three figures); which slots each kind feeds is resolved
/// once per call from the layout. A record then costs a date test, a unit lookup (a per-call cache keyed by
/// the unit code's text, falling back to the shape), three checked additions and one count into the
/// record's block of a per-unit scratch row (one block of four per kind: its three figures' sums and its
/// record count, so a record touches one cache line however the units are spread), which is added into the
/// caller's cells at the end with the roll-up's overflow check (each slot's record count is the sum of the
/// counts of the kinds that feed it). No string lookup and no allocation per record; the scratch is rented,
/// O(units).
/// </summary>
/// <remarks>
/// Records are added in input order and, within a record, in the readable path's order. Every amount is
/// non-negative, so a kind's figure overflows in the scratch exactly when its running sum does; a slot fed by
/// several kinds (the support value, the supervision recommendations) or a cell that already holds other
/// records' sums may instead overflow when the scratch is added in (the same cell when only one overflows). The error names the unit and slot either way (rule <c>AGG-SUM-OVERFLOW</c>).
/// </remarks>
internal sealed class ActivityCells
{
    private const int LocalCount = 25;
    private const int Sink = LocalCount - 1;
    private const int BlockLength = 4;
    private const int RowLength = ActivityFigures.KindCount * BlockLength;
    private const string ActivitiesParameter = "activities";

    /// <summary>The layout-independent slots ("local slots") of the scratch row, in order; the citizens received take two (numerator, denominator).</summary>
    private static readonly Indicator[] LocalIndicators =
    [
        StandardIndicators.DialoguesHeld, ActivityIndicators.ReceptionsHeld, StandardIndicators.CitizensReceived, StandardIndicators.CitizensReceived,
        StandardIndicators.Gifts, StandardIndicators.Scholarships, StandardIndicators.HousesBuiltOrRepaired, ActivityIndicators.OtherSupport, StandardIndicators.SupportValue,
        ActivityIndicators.Supervisions, ActivityIndicators.SocialCriticisms, ActivityIndicators.SupervisionRecommendations, ActivityIndicators.RecommendationsReceived,
        ActivityIndicators.CoreTeams, ActivityIndicators.CoreTeamMembers, ActivityIndicators.ReligiousVisits, ActivityIndicators.ReligiousOrganisationsVisited,
        ActivityIndicators.TwinningAgreements, ActivityIndicators.PrestigeSelections, ActivityIndicators.CommunityVotes, ActivityIndicators.InspectionBoards,
        ActivityIndicators.InvestmentSupervisionBoards, ActivityIndicators.Disclosures, ActivityIndicators.OtherActivities,
    ];

    /// <summary>For each kind, the local slots its first, second and third figures feed (<see cref="Sink"/> for none).</summary>
    private static readonly byte[] KindLocals =
    [
        0, Sink, Sink, // Dialogue
        1, 2, 3, // Reception: sessions, received (numerator), asked (denominator)
        4, 8, Sink, // Gift
        5, 8, Sink, // Scholarship
        6, 8, Sink, // House
        7, 8, Sink, // OtherSupport
        9, 11, Sink, // Supervision
        10, 11, Sink, // SocialCriticism
        12, Sink, Sink, // Recommendation
        13, 14, Sink, // CoreTeam
        15, 16, Sink, // ReligiousVisit
        17, Sink, Sink, // Twinning
        18, Sink, Sink, // Prestige
        19, Sink, Sink, // CommunityVote
        20, Sink, Sink, // InspectionBoard
        21, Sink, Sink, // InvestmentBoard
        22, Sink, Sink, // Disclosure
        23, Sink, Sink, // Other
    ];

    private static readonly byte[] RecordsOfKind = RecordCounts();

    /// <summary>For each kind's three figures, 1 when the figure feeds a slot and 0 when it goes to the <see cref="Sink"/> (so it is never added).</summary>
    private static readonly long[] KindKeeps = Keeps();

    private readonly RollUpShape shape;
    private readonly IndicatorLayout layout;
    private readonly int width;
    private readonly int[] layoutSlots = new int[LocalCount];
    private readonly uint missingKinds;

    private ActivityCells(RollUpShape shape, IndicatorLayout layout)
    {
        this.shape = shape;
        this.layout = layout;
        width = layout.SlotCount;
        for (int local = 0; local < Sink; local++)
        {
            var indicator = LocalIndicators[local];
            layoutSlots[local] = !layout.Contains(indicator) ? -1
                : local == 3 ? layout.DenominatorSlotOf(indicator)
                : layout.SlotOf(indicator);
        }

        layoutSlots[Sink] = -1;
        for (int kind = 0; kind < ActivityFigures.KindCount; kind++)
        {
            for (int j = 0; j < 3; j++)
            {
                int local = KindLocals[(kind * 3) + j];
                if (local != Sink && layoutSlots[local] < 0)
                {
                    missingKinds |= 1u << kind;
                }
            }
        }
    }

    /// <summary>Adds the activities dated in the period by the report date into unit × slot cells (not propagated).</summary>
    /// <param name="shape">The units.</param>
    /// <param name="layout">The indicators.</param>
    /// <param name="period">The reporting period.</param>
    /// <param name="asOf">The report date.</param>
    /// <param name="activities">The activity records.</param>
    /// <param name="sums">The sums to add into.</param>
    /// <param name="counts">The record counts to add into.</param>
    /// <param name="stopAtUnknownUnit">Whether to stop (and return <see langword="false"/>) at the first record whose unit is not in the shape, instead of breaking rule <c>AGG-UNKNOWN-UNIT</c>.</param>
    /// <param name="recordCount">The number of indicator records the readable path would have made.</param>
    /// <returns><see langword="false"/> when stopped at a unit that is not in the shape (the cells are then to be thrown away).</returns>
    internal static bool TryAccumulate(
        RollUpShape shape, IndicatorLayout layout, ReportingPeriod period, LocalDate asOf, IEnumerable<IActivityRecord> activities, long[] sums, long[] counts, bool stopAtUnknownUnit, out long recordCount)
    {
        var span = Span(activities);
        var cells = new ActivityCells(shape, layout);
        long[] scratch = cells.Rent();
        try
        {
            if (!cells.TryAdd(span, period.Start, Last(period, asOf), scratch, stopAtUnknownUnit, out recordCount))
            {
                return false;
            }

            cells.Fold(scratch, sums, counts);
            return true;
        }
        finally
        {
            ArrayPool<long>.Shared.Return(scratch);
        }
    }

    /// <summary>Adds the ledger's records dated in the period by the report date into unit × slot cells (not propagated); see <see cref="TryAccumulate(RollUpShape, IndicatorLayout, ReportingPeriod, LocalDate, IEnumerable{IActivityRecord}, long[], long[], bool, out long)"/>.</summary>
    internal static bool TryAccumulate(
        RollUpShape shape, IndicatorLayout layout, ReportingPeriod period, LocalDate asOf, ActivityLedger ledger, long[] sums, long[] counts, bool stopAtUnknownUnit, out long recordCount)
    {
        var cells = new ActivityCells(shape, layout);
        long[] scratch = cells.Rent();
        try
        {
            if (!cells.TryAdd(ledger, ActivityLedger.DayNumber(period.Start), ActivityLedger.DayNumber(Last(period, asOf)), scratch, stopAtUnknownUnit, out recordCount))
            {
                return false;
            }

            cells.Fold(scratch, sums, counts);
            return true;
        }
        finally
        {
            ArrayPool<long>.Shared.Return(scratch);
        }
    }

    /// <summary>Adds the units of the activities dated in the period by the report date to a set, and counts their indicator records.</summary>
    internal static long CollectUnits(ReportingPeriod period, LocalDate asOf, IEnumerable<IActivityRecord> activities, HashSet<UnitCode> units)
    {
        var span = Span(activities);
        var first = period.Start;
        var last = Last(period, asOf);
        long count = 0;
        for (int i = 0; i < span.Length; i++)
        {
            var activity = span[i] ?? throw NullElement(i);
            var kind = ActivityFigures.Read(activity, out var date, out var unit, out _, out _, out _);
            if (date < first || date > last)
            {
                continue;
            }

            CheckUnit(unit);
            units.Add(unit);
            count += RecordsOfKind[(int)kind];
        }

        return count;
    }

    private static LocalDate Last(ReportingPeriod period, LocalDate asOf) => asOf < period.End ? asOf : period.End;

    private static long[] Keeps()
    {
        var keeps = new long[KindLocals.Length];
        for (int i = 0; i < keeps.Length; i++)
        {
            keeps[i] = KindLocals[i] == Sink ? 0 : 1;
        }

        return keeps;
    }

    private static byte[] RecordCounts()
    {
        var counts = new byte[ActivityFigures.KindCount];
        for (int kind = 0; kind < counts.Length; kind++)
        {
            counts[kind] = (byte)ActivityFigures.RecordsOf((FigureKind)kind);
        }

        return counts;
    }

    /// <summary>Reads arrays and lists in place; anything else is copied once, as the readable path does.</summary>
    private static ReadOnlySpan<IActivityRecord> Span(IEnumerable<IActivityRecord> activities) => activities switch
    {
        IActivityRecord[] array => array,
        List<IActivityRecord> list => CollectionsMarshal.AsSpan(list),
        _ => new List<IActivityRecord>(activities).ToArray(),
    };

    private static ArgumentException NullElement(int index, string paramName = ActivitiesParameter) => new($"Element {index} is null.", paramName);

    private static void CheckUnit(UnitCode unit) => Preconditions.CheckArgument(!unit.IsDefault, nameof(unit), "The unit code is the default value.");

    /// <summary>Throws the error the readable path throws first: a later null element, found before any record is made.</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static void ThrowNullAfter(ReadOnlySpan<IActivityRecord> span, int index)
    {
        for (int i = index + 1; i < span.Length; i++)
        {
            if (span[i] is null)
            {
                throw NullElement(i);
            }
        }
    }

    private long[] Rent()
    {
        int length = checked(shape.Count * RowLength);
        long[] scratch = ArrayPool<long>.Shared.Rent(length);
        scratch.AsSpan(0, length).Clear();
        return scratch;
    }

    private bool TryAdd(ReadOnlySpan<IActivityRecord> span, LocalDate first, LocalDate last, long[] scratch, bool stopAtUnknownUnit, out long recordCount)
    {
        var cache = new UnitCache(shape.Count);
        ref long row0 = ref MemoryMarshal.GetArrayDataReference(scratch);
        long records = 0;
        int i = 0;
        try
        {
            for (; i < span.Length; i++)
            {
                var activity = span[i] ?? throw NullElement(i);
                var kind = ActivityFigures.Read(activity, out var date, out var unit, out long a, out long b, out long c);
                if (date < first || date > last)
                {
                    continue;
                }

                int ordinal = cache.Find(unit.Value);
                if (ordinal < 0)
                {
                    if (unit.IsDefault)
                    {
                        ThrowNullAfter(span, i);
                        CheckUnit(unit);
                    }

                    if (!shape.TryGetOrdinal(unit, out ordinal))
                    {
                        ThrowNullAfter(span, i);
                        if (stopAtUnknownUnit)
                        {
                            recordCount = records;
                            return false;
                        }

                        shape.OrdinalOf(unit);
                    }

                    cache.Remember(unit.Value, ordinal);
                }

                Add(ref row0, ordinal, kind, a, b, c);
                records += RecordsOfKind[(int)kind];
            }
        }
        catch (Exception exception) when (exception is CellOverflowException or DomainRuleException)
        {
            ThrowNullAfter(span, i);
            throw;
        }

        recordCount = records;
        return true;
    }

    private bool TryAdd(ActivityLedger ledger, int firstDay, int lastDay, long[] scratch, bool stopAtUnknownUnit, out long recordCount)
    {
        var ledgerUnits = ledger.UnitSpan;
        var ordinals = new int[ledgerUnits.Length];
        for (int u = 0; u < ordinals.Length; u++)
        {
            ordinals[u] = shape.TryGetOrdinal(ledgerUnits[u], out int ordinal) ? ordinal : -1;
        }

        // The ledger's columns all have the ledger's length and its unit indexes point into its units (it makes them
        // itself), so they are read without bounds checks; the record count is read from the blocks' counts at the end.
        int length = ledger.Kinds.Length;
        ref int unitIndexes = ref MemoryMarshal.GetReference(ledger.UnitIndexes);
        ref int days = ref MemoryMarshal.GetReference(ledger.Days);
        ref FigureKind kinds = ref MemoryMarshal.GetReference(ledger.Kinds);
        ref long first = ref MemoryMarshal.GetReference(ledger.First);
        ref long second = ref MemoryMarshal.GetReference(ledger.Second);
        ref long third = ref MemoryMarshal.GetReference(ledger.Third);
        ref int ordinal0 = ref MemoryMarshal.GetArrayDataReference(ordinals);
        ref long row0 = ref MemoryMarshal.GetArrayDataReference(scratch);
        uint span = (uint)(lastDay - firstDay);
        for (int r = 0; r < length; r++)
        {
            if ((uint)(Unsafe.Add(ref days, r) - firstDay) > span)
            {
                continue;
            }

            int unitIndex = Unsafe.Add(ref unitIndexes, r);
            int ordinal = Unsafe.Add(ref ordinal0, unitIndex);
            if (ordinal < 0)
            {
                if (stopAtUnknownUnit)
                {
                    recordCount = CountRecords(scratch);
                    return false;
                }

                shape.OrdinalOf(ledgerUnits[unitIndex]);
            }

            Add(ref row0, ordinal, Unsafe.Add(ref kinds, r), Unsafe.Add(ref first, r), Unsafe.Add(ref second, r), Unsafe.Add(ref third, r));
        }

        recordCount = CountRecords(scratch);
        return true;
    }

    /// <summary>The number of indicator records the readable path would have made for what the scratch holds: each kind's record count times the records a record of that kind makes.</summary>
    private long CountRecords(long[] scratch)
    {
        long records = 0;
        for (int unit = 0; unit < shape.Count; unit++)
        {
            int row = unit * RowLength;
            for (int kind = 0; kind < ActivityFigures.KindCount; kind++)
            {
                records += scratch[row + (kind * BlockLength) + 3] * RecordsOfKind[kind];
            }
        }

        return records;
    }

    /// <summary>Adds a record's figures into its kind's block of its unit's scratch row, and one to the block's record count.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private void Add(ref long row0, int ordinal, FigureKind kind, long a, long b, long c)
    {
        if (((missingKinds >> (int)kind) & 1) != 0)
        {
            ThrowMissing(kind);
        }

        ref long block = ref Unsafe.Add(ref row0, ((nint)ordinal * RowLength) + ((int)kind * BlockLength));
        ref long keep = ref Unsafe.Add(ref MemoryMarshal.GetArrayDataReference(KindKeeps), (int)kind * 3);
        AddTo(ref block, a * keep, ordinal, kind, 0);
        AddTo(ref Unsafe.Add(ref block, 1), b * Unsafe.Add(ref keep, 1), ordinal, kind, 1);
        AddTo(ref Unsafe.Add(ref block, 2), c * Unsafe.Add(ref keep, 2), ordinal, kind, 2);
        Unsafe.Add(ref block, 3)++;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private void AddTo(ref long sum, long amount, int ordinal, FigureKind kind, int figure)
    {
        long total = unchecked(sum + amount);
        if (((sum ^ total) & (amount ^ total)) < 0)
        {
            ThrowOverflow(ordinal, KindLocals[((int)kind * 3) + figure]);
        }

        sum = total;
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private void ThrowOverflow(int ordinal, int local) => throw new CellOverflowException(((long)ordinal * width) + layoutSlots[local], -1);

    /// <summary>Breaks rule <c>AGG-UNKNOWN-INDICATOR</c> for the first indicator of a kind that the layout lacks, as the readable path does.</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private void ThrowMissing(FigureKind kind)
    {
        for (int j = 0; j < 3; j++)
        {
            int local = KindLocals[((int)kind * 3) + j];
            if (local != Sink && layoutSlots[local] < 0)
            {
                layout.SlotOf(LocalIndicators[local]);
            }
        }
    }

    /// <summary>Adds the scratch rows into the caller's cells, with the roll-up's overflow check (<see cref="CellOverflowException"/>): each kind's sums into the slots its figures feed, its record count into each of those slots' counts.</summary>
    private void Fold(long[] scratch, long[] sums, long[] counts)
    {
        for (int unit = 0; unit < shape.Count; unit++)
        {
            int row = unit * RowLength;
            for (int kind = 0; kind < ActivityFigures.KindCount; kind++)
            {
                int block = row + (kind * BlockLength);
                long count = scratch[block + 3];
                if (count == 0)
                {
                    continue;
                }

                for (int figure = 0; figure < 3; figure++)
                {
                    int local = KindLocals[(kind * 3) + figure];
                    if (local == Sink)
                    {
                        continue;
                    }

                    int cell = (unit * width) + layoutSlots[local];
                    sums[cell] = CellOverflowException.Add(sums[cell], scratch[block + figure], cell);
                    counts[cell] = CellOverflowException.Add(counts[cell], count, cell);
                }
            }
        }
    }

    /// <summary>
    /// A cache from a unit code's text to its ordinal, for one call: an open-addressing table at most half
    /// full (it only ever holds units of the shape), probed from a cheap hash of the code's characters; a hit
    /// is the same string instance (records loaded from a database share their unit codes) or an equal one.
    /// A miss falls back to the shape's own lookup. Probing stops after <see cref="MaxProbes"/> slots, so
    /// codes made to collide cost the shape's lookup, never more, and never a wrong ordinal.
    /// </summary>
    private readonly struct UnitCache
    {
        private const int MaxProbes = 8;
        private readonly string?[] keys;
        private readonly int[] ordinals;
        private readonly int mask;

        internal UnitCache(int units)
        {
            int size = 64;
            while (size < units * 2 && size < (1 << 30))
            {
                size <<= 1;
            }

            keys = new string?[size];
            ordinals = new int[size];
            mask = size - 1;
        }

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        internal int Find(string code)
        {
            int slot = Hash(code) & mask;
            for (int probe = 0; probe < MaxProbes; probe++)
            {
                string? key = keys[slot];
                if (ReferenceEquals(key, code))
                {
                    return ordinals[slot];
                }

                if (key is null)
                {
                    return -1;
                }

                if (string.Equals(key, code, StringComparison.Ordinal))
                {
                    return ordinals[slot];
                }

                slot = (slot + 1) & mask;
            }

            return -1;
        }

        internal void Remember(string code, int ordinal)
        {
            int slot = Hash(code) & mask;
            for (int probe = 0; probe < MaxProbes; probe++)
            {
                if (keys[slot] is null)
                {
                    keys[slot] = code;
                    ordinals[slot] = ordinal;
                    return;
                }

                slot = (slot + 1) & mask;
            }
        }

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        private static int Hash(string code)
        {
            // Codes have 1 to 16 characters: the first and last four (overlapping when shorter) and the length.
            ref byte start = ref Unsafe.As<char, byte>(ref MemoryMarshal.GetReference(code.AsSpan()));
            int length = code.Length;
            ulong h;
            if (length >= 4)
            {
                h = Unsafe.ReadUnaligned<ulong>(ref start) ^ (Unsafe.ReadUnaligned<ulong>(ref Unsafe.Add(ref start, (length - 4) * 2)) * 0x9E3779B97F4A7C15UL);
            }
            else
            {
                h = 0;
                for (int i = 0; i < length; i++)
                {
                    h = (h << 16) | Unsafe.Add(ref Unsafe.As<byte, char>(ref start), i);
                }
            }

            h = (h ^ (ulong)length) * 0xBF58476D1CE4E5B9UL;
            return (int)(h >> 40);
        }
    }
}
