using System;
using System.Collections.Generic;
using System.Globalization;

namespace MassMobilization.Core.AdministrativeUnits;

/// <summary>
/// The small manifest shipped beside the data: where the data comes from (the public datasets at
/// recorded commits), the counts it must contain and the SHA-256 hash of its bytes. The data is
/// checked against it on load, and <c>tools/administrative-units/build_official_map.py</c> writes both.
/// </summary>
public sealed class OfficialMapManifest
{
    private OfficialMapManifest(Dictionary<string, string> values)
    {
        Format = Text(values, "format");
        OldSource = Text(values, "old-source");
        NewSource = Text(values, "new-source");
        OldProvinces = Number(values, "old-provinces");
        OldDistricts = Number(values, "old-districts");
        OldCommunes = Number(values, "old-communes");
        NewProvinces = Number(values, "new-provinces");
        NewCommunes = Number(values, "new-communes");
        WholeCommunes = Number(values, "whole-communes");
        DividedCommunes = Number(values, "divided-communes");
        ReusedCodes = Number(values, "reused-codes");
        DistrictSuccessors = Number(values, "district-successors");
        Corrections = Number(values, "corrections");
        Bytes = Number(values, "bytes");
        Sha256 = Text(values, "sha256");
    }

    /// <summary>Gets the data format and its version, <c>MMC-ADMIN-UNITS 1</c>.</summary>
    public string Format { get; }

    /// <summary>Gets the source of the 2025-03-01 units: repository, tag, commit, file and date.</summary>
    public string OldSource { get; }

    /// <summary>Gets the source of the 2025-07-01 units and the mapping: repository, revision, commit, files and date.</summary>
    public string NewSource { get; }

    /// <summary>Gets the number of provinces until 2025-06-30 (63).</summary>
    public int OldProvinces { get; }

    /// <summary>Gets the number of district-level units until 2025-06-30 (696).</summary>
    public int OldDistricts { get; }

    /// <summary>Gets the number of communes until 2025-06-30 (10,047).</summary>
    public int OldCommunes { get; }

    /// <summary>Gets the number of provinces from 2025-07-01 (34).</summary>
    public int NewProvinces { get; }

    /// <summary>Gets the number of communes from 2025-07-01 (3,321).</summary>
    public int NewCommunes { get; }

    /// <summary>Gets the number of old communes that go whole into one new commune (9,587).</summary>
    public int WholeCommunes { get; }

    /// <summary>Gets the number of old communes divided between several new communes (460).</summary>
    public int DividedCommunes { get; }

    /// <summary>Gets the number of new communes that reuse the code of an old commune (3,316).</summary>
    public int ReusedCodes { get; }

    /// <summary>Gets the number of old districts without communes that became a special zone (5).</summary>
    public int DistrictSuccessors { get; }

    /// <summary>Gets the number of corrections applied to the open mapping.</summary>
    public int Corrections { get; }

    /// <summary>Gets the size of the data in bytes.</summary>
    public int Bytes { get; }

    /// <summary>Gets the SHA-256 hash of the data's bytes, in lower-case hexadecimal.</summary>
    public string Sha256 { get; }

    internal static OfficialMapManifest Parse(string text)
    {
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        int lineNumber = 0;
        foreach (string line in text.Split('\n'))
        {
            lineNumber++;
            if (line.Length == 0)
            {
                continue;
            }

            int tab = line.IndexOf('\t', StringComparison.Ordinal);
            if (tab <= 0)
            {
                throw new DomainRuleException(OfficialMapRules.ResourceFormat, $"Line {lineNumber.ToString(CultureInfo.InvariantCulture)} of the official map's manifest has no tab-separated key: '{line}'.");
            }

            string key = lineNumber == 1 ? "format" : line[..tab];
            string value = lineNumber == 1 ? line.Replace('\t', ' ') : line[(tab + 1)..].Replace('\t', ' ');
            if (!values.TryAdd(key, value))
            {
                throw new DomainRuleException(OfficialMapRules.ResourceFormat, $"The official map's manifest gives '{key}' twice.");
            }
        }

        return new OfficialMapManifest(values);
    }

    private static string Text(Dictionary<string, string> values, string key) =>
        values.TryGetValue(key, out string? value)
            ? value
            : throw new DomainRuleException(OfficialMapRules.ResourceFormat, $"The official map's manifest has no '{key}'.");

    private static int Number(Dictionary<string, string> values, string key) =>
        int.TryParse(Text(values, key), NumberStyles.None, CultureInfo.InvariantCulture, out int number)
            ? number
            : throw new DomainRuleException(OfficialMapRules.ResourceFormat, $"The official map's manifest gives '{key}' as '{values[key]}', not a whole number.");
}
