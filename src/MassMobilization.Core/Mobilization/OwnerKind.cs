namespace MassMobilization.Core.Mobilization;

/// <summary>Who owns a model or is an exemplar: a collective (a committee or a unit) or an individual.</summary>
public enum OwnerKind
{
    /// <summary>A collective that is a committee or other body (tập thể: a Ban Dân vận, a women's union branch…).</summary>
    Committee = 1,

    /// <summary>A collective that is an administrative unit as a whole (tập thể: a commune, a residential group's unit…).</summary>
    Unit = 2,

    /// <summary>An individual (cá nhân), who belongs to a unit.</summary>
    Individual = 3,
}
