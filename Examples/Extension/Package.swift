// swift-tools-version: 6.0
// An example of extending DialogueKit from your own package: a new step behaviour
// (a fishbowl), an exporter (plain-text minutes) and a JSON method that uses the behaviour.
import Foundation
import PackageDescription

/// DialogueKit is the package two folders up; a path dependency is named after its folder.
let dialogueKitFolder = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .deletingLastPathComponent().deletingLastPathComponent()

let package = Package(
    name: "FishbowlExtension",
    platforms: [.macOS(.v13)],
    products: [.executable(name: "dialogue", targets: ["FishbowlDialogue"])],
    dependencies: [.package(path: dialogueKitFolder.path)],
    targets: [
        .target(
            name: "Fishbowl",
            dependencies: [.product(name: "DialogueKit", package: dialogueKitFolder.lastPathComponent.lowercased())],
            resources: [.copy("fishbowl.json")]),
        .executableTarget(
            name: "FishbowlDialogue",
            dependencies: [
                "Fishbowl",
                .product(name: "DialogueCLI", package: dialogueKitFolder.lastPathComponent.lowercased()),
            ]),
        .testTarget(name: "FishbowlTests", dependencies: ["Fishbowl", "FishbowlDialogue"]),
    ]
)
