import Foundation

/// A session plan as a file: what `dialogue plan --format json` writes and `dialogue run`
/// reads, through the one writer and the one strict reader.
public enum PlanFile {
    /// The largest plan file read (64 MiB): a plan for hundreds of people is several MiB.
    public static let maxBytes = 64 << 20

    /// Whether a parsed document is a plan (it carries `formatVersion` and `engineVersion`)
    /// rather than an agenda.
    public static func isPlan(_ root: JSONNode) -> Bool {
        root.member("formatVersion") != nil && root.member("engineVersion") != nil
    }

    /// The plan in `source`, read strictly; a plan of a newer format is refused.
    public static func read(_ source: SourceText) -> Result<SessionPlan, Diagnostic> {
        let parsed = JSONParser.parse(source, limits: JSONParser.Limits(maxBytes: maxBytes))
        if let first = parsed.diagnostics.first(where: { $0.severity == .error }) { return .failure(first) }
        guard let root = parsed.root else {
            return .failure(source.diagnostic(.error, "malformed-json", "not a plan", at: 0, path: .root, hint: nil))
        }
        return read(root, source: source)
    }

    /// The plan in `source` when the file is a plan; nil when it is something else (an agenda).
    public static func readIfPlan(_ source: SourceText) -> Result<SessionPlan, Diagnostic>? {
        let parsed = JSONParser.parse(source, limits: JSONParser.Limits(maxBytes: maxBytes))
        guard let root = parsed.root, isPlan(root) else { return nil }
        if let first = parsed.diagnostics.first(where: { $0.severity == .error }) { return .failure(first) }
        return read(root, source: source)
    }

    private static func read(_ root: JSONNode, source: SourceText) -> Result<SessionPlan, Diagnostic> {
        let decoder = StrictDecoder(what: "a plan", hint: "make a plan with 'dialogue plan AGENDA --format json'")
        return decoder.decode(SessionPlan.self, from: root, source: source).flatMap { plan in
            guard plan.formatVersion <= SessionPlan.currentFormatVersion else {
                return .failure(
                    source.diagnostic(
                        .error, "newer-format",
                        "a plan from a newer DialogueKit (plan format \(plan.formatVersion))",
                        at: 0, path: .root, hint: "update DialogueKit"))
            }
            return .success(plan)
        }
    }

    /// The plan at `path`.
    public static func read(_ path: String) -> Result<SessionPlan, Diagnostic> {
        SpecFile.read(path, maxBytes: maxBytes).flatMap(read)
    }

    /// The plan as the JSON text the reader takes back, ending in a newline.
    public static func text(_ plan: SessionPlan) throws -> String {
        try JSONWriter.string(plan) + "\n"
    }
}
