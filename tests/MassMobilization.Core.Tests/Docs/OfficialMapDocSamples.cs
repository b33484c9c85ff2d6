using System.Collections.Generic;
using MassMobilization.Core.AdministrativeUnits;
using MassMobilization.Core.Organization;
using NodaTime;
using Xunit;

namespace MassMobilization.Core.Tests.Docs;

/// <summary>The compiled samples of docs/official-map.md.</summary>
public sealed class OfficialMapDocSamples
{
    [Fact]
    public void Lookups()
    {
        // sample: official-map-lookups
        var map = OfficialMap.Instance;
        var saiGon = map.Find(new UnitCode("26740"), new LocalDate(2025, 7, 1));      // Phường Sài Gòn
        var benNghe = map.Find(new UnitCode("26740"), new LocalDate(2025, 6, 30));    // Phường Bến Nghé
        var hoanKiem = map.FindByName("Hoan Kiem", new LocalDate(2025, 7, 1));        // [00070 Phường Hoàn Kiếm]
        var wentTo = map.SuccessorsOf(new UnitCode("00007"), map.LastDayBeforeReform); // 00008, 00025 (divided)
        var cameFrom = map.PredecessorsOf(new UnitCode("68"), map.ReformDate);         // 60, 67, 68 (202/2025/QH15)
        // end sample
        Assert.Equal("Phường Sài Gòn", saiGon.VietnameseName);
        Assert.Equal("Phường Bến Nghé", benNghe.VietnameseName);
        Assert.Equal("00070", Assert.Single(hoanKiem).Code.Value);
        Assert.Equal(2, wentTo.Count);
        Assert.Equal(3, cameFrom.Count);
    }

    [Fact]
    public void Rebase()
    {
        // sample: official-map-rebase
        var map = OfficialMap.Instance;
        var members = new Dictionary<UnitCode, long>
        {
            [new UnitCode("00001")] = 120, // Phường Phúc Xá: whole into Phường Hồng Hà
            [new UnitCode("00007")] = 80,  // Phường Cống Vị: divided between Ngọc Hà and Giảng Võ
        };
        var plain = map.Rebase(members);   // 00097 = 120; 80 unallocated (UnweightedSplit)
        var byPopulation = map.CreateRebaser(new Dictionary<(UnitCode Old, UnitCode New), decimal>
        {
            [(new UnitCode("00007"), new UnitCode("00008"))] = 9_000,
            [(new UnitCode("00007"), new UnitCode("00025"))] = 7_000,
        }).Rebase(members);                // 00008 = 45, 00025 = 35, nothing unallocated
        // end sample
        Assert.Equal(120, plain.CountOf(new UnitCode("00097")));
        Assert.Equal(80, plain.UnallocatedTotal);
        Assert.Equal(45, byPopulation.CountOf(new UnitCode("00008")));
        Assert.Equal(35, byPopulation.CountOf(new UnitCode("00025")));
        Assert.Equal(0, byPopulation.UnallocatedTotal);
    }
}
