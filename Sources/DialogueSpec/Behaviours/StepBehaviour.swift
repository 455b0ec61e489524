/// The Swift behaviour behind a step kind: what a step of this kind must say to be
/// runnable, how its turns are laid out in a plan, and which records it accepts.
///
/// To add a kind, conform a type, give it a kebab-case ``kind``, and register it
/// through a ``MethodPlugin``'s `behaviours` (or ``BehaviourRegistry/register(_:)``).
/// Specs then name it in a step's `"kind"`.
public protocol StepBehaviour: Sendable {
    /// The name specs use in a step's `"kind"`.
    var kind: String { get }
    /// One sentence for `dialogue methods show` and the schema.
    var summary: String { get }
    /// The capture types a step of this kind may record; empty means any.
    var acceptedCaptures: [Capture.Kind] { get }
    /// Extra checks for a step of this kind, reported at `path` (the step).
    func validate(_ step: Step, at path: SpecPath, in method: MethodSpec, report: SpecReporter)
    /// Lays out the turns of a planned step (who speaks, to whom, who listens, in which group).
    func turns(for step: Step, context: TurnContext) -> [Turn]
    /// Example steps of this kind that double as tests: ones that must load, and ones with a
    /// `↓` where the diagnostic must land (see ``ExampleCheck``). Listed by
    /// `dialogue methods kinds --examples`.
    var examples: [SpecExample] { get }
}

extension StepBehaviour {
    /// Any capture.
    public var acceptedCaptures: [Capture.Kind] { [] }
    /// No checks beyond the general ones.
    public func validate(_ step: Step, at path: SpecPath, in method: MethodSpec, report: SpecReporter) {}

    /// One turn for the whole step, as the step's speakers/addressed/listeners say.
    public func turns(for step: Step, context: TurnContext) -> [Turn] {
        [context.plenaryTurn(step: step, speakers: context.people(step.speakers))]
    }
}

/// The behaviours known to a library, by kind.
public struct BehaviourRegistry: Sendable {
    /// Kind → behaviour.
    public private(set) var behaviours: [String: any StepBehaviour] = [:]

    /// A registry of `behaviours`, by default the built-in ones.
    public init(_ behaviours: [any StepBehaviour] = BuiltInBehaviours.all) {
        for behaviour in behaviours { register(behaviour) }
    }

    /// Adds or replaces the behaviour for its kind.
    public mutating func register(_ behaviour: any StepBehaviour) {
        behaviours[behaviour.kind] = behaviour
    }

    /// The behaviour of `kind`.
    public func behaviour(_ kind: String) -> (any StepBehaviour)? { behaviours[kind] }

    /// Every kind, sorted.
    public var kinds: [String] { behaviours.keys.sorted() }
}
