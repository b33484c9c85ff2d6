using System.Collections.Generic;

namespace MassMobilization.Cli.Output;

/// <summary>
/// The CLI's own labels (column headers, facts, sheet names) in Vietnamese and English, keyed by the stable
/// code that JSON and CSV use. Names of the library's enums and catalogue entries come from the library
/// (<c>DisplayNames</c>), not from here.
/// </summary>
internal static class CliText
{
    private static readonly Dictionary<string, (string Vi, string En)> Labels = new(System.StringComparer.Ordinal)
    {
        // report
        ["unit"] = ("Đơn vị", "Unit"),
        ["period"] = ("Kỳ báo cáo", "Period"),
        ["asOf"] = ("Tính đến ngày", "As of"),
        ["records"] = ("Số bản ghi", "Records"),
        ["indicator"] = ("Mã chỉ tiêu", "Indicator"),
        ["name"] = ("Tên", "Name"),
        ["value"] = ("Giá trị", "Value"),
        ["measure"] = ("Loại số liệu", "Measure"),
        ["numerator"] = ("Tử số", "Numerator"),
        ["denominator"] = ("Mẫu số", "Denominator"),
        ["percent"] = ("Tỷ lệ (%)", "Percent"),
        ["level"] = ("Cấp", "Level"),
        ["registered"] = ("Đăng ký", "Registered"),
        ["completed"] = ("Hoàn thành", "Completed"),
        ["completedRate"] = ("Tỷ lệ hoàn thành", "Completion rate"),
        ["recognised"] = ("Được công nhận", "Recognised"),
        ["typical"] = ("Tiêu biểu", "Typical"),
        ["figures"] = ("Chỉ tiêu", "Figures"),
        ["units"] = ("Đơn vị", "Units"),
        ["summary"] = ("Tóm tắt", "Summary"),
        ["field"] = ("Lĩnh vực", "Field"),
        ["fields"] = ("Theo lĩnh vực", "By field"),
        ["models"] = ("Số mô hình", "Models"),
        ["awards"] = ("Khen thưởng theo cơ quan", "Awards by authority"),
        ["authority"] = ("Cơ quan khen thưởng", "Authority"),
        ["awardForm"] = ("Hình thức", "Form"),
        ["recipient"] = ("Đối tượng", "Recipient"),
        ["count"] = ("Số lượng", "Count"),

        // evaluate
        ["rank"] = ("Hạng", "Rank"),
        ["base"] = ("Điểm chuẩn", "Base"),
        ["bonus"] = ("Điểm thưởng", "Bonus"),
        ["penalty"] = ("Điểm trừ", "Penalty"),
        ["final"] = ("Tổng điểm", "Final"),
        ["grade"] = ("Xếp loại", "Grade"),
        ["decidedBy"] = ("Căn cứ xếp loại", "Decided by"),
        ["mayBeProposed"] = ("Được đề nghị khen thưởng", "May be proposed"),
        ["decision"] = ("Kết luận", "Decision"),
        ["criterion"] = ("Tiêu chí", "Criterion"),
        ["title"] = ("Nội dung", "Title"),
        ["max"] = ("Điểm tối đa", "Max"),
        ["self"] = ("Tự chấm", "Self"),
        ["review"] = ("Thẩm định", "Review"),
        ["difference"] = ("Chênh lệch", "Difference"),
        ["points"] = ("Điểm", "Points"),
        ["rubric"] = ("Bộ tiêu chí", "Rubric"),
        ["unitCount"] = ("Số đơn vị", "Units"),
        ["citation"] = ("Căn cứ", "Citation"),
        ["ranking"] = ("Xếp hạng", "Ranking"),
        ["card"] = ("Phiếu điểm", "Score card"),
        ["grades"] = ("Theo xếp loại", "By grade"),

        // contest
        ["team"] = ("Đội", "Team"),
        ["commune"] = ("Xã", "Commune"),
        ["score"] = ("Điểm", "Score"),
        ["judgesPresent"] = ("Số giám khảo", "Judges"),
        ["outcome"] = ("Kết quả", "Outcome"),
        ["explanation"] = ("Giải thích", "Explanation"),
        ["rounds"] = ("Số vòng thi", "Rounds"),
        ["teams"] = ("Số đội", "Teams"),
        ["communes"] = ("Số xã", "Communes"),
        ["winner"] = ("Đội nhất", "Winner"),

        // eligibility
        ["nominee"] = ("Người được đề nghị", "Nominee"),
        ["years"] = ("Năm", "Years"),
        ["finding"] = ("Nhận định", "Finding"),
        ["ruleSet"] = ("Bộ quy định", "Rule set"),
        ["ruleSetName"] = ("Văn bản", "Rule set name"),
        ["nominees"] = ("Số người", "Nominees"),
        ["verdicts"] = ("Kết quả xét", "Verdicts"),
        ["verdictCounts"] = ("Số kết quả", "Verdict counts"),

        // parse
        ["input"] = ("Đầu vào", "Input"),
        ["canonical"] = ("Dạng chuẩn", "Canonical"),
        ["system"] = ("Hệ thống", "System"),
        ["form"] = ("Dạng số hiệu", "Form"),
        ["number"] = ("Số", "Number"),
        ["year"] = ("Năm", "Year"),
        ["type"] = ("Loại", "Type"),
        ["typeName"] = ("Tên loại", "Type name"),
        ["issuer"] = ("Cơ quan ban hành", "Issuer"),
        ["draftingUnit"] = ("Đơn vị soạn thảo", "Drafting unit"),
        ["term"] = ("Khóa", "Term"),
        ["error"] = ("Lỗi", "Error"),
        ["parsed"] = ("Đọc được", "Parsed"),
        ["invalid"] = ("Không hợp lệ", "Invalid"),
        ["numbers"] = ("Số hiệu văn bản", "Document numbers"),

        // rebase
        ["kind"] = ("Loại đơn vị", "Kind"),
        ["date"] = ("Ngày", "Date"),
        ["succession"] = ("Hình thức", "Succession"),
        ["from"] = ("Từ", "From"),
        ["to"] = ("Đến", "To"),
        ["reason"] = ("Lý do", "Reason"),
        ["slot"] = ("Chỉ tiêu", "Slot"),
        ["sum"] = ("Tổng", "Sum"),
        ["total"] = ("Tổng số", "Total"),
        ["allocated"] = ("Đã phân bổ", "Allocated"),
        ["unallocated"] = ("Chưa phân bổ", "Unallocated"),
        ["allocatedTotal"] = ("Đã phân bổ", "Allocated"),
        ["unallocatedTotal"] = ("Chưa phân bổ", "Unallocated"),
        ["entries"] = ("Số dòng", "Entries"),
        ["rebasedEntries"] = ("Số dòng đã chuyển", "Rebased entries"),
        ["unallocatedEntries"] = ("Số dòng chưa phân bổ", "Unallocated entries"),
        ["rebased"] = ("Sau sắp xếp", "Rebased"),
        ["recorded"] = ("Trước sắp xếp", "Recorded"),
        ["moves"] = ("Chuyển đổi", "Moves"),
    };

    /// <summary>Gets the label of a code in a format's language; a code with no label (an award code such as CSTDCS) is its own label.</summary>
    /// <param name="code">The code.</param>
    /// <param name="format">The format.</param>
    /// <returns>The label.</returns>
    internal static string Label(string code, CliFormat format) =>
        Labels.TryGetValue(code, out var label) ? format.T(label.Vi, label.En) : code;
}
