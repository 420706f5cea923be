public import CoachCore

// Visit logs in full, written as synthesized `Codable` encodes them: every property under its
// own name, keys in byte order, a nil optional left out.
extension PrettyJSONWriter {
    public mutating func write(_ detail: VisitLogDetail) {
        beginObject()
        key("followUps")
        array(detail.followUps) { $0.write($1) }
        key("log")
        write(detail.log)
        key("verifications")
        array(detail.verifications) { $0.write($1) }
        key("versions")
        array(detail.versions) { $0.write($1) }
        endObject()
    }

    public mutating func write(_ log: VisitLog) {
        beginObject()
        key("accountID")
        string(log.accountID)
        key("content")
        write(log.content)
        key("createdAt")
        date(log.createdAt)
        key("editedAt")
        date(log.editedAt)
        key("number")
        int(log.number)
        key("uuid")
        string(log.uuid)
        key("version")
        int(log.version)
        key("visitor")
        string(log.visitor)
        endObject()
    }

    public mutating func write(_ content: VisitLogContent) {
        beginObject()
        key("commitments")
        string(content.commitments)
        key("discussed")
        string(content.discussed)
        key("findings")
        array(content.findings) { json, finding in
            json.beginObject()
            json.key("learnt")
            json.string(finding.learnt)
            json.key("question")
            json.string(finding.question)
            json.endObject()
        }
        key("opinions")
        string(content.opinions)
        key("peopleMet")
        array(content.peopleMet) { $0.string($1) }
        key("visitDate")
        string(content.visitDate)
        endObject()
    }

    public mutating func write(_ version: VisitLogVersion) {
        beginObject()
        key("content")
        write(version.content)
        key("editedAt")
        date(version.editedAt)
        key("editedBy")
        string(version.editedBy)
        key("version")
        int(version.version)
        endObject()
    }

    public mutating func write(_ followUp: FollowUp) {
        beginObject()
        key("accountID")
        string(followUp.accountID)
        key("createdAt")
        date(followUp.createdAt)
        if let department = followUp.department {
            key("department")
            string(department)
        }
        if let due = followUp.due {
            key("due")
            string(due)
        }
        key("history")
        array(followUp.history) { json, change in
            json.beginObject()
            json.key("at")
            json.date(change.at)
            json.key("by")
            json.string(change.by)
            json.key("day")
            json.string(change.day)
            if let id = change.id {
                json.key("id")
                json.string(id)
            }
            json.key("status")
            json.string(change.status.rawValue)
            json.endObject()
        }
        if let logNumber = followUp.logNumber {
            key("logNumber")
            int(logNumber)
        }
        if let logUUID = followUp.logUUID {
            key("logUUID")
            string(logUUID)
        }
        key("number")
        int(followUp.number)
        key("owner")
        string(followUp.owner)
        key("raised")
        string(followUp.raised)
        key("status")
        string(followUp.status.rawValue)
        key("text")
        string(followUp.text)
        key("updatedAt")
        date(followUp.updatedAt)
        key("uuid")
        string(followUp.uuid)
        endObject()
    }

    public mutating func write(_ verification: Verification) {
        beginObject()
        key("comment")
        string(verification.comment)
        key("entryID")
        string(verification.entryID)
        if let entryVersion = verification.entryVersion {
            key("entryVersion")
            int(entryVersion)
        }
        key("kind")
        string(verification.kind.rawValue)
        if let readAt = verification.readAt {
            key("readAt")
            date(readAt)
        }
        key("uuid")
        string(verification.uuid)
        key("verifiedAt")
        date(verification.verifiedAt)
        key("verifiedBy")
        string(verification.verifiedBy)
        endObject()
    }

    /// A list of `elements`, each written by `body` on a line of its own.
    mutating func array<Element>(_ elements: [Element], _ body: (inout PrettyJSONWriter, Element) -> Void) {
        beginArray()
        for element in elements {
            self.element()
            body(&self, element)
        }
        endArray()
    }
}
