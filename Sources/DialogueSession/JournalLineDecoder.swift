import Foundation

/// Reads journal lines straight from the parsed JSON tree: several times faster than
/// `JSONDecoder` on a journal's many small lines. It accepts exactly what the journal's
/// encoder writes (a test round-trips every event); anything else returns nil, and the
/// caller falls back to `JSONDecoder`, which explains what is wrong.
public enum JournalLineDecoder {
    public static func entry(_ line: UnsafeBufferPointer<UInt8>) -> JournalEntry? {
        let source = SourceText(file: "", bytes: Array(line))
        guard let root = JSONParser.parse(source).root, case .object(let members) = root.value, members.count == 3,
              case .number(let seqValue, true)? = members.first(where: { $0.key == "seq" })?.value.value,
              case .string(let atText)? = members.first(where: { $0.key == "at" })?.value.value,
              let at = Journal.date(atText),
              let eventNode = members.first(where: { $0.key == "event" })?.value,
              let event = event(eventNode) else { return nil }
        return JournalEntry(seq: Int(seqValue), at: at, event: event)
    }

    private static func event(_ node: JSONNode) -> SessionEvent? {
        guard case .object(let outer) = node.value, outer.count == 1, let kind = outer.first,
              case .object(let fields) = kind.value.value else { return nil }
        func string(_ key: String) -> String? {
            guard case .string(let text)? = fields.first(where: { $0.key == key })?.value.value else { return nil }
            return text
        }
        func optionalString(_ key: String) -> String?? {
            guard let member = fields.first(where: { $0.key == key }) else { return .some(nil) }
            switch member.value.value {
            case .string(let text): return .some(text)
            case .null: return .some(nil)
            default: return nil
            }
        }
        func number(_ key: String) -> Double? {
            guard case .number(let value, _)? = fields.first(where: { $0.key == key })?.value.value else { return nil }
            return value
        }
        func strings(_ key: String) -> [String]? {
            guard case .array(let items)? = fields.first(where: { $0.key == key })?.value.value else { return nil }
            var result: [String] = []
            for item in items {
                guard case .string(let text) = item.value else { return nil }
                result.append(text)
            }
            return result
        }
        func bool(_ key: String) -> Bool? {
            guard case .bool(let value)? = fields.first(where: { $0.key == key })?.value.value else { return nil }
            return value
        }
        switch kind.key {
        case "start": return fields.isEmpty ? .start : nil
        case "next": return fields.isEmpty ? .next : nil
        case "back": return fields.isEmpty ? .back : nil
        case "skip": return fields.isEmpty ? .skip : nil
        case "pause": return fields.isEmpty ? .pause : nil
        case "resume": return fields.isEmpty ? .resume : nil
        case "end": return fields.isEmpty ? .end : nil
        case "swapRoles": return fields.isEmpty ? .swapRoles : nil
        case "extend": return number("seconds").map { .extend(seconds: Int($0)) }
        case "note", "idea", "concern":
            guard let text = string("text"), let person = optionalString("person") else { return nil }
            switch kind.key {
            case "note": return .note(text: text, person: person)
            case "idea": return .idea(text: text, person: person)
            default: return .concern(text: text, person: person)
            }
        case "worry":
            guard let level = number("level"), let person = optionalString("person"), let note = optionalString("note") else { return nil }
            return .worry(level: level, person: person, note: note)
        case "score":
            guard let item = string("item"), let value = number("value"), let person = optionalString("person") else { return nil }
            return .score(item: item, value: value, person: person)
        case "agreement":
            guard let who = strings("who"), let what = string("what"), let withWhom = strings("withWhom"),
                  let byWhen = optionalString("byWhen") else { return nil }
            return .agreement(who: who, what: what, withWhom: withWhom, byWhen: byWhen)
        case "edit":
            guard let record = number("record"), let text = string("text") else { return nil }
            return .edit(record: Int(record), text: text)
        case "withdraw":
            return number("record").map { .withdraw(record: Int($0)) }
        case "loop":
            return bool("again").map { .loop(again: $0) }
        case "review":
            guard let agreement = string("agreement"), let statusText = string("status"),
                  let status = Agreement.Status(rawValue: statusText), let note = string("note") else { return nil }
            return .review(agreement: agreement, status: status, note: note)
        case "followUp":
            guard let date = string("date"), let time = optionalString("time"), let note = string("note") else { return nil }
            return .followUp(date: date, time: time, note: note)
        default:
            return nil
        }
    }
}
