namespace MassMobilization.Core.Text;

/// <summary>
/// The language of text written for people: display names, labels, verdicts and reasons
/// (docs/display.md). Machine formats (interchange JSON, CSV) are language-free and use stable codes.
/// </summary>
/// <remarks>The default value is <see cref="Vietnamese"/>, the language of the legal terms.</remarks>
public enum DisplayLanguage
{
    /// <summary>Vietnamese (tiếng Việt), the legal term; numbers written "70,9%", "165,34 tỷ đồng", dates "20/12/2024".</summary>
    Vietnamese = 0,

    /// <summary>English, a translation for readers who do not read Vietnamese; numbers written "70.9%", dates "2024-12-20".</summary>
    English = 1,
}
