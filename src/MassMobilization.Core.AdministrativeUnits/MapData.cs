using System;
using System.Collections.Generic;
using System.Globalization;
using MassMobilization.Core.Documents;
using MassMobilization.Core.Organization;
using NodaTime;
using NodaTime.Text;

namespace MassMobilization.Core.AdministrativeUnits;

/// <summary>
/// The parsed lines of the data (format <c>MMC-ADMIN-UNITS 1</c>, UTF-8, one record a line, fields
/// separated by tabs): <c>dates</c> (first day, reform date); <c>P</c> old province, <c>D</c> its
/// districts (with the special zone an island district became), <c>C</c> their communes with the new
/// communes they go into; <c>N</c> new province (resolutions, old provinces), <c>M</c> its communes;
/// <c>K</c> a correction. Units follow their parent, so the parent is implied.
/// </summary>
internal sealed class MapData
{
    public const string Header = "MMC-ADMIN-UNITS\t1";

    public LocalDate FirstDay { get; private set; }

    public LocalDate ReformDate { get; private set; }

    public List<Row> OldProvinces { get; } = [];

    public List<Row> Districts { get; } = [];

    public List<Row> OldCommunes { get; } = [];

    public List<Row> NewProvinces { get; } = [];

    public List<Row> NewCommunes { get; } = [];

    public List<MapCorrection> Corrections { get; } = [];

    public static MapData Parse(string text)
    {
        var data = new MapData();
        var documents = new Dictionary<string, DocumentNumber>(StringComparer.Ordinal);
        int lineNumber = 0;
        Row? province = null, district = null, newProvince = null;
        foreach (string line in text.Split('\n'))
        {
            lineNumber++;
            if (lineNumber == 1)
            {
                if (line != Header)
                {
                    throw Error(lineNumber, $"expected the header '{Header.Replace('\t', ' ')}'");
                }

                continue;
            }

            if (line.Length == 0)
            {
                continue;
            }

            string[] f = line.Split('\t');
            switch (f[0])
            {
                case "dates":
                    Expect(f, 3, lineNumber);
                    data.FirstDay = Date(f[1], lineNumber);
                    data.ReformDate = Date(f[2], lineNumber);
                    if (data.ReformDate <= data.FirstDay)
                    {
                        throw Error(lineNumber, "the reform date is not after the first day");
                    }

                    break;
                case "P":
                    Expect(f, 4, lineNumber);
                    province = new Row(Code(f[1], lineNumber), f[2], Name(f[3], lineNumber), null, lineNumber);
                    district = null;
                    data.OldProvinces.Add(province);
                    break;
                case "D":
                    Expect(f, f.Length == 5 ? 5 : 4, lineNumber);
                    district = new Row(Code(f[1], lineNumber), f[2], Name(f[3], lineNumber), province ?? throw Error(lineNumber, "a district before any province"), lineNumber)
                    {
                        Targets = f.Length == 5 ? [Code(f[4], lineNumber)] : [],
                    };
                    data.Districts.Add(district);
                    break;
                case "C":
                    Expect(f, 5, lineNumber);
                    data.OldCommunes.Add(new Row(Code(f[1], lineNumber), f[2], Name(f[3], lineNumber), district ?? throw Error(lineNumber, "a commune before any district"), lineNumber)
                    {
                        Targets = Codes(f[4], lineNumber),
                    });
                    break;
                case "N":
                    Expect(f, 7, lineNumber);
                    newProvince = new Row(Code(f[1], lineNumber), f[2], Name(f[3], lineNumber), null, lineNumber)
                    {
                        Resolution = Document(f[4], documents, lineNumber),
                        CommuneResolution = Document(f[5], documents, lineNumber),
                        Targets = Codes(f[6], lineNumber),
                    };
                    data.NewProvinces.Add(newProvince);
                    break;
                case "M":
                    Expect(f, 4, lineNumber);
                    data.NewCommunes.Add(new Row(Code(f[1], lineNumber), f[2], Name(f[3], lineNumber), newProvince ?? throw Error(lineNumber, "a new commune before any new province"), lineNumber));
                    break;
                case "K":
                    Expect(f, 6, lineNumber);
                    data.Corrections.Add(new MapCorrection(Code(f[1], lineNumber), Codes(f[2], lineNumber), Codes(f[3], lineNumber), Document(f[4], documents, lineNumber), f[5]));
                    break;
                default:
                    throw Error(lineNumber, $"unknown record '{f[0]}'");
            }
        }

        if (data.ReformDate == default)
        {
            throw Error(lineNumber, "no 'dates' record");
        }

        return data;
    }

    internal static DomainRuleException Error(int lineNumber, string what) =>
        new(OfficialMapRules.ResourceFormat, $"Line {lineNumber.ToString(CultureInfo.InvariantCulture)} of the official map is corrupt: {what}.");

    private static void Expect(string[] fields, int count, int lineNumber)
    {
        if (fields.Length != count)
        {
            throw Error(lineNumber, $"a '{fields[0]}' record has {fields.Length.ToString(CultureInfo.InvariantCulture)} fields, not {count.ToString(CultureInfo.InvariantCulture)}");
        }
    }

    private static LocalDate Date(string text, int lineNumber) =>
        LocalDatePattern.Iso.Parse(text).TryGetValue(default, out var date) ? date : throw Error(lineNumber, $"'{text}' is not an ISO date");

    private static UnitCode Code(string text, int lineNumber)
    {
        if (text.Length == 0 || !UnitCode.TryCreate(text, out var code))
        {
            throw Error(lineNumber, $"'{text}' is not a unit code");
        }

        foreach (char c in text)
        {
            if (!char.IsAsciiDigit(c))
            {
                throw Error(lineNumber, $"'{text}' is not a numeric unit code");
            }
        }

        return code;
    }

    private static UnitCode[] Codes(string text, int lineNumber)
    {
        string[] parts = text.Split(',');
        var codes = new UnitCode[parts.Length];
        for (int i = 0; i < parts.Length; i++)
        {
            codes[i] = Code(parts[i], lineNumber);
            if (i > 0 && codes[i - 1] >= codes[i])
            {
                throw Error(lineNumber, $"the codes '{text}' are not in ascending order without repeats");
            }
        }

        return codes;
    }

    private static string Name(string text, int lineNumber)
    {
        if (text.Length == 0 || text.Trim().Length != text.Length)
        {
            throw Error(lineNumber, $"the name '{text}' is empty or has surrounding spaces");
        }

        // Names are shipped in NFC; anything else would not compare equal to what users type.
        for (int i = 0; i < text.Length; i++)
        {
            if (text[i] is >= '\u0300' and <= '\u036F')
            {
                throw Error(lineNumber, $"the name '{text}' is not in Unicode normalization form C");
            }
        }

        return text;
    }

    private static DocumentNumber Document(string text, Dictionary<string, DocumentNumber> cache, int lineNumber)
    {
        if (cache.TryGetValue(text, out var number))
        {
            return number;
        }

        if (!DocumentNumber.TryParse(text, out number))
        {
            throw Error(lineNumber, $"'{text}' is not a document number");
        }

        cache.Add(text, number);
        return number;
    }

    /// <summary>One unit record: code, kind letter, name without the kind, parent record, and for old units the codes they go into.</summary>
    internal sealed class Row(UnitCode code, string kind, string name, Row? parent, int line)
    {
        public UnitCode Code { get; } = code;

        public string Kind { get; } = kind;

        public string Name { get; } = name;

        public Row? Parent { get; } = parent;

        public int Line { get; } = line;

        public UnitCode[] Targets { get; init; } = [];

        public DocumentNumber Resolution { get; init; }

        public DocumentNumber CommuneResolution { get; init; }

        public AdministrativeUnit? Unit { get; set; }
    }
}
