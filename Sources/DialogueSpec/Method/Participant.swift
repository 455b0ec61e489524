import Foundation

/// Someone taking part: their name, the roles they may take, their organisation and
/// free attributes ("family", "professional", "observer", a language).
public struct Participant: Sendable, Codable, Hashable {
    /// The name as in the participants file.
    public var name: String
    /// The roles they may take.
    public var roles: [String]
    /// Their organisation, if given.
    public var organisation: String?
    /// Free tags such as "family" or "professional".
    public var tags: [String]
    /// Any other columns of the participants file.
    public var attributes: [String: String]
    /// An e-mail address, used only to address calendar files.
    public var email: String?

    /// A participant with every part given.
    public init(
        name: String, roles: [String] = [], organisation: String? = nil, tags: [String] = [],
        attributes: [String: String] = [:], email: String? = nil
    ) {
        self.name = name
        self.roles = roles
        self.organisation = organisation
        self.tags = tags
        self.attributes = attributes
        self.email = email
    }

    /// Attributes used for mixing: organisation, role, every tag, and the free columns.
    public var mixingAttributes: [String: String] {
        var result = attributes
        if let organisation { result["organisation"] = organisation }
        if let role = roles.first { result["role"] = role }
        return result
    }

    /// Whether this person carries `tag` as a tag, a role or an attribute value.
    public func has(_ tag: String) -> Bool {
        tags.contains(tag) || roles.contains(tag) || attributes.values.contains(tag)
    }
}

extension Role {
    /// Whether `person` carries this role in a participants file: by its id, or by its name in
    /// any of the method's languages, case and accents aside, also without what follows a
    /// slash or a bracket ("gespreksleider", "Deelnemer", "tafelgastheer" for "Tafelgastheer/-vrouw").
    public func isCarried(by person: Participant) -> Bool {
        func fold(_ text: some StringProtocol) -> String {
            String(text).trimmingWhitespace().folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil)
        }
        var names: Set<String> = [fold(id)]
        for entry in name.entries {
            names.insert(fold(entry.text))
            if let cut = entry.text.firstIndex(where: { $0 == "/" || $0 == "(" }) {
                names.insert(fold(entry.text[..<cut]))
            }
        }
        return person.roles.contains { names.contains(fold($0)) }
    }
}
