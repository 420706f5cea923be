import CoachCore
import Foundation

extension Conversation {
    /// `/accounts`.
    func listAccounts() -> [Output] {
        let accounts = environment.accounts.accountIDs().compactMap(environment.accounts.account(id:))
        guard !accounts.isEmpty else { return [.text(UIText.noAccounts[language])] }
        var table = Table(columns: [.init(style: .accent), .init(), .init(style: .dim), .init(style: .dim)])
        for account in accounts {
            let marker = account.id == openAccountID ? "* " : "  "
            table.add([marker + account.id, account.name, account.tier.map { $0.rawValue } ?? "-", account.owner ?? ""])
        }
        return [.lines([StyledLine(UIText.accountsHeading[language], .heading)]), .table(table)]
    }

    /// `/account import FILE...`: the host imports and reports.
    func importAccounts(_ arguments: [String]) -> [Output] {
        guard arguments.first == "import", arguments.count > 1 else { return [.text(UIText.importUsage[language])] }
        return [.record(.importAccounts(Array(arguments.dropFirst())))]
    }

    /// The account typed by id or by name (`east-post`, `華東郵政`, `华东邮政分公司`), or the error
    /// to show: did-you-mean from the same matcher, and the accounts by name with their ids.
    func findAccount(_ typed: String) -> Result<Account, AccountMiss> {
        if let account = environment.accounts.account(id: typed) { return .success(account) }
        let accounts = environment.accounts.accountIDs().compactMap(environment.accounts.account(id:))
        let matcher = NameMatcher(accounts.map { NameMatcher.Candidate(id: $0.id, names: [$0.name]) })
        let named = { (id: String) in accounts.first { $0.id == id }.map { UIText.noted($0.name, $0.id, language) } ?? id }
        let known = accounts.map { named($0.id) }
        switch matcher.match(typed) {
        case .found(let id):
            if let account = accounts.first(where: { $0.id == id }) { return .success(account) }
            return .failure(AccountMiss(outputs: [.text(UIText.unknownAccount(typed, known, "")[language], .error)]))
        case .ambiguous(let ids):
            return .failure(AccountMiss(outputs: [.text(UIText.ambiguousAccount(typed, ids.map(named))[language], .error)]))
        case .notFound(let suggestion):
            let hint = suggestion.map { UIText.didYouMean(named($0))[language] } ?? ""
            return .failure(AccountMiss(outputs: [.text(UIText.unknownAccount(typed, known, hint)[language], .error)]))
        }
    }

    /// `/open ID`.
    mutating func open(_ id: String?, now: Date) -> [Output] {
        guard let id else { return [.text(UIText.openUsage[language])] }
        let account: Account
        switch findAccount(id) {
        case .success(let found): account = found
        case .failure(let miss): return miss.outputs
        }
        openAccountID = account.id
        let flags = riskFlags(of: account, now: now)
        let opened: [Output] = [.text(UIText.opened(account, people: account.people.count, flags: flags.count)[language], .success)]
            + visitLine(account, now: now)
            + teamNotes(accountID: account.id)
            + mergeNote(accountID: account.id)
        switch pausedSession(accountID: account.id, now: now) {
        case .none: return opened
        case .offer(_, let offer): return opened + offer
        case .abandoned(let notes): return opened + notes
        }
    }

    /// The open account, if any.
    var openAccount: Account? { openAccountID.flatMap(environment.accounts.account(id:)) }

    /// `/flags`.
    func flags(now: Date) -> [Output] {
        guard let account = openAccount else { return [.text(UIText.noOpenAccount[language])] }
        let flags = riskFlags(of: account, now: now)
        guard !flags.isEmpty else { return [.text(UIText.noFlags[language], .success)] }
        var outputs: [Output] = [.text(UIText.flagsHeading(account)[language], .heading)]
        for flag in flags {
            outputs.append(.text("- \(flag.message[language])", flag.kind.severity <= 4 ? .warning : .plain))
        }
        return outputs
    }

    /// `/chart`.
    func chart() -> [Output] {
        guard let account = openAccount else { return [.text(UIText.noOpenAccount[language])] }
        return [.table(OrgChart.table(account: account, language: language))]
    }
}
