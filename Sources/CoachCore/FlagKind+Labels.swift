extension FlagKind {
    /// A short name of the risk, for lists a trainee chooses from ("no coach identified").
    public var label: LocalizedText {
        switch self {
        case .missingDecisionMaker:
            LocalizedText(en: "no decision maker identified", zhHans: "没找到决策者", zhHant: "沒找到決策者")
        case .missingTechnical:
            LocalizedText(en: "no technical gatekeeper identified", zhHans: "没找到技术把关者", zhHant: "沒找到技術把關者")
        case .missingUser:
            LocalizedText(en: "no user identified", zhHans: "没找到使用者", zhHant: "沒找到使用者")
        case .missingCoach:
            LocalizedText(en: "no coach identified", zhHans: "没找到教练", zhHant: "沒找到教練")
        case .decisionMakerNotMet:
            LocalizedText(en: "decision maker not met", zhHans: "没见过决策者", zhHant: "沒見過決策者")
        case .highInfluenceLowContact:
            LocalizedText(en: "high influence but little contact", zhHans: "影响力大但接触少", zhHant: "影響力大但接觸少")
        case .newFace:
            LocalizedText(en: "a new face", zhHans: "出现新面孔", zhHant: "出現新面孔")
        case .unknownInfluence:
            LocalizedText(en: "someone's influence unknown", zhHans: "有人影响力不明", zhHant: "有人影響力不明")
        case .opposed:
            LocalizedText(en: "someone opposes us", zhHans: "有人反对我们", zhHant: "有人反對我們")
        case .reorganized:
            LocalizedText(en: "the organisation was reorganised", zhHans: "组织刚调整过", zhHant: "組織剛調整過")
        case .purchasingPowerChanged:
            LocalizedText(en: "purchasing power changed", zhHans: "购买力有变化", zhHant: "購買力有變化")
        case .openIssueOverdue:
            LocalizedText(en: "a customer issue is overdue", zhHans: "客户问题逾期未结", zhHant: "客戶問題逾期未結")
        case .visitOverdue:
            LocalizedText(en: "the visit is overdue", zhHans: "拜访已逾期", zhHant: "拜訪已逾期")
        }
    }
}

extension RiskFlag {
    /// A flag id (`high-influence-low-contact:王建國`) as a reader would say it
    /// (`影響力大但接觸少：王建國`); ids are for `--json` and scripts only.
    public static func label(forID id: String, language: Language) -> String {
        if let kind = FlagKind(rawValue: id) { return kind.label[language] }
        for kind in FlagKind.allCases where kind.isPersonal && id.hasPrefix(kind.rawValue + ":") {
            let person = id.dropFirst(kind.rawValue.count + 1)
            return kind.label[language] + (language == .en ? ": " : "：") + person
        }
        return id
    }
}
