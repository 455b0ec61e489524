/// Reports problems at a path inside a spec, finding the line and column from the
/// parsed document. Validators and method rules write through it.
public struct SpecReporter {
    let sink: DiagnosticSink
    let root: JSONNode

    /// A reporter into `sink`, placing paths in `root`.
    public init(sink: DiagnosticSink, root: JSONNode) {
        self.sink = sink
        self.root = root
    }

    /// The byte offset of the value at `path`, or of its nearest existing ancestor.
    public func offset(of path: SpecPath) -> Int {
        root.node(at: path.components)?.offset ?? root.offset
    }

    /// Reports an error at `path` of the spec.
    public func error(_ code: String, _ message: String, at path: SpecPath, hint: String? = nil) {
        sink.error(code, message, at: offset(of: path), path: path, hint: hint)
    }

    /// Reports a warning at `path` of the spec.
    public func warning(_ code: String, _ message: String, at path: SpecPath, hint: String? = nil) {
        sink.warning(code, message, at: offset(of: path), path: path, hint: hint)
    }
}

/// A method's own rule, written in Swift by the method's plugin: what JSON cannot say
/// (e.g. Good Future's facilitators are never participants in the case).
public protocol MethodRule: Sendable {
    /// A stable kebab-case identifier, used as the diagnostic code.
    var id: String { get }
    /// One sentence saying what the rule checks.
    var summary: String { get }
    /// Method ids the rule applies to.
    var methods: [String] { get }
    /// Checks `method`, reporting through `report`.
    func check(_ method: MethodSpec, report: SpecReporter)
    /// Examples that double as tests: values placed in the rule's method that must pass, and
    /// ones with a `↓` where the rule must report (see ``ExampleCheck``).
    var examples: [SpecExample] { get }
}
