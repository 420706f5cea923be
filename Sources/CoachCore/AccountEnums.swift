import Foundation

/// A value of an account file's enumerations: its English word and the Chinese terms it also accepts.
public protocol AccountTerm: RawRepresentable, CaseIterable, Sendable, Hashable, Codable where RawValue == String {
    /// Chinese terms accepted for this value, Traditional and Simplified.
    var chineseTerms: [String] { get }
}

extension AccountTerm {
    /// Parses the English word or any accepted Chinese term.
    public init?(term: String) {
        let trimmed = term.trimmingCharacters(in: .whitespaces)
        if let value = Self(rawValue: trimmed.lowercased()) ?? Self(rawValue: trimmed) {
            self = value
            return
        }
        guard let match = Self.allCases.first(where: { $0.chineseTerms.contains(trimmed) }) else { return nil }
        self = match
    }

    /// The English words allowed, for error messages.
    public static var allowedWords: [String] { allCases.map(\.rawValue) }
}

/// A buying influence in an account (the method's four roles; finance is the second technical gatekeeper).
public enum BuyingRole: String, AccountTerm {
    case decisionMaker = "decision-maker"
    case technical
    case finance
    case user
    case coach
    case unknown

    public var chineseTerms: [String] {
        switch self {
        case .decisionMaker: ["決策者", "决策者"]
        case .technical: ["技術把關者", "技术把关者"]
        case .finance: ["財務把關者", "财务把关者"]
        case .user: ["使用者"]
        case .coach: ["教練", "教练", "內線", "内线"]
        case .unknown: ["未知", "不明"]
        }
    }

    /// The four roles the method asks to find (finance counts as technical).
    public static let required: [BuyingRole] = [.decisionMaker, .technical, .user, .coach]
}

/// High, medium, low or unknown: a person's influence on the purchase.
public enum Level: String, AccountTerm {
    case high, medium, low, unknown
    public var chineseTerms: [String] {
        switch self {
        case .high: ["高"]
        case .medium: ["中"]
        case .low: ["低"]
        case .unknown: ["未知", "不明"]
        }
    }
}

/// How much we are in contact with a person.
public enum Contact: String, AccountTerm {
    case high, medium, low, none
    public var chineseTerms: [String] {
        switch self {
        case .high: ["高", "多"]
        case .medium: ["中"]
        case .low: ["低", "少"]
        case .none: ["無", "无", "沒有", "没有"]
        }
    }
}

/// A person's support for us.
public enum Support: String, AccountTerm {
    case champion, supportive, neutral, opposed, unknown
    public var chineseTerms: [String] {
        switch self {
        case .champion: ["擁護", "拥护", "力挺"]
        case .supportive: ["支持"]
        case .neutral: ["中立"]
        case .opposed: ["反對", "反对"]
        case .unknown: ["未知", "不明"]
        }
    }
}

/// A personality style (the four-style model).
public enum Personality: String, AccountTerm {
    case tiger, peacock, owl, koala, mixed, unknown
    public var chineseTerms: [String] {
        switch self {
        case .tiger: ["老虎", "老虎型"]
        case .peacock: ["孔雀", "孔雀型"]
        case .owl: ["貓頭鷹", "猫头鹰", "貓頭鷹型", "猫头鹰型"]
        case .koala: ["無尾熊", "无尾熊", "考拉", "無尾熊型", "无尾熊型", "考拉型"]
        case .mixed: ["混合", "混合型"]
        case .unknown: ["未知", "不明"]
        }
    }
}

/// The account's step in the seven-step workflow.
public enum Stage: String, AccountTerm {
    case accountList = "account-list"
    case charts
    case roleMapping = "role-mapping"
    case rolePlan = "role-plan"
    case executeReview = "execute-review"
    case proposal
    case afterSale = "after-sale"
    public var chineseTerms: [String] {
        switch self {
        case .accountList: ["名單", "名单", "明確名單", "明确名单"]
        case .charts: ["圖表", "图表", "架構圖", "架构图"]
        case .roleMapping: ["角色配置"]
        case .rolePlan: ["角色服務計劃", "角色服务计划"]
        case .executeReview: ["執行檢討", "执行检讨", "執行", "执行"]
        case .proposal: ["方案", "提案"]
        case .afterSale: ["售後", "售后", "簽單", "签单"]
        }
    }
}

/// The account's tier (tiered management).
public enum Tier: String, AccountTerm {
    case a = "A", b = "B", c = "C"
    public var chineseTerms: [String] {
        switch self {
        case .a: ["A級", "A级", "a"]
        case .b: ["B級", "B级", "b"]
        case .c: ["C級", "C级", "c"]
        }
    }
}

/// Which kind of key account this is.
public enum AccountKind: String, AccountTerm {
    case currentLarge = "current-large"
    case potentialLarge = "potential-large"
    case industryLeader = "industry-leader"
    public var chineseTerms: [String] {
        switch self {
        case .currentLarge: ["已合作投放量大", "已合作大客戶", "已合作大客户"]
        case .potentialLarge: ["潛在投放量大", "潜在投放量大", "潛在大客戶", "潜在大客户"]
        case .industryLeader: ["行業領先品牌", "行业领先品牌", "行業領先", "行业领先"]
        }
    }
}

/// How the account's purchasing power moved recently.
public enum PowerChange: String, AccountTerm {
    case increased, decreased, unchanged, unknown
    public var chineseTerms: [String] {
        switch self {
        case .increased: ["增加", "上升", "變大", "变大"]
        case .decreased: ["減少", "减少", "下降", "變小", "变小"]
        case .unchanged: ["不變", "不变", "沒變", "没变"]
        case .unknown: ["未知", "不明"]
        }
    }
}

/// The state of a customer's issue (whoever visits follows up).
public enum IssueStatus: String, AccountTerm {
    case open
    case inProgress = "in-progress"
    case resolved
    case customerInformed = "customer-informed"
    public var chineseTerms: [String] {
        switch self {
        case .open: ["未處理", "未处理", "待處理", "待处理"]
        case .inProgress: ["處理中", "处理中"]
        case .resolved: ["已解決", "已解决"]
        case .customerInformed: ["已告知客戶", "已告知客户", "已告知"]
        }
    }

    /// Closed only once the customer has been told the result.
    public var isClosed: Bool { self == .customerInformed }
}

/// Solar or lunar birthday.
public enum CalendarKind: String, AccountTerm {
    case solar, lunar
    public var chineseTerms: [String] {
        switch self {
        case .solar: ["公曆", "公历", "陽曆", "阳历", "新曆", "新历"]
        case .lunar: ["農曆", "农历", "陰曆", "阴历", "舊曆", "旧历"]
        }
    }
}
