import Foundation

/// The canonical JSON form of a harvest, written as it is made: everything but the records
/// goes through the one JSON writer, and each record is written on its own as its turn comes,
/// so a harvest of a million records never exists whole as text. Keys are sorted and indented
/// as ``JSONWriter`` does; ``HarvestFile/read(_:)`` reads it back.
enum HarvestJSON {
    static func write(_ harvest: Harvest, to sink: ByteSink) throws {
        var skeleton = harvest
        for index in skeleton.steps.indices { skeleton.steps[index].records = [] }
        let bytes = Array(try JSONWriter.data(skeleton))
        guard let root = JSONParser.parse(SourceText(file: "harvest.json", bytes: bytes)).root else {
            throw ExportFailure(description: "the harvest could not be written as JSON")
        }
        let writer = Writer(sink: sink, harvest: harvest)
        try writer.value(root.value, indent: "", step: nil, key: nil)
        try sink.write("\n")
    }

    /// Why the JSON form could not be made.
    struct ExportFailure: Error, CustomStringConvertible {
        var description: String
    }

    private struct Writer {
        let sink: ByteSink
        let harvest: Harvest
        func value(_ value: JSONValue, indent: String, step: Int?, key: String?) throws {
            switch value {
            case .null: try sink.write("null")
            case .bool(let flag): try sink.write(flag ? "true" : "false")
            case .number(let number, _): try sink.write(Self.number(number))
            case .string(let text): try sink.write(JSONText.quoted(text))
            case .array(let items):
                if key == "records", let step, harvest.steps.indices.contains(step) {
                    try records(harvest.steps[step].records, indent: indent)
                    return
                }
                let inner = indent + "  "
                let isSteps = key == "steps" && step == nil
                try sink.write("[\n")
                if items.isEmpty { try sink.write("\n") }
                for (index, item) in items.enumerated() {
                    try sink.write(inner)
                    try self.value(item.value, indent: inner, step: isSteps ? index : step, key: nil)
                    try sink.write(index == items.count - 1 ? "\n" : ",\n")
                }
                try sink.write(indent + "]")
            case .object(let members):
                let inner = indent + "  "
                try sink.write("{\n")
                if members.isEmpty { try sink.write("\n") }
                for (index, member) in members.enumerated() {
                    try sink.write(inner + JSONText.quoted(member.key) + " : ")
                    try self.value(member.value.value, indent: inner, step: step, key: member.key)
                    try sink.write(index == members.count - 1 ? "\n" : ",\n")
                }
                try sink.write(indent + "}")
            }
        }

        /// A step's records, one object each, keys sorted; absent optionals are left out.
        func records(_ records: HarvestRecords, indent: String) throws {
            try sink.write("[\n")
            if records.isEmpty { try sink.write("\n") }
            let inner = indent + "  "
            let fieldIndent = inner + "  "
            for (index, record) in records.enumerated() {
                try sink.write(inner + "{\n")
                var first = true
                func key(_ name: String) throws {
                    try sink.write((first ? "" : ",\n") + fieldIndent + "\"" + name + "\" : ")
                    first = false
                }
                func text(_ name: String, _ value: String?) throws {
                    guard let value else { return }
                    try key(name)
                    try sink.writeQuoted(value)
                }
                try text("at", Timestamp.text(record.at))
                try text("capture", record.capture)
                try key("edited")
                try sink.write(record.edited ? "true" : "false")
                try text("group", record.group)
                try key("id")
                try sink.write(String(record.id))
                try text("item", record.item)
                try text("label", record.label)
                try text("person", record.person)
                try text("question", record.question)
                try text("text", record.text)
                try text("type", record.type.rawValue)
                if let value = record.value {
                    try key("value")
                    try sink.write(Self.number(value))
                }
                try text("visibility", record.visibility.rawValue)
                try sink.write("\n" + inner + (index == records.count - 1 ? "}\n" : "},\n"))
            }
            try sink.write(indent + "]")
        }

        /// A number as JSON: whole numbers without a fraction, others as Swift prints them.
        static func number(_ number: Double) -> String {
            if number.rounded() == number, abs(number) < 9_007_199_254_740_992 { return String(Int(number)) }
            return number.isFinite ? "\(number)" : "null"
        }
    }
}
