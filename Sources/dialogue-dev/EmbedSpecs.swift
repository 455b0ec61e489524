import Foundation

/// Regenerates the `+Generated.swift` files that compile each method plugin's JSON specs into
/// the binary, and the list of shipped plugins. Returns the exit code.
func embedSpecs(root: URL) -> Int32 {
    let plugins = root.appendingPathComponent("Plugins")
    let folders = (try? FileManager.default.contentsOfDirectory(atPath: plugins.path))?.sorted() ?? []
    if folders.isEmpty {
        FileHandle.standardError.write(
            Data("dialogue-dev: no Plugins/ folder here; run it from the package root\n".utf8))
        return 1
    }

    /// The generated Swift source for one plugin folder.
    func generated(folder: String, specs: [(name: String, text: String)]) -> String {
        var out =
            "// swift-format-ignore-file\n// GENERATED FILE. DO NOT EDIT! Run 'swift run dialogue-dev embed-specs'.\n"
        out += "import DialogueSpec\n\n"
        out += "extension \(folder)Plugin {\n"
        out += "    /// The JSON specs of this folder, compiled in.\n"
        out += "    static let embeddedSpecs: [EmbeddedSpec] = [\n"
        for spec in specs {
            let hashes = delimiter(for: spec.text)
            out +=
                "        EmbeddedSpec(file: \"\(spec.name)\", json: \(hashes)\"\"\"\n\(spec.text)\n\"\"\"\(hashes)),\n"
        }
        out += "    ]\n}\n"
        return out
    }

    /// The raw-string delimiter for `text`: the shortest run of '#' that the text does not contain.
    func delimiter(for text: String) -> String {
        var hashes = "#"
        while text.contains("\"\"\"" + hashes) || text.contains("\"" + hashes) { hashes += "#" }
        return hashes
    }

    // The list of shipped plugins, so that adding one touches its folder and one line of Package.swift.
    do {
        var out =
            "// swift-format-ignore-file\n// GENERATED FILE. DO NOT EDIT! Run 'swift run dialogue-dev embed-specs'.\n"
        out += "// Every folder under Plugins/ is a method plugin target named FOLDERMethod with a type FOLDERPlugin.\n"
        for folder in folders { out += "@_exported import \(folder)Method\n" }
        out += "\n/// The method plugins under `Plugins/`, one instance of each.\npublic enum ShippedMethods {\n"
        out += "    /// One instance of each shipped plugin, in folder order.\n"
        out += "    public static let plugins: [any MethodPlugin] = [\n"
        for folder in folders { out += "        \(folder)Plugin(),\n" }
        out += "    ]\n}\n"
        let output = root.appendingPathComponent("Sources/DialogueKit/ShippedMethods+Generated.swift")
        try out.write(to: output, atomically: true, encoding: .utf8)
        print("wrote Sources/DialogueKit/ShippedMethods+Generated.swift")
    } catch {
        FileHandle.standardError.write(Data("dialogue-dev: cannot write the plugin list: \(error)\n".utf8))
        return 1
    }

    for folder in folders {
        let url = plugins.appendingPathComponent(folder)
        let names = ((try? FileManager.default.contentsOfDirectory(atPath: url.path)) ?? [])
            .filter { $0.hasSuffix(".json") }.sorted()
        guard !names.isEmpty else { continue }
        var specs: [(String, String)] = []
        for name in names {
            guard let data = FileManager.default.contents(atPath: url.appendingPathComponent(name).path),
                let text = String(data: data, encoding: .utf8)
            else {
                FileHandle.standardError.write(Data("dialogue-dev: cannot read \(folder)/\(name)\n".utf8))
                return 1
            }
            specs.append((name, text.hasSuffix("\n") ? String(text.dropLast()) : text))
        }
        let output = url.appendingPathComponent("\(folder)Specs+Generated.swift")
        do {
            try generated(folder: folder, specs: specs).write(to: output, atomically: true, encoding: .utf8)
            print("wrote \(output.path.replacingOccurrences(of: root.path + "/", with: ""))")
        } catch {
            FileHandle.standardError.write(Data("dialogue-dev: cannot write \(output.path): \(error)\n".utf8))
            return 1
        }
    }
    return 0
}
