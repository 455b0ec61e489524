/// One step of a path inside a document: an object key or an array index.
public enum PathComponent: Sendable, Hashable {
    case key(String)
    case index(Int)
}

/// A path inside a spec, printed as `phases[2].steps[0].duration.min`.
///
/// Readers and validators build a path for every value they look at, but need its text
/// only for a diagnostic, so a path is a chain of links to its parent: appending is one
/// small allocation, and the components are put together only when asked for.
public struct SpecPath: Sendable, Hashable, CustomStringConvertible {
    final class Link: Sendable {
        let parent: Link?
        let component: PathComponent

        init(parent: Link?, component: PathComponent) {
            self.parent = parent
            self.component = component
        }
    }

    /// The path up to its last component, and that last component kept inline, so that
    /// appending a leaf allocates nothing.
    private let parent: Link?
    private let tail: PathComponent?

    private init(parent: Link?, tail: PathComponent?) {
        self.parent = parent
        self.tail = tail
    }

    /// A path from its components, root first.
    public init(_ components: [PathComponent] = []) {
        var link: Link? = nil
        for component in components.dropLast() { link = Link(parent: link, component: component) }
        parent = link
        tail = components.last
    }

    /// The root of a document.
    public static let root = SpecPath()

    /// The keys and indices from the root down.
    public var components: [PathComponent] {
        var result: [PathComponent] = []
        if let tail { result.append(tail) }
        var link = parent
        while let current = link {
            result.append(current.component)
            link = current.parent
        }
        return result.reversed()
    }

    /// The same path with its last component moved into the chain, so that many children
    /// can be appended to it without each allocating a link.
    public func materialized() -> SpecPath {
        guard let tail else { return self }
        return SpecPath(parent: Link(parent: parent, component: tail), tail: nil)
    }

    /// This path with one more step.
    public func appending(_ key: String) -> SpecPath {
        guard let tail else { return SpecPath(parent: parent, tail: .key(key)) }
        return SpecPath(parent: Link(parent: parent, component: tail), tail: .key(key))
    }

    /// This path with one more step.
    public func appending(_ index: Int) -> SpecPath {
        guard let tail else { return SpecPath(parent: parent, tail: .index(index)) }
        return SpecPath(parent: Link(parent: parent, component: tail), tail: .index(index))
    }

    /// Whether two paths name the same place.
    public static func == (lhs: SpecPath, rhs: SpecPath) -> Bool { lhs.components == rhs.components }

    /// Hashes the components.
    public func hash(into hasher: inout Hasher) { hasher.combine(components) }

    /// The path as written in diagnostics: `phases[0].steps[1].grouping`, or `(root)`.
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
