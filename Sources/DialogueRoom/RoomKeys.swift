import DialogueRender
import Foundation

/// The unguessable parts of a session's room URLs: one token for the projector, one for the
/// note-taker, one for the phones' name list and one per participant. Each is 128 random
/// bits. They are kept in the session folder (readable by the owner only) with the port,
/// so after a crash and `resume` every screen reconnects to the same address.
public struct RoomKeys: Codable, Sendable, Equatable {
    /// The projector's token (`/TOKEN/room`).
    public var room: String
    /// The note-taker's token (`/TOKEN/notes`).
    public var notes: String
    /// The phones' token: the page where a participant picks their name (`/TOKEN/phone`).
    public var phone: String
    /// Each participant's own phone token (`/TOKEN/me`), by name.
    public var people: [String: String]
    /// The port the room was served on, to serve it there again.
    public var port: UInt16
    /// The names already picked from the phones' list: each can be picked once (its own link
    /// in `phone-links.txt` always works).
    public var claimed: [String]? = nil

    /// New keys for `participants`, from a cryptographic generator.
    public static func make(for participants: [String], using random: inout some RandomNumberGenerator) -> RoomKeys {
        var people: [String: String] = [:]
        for name in participants { people[name] = token(&random) }
        return RoomKeys(room: token(&random), notes: token(&random), phone: token(&random), people: people, port: 0)
    }

    /// 128 random bits as 32 hexadecimal digits.
    public static func token(_ random: inout some RandomNumberGenerator) -> String {
        let high = random.next() as UInt64
        let low = random.next() as UInt64
        func hex(_ value: UInt64) -> String {
            let text = String(value, radix: 16)
            return String(repeating: "0", count: 16 - text.count) + text
        }
        return hex(high) + hex(low)
    }

    /// The file the keys are kept in, inside the session folder.
    public static func path(in folder: String) -> String { folder + "/room.json" }

    /// The keys kept for the session in `folder`, with a token for anyone added since; nil
    /// when there are none or they do not read (new ones are made then).
    public static func load(from folder: String, participants: [String], using random: inout some RandomNumberGenerator)
        -> RoomKeys?
    {
        guard let data = FileManager.default.contents(atPath: path(in: folder)),
            var keys = try? JSONDecoder().decode(RoomKeys.self, from: data),
            [keys.room, keys.notes, keys.phone].allSatisfy(isToken), keys.people.values.allSatisfy(isToken)
        else { return nil }
        for name in participants where keys.people[name] == nil { keys.people[name] = token(&random) }
        return keys
    }

    /// Writes the keys to the session folder, readable by the owner only.
    public func save(in folder: String) throws {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .prettyPrinted]
        try PrivateFile.replace(try encoder.encode(self), at: Self.path(in: folder))
    }

    /// Whether `text` looks like a token: 32 lower-case hexadecimal digits.
    static func isToken(_ text: String) -> Bool {
        text.utf8.count == 32 && text.utf8.allSatisfy { (0x30...0x39).contains($0) || (0x61...0x66).contains($0) }
    }

    /// Which page `token` opens, compared in constant time against every key.
    public func holder(of token: String) -> Holder? {
        var found: Holder?
        if Self.same(token, room) { found = .room }
        if Self.same(token, notes) { found = .notes }
        if Self.same(token, phone) { found = .phone }
        for (name, key) in people.sorted(by: { $0.key < $1.key }) where Self.same(token, key) { found = .person(name) }
        return found
    }

    /// Who a token belongs to.
    public enum Holder: Equatable, Sendable {
        case room, notes, phone
        case person(String)
    }

    /// Compares two tokens without stopping at the first difference.
    static func same(_ left: String, _ right: String) -> Bool {
        let a = Array(left.utf8)
        let b = Array(right.utf8)
        guard a.count == b.count else { return false }
        var difference: UInt8 = 0
        for index in a.indices { difference |= a[index] ^ b[index] }
        return difference == 0
    }
}
