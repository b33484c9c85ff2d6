using System;
using System.Collections.Generic;
using MassMobilization.Core.Awards;

namespace MassMobilization.Samples.Generators;

/// <summary>
/// Deterministic individual service records for the Awards tests and benchmarks: ten years up to a last year, with
/// realistic shares of ratings, titles, initiatives, thematic awards, discipline and unknown years.
/// </summary>
public static class AwardRecords
{
    /// <summary>Builds the record of nominee <paramref name="index"/> (the same index always gives the same record).</summary>
    /// <param name="index">The nominee's index (any non-negative number).</param>
    /// <param name="lastYear">The last year of the record.</param>
    /// <param name="years">How many years the record covers.</param>
    /// <returns>The record.</returns>
    public static ServiceRecord Individual(int index, int lastYear = 2025, int years = 10)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(index);
        ulong state = (ulong)index * 0x9E3779B97F4A7C15UL + 0x632BE59BD9B4E019UL;
        int firstYear = lastYear - years + 1;
        int? start = Next(ref state, 10) == 0 ? null : firstYear - Next(ref state, 8);
        var yearList = new List<ServiceYear>(years);
        var awards = new List<ReceivedAward>();
        var initiatives = new List<Initiative>();
        var disciplines = new List<DisciplinePeriod>();
        int excellentRun = 0;
        int grassrootsRun = 0;
        for (int year = firstYear; year <= lastYear; year++)
        {
            int roll = Next(ref state, 100);
            if (roll < 3)
            {
                continue; // a year with no data at all: unknown, not bad
            }

            TaskRating? rating = roll < 6 ? null
                : roll < 10 ? TaskRating.NotCompleted
                : roll < 28 ? TaskRating.Completed
                : roll < 70 ? TaskRating.Good
                : TaskRating.Excellent;
            var serviceYear = new ServiceYear(year, rating)
                .WithFact(YearFact.TookPartInEmulation, Next(ref state, 100) < 92)
                .WithFact(YearFact.NotableAchievement, Next(ref state, 100) < 30)
                .WithFact(YearFact.ScienceProjectOrCombatIngenuity, Next(ref state, 100) < 4)
                .WithFact(YearFact.OutstandingInProvincialCampaign, Next(ref state, 100) < 3);
            yearList.Add(serviceYear);
            bool initiative = Next(ref state, 100) < 25;
            if (initiative)
            {
                int scopeRoll = Next(ref state, 100);
                var scope = scopeRoll < 85 ? InitiativeScope.Grassroots : scopeRoll < 97 ? InitiativeScope.MinistryProvince : InitiativeScope.National;
                initiatives.Add(new Initiative(year, scope, "Initiative " + year.ToString(System.Globalization.CultureInfo.InvariantCulture)));
            }

            bool good = rating is TaskRating.Good or TaskRating.Excellent;
            if (good && Next(ref state, 100) < 90)
            {
                awards.Add(new ReceivedAward(AwardKind.AdvancedWorker, year));
                if ((rating == TaskRating.Excellent || initiative) && Next(ref state, 100) < 75)
                {
                    awards.Add(new ReceivedAward(AwardKind.GrassrootsEmulationFighter, year));
                    grassrootsRun++;
                    if (grassrootsRun == 3 && Next(ref state, 100) < 50)
                    {
                        awards.Add(new ReceivedAward(AwardKind.MinistryProvinceEmulationFighter, year));
                    }
                }
                else
                {
                    grassrootsRun = 0;
                }
            }
            else
            {
                grassrootsRun = 0;
            }

            excellentRun = rating == TaskRating.Excellent ? excellentRun + 1 : 0;
            if (excellentRun >= 2 && Next(ref state, 100) < 20)
            {
                awards.Add(new ReceivedAward(AwardKind.MinistryProvinceCertificateOfMerit, year));
            }

            if (Next(ref state, 100) < 8)
            {
                // "Dân vận khéo" commendations are thematic: they never count towards merit awards.
                awards.Add(new ReceivedAward(AwardKind.MinistryProvinceCertificateOfMerit, year, nature: AwardNature.Thematic));
            }

            if (Next(ref state, 1000) < 15)
            {
                awards.Add(new ReceivedAward(AwardKind.PrimeMinisterCertificateOfMerit, year));
            }

            if (Next(ref state, 1000) < 15)
            {
                disciplines.Add(new DisciplinePeriod(DisciplineLevel.Reprimand, new NodaTime.DateInterval(new NodaTime.LocalDate(year, 3, 1), new NodaTime.LocalDate(year, 8, 31))));
            }
        }

        var pending = Next(ref state, 100) == 0 ? PendingProceedings.Inspection : PendingProceedings.None;
        return new ServiceRecord(
            "N" + index.ToString(System.Globalization.CultureInfo.InvariantCulture),
            RecipientKinds.Individual,
            start,
            yearList,
            awards,
            initiatives,
            disciplines,
            pending,
            isWoman: (index & 1) == 0);
    }

    /// <summary>Builds <paramref name="count"/> records, nominees 0 to count − 1.</summary>
    /// <param name="count">How many records.</param>
    /// <param name="lastYear">The last year of each record.</param>
    /// <returns>The records.</returns>
    public static IReadOnlyList<ServiceRecord> Individuals(int count, int lastYear = 2025)
    {
        var result = new ServiceRecord[count];
        for (int i = 0; i < count; i++)
        {
            result[i] = Individual(i, lastYear);
        }

        return result;
    }

    private static int Next(ref ulong state, int bound)
    {
        state ^= state << 13;
        state ^= state >> 7;
        state ^= state << 17;
        return (int)((state >> 33) % (ulong)bound);
    }
}
