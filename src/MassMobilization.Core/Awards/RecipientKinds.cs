using System;

namespace MassMobilization.Core.Awards;

/// <summary>Who may receive an award kind (tập thể / cá nhân / hộ gia đình).</summary>
[Flags]
public enum RecipientKinds
{
    /// <summary>No recipient (the default value; never valid for a catalogue entry).</summary>
    None = 0,

    /// <summary>An individual (cá nhân).</summary>
    Individual = 1,

    /// <summary>A collective (tập thể): a unit, department, village or team.</summary>
    Collective = 2,

    /// <summary>A household (hộ gia đình).</summary>
    Household = 4,

    /// <summary>A "Dân vận khéo" model (mô hình), named by its model identifier, commended as typical.</summary>
    Model = 8,
}
