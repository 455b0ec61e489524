import Foundation

/// Why a plan cannot be made: every problem found, each with the item it concerns and,
/// where one helps, a fix.
public struct PlanRefusal: Error, CustomStringConvertible, Sendable {
    /// One reason a plan cannot work.
    public struct Problem: Sendable, Equatable {
        /// The agenda item concerned; nil for the agenda as a whole.
        public var item: Int?
        /// What cannot be planned.
        public var message: String
        /// What to change.
        public var hint: String?
        /// The language it is said in (the agenda's).
        public var language: String

        /// A problem with every part given.
        public init(item: Int?, message: String, hint: String?, language: String = "en") {
            self.item = item
            self.message = message
            self.hint = hint
            self.language = language
        }

        /// The problem on one line: "item 2: … (hint)", in its language.
        public var description: String { description(withHint: true) }

        /// "item 2: …", in its language, with its hint in brackets when `withHint`.
        public func description(withHint: Bool) -> String {
            var line = item.map { Phrasebook.say("plan.item-prefix", in: language, [String($0 + 1)]) } ?? ""
            line += message
            if withHint, let hint { line += " (\(hint))" }
            return line
        }
    }

    /// Every problem found.
    public var problems: [Problem]

    /// A refusal for `problems`.
    public init(problems: [Problem]) {
        self.problems = problems
    }

    /// Every problem, one a line.
    public var description: String {
        problems.map(\.description).joined(separator: "\n")
    }
}

/// Compiles an agenda against a method library into a ``SessionPlan``: resolves and pins
/// methods, fills roles, forms groups, lays out turns, fits the time and resolves prompts.
/// The same agenda and seed always give the same plan.
public struct Planner: Sendable {
    /// The methods the planner resolves.
    public let library: MethodLibrary
    /// The strategy that forms every group.
    public let former: any GroupFormer
    /// The search budget of every group step (see ``GroupBudget``), deterministic for a seed.
    public var groupBudget: GroupBudget = .standard
    /// An optional safety net for group searches (a time cap the caller chooses). A group
    /// step it cuts short makes the plan a refusal: such a plan would not be reproducible.
    public var groupWatch: SearchWatch? = nil

    /// Reads the agreements of the earlier meetings that review items name.
    public let reviews: any ReviewSource

    /// A planner over `library` that forms groups with `former` and reads earlier agreements
    /// from `reviews`.
    public init(
        library: MethodLibrary, former: any GroupFormer = DesignAndSearchGroupFormer(),
        reviews: any ReviewSource = NoReviews()
    ) {
        self.library = library
        self.former = former
        self.reviews = reviews
    }

    /// The plan for `agenda` in `language` with `seed` (by default the agenda's), or a refusal
    /// naming every problem.
    public func plan(_ agenda: Agenda, language: String? = nil, seed: UInt64? = nil) throws -> SessionPlan {
        var context = PlanningContext(agenda: agenda, language: language ?? agenda.language, seed: seed ?? agenda.seed)
        var drafts: [ItemDraft] = []
        for (index, item) in agenda.items.enumerated() {
            switch item {
            case .method(let use):
                if var draft = planMethod(use, index: index, context: &context) {
                    reviewAgreements(of: use, into: &draft, context: &context)
                    drafts.append(draft)
                }
            case .pause(let minutes, let title):
                drafts.append(
                    ItemDraft(
                        index: index, kind: .pause, title: title ?? Phrasebook.text("Break", in: context.language),
                        fixedSeconds: minutes * 60))
            case .free(let title, let minutes, let notes):
                drafts.append(
                    ItemDraft(index: index, kind: .free, title: title, fixedSeconds: minutes * 60, notes: notes))
            case .review(let harvest, let minutes, let title):
                switch reviews.agreements(at: harvest) {
                case .success(let agreements):
                    var draft = ItemDraft(
                        index: index, kind: .review,
                        title: title
                            ?? Phrasebook.text("Review of the agreements", in: context.language),
                        fixedSeconds: minutes * 60)
                    draft.review = agreements
                    draft.reviewedHarvest = harvest
                    drafts.append(draft)
                case .failure(let failure):
                    context.problem(
                        index, say: "plan.cannot-review", [harvest, failure.reason], hint: "plan.cannot-review.hint")
                }
            }
        }
        guard context.problems.isEmpty else { throw PlanRefusal(problems: context.problems) }
        fitTime(&drafts, context: &context)
        guard context.problems.isEmpty else { throw PlanRefusal(problems: context.problems) }
        let plan = assemble(drafts, context: &context)
        guard context.problems.isEmpty else { throw PlanRefusal(problems: context.problems) }
        return plan
    }

    // MARK: - Method items

    /// A method item's agreements under review: those of the earlier harvest it names, or a
    /// warning when the method reviews agreements and names none.
    private func reviewAgreements(of use: MethodUse, into draft: inout ItemDraft, context: inout PlanningContext) {
        let reviewing = draft.steps.contains { $0.plan.kind == AgreementReviewBehaviour().kind }
        guard let harvest = use.review else {
            if reviewing {
                context.warnings.append(
                    Phrasebook.say("plan.review-missing", in: context.language, String(draft.index + 1), use.method))
            }
            return
        }
        switch reviews.agreements(at: harvest) {
        case .success(let agreements):
            draft.review = agreements
            draft.reviewedHarvest = harvest
        case .failure(let failure):
            context.problem(
                draft.index, say: "plan.cannot-review", [harvest, failure.reason], hint: "plan.cannot-review.hint")
        }
    }

    struct ItemDraft {
        var index: Int
        var kind: PlanItem.Kind
        var title: String
        var methodID: String? = nil
        var fixedSeconds: Double = 0
        var notes: String? = nil
        var steps: [StepDraft] = []
        var review: [Agreement] = []
        var reviewedHarvest: String? = nil
        var roleNames: [String: String]? = nil
    }

    struct StepDraft {
        var plan: PlanStep
        /// Seconds at default, minimum and maximum; equal when fixed.
        var low: Double
        var standard: Double
        var high: Double
        var seconds: Double = 0
        /// How many equal turns share the step one after another: its length is a whole
        /// number of units per turn, so every turn's time is whole units too.
        var turnsSharing: Double = 1
        var inMeeting: Bool
    }
}
