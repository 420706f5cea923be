/// A topic of the method; every rule is tagged with one or more.
public struct Topic: Sendable, Hashable, Codable {
    public var id: String
    public var nameZhHant: String
    public var nameEn: String
    public var conveys: String

    public init(id: String, nameZhHant: String, nameEn: String, conveys: String) {
        self.id = id
        self.nameZhHant = nameZhHant
        self.nameEn = nameEn
        self.conveys = conveys
    }
}
