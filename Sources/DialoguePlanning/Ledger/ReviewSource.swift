/// Where the planner finds the agreements of an earlier meeting that a `review` item names.
/// The planning layer does not know the harvest format: the harvest layer supplies a source
/// that reads harvest files (``Toolkit`` wires it in).
public protocol ReviewSource: Sendable {
    /// The agreements recorded at `path`, or why they cannot be read.
    func agreements(at path: String) -> Result<[Agreement], ReviewSourceFailure>
}

/// Why an earlier meeting's agreements cannot be read.
public struct ReviewSourceFailure: Error, Sendable, Equatable {
    /// Why the agreements cannot be read.
    public var reason: String

    /// A failure for `reason`.
    public init(_ reason: String) {
        self.reason = reason
    }
}

/// A source for planners that review nothing: every review item is refused with a reason.
public struct NoReviews: ReviewSource {
    /// A source that reads nothing.
    public init() {}

    /// Always a failure: this planner reviews nothing.
    public func agreements(at path: String) -> Result<[Agreement], ReviewSourceFailure> {
        .failure(ReviewSourceFailure("this planner was made without a way to read earlier harvests"))
    }
}
