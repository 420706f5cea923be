// Display names of the account file's enumeration values, in the three interface languages.

extension BuyingRole {
    /// The role's name, e.g. "decision maker" / 决策者 / 決策者.
    public var label: LocalizedText {
        switch self {
        case .decisionMaker: LocalizedText(en: "decision maker", zhHans: "决策者", zhHant: "決策者")
        case .technical: LocalizedText(en: "technical gatekeeper", zhHans: "技术把关者", zhHant: "技術把關者")
        case .finance: LocalizedText(en: "finance gatekeeper", zhHans: "财务把关者", zhHant: "財務把關者")
        case .user: LocalizedText(en: "user", zhHans: "使用者", zhHant: "使用者")
        case .coach: LocalizedText(en: "coach", zhHans: "教练", zhHant: "教練")
        case .unknown: LocalizedText(en: "role unknown", zhHans: "角色不明", zhHant: "角色不明")
        }
    }

    /// One letter for the role, readable without colour: D, T, F, U, C or ?.
    public var letter: String {
        switch self {
        case .decisionMaker: "D"
        case .technical: "T"
        case .finance: "F"
        case .user: "U"
        case .coach: "C"
        case .unknown: "?"
        }
    }

    /// The role's position in the chart palette (0…5), shared by the terminal and Graphviz colours.
    public var paletteIndex: Int {
        switch self {
        case .decisionMaker: 0
        case .technical: 1
        case .finance: 2
        case .user: 3
        case .coach: 4
        case .unknown: 5
        }
    }
}

extension Level {
    public var label: LocalizedText {
        switch self {
        case .high: LocalizedText(en: "high", zhHans: "高", zhHant: "高")
        case .medium: LocalizedText(en: "medium", zhHans: "中", zhHant: "中")
        case .low: LocalizedText(en: "low", zhHans: "低", zhHant: "低")
        case .unknown: LocalizedText(en: "unknown", zhHans: "不明", zhHant: "不明")
        }
    }

    /// The one-character mark in a table: H, M, L or ? in English, 高, 中, 低 or ? in Chinese.
    public func marker(_ language: Language) -> String {
        self == .unknown || language == .en ? marker : label[language]
    }

    /// H, M, L or ?.
    public var marker: String {
        switch self {
        case .high: "H"
        case .medium: "M"
        case .low: "L"
        case .unknown: "?"
        }
    }
}

extension Support {
    public var label: LocalizedText {
        switch self {
        case .champion: LocalizedText(en: "champion", zhHans: "拥护", zhHant: "擁護")
        case .supportive: LocalizedText(en: "supportive", zhHans: "支持", zhHant: "支持")
        case .neutral: LocalizedText(en: "neutral", zhHans: "中立", zhHant: "中立")
        case .opposed: LocalizedText(en: "opposed", zhHans: "反对", zhHant: "反對")
        case .unknown: LocalizedText(en: "unknown", zhHans: "不明", zhHant: "不明")
        }
    }

    /// ++, +, 0, − (minus sign) or ?.
    public var marker: String {
        switch self {
        case .champion: "++"
        case .supportive: "+"
        case .neutral: "0"
        case .opposed: "\u{2212}"
        case .unknown: "?"
        }
    }
}

extension Contact {
    public var label: LocalizedText {
        switch self {
        case .high: LocalizedText(en: "high", zhHans: "高", zhHant: "高")
        case .medium: LocalizedText(en: "medium", zhHans: "中", zhHant: "中")
        case .low: LocalizedText(en: "low", zhHans: "低", zhHant: "低")
        case .none: LocalizedText(en: "none", zhHans: "无", zhHant: "無")
        }
    }
}

extension Personality {
    public var label: LocalizedText {
        switch self {
        case .tiger: LocalizedText(en: "tiger", zhHans: "老虎", zhHant: "老虎")
        case .peacock: LocalizedText(en: "peacock", zhHans: "孔雀", zhHant: "孔雀")
        case .owl: LocalizedText(en: "owl", zhHans: "猫头鹰", zhHant: "貓頭鷹")
        case .koala: LocalizedText(en: "koala", zhHans: "无尾熊", zhHant: "無尾熊")
        case .mixed: LocalizedText(en: "mixed", zhHans: "混合型", zhHant: "混合型")
        case .unknown: LocalizedText(en: "unknown", zhHans: "不明", zhHant: "不明")
        }
    }
}

extension Stage {
    public var label: LocalizedText {
        switch self {
        case .accountList: LocalizedText(en: "account list", zhHans: "明确名单", zhHant: "明確名單")
        case .charts: LocalizedText(en: "charts", zhHans: "图表", zhHant: "圖表")
        case .roleMapping: LocalizedText(en: "role mapping", zhHans: "角色配置", zhHant: "角色配置")
        case .rolePlan: LocalizedText(en: "role plan", zhHans: "角色服务计划", zhHant: "角色服務計劃")
        case .executeReview: LocalizedText(en: "execute and review", zhHans: "执行检讨", zhHant: "執行檢討")
        case .proposal: LocalizedText(en: "proposal", zhHans: "方案", zhHant: "方案")
        case .afterSale: LocalizedText(en: "after sale", zhHans: "售后", zhHant: "售後")
        }
    }
}

extension Tier {
    public var label: LocalizedText {
        LocalizedText(en: rawValue, zhHans: "\(rawValue)级", zhHant: "\(rawValue)級")
    }
}

extension AccountKind {
    public var label: LocalizedText {
        switch self {
        case .currentLarge: LocalizedText(en: "current large", zhHans: "已合作投放量大", zhHant: "已合作投放量大")
        case .potentialLarge: LocalizedText(en: "potential large", zhHans: "潜在投放量大", zhHant: "潛在投放量大")
        case .industryLeader: LocalizedText(en: "industry leader", zhHans: "行业领先品牌", zhHant: "行業領先品牌")
        }
    }
}

extension PowerChange {
    public var label: LocalizedText {
        switch self {
        case .increased: LocalizedText(en: "increased", zhHans: "增加", zhHant: "增加")
        case .decreased: LocalizedText(en: "decreased", zhHans: "减少", zhHant: "減少")
        case .unchanged: LocalizedText(en: "unchanged", zhHans: "不变", zhHant: "不變")
        case .unknown: LocalizedText(en: "unknown", zhHans: "不明", zhHant: "不明")
        }
    }
}

extension IssueStatus {
    public var label: LocalizedText {
        switch self {
        case .open: LocalizedText(en: "open", zhHans: "未处理", zhHant: "未處理")
        case .inProgress: LocalizedText(en: "in progress", zhHans: "处理中", zhHant: "處理中")
        case .resolved: LocalizedText(en: "resolved", zhHans: "已解决", zhHant: "已解決")
        case .customerInformed: LocalizedText(en: "customer informed", zhHans: "已告知客户", zhHant: "已告知客戶")
        }
    }
}

extension CalendarKind {
    public var label: LocalizedText {
        switch self {
        case .solar: LocalizedText(en: "solar", zhHans: "公历", zhHant: "公曆")
        case .lunar: LocalizedText(en: "lunar", zhHans: "农历", zhHant: "農曆")
        }
    }
}

extension BuyingMode {
    public var label: LocalizedText {
        switch self {
        case .growth: LocalizedText(en: "growth", zhHans: "成长", zhHant: "成長")
        case .trouble: LocalizedText(en: "trouble", zhHans: "困境", zhHant: "困境")
        case .evenKeel: LocalizedText(en: "even keel", zhHans: "平稳", zhHant: "平穩")
        case .overconfident: LocalizedText(en: "overconfident", zhHans: "过度自信", zhHant: "過度自信")
        }
    }
}
