namespace MassMobilization.Core.Text;

/// <summary>
/// A catalogue entry or named unit with an official Vietnamese name and an English name, shown through
/// <see cref="DisplayNames.ToDisplayString(IDisplayNamed, DisplayLanguage)"/> (docs/display.md).
/// </summary>
public interface IDisplayNamed
{
    /// <summary>Gets the official Vietnamese name (the legal term), in NFC with diacritics.</summary>
    string VietnameseName { get; }

    /// <summary>Gets the English name.</summary>
    string EnglishName { get; }
}
