/// Everything a `dialogue` tool is made of, in one registry: the method plugins (specs,
/// step behaviours, method rules), the harvest exporters and the group former. Plugins
/// contribute to it; the command line and the planner take what they need from it.
///
/// ```swift
/// var toolkit = Toolkit.standard
/// toolkit.add(FishbowlPlugin())
/// exit(DialogueCLI.run(arguments: CommandLine.arguments, toolkit: toolkit))
/// ```
public struct Toolkit: Sendable {
    /// The method plugins, in the order they were added.
    public private(set) var plugins: [any MethodPlugin] = []
    /// The report formats of `dialogue report`.
    public private(set) var exporters = HarvestExporters()
    /// The strategy that forms every group, pair, triad and café table.
    public var groupFormer: any GroupFormer = DesignAndSearchGroupFormer()

    /// The built-in behaviours and exporters only, with no methods.
    public init() {}

    /// The five method plugins that ship with DialogueKit, the built-in exporters and the
    /// default group former.
    public static var standard: Toolkit {
        var toolkit = Toolkit()
        for plugin in ShippedMethods.plugins { toolkit.add(plugin) }
        return toolkit
    }

    /// Adds a method plugin: its specs, behaviours and rules.
    public mutating func add(_ plugin: any MethodPlugin) {
        plugins.append(plugin)
    }

    /// Adds a plugin that contributes more than methods (exporters, a group former).
    public mutating func add(_ plugin: any ToolkitPlugin) {
        plugin.contribute(to: &self)
    }

    /// Adds a report format, replacing one with the same name.
    public mutating func add(exporter: any HarvestExporter) {
        exporters.register(exporter)
    }

    /// Every step behaviour: the built-in ones and the plugins'.
    public var behaviours: BehaviourRegistry { loader.behaviours }

    /// A loader that checks specs with every behaviour and rule; it loads no specs itself.
    public var loader: MethodLoader { MethodLoader(plugins: plugins) }

    /// Every method rule, with the plugin that brings it.
    public var rules: [(plugin: String, rule: any MethodRule)] {
        plugins.flatMap { plugin in plugin.rules.map { (plugin.name, $0) } }
    }

    /// The plugins' methods, without folders.
    public func library() -> MethodLibrary {
        MethodLibrary(plugins: plugins)
    }

    /// The JSON Schema of method specs, with every step kind of this toolkit's behaviours.
    public var methodSchema: SchemaNode { MethodSchema.document(behaviours: behaviours) }

    /// The JSON Schema of agendas, offering this toolkit's methods for an item's `method`.
    public var agendaSchema: SchemaNode {
        AgendaSchema.document(
            methods: library().methods.map { (id: $0.spec.id, summary: $0.spec.summary.resolved("en")) })
    }

    /// A planner over `library` that forms groups with ``groupFormer`` and reads earlier
    /// harvests for review items.
    public func planner(_ library: MethodLibrary) -> Planner {
        planner(library, reviews: HarvestReviews())
    }

    /// A planner over `library` that forms groups with ``groupFormer`` and finds the
    /// agreements of review items in `reviews` (a series carries its ledger this way).
    public func planner(_ library: MethodLibrary, reviews: any ReviewSource) -> Planner {
        Planner(library: library, former: groupFormer, reviews: reviews)
    }
}

/// A plugin that contributes to a ``Toolkit`` beyond a ``MethodPlugin``'s specs, behaviours
/// and rules: exporters, a group former, or several method plugins at once.
public protocol ToolkitPlugin: Sendable {
    /// Adds this plugin's parts to `toolkit`.
    func contribute(to toolkit: inout Toolkit)
}

extension Toolkit {
    /// What is wrong with the examples of the step kind `kind`; empty when each example does
    /// what it says. Every behaviour's examples are tests this way.
    public func exampleProblems(ofBehaviour kind: String) -> [String] {
        let loader = self.loader
        guard let behaviour = loader.behaviours.behaviour(kind) else { return ["no step kind '\(kind)'"] }
        let check = ExampleCheck(loader: loader)
        return (behaviour.examples.isEmpty ? ["'\(kind)' has no examples"] : []) + check.problems(of: behaviour)
    }

    /// What is wrong with the examples of the rule `id`, placed in each method it applies to.
    public func exampleProblems(ofRule id: String) -> [String] {
        guard let rule = rules.first(where: { $0.rule.id == id })?.rule else { return ["no rule '\(id)'"] }
        let check = ExampleCheck(loader: loader)
        var problems = rule.examples.contains(where: \.fails) ? [] : ["'\(id)' has no example that fails"]
        for method in rule.methods {
            guard let source = specSource(method) else {
                problems.append("'\(id)' applies to '\(method)', which no plugin ships")
                continue
            }
            problems += check.problems(of: rule, in: source)
        }
        return problems
    }

    /// The embedded spec text of the method `id`.
    private func specSource(_ id: String) -> SourceText? {
        for plugin in plugins {
            for spec in plugin.specs {
                let source = SourceText(file: "\(plugin.name)/\(spec.file)", bytes: Array(spec.json.utf8))
                if case .string(id)? = JSONParser.parse(source).root?.member("id")?.value.value { return source }
            }
        }
        return nil
    }
}
