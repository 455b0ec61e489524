/// Reads CSV as spreadsheet programs write it: UTF-8 with or without a byte order mark,
/// `,` or `;` as delimiter (Dutch Excel writes `;`; detected from the header line),
/// fields in double quotes with embedded delimiters, doubled quotes and line breaks,
/// and CRLF or LF line ends. Excel's `sep=;` first line sets the delimiter; rows with no
/// text at all (`;;;;`, as Excel writes below a table) are skipped like blank lines. A
/// malformed file, or a control character such as NUL in a field, is an error at its line
/// and column, never a silently skipped row.
public struct CSVReader {
    /// One record, with the line it starts on.
    public struct Row: Sendable, Equatable {
        /// The fields of the record, unquoted.
        public var fields: [String]
        /// The 1-based line the record starts on.
        public var line: Int
        /// The 1-based column where each field starts.
        public var columns: [Int]
    }

    /// The file being read.
    public let source: SourceText

    /// A reader of `source`.
    public init(source: SourceText) {
        self.source = source
    }

    /// The delimiter used by the header: whichever of `;` and `,` occurs more often outside quotes.
    public static func detectDelimiter(_ bytes: [UInt8]) -> UInt8 {
        var commas = 0
        var semicolons = 0
        var tabs = 0
        var quoted = false
        for byte in bytes {
            if byte == UInt8(ascii: "\"") { quoted.toggle() }
            if quoted { continue }
            if byte == UInt8(ascii: "\n") { break }
            if byte == UInt8(ascii: ",") { commas += 1 }
            if byte == UInt8(ascii: ";") { semicolons += 1 }
            if byte == UInt8(ascii: "\t") { tabs += 1 }
        }
        if tabs > commas, tabs > semicolons { return UInt8(ascii: "\t") }
        return semicolons > commas ? UInt8(ascii: ";") : UInt8(ascii: ",")
    }

    /// All records, or the diagnostics that stop the file from being read.
    public func read() -> Checked<[Row]> {
        var bytes = source.bytes[...]
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) {
            bytes = bytes.dropFirst(3)
        }
        if bytes.starts(with: [0xFF, 0xFE]) || bytes.starts(with: [0xFE, 0xFF]) {
            return .failure([error("the file is UTF-16; save it as 'CSV UTF-8'", at: 0)])
        }
        var delimiter = Self.detectDelimiter(Array(bytes.prefix(4096)))
        var firstLine = 1
        // Excel's "sep=;" line names the delimiter.
        let sepLine = Array("sep=".utf8)
        if bytes.count >= 5, bytes.prefix(4).map({ $0 | 0x20 }) == sepLine.map({ $0 | 0x20 }) {
            let named = bytes[bytes.startIndex + 4]
            let end = bytes.dropFirst(5).prefix { $0 == UInt8(ascii: "\r") }
            let after = bytes.startIndex + 5 + end.count
            if named != UInt8(ascii: "\n"), after == bytes.endIndex || bytes[after] == UInt8(ascii: "\n") {
                delimiter = named
                bytes = bytes[min(bytes.endIndex, after + 1)...]
                firstLine = 2
            }
        }
        var tokenizer = Tokenizer(reader: self, delimiter: delimiter)
        tokenizer.line = firstLine
        tokenizer.rowLine = firstLine
        do throws(Problem) {
            var index = bytes.startIndex
            while index < bytes.endIndex {
                index = try tokenizer.consume(bytes, at: index)
            }
            return .success(try tokenizer.finish())
        } catch {
            return .failure([error.diagnostic])
        }
    }

    /// A problem that stops the file from being read.
    private struct Problem: Error {
        var diagnostic: Diagnostic
    }

    /// The reading state: where in the file, inside quotes or not, the record and field so far.
    private struct Tokenizer {
        let reader: CSVReader
        let delimiter: UInt8
        var rows: [Row] = []
        var fields: [String] = []
        var columns: [Int] = []
        var field: [UInt8] = []
        var line = 1
        var column = 1
        var rowLine = 1
        var fieldStart = 1
        var quoted = false
        var wasQuoted = false
        var quoteLine = 1
        var quoteColumn = 1

        init(reader: CSVReader, delimiter: UInt8) {
            self.reader = reader
            self.delimiter = delimiter
        }

        /// Reads the byte at `index` (and the one after it when they belong together);
        /// returns where to go on.
        mutating func consume(_ bytes: ArraySlice<UInt8>, at index: Int) throws(Problem) -> Int {
            let byte = bytes[index]
            if quoted { return try consumeQuoted(bytes, at: index) }
            if byte == UInt8(ascii: "\"") {
                try openQuote()
            } else if byte == delimiter {
                try finishField()
                fieldStart = column + 1
            } else if byte == UInt8(ascii: "\n") || byte == UInt8(ascii: "\r") {
                let next = index + 1
                let end = byte == UInt8(ascii: "\r") && next < bytes.endIndex && bytes[next] == UInt8(ascii: "\n")
                try finishRecord()
                column = 1
                return end ? next + 1 : next
            } else {
                try refuseControl(byte)
                field.append(byte)
            }
            column += 1
            return index + 1
        }

        /// A control character (NUL, ESC, …) is never part of a name or a field.
        private func refuseControl(_ byte: UInt8) throws(Problem) {
            guard byte < 0x20 && byte != 0x09 && byte != 0x0A && byte != 0x0D || byte == 0x7F else { return }
            throw Problem(
                diagnostic: reader.error(
                    "a control character (U+\(String(byte, radix: 16, uppercase: true).leftPadded(to: 4))) in a field",
                    atLine: line, column: column, hint: "remove it; names and fields are plain text"))
        }

        /// A byte inside quotes: a doubled quote is one quote, a single one closes the field.
        private mutating func consumeQuoted(_ bytes: ArraySlice<UInt8>, at index: Int) throws(Problem) -> Int {
            let byte = bytes[index]
            let next = index + 1
            guard byte == UInt8(ascii: "\"") else {
                try refuseControl(byte)
                if byte == UInt8(ascii: "\n") {
                    line += 1
                    column = 0
                }
                field.append(byte)
                column += 1
                return next
            }
            if next < bytes.endIndex, bytes[next] == UInt8(ascii: "\"") {
                field.append(byte)
                column += 2
                return next + 1
            }
            quoted = false
            column += 1
            // After a closing quote only a delimiter or the end of the line may follow.
            if next < bytes.endIndex {
                let following = bytes[next]
                if following != delimiter, following != UInt8(ascii: "\n"), following != UInt8(ascii: "\r") {
                    throw Problem(
                        diagnostic: reader.error(
                            "unexpected text after a closing quote", atLine: line, column: column,
                            hint: "a quote inside a quoted field is written twice: \"\""))
                }
            }
            return next
        }

        /// An opening quote, which only spaces may come before in its field.
        private mutating func openQuote() throws(Problem) {
            if !field.allSatisfy({ $0 == 0x20 || $0 == 0x09 }) {
                throw Problem(
                    diagnostic: reader.error(
                        "a quote in the middle of an unquoted field", atLine: line, column: column,
                        hint: "put the whole field in quotes and double the inner quote: \"\""))
            }
            field.removeAll()
            quoted = true
            wasQuoted = true
            quoteLine = line
            quoteColumn = column
        }

        private mutating func finishField() throws(Problem) {
            guard let text = String(validating: field, as: UTF8.self) else {
                throw Problem(
                    diagnostic: reader.error(
                        "text is not valid UTF-8 (line \(rowLine)); save the file as 'CSV UTF-8'", atLine: rowLine,
                        column: fieldStart))
            }
            fields.append(wasQuoted ? text : text.trimmingWhitespace())
            columns.append(fieldStart)
            field.removeAll(keepingCapacity: true)
            wasQuoted = false
        }

        /// The end of a line outside quotes: the record is complete (a line with no text in any
        /// field, empty or `;;;;`, is no record).
        private mutating func finishRecord() throws(Problem) {
            try finishField()
            if !fields.allSatisfy(\.isEmpty) {
                rows.append(Row(fields: fields, line: rowLine, columns: columns))
            }
            fields.removeAll()
            columns.removeAll()
            line += 1
            rowLine = line
            fieldStart = 1
        }

        /// The records, once the whole file is read.
        mutating func finish() throws(Problem) -> [Row] {
            if quoted {
                throw Problem(
                    diagnostic: reader.error(
                        "a quoted field is never closed", atLine: quoteLine, column: quoteColumn,
                        hint: "add the closing \" (a line break inside quotes continues the field)"))
            }
            if !field.isEmpty || !fields.isEmpty {
                try finishRecord()
            }
            return rows
        }
    }

    private func error(_ message: String, at offset: Int, hint: String? = nil) -> Diagnostic {
        source.diagnostic(.error, "malformed-csv", message, at: offset, path: .root, hint: hint)
    }

    fileprivate func error(_ message: String, atLine line: Int, column: Int, hint: String? = nil) -> Diagnostic {
        Diagnostic(
            severity: .error, code: "malformed-csv", message: message, file: source.file, line: line,
            column: max(1, column), path: "line \(line)", hint: hint)
    }
}

extension String {
    /// The string without leading and trailing spaces and tabs.
    public func trimmingWhitespace() -> String {
        var scalars = Substring(self)
        while let first = scalars.first, first == " " || first == "\t" { scalars = scalars.dropFirst() }
        while let last = scalars.last, last == " " || last == "\t" { scalars = scalars.dropLast() }
        return String(scalars)
    }
}

extension String {
    /// The string with zeros before it up to `width` characters.
    fileprivate func leftPadded(to width: Int) -> String {
        String(repeating: "0", count: max(0, width - count)) + self
    }
}
