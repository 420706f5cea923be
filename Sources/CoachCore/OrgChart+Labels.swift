extension OrgChart {
    /// The chart's words in the three interface languages.
    enum Labels {
        static func title(_ account: Account) -> LocalizedText {
            LocalizedText(
                en: "Org chart: \(account.name) (\(account.id))",
                zhHans: "组织架构图：\(account.name)（\(account.id)）",
                zhHant: "組織架構圖：\(account.name)（\(account.id)）")
        }

        static func under(_ superior: String) -> LocalizedText {
            LocalizedText(en: " (reports to \(superior))", zhHans: "（上级：\(superior)）", zhHant: "（上級：\(superior)）")
        }

        /// Column headings: person, title, influence, support, contact, met.
        static let header = [
            LocalizedText(en: "person", zhHans: "人员", zhHant: "人員"),
            LocalizedText(en: "title", zhHans: "职务", zhHant: "職務"),
            LocalizedText(en: "influence", zhHans: "影响", zhHant: "影響"),
            LocalizedText(en: "support", zhHans: "支持", zhHant: "支持"),
            LocalizedText(en: "contact", zhHans: "接触", zhHant: "接觸"),
            LocalizedText(en: "met", zhHans: "见面", zhHant: "見面"),
        ]

        static let noPeople = LocalizedText(
            en: "No people in this account yet: add them under 'people:' in the account file.",
            zhHans: "这个客户还没有人员：在客户档案的 'people:' 下添加。",
            zhHant: "這個客戶還沒有人員：在客戶檔案的 'people:' 下新增。")
        static let met = LocalizedText(en: "met", zhHans: "已见", zhHant: "已見")
        static let notMet = LocalizedText(en: "not met", zhHans: "未见", zhHant: "未見")
        static let new = LocalizedText(en: "new", zhHans: "新面孔", zhHant: "新面孔")
        static let separator = LocalizedText(en: ", ", zhHans: "，", zhHant: "，")
        static let legendHeading = LocalizedText(en: "Legend", zhHans: "图例", zhHant: "圖例")
        static let rolesHeading = LocalizedText(en: "Roles: ", zhHans: "角色：", zhHant: "角色：")
        static let influenceHeading = LocalizedText(en: "Influence: ", zhHans: "影响力：", zhHant: "影響力：")
        static let supportHeading = LocalizedText(en: "Support: ", zhHans: "支持度：", zhHant: "支持度：")
        static let contactHeading = LocalizedText(
            en: "Contact: how closely we are in touch (high, medium, low, none; ? unrecorded)",
            zhHans: "接触：我方与此人的接触程度（高、中、低、无；? 为未记录）",
            zhHant: "接觸：我方與此人的接觸程度（高、中、低、無；? 為未記錄）")
        static let metHeading = LocalizedText(
            en: "Met: met in person or not (? unrecorded); new: joined recently",
            zhHans: "见面：是否当面见过（已见、未见；? 为未记录）；新面孔：新加入的人",
            zhHant: "見面：是否當面見過（已見、未見；? 為未記錄）；新面孔：新加入的人")
        static let itemSeparator = LocalizedText(en: " · ", zhHans: " · ", zhHant: " · ")
        static let borders = LocalizedText(
            en: "dashed border: not met · thick border: high influence or new face",
            zhHans: "虚线框：未见过 · 粗框：影响力高或新面孔",
            zhHant: "虛線框：未見過 · 粗框：影響力高或新面孔")
    }
}
