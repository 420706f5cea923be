import Foundation

/// The kinds of risk the coach notices in an account.
public enum FlagKind: String, CaseIterable, Sendable, Codable, Hashable {
    case missingDecisionMaker = "missing-role:decision-maker"
    case missingTechnical = "missing-role:technical"
    case missingUser = "missing-role:user"
    case missingCoach = "missing-role:coach"
    case decisionMakerNotMet = "decision-maker-not-met"
    case highInfluenceLowContact = "high-influence-low-contact"
    case newFace = "new-face"
    case unknownInfluence = "unknown-influence"
    case opposed = "opposed"
    case reorganized = "reorganized"
    case purchasingPowerChanged = "purchasing-power-changed"
    case openIssueOverdue = "open-issue-overdue"
    /// The account is past the visit interval of its tier (`corpus/care/cadence.yaml`).
    case visitOverdue = "visit-overdue"

    /// Whether the flag is about one person (its id then ends in `:name`).
    public var isPersonal: Bool {
        switch self {
        case .highInfluenceLowContact, .newFace, .unknownInfluence, .opposed: true
        default: false
        }
    }

    /// Lower is more urgent; orders flags and the strategies they bring.
    public var severity: Int {
        switch self {
        case .missingDecisionMaker: 0
        case .decisionMakerNotMet: 1
        case .missingCoach: 2
        case .opposed: 3
        case .highInfluenceLowContact: 4
        case .newFace: 5
        case .reorganized: 6
        case .purchasingPowerChanged: 7
        case .missingTechnical: 8
        case .missingUser: 9
        case .openIssueOverdue: 10
        case .visitOverdue: 10
        case .unknownInfluence: 11
        }
    }

    /// The missing role this flag is about, if it is a `missing-role:` flag.
    public var missingRole: BuyingRole? {
        switch self {
        case .missingDecisionMaker: .decisionMaker
        case .missingTechnical: .technical
        case .missingUser: .user
        case .missingCoach: .coach
        default: nil
        }
    }
}

/// A risk the coach noticed, with a message naming the person and what to do next.
public struct RiskFlag: Sendable, Hashable, Codable {
    public var kind: FlagKind
    public var person: String?
    public var message: LocalizedText

    public init(kind: FlagKind, person: String? = nil, message: LocalizedText) {
        self.kind = kind
        self.person = person
        self.message = message
    }

    /// The flag id: `new-face:王建國` for a person flag, else the kind.
    public var id: String {
        if kind.isPersonal, let person { return "\(kind.rawValue):\(person)" }
        return kind.rawValue
    }
}
