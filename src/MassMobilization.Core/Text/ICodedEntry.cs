namespace MassMobilization.Core.Text;

/// <summary>A catalogue entry with a stable code (an award kind's "CSTDCS"), which an <see cref="Explanation"/> keeps as its language-free argument.</summary>
internal interface ICodedEntry
{
    /// <summary>Gets the stable code.</summary>
    string Code { get; }
}
