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
        let names = header.fields.map { $0.lowercased() }
        func column(_ candidates: [String]) -> Int? { names.firstIndex { candidates.contains($0) } }
        guard let nameColumn = column(nameHeaders) else {
            return .failure([
                Diagnostic(
                    severity: .error, code: "missing-column", message: "no 'name' column in the header",
                    file: source.file, line: header.line, column: 1, path: "line \(header.line)",
                    hint: "name the column with people's names 'name' (or 'naam')")
            ])
        }
        var problems: [Diagnostic] = []
        for (index, name) in names.enumerated() where name.isEmpty {
            problems.append(
                Diagnostic(
                    severity: .error, code: "missing-column", message: "column \(index + 1) has no header",
                    file: source.file, line: header.line, column: header.columns[index],
                    path: "line \(header.line)", hint: "give every column a name"))
        }
        let roleColumn = column(roleHeaders)
        let organisationColumn = column(organisationHeaders)
        let tagColumn = column(tagHeaders)
        let emailColumn = column(emailHeaders)
        let known = Set([nameColumn, roleColumn, organisationColumn, tagColumn, emailColumn].compactMap { $0 })
        var participants: [Participant] = []
        var seen: [String: Int] = [:]
        for row in rows.dropFirst() {
            if row.fields.count != header.fields.count {
                let column =
                    row.columns.indices.contains(header.fields.count)
                    ? row.columns[header.fields.count]
                    : (row.columns.last ?? 1)
                problems.append(
                    Diagnostic(
                        severity: .error, code: "wrong-field-count",
                        message: "row has \(row.fields.count) fields but the header has \(header.fields.count)",
                        file: source.file, line: row.line, column: column, path: "line \(row.line)",
                        hint:
                            "check for a missing or extra delimiter; put text containing the delimiter in double quotes"
                    ))
                continue
            }
            let name = row.fields[nameColumn]
            if name.isEmpty {
                problems.append(
                    Diagnostic(
                        severity: .error, code: "missing-name", message: "the name is empty",
                        file: source.file, line: row.line, column: row.columns[nameColumn],
                        path: "line \(row.line)", hint: "every participant needs a name"))
                continue
            }
            if let first = seen[name] {
                problems.append(
                    Diagnostic(
                        severity: .error, code: "duplicate-name",
                        message: "'\(name)' is listed twice (first on line \(first))",
                        file: source.file, line: row.line, column: row.columns[nameColumn],
                        path: "line \(row.line)",
                        hint: "names must be unique; add an initial to tell people apart"))
                continue
            }
            seen[name] = row.line
            var attributes: [String: String] = [:]
            for (index, value) in row.fields.enumerated() where !known.contains(index) && !value.isEmpty {
                attributes[names[index]] = value
            }
            participants.append(
                Participant(
                    name: name,
                    roles: roleColumn.map { split(row.fields[$0]) } ?? [],
                    organisation: organisationColumn.map { row.fields[$0] }.flatMap { $0.isEmpty ? nil : $0 },
                    tags: tagColumn.map { split(row.fields[$0]) } ?? [],
                    attributes: attributes,
                    email: emailColumn.map { row.fields[$0] }.flatMap { $0.isEmpty ? nil : $0 }))
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

    /// A cell's list: split on `|`, `,` and `;`, trimmed, empty parts dropped.
    static func split(_ cell: String) -> [String] {
        cell.split(whereSeparator: { $0 == "|" || $0 == "," || $0 == ";" })
            .map { String($0).trimmingWhitespace() }
            .filter { !$0.isEmpty }
    }
}
