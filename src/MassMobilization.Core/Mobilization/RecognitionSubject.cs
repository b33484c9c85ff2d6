namespace MassMobilization.Core.Mobilization;

/// <summary>What a <see cref="RecognitionRecord"/> describes.</summary>
public enum RecognitionSubject
{
    /// <summary>A model (mô hình).</summary>
    Model = 1,

    /// <summary>An exemplar (điển hình).</summary>
    Exemplar = 2,
}
