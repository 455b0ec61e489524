/// A dialogue method: a complete, declarative description of one dialogue format,
/// as a designer writes it in JSON. The Swift behaviours named by its steps give it life.
public struct MethodSpec: Sendable, Codable, Equatable {
    /// The newest spec format this engine reads.
    public static let currentSchemaVersion = 1

    /// The spec format the method is written in.
    public var schemaVersion: Int
    /// Stable kebab-case identifier, e.g. `good-future`.
    public var id: String
    /// Its semantic version, pinned into plans.
    public var version: SemanticVersion
    /// Its name, as people see it.
    public var name: LocalizedText
    /// One or two sentences on what happens in it.
    public var summary: LocalizedText
    /// What it is for.
    public var purpose: LocalizedText
    /// Languages the designer promises to provide; missing texts in them are warnings.
    public var languages: [String]
    /// The sources it is drawn from.
    public var sources: [SourceReference]
    /// Where the method as a whole comes from, and what is adapted.
    public var provenance: Provenance?
    /// How many people it is for.
    public var participants: CountRange
    /// The roles people take in it.
    public var roles: [Role]
    /// Role groups in the order the method addresses them (family before professionals).
    public var roleGroups: [RoleGroup]
    /// What a facilitator fills in (a topic, a time horizon).
    public var parameters: [Parameter]
    /// The rating scales its steps use.
    public var scales: [Scale]
    /// The rules everyone keeps.
    public var groundRules: [LocalizedText]
    /// The dialogical spaces it asks for.
    public var spaces: DialogicalSpaces
    /// What to bring.
    public var materials: [LocalizedText]
    /// Its phases, in order.
    public var phases: [Phase]

    /// The role with `id`.
    public func role(_ id: String) -> Role? { roles.first { $0.id == id } }
    /// The role group with `id`.
    public func roleGroup(_ id: String) -> RoleGroup? { roleGroups.first { $0.id == id } }
    /// The parameter with `id`.
    public func parameter(_ id: String) -> Parameter? { parameters.first { $0.id == id } }
    /// The scale with `id`.
    public func scale(_ id: String) -> Scale? { scales.first { $0.id == id } }

    /// All steps in order, with their phase.
    public var allSteps: [(phase: Phase, step: Step)] {
        phases.flatMap { phase in phase.steps.map { (phase, $0) } }
    }
}

/// A `major.minor.patch` version, compared numerically.
public struct SemanticVersion: Sendable, Hashable, Codable, Comparable, CustomStringConvertible {
    /// Raised for changes that break agendas.
    public var major: Int
    /// Raised for additions.
    public var minor: Int
    /// Raised for fixes.
    public var patch: Int

    /// The version `major.minor.patch`.
    public init(_ major: Int, _ minor: Int, _ patch: Int) {
        self.major = major
        self.minor = minor
        self.patch = patch
    }

    /// Parses `1.2.3`; nil for anything else.
    public init?(_ text: String) {
        let parts = text.split(separator: ".", omittingEmptySubsequences: false)
        guard parts.count == 3 else { return nil }
        var numbers: [Int] = []
        for part in parts {
            guard !part.isEmpty, part.count <= 9, part.utf8.allSatisfy({ $0 >= 0x30 && $0 <= 0x39 }),
                let number = Int(part),
                !(part.count > 1 && part.hasPrefix("0"))
            else { return nil }
            numbers.append(number)
        }
        self.init(numbers[0], numbers[1], numbers[2])
    }

    /// `major.minor.patch`.
    public var description: String { "\(major).\(minor).\(patch)" }

    /// Compares numerically, part by part.
    public static func < (lhs: SemanticVersion, rhs: SemanticVersion) -> Bool {
        (lhs.major, lhs.minor, lhs.patch) < (rhs.major, rhs.minor, rhs.patch)
    }

    /// Reads the spec format.
    public init(from decoder: Decoder) throws {
        let text = try decoder.singleValueContainer().decode(String.self)
        guard let version = SemanticVersion(text) else {
            throw DecodingError.dataCorrupted(
                .init(
                    codingPath: decoder.codingPath,
                    debugDescription: "'\(text)' is not a version like 1.0.0"))
        }
        self = version
    }

    /// Writes the spec format.
    public func encode(to encoder: Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(description)
    }
}

/// A cited source of a method (a book, a handbook page, a seed document).
public struct SourceReference: Sendable, Hashable, Codable {
    /// Its id, unique within the method.
    public var id: String
    /// The source as one would cite it; a title stays in its own language, the words around
    /// it ("Dutch edition", "case") may be given per language.
    public var citation: LocalizedText
    /// Where to find it, if online.
    public var url: String?
}

/// Where a part of a method comes from: a source says it, it is background knowledge,
/// an inference, or a deliberate adaptation. Anything but `source` is an adaptation a
/// designer can see.
public struct Provenance: Sendable, Hashable, Codable {
    /// How firmly a part of a method rests on its sources.
    public enum Basis: String, Sendable, Hashable, Codable, CaseIterable {
        case source, background, inference, adaptation
    }

    /// Whether it is taken from a source, inferred, or adapted.
    public var basis: Basis
    /// The ids of the sources it rests on.
    public var sources: [String]
    /// What was inferred or adapted, and why.
    public var note: LocalizedText?

    /// Whether this part is not taken directly from a source.
    public var isAdaptation: Bool { basis != .source }
}

/// An inclusive range of counts; `max` nil means no upper bound.
public struct CountRange: Sendable, Hashable, Codable {
    /// The least.
    public var min: Int
    /// The most; nil for no limit.
    public var max: Int?

    /// A range from `min` to `max` (nil: no limit).
    public init(min: Int, max: Int?) {
        self.min = min
        self.max = max
    }

    /// Whether `count` lies in the range.
    public func contains(_ count: Int) -> Bool {
        count >= min && (max.map { count <= $0 } ?? true)
    }

    /// `3`, `3–5` or `3 or more`.
    public var description: String {
        guard let max else { return "\(min) or more" }
        return min == max ? "\(min)" : "\(min)–\(max)"
    }
}

/// A role people take in a method (interviewer, note-taker, family member, table host…).
public struct Role: Sendable, Hashable, Codable {
    /// A rule on who may take a role or how it acts.
    public enum Constraint: String, Sendable, Hashable, Codable, CaseIterable {
        /// Must not be a participant in the case (Good Future facilitators).
        case externalToCase = "external-to-case"
        /// Takes part in the case being discussed (family, professionals).
        case inCase = "in-case"
        /// Does not speak in the dialogue (a scribe, an observer).
        case doesNotSpeak = "does-not-speak"
        /// Stays at one table while others rotate (a café table host).
        case staysAtTable = "stays-at-table"
    }

    /// Its id, unique within the method.
    public var id: String
    /// Its name, as people see it.
    public var name: LocalizedText
    /// A longer description.
    public var description: LocalizedText?
    /// How many people hold it.
    public var count: CountRange
    /// What holds for whoever takes it (`external-to-case`, `stays-at-table`…).
    public var constraints: [Constraint]
    /// Participant attributes that qualify someone for this role ("family", "professional").
    public var attributes: [String]

    /// Whether the role carries `constraint`.
    public func has(_ constraint: Constraint) -> Bool { constraints.contains(constraint) }
}

/// Roles addressed together, e.g. "family and private network". The order of
/// `MethodSpec.roleGroups` is the order in which the method addresses them.
public struct RoleGroup: Sendable, Hashable, Codable {
    /// Its id, unique within the method.
    public var id: String
    /// Its name, as people see it.
    public var name: LocalizedText
    /// The ids of its roles.
    public var roles: [String]
    /// The planner refuses a plan in which nobody fills this group.
    public var required: Bool
}

/// A value a facilitator fills in when using a method (topic, time horizon, rounds…).
public struct Parameter: Sendable, Hashable, Codable {
    /// The kind of value a parameter holds.
    public enum Kind: String, Sendable, Hashable, Codable, CaseIterable {
        case text, integer, choice
        case textList = "text-list"
    }

    /// Its id, unique within the method.
    public var id: String
    /// The kind of value it holds.
    public var type: Kind
    /// Its label, as a facilitator sees it.
    public var label: LocalizedText
    /// A longer description.
    public var description: LocalizedText?
    /// Whether an agenda must fill it in.
    public var required: Bool
    /// The value when an agenda leaves it out.
    public var defaultValue: ParameterValue?
    /// The least.
    public var min: Int?
    /// The most; nil for no limit.
    public var max: Int?
    /// For a choice: the values allowed.
    public var options: [String]

    /// The keys of the spec format.
    enum CodingKeys: String, CodingKey {
        case id, type, label, description, required, min, max, options
        case defaultValue = "default"
    }
}

/// A filled-in parameter value.
public enum ParameterValue: Sendable, Hashable, Codable {
    case text(LocalizedText)
    case integer(Int)
    case textList([LocalizedText])

    /// The value as it appears in a prompt, in `language`.
    public func rendered(_ language: String) -> String {
        switch self {
        case .text(let text): return text.resolved(language)
        case .integer(let value): return String(value)
        case .textList(let items): return items.map { $0.resolved(language) }.joined(separator: "; ")
        }
    }

    /// The value as a whole number, when it is one.
    public var intValue: Int? {
        if case .integer(let value) = self { return value }
        return nil
    }

    /// Reads the spec format.
    public init(from decoder: Decoder) throws {
        let container = try decoder.singleValueContainer()
        if let value = try? container.decode(Int.self) {
            self = .integer(value)
        } else if let items = try? container.decode([LocalizedText].self) {
            self = .textList(items)
        } else {
            self = .text(try container.decode(LocalizedText.self))
        }
    }

    /// Writes the spec format.
    public func encode(to encoder: Encoder) throws {
        var container = encoder.singleValueContainer()
        switch self {
        case .text(let text): try container.encode(text)
        case .integer(let value): try container.encode(value)
        case .textList(let items): try container.encode(items)
        }
    }
}

/// A rating scale: the worry zones, a school grade, a 1–5 agreement scale.
public struct Scale: Sendable, Hashable, Codable {
    /// Whether a scale has named levels or is a plain number range.
    public enum Kind: String, Sendable, Hashable, Codable { case ordinal, numeric }
    /// Who may see the values recorded on a scale.
    public enum Visibility: String, Sendable, Hashable, Codable { case shared, `private` }

    /// Its id, unique within the method.
    public var id: String
    /// Its name, as people see it.
    public var name: LocalizedText
    /// Ordinal (named levels) or numeric (a range).
    public var kind: Kind
    /// The lowest value (numeric scales).
    public var min: Double
    /// The highest value (numeric scales).
    public var max: Double
    /// The named levels (ordinal scales).
    public var levels: [ScaleLevel]
    /// Who may see the values recorded on it.
    public var visibility: Visibility

    /// The keys of the spec format.
    enum CodingKeys: String, CodingKey {
        case id, name, min, max, levels, visibility
        case kind = "type"
    }

    /// Whether `value` is a valid rating on this scale.
    public func accepts(_ value: Double) -> Bool {
        switch kind {
        case .ordinal: return levels.contains { $0.value == value }
        case .numeric: return value >= min && value <= max
        }
    }
}

/// One named level of an ordinal scale (a worry zone).
public struct ScaleLevel: Sendable, Hashable, Codable {
    /// The level's value.
    public var value: Double
    /// Its label, as a facilitator sees it.
    public var label: LocalizedText
    /// A longer description.
    public var description: LocalizedText?
}

/// The five dialogical spaces (Arnkil): what a facilitator arranges for dialogue to happen.
public struct DialogicalSpaces: Sendable, Hashable, Codable {
    /// The room and how it is arranged.
    public var physical: LocalizedText?
    /// How time is given.
    public var time: LocalizedText?
    /// Who takes part, in which roles.
    public var social: LocalizedText?
    /// The attitude asked of everyone.
    public var mental: LocalizedText?
    /// How people speak and listen.
    public var discursive: LocalizedText?

    /// The five spaces, in Arnkil's order, with what each arranges (for the schema and the docs).
    public static let meanings: [(name: String, meaning: String)] = [
        ("physical", "The room and how it is arranged: seating, tables, flip charts."),
        ("time", "How time is given: enough of it, and kept."),
        ("social", "Who takes part, in which roles, and how each can speak."),
        ("mental", "The attitude asked of everyone: why people come and what they expect."),
        ("discursive", "How people speak and listen: how things are said and heard."),
    ]

    /// The five spaces' names, in Arnkil's order.
    public static var names: [String] { meanings.map(\.name) }

    /// Spaces with every part given.
    public init(
        physical: LocalizedText? = nil, time: LocalizedText? = nil, social: LocalizedText? = nil,
        mental: LocalizedText? = nil, discursive: LocalizedText? = nil
    ) {
        self.physical = physical
        self.time = time
        self.social = social
        self.mental = mental
        self.discursive = discursive
    }

    /// The spaces in their canonical order, with their names.
    public var all: [(name: String, text: LocalizedText?)] {
        [("physical", physical), ("time", time), ("social", social), ("mental", mental), ("discursive", discursive)]
    }
}

/// A part of a method, made of steps (opening, future recall, planning…).
public struct Phase: Sendable, Hashable, Codable {
    /// The temporal frame the talk is in (Good Future's switch from the imagined future to now).
    public enum Frame: String, Sendable, Hashable, Codable, CaseIterable {
        case present
        case futureRecall = "future-recall"
        case pastReflection = "past-reflection"
    }

    /// Its id, unique within the method.
    public var id: String
    /// Its name, as people see it.
    public var name: LocalizedText
    /// A longer description.
    public var description: LocalizedText?
    /// How the phase frames its steps, such as `future-recall`.
    public var frame: Frame?
    /// Its steps, in order.
    public var steps: [Step]
}
