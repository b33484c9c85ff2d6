namespace MassMobilization.Core.Awards;

/// <summary>Whether an award kind is an emulation title (danh hiệu thi đua) or a form of commendation (hình thức khen thưởng).</summary>
public enum AwardCategory
{
    /// <summary>An emulation title (danh hiệu thi đua), for example "Lao động tiên tiến".</summary>
    Title = 0,

    /// <summary>A form of commendation (hình thức khen thưởng): Giấy khen, Bằng khen, orders.</summary>
    Form = 1,

    /// <summary>A commemorative medal (kỷ niệm chương) of a Party commission, the Fatherland Front or a socio-political organisation; given once per person.</summary>
    CommemorativeMedal = 2,
}
