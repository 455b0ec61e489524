import DialogueKit
import Foundation

/// Where `-o` may write: never over an existing file without `--force`, and never inside a
/// session folder, whose journal and harvest an export must not replace.
enum OutputFile {
    /// Throws when `path` may not be written.
    static func check(_ path: String, force: Bool) throws {
        let url = URL(fileURLWithPath: path).standardizedFileURL
        let folder = url.deletingLastPathComponent().path
        if FileManager.default.fileExists(atPath: SessionStore.journalPath(folder)) {
            throw CommandFailure(
                message: "\(path): this is inside a session folder (\(folder)); write the export somewhere else")
        }
        var status = stat()
        if lstat(path, &status) == 0, !force {
            throw CommandFailure(message: "\(path): the file exists; add --force to replace it")
        }
    }

    /// Writes `text` to the file `-o` names (owner-only, `--force` to replace), saying so, or
    /// to standard output.
    static func emit(_ text: String, parsed: ParsedArguments, console: Console) throws {
        guard let output = parsed.option("output") else {
            console.write(text)
            return
        }
        try check(output, force: parsed.flag("force"))
        try PrivateFile.replace(Data(text.utf8), at: output)
        console.print("wrote \(output)")
    }
}
