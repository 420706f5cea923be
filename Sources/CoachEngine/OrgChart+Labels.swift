import CoachCore

extension OrgChart {
    /// The chart's words in the three interface languages.
    enum Labels: LocalizedTextTable {
        static func title(_ account: Account) -> LocalizedText {
            l(
                "Org chart: \(account.name) (\(account.id))",
                "组织架构图：\(account.name)（\(account.id)）",
                "組織架構圖：\(account.name)（\(account.id)）")
        }

        static func under(_ superior: String) -> LocalizedText {
            l(" (reports to \(superior))", "（上级：\(superior)）", "（上級：\(superior)）")
        }

        /// Column headings: person, title, influence, support, contact, met.
        static let header = [
            l("person", "人员", "人員"),
            l("title", "职务", "職務"),
            l("influence", "影响", "影響"),
            l("support", "支持", "支持"),
            l("contact", "接触", "接觸"),
            l("met", "见面", "見面"),
        ]

        static let noPeople = l(
            "No people in this account yet: add them under 'people:' in the account file.",
            "这个客户还没有人员：在客户档案的 'people:' 下添加。",
            "這個客戶還沒有人員：在客戶檔案的 'people:' 下新增。")
        static let met = l("met", "已见", "已見")
        static let notMet = l("not met", "未见", "未見")
        static let new = l("new", "新面孔", "新面孔")
        static let separator = l(", ", "，", "，")
        static let legendHeading = l("Legend", "图例", "圖例")
        static let rolesHeading = l("Roles: ", "角色：", "角色：")
        static let influenceHeading = l("Influence: ", "影响力：", "影響力：")
        static let supportHeading = l("Support: ", "支持度：", "支持度：")
        static let contactHeading = l(
            "Contact: how closely we are in touch (high, medium, low, none; ? unrecorded)",
            "接触：我方与此人的接触程度（高、中、低、无；? 为未记录）",
            "接觸：我方與此人的接觸程度（高、中、低、無；? 為未記錄）")
        static let metHeading = l(
            "Met: met in person or not (? unrecorded); new: joined recently",
            "见面：是否当面见过（已见、未见；? 为未记录）；新面孔：新加入的人",
            "見面：是否當面見過（已見、未見；? 為未記錄）；新面孔：新加入的人")
        static let itemSeparator = l(" · ", " · ", " · ")
        static let borders = l(
            "dashed border: not met · thick border: high influence or new face",
            "虚线框：未见过 · 粗框：影响力高或新面孔",
            "虛線框：未見過 · 粗框：影響力高或新面孔")
    }
}
