import Foundation

/// Turns a meeting's inputs into its agenda: the ideas, points, group results or notes that
/// earlier meetings recorded become the value of an item's text-list parameter (the list a
/// step chooses from, scores or loops over), and open agreements become the item's review.
/// Only shared records are carried: a private record never leaves its meeting.
public struct SeriesInputs: Sendable {
    /// What each meeting has produced so far.
    public var results: SeriesResults

    /// Inputs over `results`.
    public init(_ results: SeriesResults) {
        self.results = results
    }

    /// One input resolved: what it carries, in words, and the texts or agreements.
    public struct Carried: Sendable, Equatable {
        /// The input.
        public var input: SeriesInput
        /// The texts carried, in order, without repeats.
        public var texts: [String]
        /// For open agreements: the agreements carried.
        public var agreements: [Agreement]
        /// The meetings taken from that have no harvest yet.
        public var waitingFor: [String]
    }

    /// Why a meeting's inputs cannot be carried into its agenda, located in the series file.
    public struct Problem: Error, Sendable, Equatable, CustomStringConvertible {
        /// The series file and the place of the input.
        public var place: String
        /// What is wrong.
        public var message: String
        /// How to fix it.
        public var hint: String?

        /// The problem as the command line prints it.
        public var description: String {
            "\(place): error: \(message)" + (hint.map { "\n\(place): note: \($0)" } ?? "")
        }
    }

    /// Every reason a meeting's inputs cannot be carried.
    public struct Refusal: Error, Sendable, Equatable {
        /// The problems, in the order of the inputs.
        public var problems: [Problem]
    }

    /// A meeting's agenda with its inputs carried in.
    public struct Prepared: Sendable {
        /// The agenda, its parameters and reviews filled from earlier meetings.
        public var agenda: Agenda
        /// The agreements its review items walk, keyed as the items name them.
        public var reviews: [String: [Agreement]]
        /// What each input carried.
        public var carried: [Carried]
    }

    /// The meetings an input takes from: those it names, or every earlier meeting.
    public func sources(of input: SeriesInput, in meeting: SeriesMeeting) -> [String] {
        input.from.isEmpty ? results.series.meetings(before: meeting.id).map(\.id) : input.from
    }

    /// What `input` of `meeting` carries from the harvests there are.
    public func carried(_ input: SeriesInput, in meeting: SeriesMeeting) -> Carried {
        let sources = sources(of: input, in: meeting)
        let waiting = sources.filter { results.entry($0)?.harvest == nil }
        if input.take == .openAgreements {
            let open = results.ledger(of: sources).filter(\.status.isOpen)
            return Carried(input: input, texts: open.map(\.what), agreements: open, waitingFor: waiting)
        }
        var texts: [String] = []
        var seen = Set<String>()
        func add(_ text: String) {
            let key = text.trimmingWhitespace().lowercased()
            guard !key.isEmpty, seen.insert(key).inserted else { return }
            texts.append(text.trimmingWhitespace())
        }
        for id in sources {
            guard let harvest = results.entry(id)?.harvest.map(HarvestBuilder.shared) else { continue }
            let steps = harvest.steps.filter { step in
                input.step.map { step.id == $0 || step.id.hasSuffix(".\($0)") } ?? true
            }
            if input.take == .points {
                var ranked: [ScoreSummary] = []
                for step in steps {
                    let records = step.records.filter { input.capture == nil || $0.capture == input.capture }
                    ranked += HarvestBuilder.scores(records.filter { $0.type == .score })
                }
                ranked.sort { $0.mean > $1.mean || ($0.mean == $1.mean && $0.item < $1.item) }
                for summary in ranked { add(summary.item) }
                continue
            }
            for step in steps {
                for record in step.records where input.capture == nil || record.capture == input.capture {
                    switch input.take {
                    case .ideas where record.type == .idea, .notes where record.type == .note,
                        .concerns where record.type == .concern:
                        add(record.text)
                    case .groupResults where record.group != nil && record.type != .score:
                        add(record.text)
                    default: break
                    }
                }
            }
        }
        if let top = input.top { texts = Array(texts.prefix(top)) }
        return Carried(input: input, texts: texts, agreements: [], waitingFor: waiting)
    }

    /// The agenda of `meeting` with its inputs carried in, and the agreements its items review
    /// keyed as the items name them; or the problems, each at its place in the series file.
    /// An input whose source meetings have no harvest yet is a problem unless `allowWaiting`,
    /// when the agenda keeps its own value.
    public func agenda(
        for meeting: SeriesMeeting, library: MethodLibrary, allowWaiting: Bool = false
    ) -> Result<Prepared, Refusal> {
        guard var agenda = results.entry(meeting.id)?.agenda else {
            return .failure(
                Refusal(problems: [
                    Problem(
                        place: place(meeting.place), message: "the agenda of meeting '\(meeting.id)' does not read",
                        hint: "run 'dialogue agenda validate \(meeting.agenda)'")
                ]))
        }
        var problems: [Problem] = []
        var reviews: [String: [Agreement]] = [:]
        var carriedInputs: [Carried] = []
        for input in meeting.inputs {
            let at = place(input.place)
            let carried = carried(input, in: meeting)
            carriedInputs.append(carried)
            if !carried.waitingFor.isEmpty, !allowWaiting {
                let names = carried.waitingFor.map { "'\($0)'" }.joined(separator: ", ")
                let language = results.series.language
                problems.append(
                    Problem(
                        place: at,
                        message: Phrasebook.say(
                            carried.waitingFor.count == 1 ? "series.waiting.one" : "series.waiting", in: language,
                            [names]),
                        hint: Phrasebook.say(
                            "series.waiting.hint", in: language, [results.series.file, carried.waitingFor[0]])))
                continue
            }
            if input.take == .openAgreements, agenda.items.indices.contains(input.item - 1),
                case .review(_, let minutes, let title) = agenda.items[input.item - 1]
            {
                let key = "\(results.series.file)#\(meeting.id)"
                reviews[key] = carried.agreements
                agenda.items[input.item - 1] = .review(harvest: key, minutes: minutes, title: title)
                continue
            }
            guard agenda.items.indices.contains(input.item - 1),
                case .method(var use) = agenda.items[input.item - 1]
            else {
                problems.append(
                    Problem(
                        place: at,
                        message:
                            "item \(input.item) of \(meeting.agenda) is not a method item (the agenda has \(agenda.items.count) items)",
                        hint: "count the agenda's items from 1, breaks and free items included"))
                continue
            }
            if input.take == .openAgreements {
                let key = "\(results.series.file)#\(meeting.id)"
                reviews[key] = carried.agreements
                use.review = key
                agenda.items[input.item - 1] = .method(use)
                continue
            }
            guard let parameterID = input.parameter else { continue }
            guard let parameter = library.method(use.method)?.spec.parameters.first(where: { $0.id == parameterID })
            else {
                let known = library.method(use.method)?.spec.parameters.map(\.id) ?? []
                problems.append(
                    Problem(
                        place: at, message: "'\(use.method)' has no parameter '\(parameterID)'",
                        hint: known.isEmpty
                            ? "'\(use.method)' takes no parameters"
                            : "use one of: \(known.joined(separator: ", "))"))
                continue
            }
            if carried.texts.isEmpty {
                if carried.waitingFor.isEmpty {
                    problems.append(
                        Problem(
                            place: at,
                            message:
                                "nothing to take: the meetings \(sources(of: input, in: meeting).joined(separator: ", ")) recorded no \(input.take.rawValue)\(input.capture.map { " in '\($0)'" } ?? "")",
                            hint: "check 'take', 'capture' and 'step' against what those meetings recorded"))
                }
                continue
            }
            let texts = carried.texts.map { LocalizedText([agenda.language: $0]) }
            switch parameter.type {
            case .textList:
                use.parameters[parameterID] = .textList(texts)
            case .text:
                use.parameters[parameterID] = .text(
                    LocalizedText([agenda.language: carried.texts.joined(separator: "; ")]))
            case .integer, .choice:
                problems.append(
                    Problem(
                        place: at,
                        message: "'\(parameterID)' of '\(use.method)' is \(parameter.type.rawValue), not a list",
                        hint: "carry texts into a text-list (or text) parameter"))
                continue
            }
            agenda.items[input.item - 1] = .method(use)
        }
        guard problems.isEmpty else { return .failure(Refusal(problems: problems)) }
        return .success(Prepared(agenda: agenda, reviews: reviews, carried: carriedInputs))
    }

    private func place(_ place: FilePlace) -> String {
        "\(results.series.file):\(place.line):\(place.column)"
    }
}

/// The agreements a series carries into its meetings' review items, and earlier harvests
/// for review items the agendas name themselves.
public struct SeriesReviews: ReviewSource {
    /// Agreements by the key an item's `review` names.
    public var carried: [String: [Agreement]]

    /// A source serving `carried` first, harvest files otherwise.
    public init(_ carried: [String: [Agreement]]) {
        self.carried = carried
    }

    /// The carried agreements for `path`, or those of the harvest file at `path`.
    public func agreements(at path: String) -> Result<[Agreement], ReviewSourceFailure> {
        if let agreements = carried[path] { return .success(agreements) }
        return HarvestReviews().agreements(at: path)
    }
}
