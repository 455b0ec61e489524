import Foundation

/// Builds `dialogue` in release mode with the Swift runtime linked in statically and installs it
/// under a prefix with its manual page and completion scripts, which it generates itself:
///
///     PREFIX/bin/dialogue
///     PREFIX/share/man/man1/dialogue.1
///     PREFIX/share/bash-completion/completions/dialogue
///     PREFIX/share/zsh/site-functions/_dialogue
///     PREFIX/share/fish/vendor_completions.d/dialogue.fish
///
/// `--binary FILE` installs an already built binary instead of building one. Returns the exit code.
func install(_ arguments: [String], root: URL, usage: String) -> Int32 {
    guard let options = options(arguments, allowed: ["--prefix", "--binary"], usage: usage) else { return 64 }
    let prefix = options["--prefix"] ?? "/usr/local"
    let binary = options["--binary"]
    let prefixURL = URL(fileURLWithPath: prefix, relativeTo: root).standardizedFileURL
    let built: URL
    if let binary {
        built = URL(fileURLWithPath: binary, relativeTo: root).standardizedFileURL
    } else {
        let build = ["build", "-c", "release", "--static-swift-stdlib", "--product", "dialogue"]
        print("swift \(build.joined(separator: " "))")
        guard run("swift", build, in: root).status == 0 else {
            FileHandle.standardError.write(Data("dialogue-dev: the release build failed\n".utf8))
            return 1
        }
        let folder = run("swift", ["build", "-c", "release", "--show-bin-path"], in: root).output
            .trimmingCharacters(in: .whitespacesAndNewlines)
        built = URL(fileURLWithPath: folder).appendingPathComponent("dialogue")
    }
    guard FileManager.default.isExecutableFile(atPath: built.path) else {
        FileHandle.standardError.write(Data("dialogue-dev: no dialogue binary at \(built.path)\n".utf8))
        return 1
    }
    var files: [(path: String, contents: Data, mode: Int)] = []
    guard let program = FileManager.default.contents(atPath: built.path) else {
        FileHandle.standardError.write(Data("dialogue-dev: cannot read \(built.path)\n".utf8))
        return 1
    }
    files.append(("bin/dialogue", program, 0o755))
    let generated: [(arguments: [String], path: String)] = [
        (["--generate-manual"], "share/man/man1/dialogue.1"),
        (["--generate-completion-script", "bash"], "share/bash-completion/completions/dialogue"),
        (["--generate-completion-script", "zsh"], "share/zsh/site-functions/_dialogue"),
        (["--generate-completion-script", "fish"], "share/fish/vendor_completions.d/dialogue.fish"),
    ]
    for item in generated {
        let result = run(built.path, item.arguments, in: root)
        guard result.status == 0 else {
            FileHandle.standardError.write(
                Data("dialogue-dev: dialogue \(item.arguments.joined(separator: " ")) failed\n".utf8))
            return 1
        }
        files.append((item.path, Data(result.output.utf8), 0o644))
    }
    for file in files {
        let target = prefixURL.appendingPathComponent(file.path)
        do {
            try FileManager.default.createDirectory(
                at: target.deletingLastPathComponent(), withIntermediateDirectories: true)
            let temporary = target.deletingLastPathComponent().appendingPathComponent(
                ".\(target.lastPathComponent).new")
            try file.contents.write(to: temporary)
            try FileManager.default.setAttributes([.posixPermissions: file.mode], ofItemAtPath: temporary.path)
            guard rename(temporary.path, target.path) == 0 else { throw POSIXError(.EIO) }
            print("installed \(target.path)")
        } catch {
            FileHandle.standardError.write(Data("dialogue-dev: cannot install \(target.path): \(error)\n".utf8))
            return 1
        }
    }
    print("done: try 'man \(prefixURL.appendingPathComponent("share/man/man1/dialogue.1").path)' and 'dialogue <TAB>'")
    return 0
}

/// `--name value` pairs from `arguments`, each name one of `allowed`; nil (after printing the
/// usage) for anything else.
func options(_ arguments: [String], allowed: [String], usage: String) -> [String: String]? {
    var found: [String: String] = [:]
    var index = 0
    while index < arguments.count {
        let option = arguments[index]
        guard allowed.contains(option), index + 1 < arguments.count else {
            FileHandle.standardError.write(Data("dialogue-dev: unexpected '\(option)'\n\(usage)\n".utf8))
            return nil
        }
        found[option] = arguments[index + 1]
        index += 2
    }
    return found
}

/// Runs `program` (looked up on PATH) with `input` on standard input, and returns its exit
/// status and standard output; its standard error is passed through unless `quiet`.
func run(
    _ program: String, _ arguments: [String], in folder: URL, input: String? = nil, quiet: Bool = false
) -> (status: Int32, output: String) {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
    process.arguments = [program] + arguments
    process.currentDirectoryURL = folder
    let pipe = Pipe()
    process.standardOutput = pipe
    if quiet { process.standardError = FileHandle.nullDevice }
    let inputPipe = Pipe()
    process.standardInput = input == nil ? FileHandle.nullDevice : inputPipe
    do { try process.run() } catch { return (127, "") }
    if let input {
        // Written from another thread, so a program that writes a lot before reading cannot block us.
        let writer = inputPipe.fileHandleForWriting
        let data = Data(input.utf8)
        DispatchQueue.global().async {
            writer.write(data)
            try? writer.close()
        }
    }
    let data = pipe.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    return (process.terminationStatus, String(decoding: data, as: UTF8.self))
}
