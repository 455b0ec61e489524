import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// A module that ships dialogue methods: their JSON specs, the behaviours they need
/// beyond the built-in ones, and their own validation rules.
public protocol MethodPlugin: Sendable {
    /// The plugin's name, e.g. "GoodFuture".
    var name: String { get }
    /// The specs, as file name and JSON text (embedded so an installed binary needs no files).
    var specs: [EmbeddedSpec] { get }
    var behaviours: [any StepBehaviour] { get }
    var rules: [any MethodRule] { get }
}

extension MethodPlugin {
    /// No step kinds of its own.
    public var behaviours: [any StepBehaviour] { [] }
    /// No method rules of its own.
    public var rules: [any MethodRule] { [] }
}

/// A spec compiled into a binary: the file it was generated from and its text.
public struct EmbeddedSpec: Sendable {
    /// The file it came from.
    public var file: String
    /// The JSON text.
    public var json: String

    /// A spec from `file` with text `json`.
    public init(file: String, json: String) {
        self.file = file
        self.json = json
    }
}

/// Where a method in a library came from.
public enum MethodOrigin: Sendable, Equatable {
    case builtIn(plugin: String)
    case folder(path: String)

    /// Where it came from, for listings.
    public var description: String {
        switch self {
        case .builtIn(let plugin): return "built-in (\(plugin))"
        case .folder(let path): return path
        }
    }
}

/// A method the library holds, with where it came from and what loading it reported.
public struct LoadedMethod: Sendable {
    /// The method.
    public var spec: MethodSpec
    /// Where it came from.
    public var origin: MethodOrigin
    /// The file it came from.
    public var file: String
    /// The warnings its spec gave.
    public var warnings: [Diagnostic]
}

/// Turns one spec file's bytes into a method, running every check: strict JSON,
/// structure, semantics, behaviours and the plugins' rules.
public struct MethodLoader: Sendable {
    /// The step kinds known.
    public var behaviours: BehaviourRegistry
    /// The method rules to run.
    public var rules: [any MethodRule]

    /// A loader with `behaviours` and `rules`.
    public init(behaviours: BehaviourRegistry = BehaviourRegistry(), rules: [any MethodRule] = []) {
        self.behaviours = behaviours
        self.rules = rules
    }

    /// A loader that knows the built-in behaviours and those and the rules of `plugins`;
    /// it loads none of their specs.
    public init(plugins: [any MethodPlugin]) {
        var behaviours = BehaviourRegistry()
        var rules: [any MethodRule] = []
        for plugin in plugins {
            for behaviour in plugin.behaviours { behaviours.register(behaviour) }
            rules += plugin.rules
        }
        self.init(behaviours: behaviours, rules: rules)
    }

    /// Every diagnostic for `source`, and the method when there is no error.
    public func load(_ source: SourceText) -> (method: MethodSpec?, diagnostics: [Diagnostic]) {
        let parsed = JSONParser.parse(source)
        guard let root = parsed.root else { return (nil, parsed.diagnostics) }
        let sink = DiagnosticSink(source: source)
        sink.append(parsed.diagnostics)
        guard let method = MethodReader.read(root, sink: sink) else {
            return (nil, sink.diagnostics.sortedByLocation())
        }
        MethodValidator(behaviours: behaviours, rules: rules)
            .validate(method, report: SpecReporter(sink: sink, root: root))
        let diagnostics = sink.diagnostics.sortedByLocation()
        return (diagnostics.hasErrors ? nil : method, diagnostics)
    }
}

/// All methods available to a command: the built-in plugins' and those loaded from
/// folders (`--methods DIR` and `DIALOGUE_METHODS_PATH`).
public struct MethodLibrary: Sendable {
    /// The environment variable naming extra method folders, separated by ':'.
    public static let pathVariable = "DIALOGUE_METHODS_PATH"

    /// The methods, built-in first, in load order.
    public private(set) var methods: [LoadedMethod] = []
    /// The loader every spec went through.
    public let loader: MethodLoader
    /// Problems found while loading: broken built-ins or folder specs, id clashes.
    public private(set) var diagnostics: [Diagnostic] = []

    /// The methods of `plugins`, with their behaviours and rules.
    public init(plugins: [any MethodPlugin]) {
        loader = MethodLoader(plugins: plugins)
        for plugin in plugins {
            for spec in plugin.specs {
                let source = SourceText(file: "\(plugin.name)/\(spec.file)", bytes: Array(spec.json.utf8))
                add(source, origin: .builtIn(plugin: plugin.name))
            }
        }
    }

    /// Loads every `*.json` file in `folder` (sorted, not recursive). Broken files are
    /// reported in ``diagnostics`` and skipped; the rest load.
    public mutating func loadFolder(_ folder: String) {
        let url = URL(fileURLWithPath: folder)
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: folder) else {
            diagnostics.append(
                Diagnostic(
                    severity: .error, code: "unreadable", message: "cannot read method folder",
                    file: folder, line: 1, column: 1, path: "(root)",
                    hint: "check that the folder exists and is readable"))
            return
        }
        for name in names.sorted() where name.hasSuffix(".json") {
            let file = url.appendingPathComponent(name).path
            switch SpecFile.read(file) {
            case .success(let source) where Self.isOtherDocument(source): continue
            case .success(let source): add(source, origin: .folder(path: file))
            case .failure(let diagnostic): diagnostics.append(diagnostic)
            }
        }
    }

    /// Whether `source` is plainly an agenda or a series kept beside the methods (items or
    /// meetings, no phases): a folder may hold them, and they are no broken methods.
    static func isOtherDocument(_ source: SourceText) -> Bool {
        guard case .object(let members)? = JSONParser.parse(source).root?.value else { return false }
        let keys = Set(members.map(\.key))
        return !keys.contains("phases") && (keys.contains("items") || keys.contains("meetings"))
    }

    /// Loads the folders named in `DIALOGUE_METHODS_PATH`.
    public mutating func loadEnvironmentFolders(_ environment: [String: String] = ProcessInfo.processInfo.environment) {
        guard let value = environment[Self.pathVariable] else { return }
        for folder in value.split(separator: ":").map(String.init) where !folder.isEmpty {
            loadFolder(folder)
        }
    }

    private mutating func add(_ source: SourceText, origin: MethodOrigin) {
        let (method, found) = loader.load(source)
        diagnostics += found.filter { $0.severity == .error }
        guard let method else { return }
        if let existing = methods.first(where: { $0.spec.id == method.id }) {
            let position = source.lineAndColumn(of: 0)
            diagnostics.append(
                Diagnostic(
                    severity: .error, code: "id-clash",
                    message:
                        "method id '\(method.id)' is already taken by \(existing.origin.description); this file is not loaded",
                    file: source.file, line: position.line, column: position.column, path: "id",
                    hint: "give the method its own id, e.g. '\(method.id)-local'"))
            return
        }
        methods.append(
            LoadedMethod(
                spec: method, origin: origin, file: source.file,
                warnings: found.filter { $0.severity != .error }))
    }

    /// The method with `id`.
    public func method(_ id: String) -> LoadedMethod? {
        methods.first { $0.spec.id == id }
    }
}
