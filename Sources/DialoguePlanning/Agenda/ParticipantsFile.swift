/// Turns a participants CSV into participants. Columns are found by their header, in
/// English or Dutch: name/naam, roles/role/rol/rollen, organisation/organization/organisatie,
/// tags/attributes/kenmerken, email/e-mail. Every other column becomes a free attribute.
/// Roles and tags in one cell are separated by `|`, `,` or `;`.
public enum ParticipantsFile {
    static let nameHeaders = ["name", "naam", "participant", "deelnemer"]
    static let roleHeaders = ["roles", "role", "rol", "rollen"]
    static let organisationHeaders = ["organisation", "organization", "organisatie", "org"]
    static let tagHeaders = ["tags", "attributes", "kenmerken", "tag"]
    static let emailHeaders = ["email", "e-mail", "mail"]

    /// The participants of a CSV file, or every problem found (never a silently skipped row).
    public static func read(_ source: SourceText) -> Checked<[Participant]> {
        let rows: [CSVReader.Row]
        switch CSVReader(source: source).read() {
        case .success(let found): rows = found
        case .failure(let diagnostics): return .failure(diagnostics)
        }
        guard let header = rows.first else {
            return .failure([
                Diagnostic(
                    severity: .error, code: "empty-csv", message: "the file has no header row",
                    file: source.file, line: 1, column: 1, path: "line 1",
                    hint: "start with a header such as: name;roles;organisation")
            ])
        }
        let columns: Columns
        switch Columns.find(in: header, file: source.file) {
        case .success(let found): columns = found
        case .failure(let diagnostics): return .failure(diagnostics)
        }
        var problems = columns.unnamed
        var participants: [Participant] = []
        var seen: [String: Int] = [:]
        for row in rows.dropFirst() {
            switch participant(in: row, columns: columns, file: source.file, seen: &seen) {
            case .success(let person): participants.append(person)
            case .failure(let problem): problems.append(problem)
            }
        }
        if participants.isEmpty, problems.isEmpty {
            problems.append(
                Diagnostic(
                    severity: .error, code: "empty-csv", message: "the file lists nobody",
                    file: source.file, line: header.line, column: 1, path: "line \(header.line)",
                    hint: "add a row per participant below the header"))
        }
        return problems.isEmpty ? .success(participants) : .failure(problems)
    }

    /// Where each known column stands in the header, and the problems of the header itself.
    struct Columns {
        let header: CSVReader.Row
        /// The header's names, lower-cased.
        let names: [String]
        let name: Int
        let roles: Int?
        let organisation: Int?
        let tags: Int?
        let email: Int?
        /// Columns without a header.
        let unnamed: [Diagnostic]

        /// The columns of `header`, or an error when it has no name column.
        static func find(in header: CSVReader.Row, file: String) -> Checked<Columns> {
            let names = header.fields.map { $0.lowercased() }
            func column(_ candidates: [String]) -> Int? { names.firstIndex { candidates.contains($0) } }
            guard let name = column(nameHeaders) else {
                return .failure([
                    Diagnostic(
                        severity: .error, code: "missing-column", message: "no 'name' column in the header",
                        file: file, line: header.line, column: 1, path: "line \(header.line)",
                        hint: "name the column with people's names 'name' (or 'naam')")
                ])
            }
            let unnamed = names.indices.filter { names[$0].isEmpty }.map { index in
                Diagnostic(
                    severity: .error, code: "missing-column", message: "column \(index + 1) has no header",
                    file: file, line: header.line, column: header.columns[index], path: "line \(header.line)",
                    hint: "give every column a name")
            }
            return .success(
                Columns(
                    header: header, names: names, name: name, roles: column(roleHeaders),
                    organisation: column(organisationHeaders), tags: column(tagHeaders), email: column(emailHeaders),
                    unnamed: unnamed))
        }

        /// The columns that are not free attributes.
        var known: Set<Int> { Set([name, roles, organisation, tags, email].compactMap { $0 }) }
    }

    /// The participant on `row`, or the one problem that keeps it out.
    static func participant(in row: CSVReader.Row, columns: Columns, file: String, seen: inout [String: Int])
        -> Result<Participant, Diagnostic>
    {
        let header = columns.header
        guard row.fields.count == header.fields.count else {
            let column =
                row.columns.indices.contains(header.fields.count)
                ? row.columns[header.fields.count] : (row.columns.last ?? 1)
            return .failure(
                Diagnostic(
                    severity: .error, code: "wrong-field-count",
                    message: "row has \(row.fields.count) fields but the header has \(header.fields.count)",
                    file: file, line: row.line, column: column, path: "line \(row.line)",
                    hint: "check for a missing or extra delimiter; put text containing the delimiter in double quotes"))
        }
        let name = row.fields[columns.name]
        guard !name.isEmpty else {
            return .failure(
                Diagnostic(
                    severity: .error, code: "missing-name", message: "the name is empty",
                    file: file, line: row.line, column: row.columns[columns.name], path: "line \(row.line)",
                    hint: "every participant needs a name"))
        }
        if let first = seen[name] {
            return .failure(
                Diagnostic(
                    severity: .error, code: "duplicate-name",
                    message: "'\(name)' is listed twice (first on line \(first))",
                    file: file, line: row.line, column: row.columns[columns.name], path: "line \(row.line)",
                    hint: "names must be unique; add an initial to tell people apart"))
        }
        seen[name] = row.line
        let known = columns.known
        var attributes: [String: String] = [:]
        for (index, value) in row.fields.enumerated() where !known.contains(index) && !value.isEmpty {
            attributes[columns.names[index]] = value
        }
        func cell(_ column: Int?) -> String? { column.map { row.fields[$0] }.flatMap { $0.isEmpty ? nil : $0 } }
        return .success(
            Participant(
                name: name, roles: columns.roles.map { split(row.fields[$0]) } ?? [],
                organisation: cell(columns.organisation), tags: columns.tags.map { split(row.fields[$0]) } ?? [],
                attributes: attributes, email: cell(columns.email)))
    }

    /// A cell's list: split on `|`, `,` and `;`, trimmed, empty parts dropped.
    static func split(_ cell: String) -> [String] {
        cell.split(whereSeparator: { $0 == "|" || $0 == "," || $0 == ";" })
            .map { String($0).trimmingWhitespace() }
            .filter { !$0.isEmpty }
    }
}
