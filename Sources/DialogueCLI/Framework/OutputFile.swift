import DialogueKit
import Foundation

/// Where `-o` may write: never over an existing file without `--force`, and never inside a
/// session folder, whose journal and harvest an export must not replace.
enum OutputFile {
    /// Throws when `path` may not be written, saying why in `language`.
    static func check(_ path: String, force: Bool, language: String = "en") throws {
        let url = URL(fileURLWithPath: path).standardizedFileURL
        let folder = url.deletingLastPathComponent().path
        if FileManager.default.fileExists(atPath: SessionStore.journalPath(folder)) {
            throw CommandFailure(message: Phrasebook.say("output.in-session", in: language, [path, folder]))
        }
        var status = stat()
        if lstat(path, &status) == 0, !force {
            throw CommandFailure(message: Phrasebook.say("output.exists", in: language, [path]))
        }
    }

    /// "wrote FILE", in `language`.
    static func wrote(_ path: String, language: String) -> String {
        Phrasebook.say("output.wrote", in: language, [path])
    }

    /// Writes `text` to the file `-o` names (owner-only, `--force` to replace), saying so, or
    /// to standard output.
    static func emit(_ text: String, parsed: ParsedArguments, console: Console, language: String = "en") throws {
        guard let output = parsed.option("output") else {
            console.write(text)
            return
        }
        try check(output, force: parsed.flag("force"), language: language)
        try PrivateFile.replace(Data(text.utf8), at: output)
        console.print(wrote(output, language: language))
    }
}
