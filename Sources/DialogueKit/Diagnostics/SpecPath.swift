/// One step of a path inside a document: an object key or an array index.
public enum PathComponent: Sendable, Hashable {
    case key(String)
    case index(Int)
}

/// A path inside a spec, printed as `phases[2].steps[0].duration.min`.
public struct SpecPath: Sendable, Hashable, CustomStringConvertible {
    public var components: [PathComponent]

    public init(_ components: [PathComponent] = []) {
        self.components = components
    }

    /// The root of a document.
    public static let root = SpecPath()

    public func appending(_ key: String) -> SpecPath {
        SpecPath(components + [.key(key)])
    }

    public func appending(_ index: Int) -> SpecPath {
        SpecPath(components + [.index(index)])
    }

    public var description: String {
        var text = ""
        for component in components {
            switch component {
            case .key(let key):
                if !text.isEmpty { text += "." }
                text += key
            case .index(let index):
                text += "[\(index)]"
            }
        }
        return text.isEmpty ? "(root)" : text
    }
}
