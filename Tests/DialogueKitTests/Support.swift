import DialogueKit
import Foundation

/// Test support: a source text from a string, and a JSON text with a `↓` marker whose
/// place is where a diagnostic is expected.
struct Marked {
    let text: String
    let line: Int
    let column: Int

    init(_ marked: String) {
        var line = 1
        var column = 1
        var found: (Int, Int)? = nil
        var clean = ""
        for character in marked {
            if character == "↓" {
                found = (line, column)
                continue
            }
            clean.append(character)
            if character == "\n" {
                line += 1
                column = 1
            } else {
                column += 1
            }
        }
        text = clean
        self.line = found?.0 ?? 0
        self.column = found?.1 ?? 0
    }
}

func source(_ text: String, file: String = "spec.json") -> SourceText {
    SourceText(file: file, bytes: Array(text.utf8))
}

let testLoader = MethodLoader()

/// Loads a spec text with the built-in behaviours.
func diagnose(_ text: String) -> [Diagnostic] {
    testLoader.load(source(text)).diagnostics
}

/// A small valid spec to mutate in tests, with `REPLACE_STEP` standing for extra step keys.
func minimalSpec(stepExtra: String = "", top: String = "") -> String {
    """
    {
      "schemaVersion": 1,
      "id": "tiny",
      "version": "1.0.0",
      "name": "Tiny",
      "summary": "A tiny method.",
      \(top)
      "participants": {"min": 2, "max": 10},
      "roles": [{"id": "facilitator", "name": "Facilitator", "count": {"min": 1, "max": 1}},
                {"id": "participant", "name": "Participant", "count": {"min": 1}}],
      "parameters": [{"id": "topic", "type": "text", "label": "Topic", "default": "work"}],
      "phases": [{"id": "main", "name": "Main", "steps": [
        {"id": "talk", "name": "Talk", "kind": "plenary", "duration": {"default": 10, "min": 5, "max": 20}\(stepExtra)}
      ]}]
    }
    """
}

/// A thread-safe counter for closures the library calls back.
final class Counter: @unchecked Sendable {
    private let lock = NSLock()
    private var value = 0

    /// Adds one and returns the new count.
    func increment() -> Int {
        lock.withLock {
            value += 1
            return value
        }
    }
}
