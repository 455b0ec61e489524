// swift-tools-version: 6.0
import PackageDescription

/// The dialogue methods that ship with DialogueKit. Each is an ordinary target in its own
/// folder under Plugins/: its JSON specs beside its Swift code. The JSON is compiled in
/// through a generated `+Generated.swift` file (`swift run dialogue-dev embed-specs`), so the
/// JSON files themselves are excluded from the targets.
let methodPlugins: [(target: String, folder: String, specs: [String])] = [
    ("GoodFutureMethod", "GoodFuture", ["good-future.json"]),
    ("TakingUpConcernsMethod", "TakingUpConcerns",
     ["taking-up-concerns.json", "concern-of-leadership.json", "concerns-of-users-and-relatives.json"]),
    ("WarmUpMethod", "WarmUp", ["reflective-space-triad.json", "paired-listening.json", "introduction-round.json"]),
    ("LearningCafeMethod", "LearningCafe", ["learning-cafe.json"]),
    ("PuimalaMethod", "Puimala", ["puimala.json"]),
]

let pluginTargets: [Target] = methodPlugins.map { plugin in
    .target(name: plugin.target, dependencies: ["DialogueKit"], path: "Plugins/\(plugin.folder)",
            exclude: plugin.specs)
}
let pluginDependencies: [Target.Dependency] = methodPlugins.map { .target(name: $0.target) }

let package = Package(
    name: "DialogueKit",
    platforms: [.macOS(.v13)],
    products: [
        .library(name: "DialogueKit", targets: ["DialogueKit"]),
        .executable(name: "dialogue", targets: ["dialogue"]),
    ],
    targets: pluginTargets + [
        .target(name: "DialogueKit", exclude: ["Schema/method-schema.json"]),
        .target(name: "DialogueCLI", dependencies: ["DialogueKit"] + pluginDependencies),
        .executableTarget(name: "dialogue", dependencies: ["DialogueCLI"]),
        .executableTarget(name: "dialogue-dev"),
        .executableTarget(name: "dialogue-bench", dependencies: ["DialogueCLI"]),
        .testTarget(name: "DialogueKitTests", dependencies: ["DialogueKit"]),
        .testTarget(name: "MethodPluginTests", dependencies: ["DialogueCLI"] + pluginDependencies),
        .testTarget(name: "DialogueCLITests", dependencies: ["DialogueCLI"]),
    ]
)
