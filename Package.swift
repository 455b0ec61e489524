// swift-tools-version: 6.0
import PackageDescription

/// The layers of DialogueKit, each a target that may import only the layer below it, so data
/// flows one way and a back-edge fails to compile:
///
///     DialogueCore → DialogueSpec → DialoguePlanning → DialogueSession → DialogueHarvest
///       → DialogueRender → DialogueRoom (the room's pages and their server)
///       → DialogueKit (umbrella: toolkit, shipped methods) → DialogueCLI
let layers: [(name: String, below: String?, exclude: [String])] = [
    ("DialogueCore", nil, []),
    ("DialogueSpec", "DialogueCore", []),
    ("DialoguePlanning", "DialogueSpec", []),
    ("DialogueSession", "DialoguePlanning", []),
    ("DialogueHarvest", "DialogueSession", []),
    ("DialogueRender", "DialogueHarvest", []),
    ("DialogueRoom", "DialogueRender", []),
]

/// The dialogue methods that ship with DialogueKit. Each is an ordinary target in its own
/// folder under Plugins/: its JSON specs beside its Swift code, built on the spec layer alone.
/// The JSON is compiled in through a generated `+Generated.swift` file
/// (`swift run dialogue-dev embed-specs`), so the JSON files themselves are excluded.
let methodPlugins: [(target: String, folder: String, specs: [String])] = [
    ("GoodFutureMethod", "GoodFuture", ["good-future.json", "good-future-follow-up.json"]),
    (
        "TakingUpConcernsMethod", "TakingUpConcerns",
        ["taking-up-concerns.json", "concern-of-leadership.json", "concerns-of-users-and-relatives.json"]
    ),
    ("WarmUpMethod", "WarmUp", ["reflective-space-triad.json", "paired-listening.json", "introduction-round.json"]),
    ("LearningCafeMethod", "LearningCafe", ["learning-cafe.json"]),
    ("PuimalaMethod", "Puimala", ["puimala.json"]),
]

let layerTargets: [Target] = layers.map { layer in
    .target(name: layer.name, dependencies: layer.below.map { [.target(name: $0)] } ?? [], exclude: layer.exclude)
}
let pluginTargets: [Target] = methodPlugins.map { plugin in
    .target(
        name: plugin.target, dependencies: ["DialogueSpec"], path: "Plugins/\(plugin.folder)",
        exclude: plugin.specs)
}
let pluginDependencies: [Target.Dependency] = methodPlugins.map { .target(name: $0.target) }

let package = Package(
    name: "DialogueKit",
    platforms: [.macOS(.v13)],
    products: [
        .library(name: "DialogueKit", targets: ["DialogueKit"]),
        .library(name: "DialogueCLI", targets: ["DialogueCLI"]),
    ],
    targets: layerTargets + pluginTargets + [
        .target(name: "DialogueKit", dependencies: ["DialogueRoom"] + pluginDependencies),
        .target(name: "DialogueCLI", dependencies: ["DialogueKit"]),
        .executableTarget(name: "dialogue", dependencies: ["DialogueCLI"]),
        .executableTarget(name: "dialogue-dev"),
        .executableTarget(name: "dialogue-bench", dependencies: ["DialogueKit"]),
        .testTarget(name: "DialogueKitTests", dependencies: ["DialogueKit"]),
        .testTarget(name: "MethodPluginTests", dependencies: ["DialogueKit"], exclude: ["SchemaCorpus"]),
        .testTarget(name: "DialogueCLITests", dependencies: ["DialogueCLI"]),
    ]
)
