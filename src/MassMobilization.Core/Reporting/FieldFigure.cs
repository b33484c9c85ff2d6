using System;
using MassMobilization.Core.Mobilization;

namespace MassMobilization.Core.Reporting;

/// <summary>The models registered in one field by the unit reported on (a bar of the "by field" chart).</summary>
/// <param name="Field">The field.</param>
/// <param name="Count">The models registered in it.</param>
/// <param name="RecordCount">The number of records behind <paramref name="Count"/>; zero when no model of the field was reported.</param>
/// <exception cref="ArgumentNullException"><paramref name="Field"/> is null.</exception>
public sealed record FieldFigure(ModelField Field, long Count, long RecordCount)
{
    /// <summary>Gets the field.</summary>
    public ModelField Field { get; init; } = Field ?? throw new ArgumentNullException(nameof(Field));
}
