import Foundation

/// Markdown, for sharing.
public struct MarkdownHarvestExporter: HarvestExporter {
    /// The given exporters; by default the built-in ones.
    public init() {}
    /// The name used with `--format`.
    public let format = "md"
    /// One sentence for help texts and listings.
    public let summary = "Markdown, for sharing by mail or in a wiki."
    /// The file extension of the output.
    public let fileExtension = "md"

    /// Fragments of the export of ``Harvest/example``.
    public var examples: [String] {
        [
            #"# Network meeting around Sem"#,
            #"| Karin | Call the school about Monday | Mila | 2026-12-10 | open |"#,
            #"- Mila: We want Sem to go back to school."#,
        ]
    }

    /// The harvest in this format.
    public func export(_ harvest: Harvest) throws -> Data {
        try ByteSink.collect { try write(harvest, to: $0) }
    }

    /// Writes the harvest line by line as it is made.
    public func write(_ harvest: Harvest, to sink: ByteSink) throws {
        let report = HarvestReport(harvest)
        func line(_ text: String) throws {
            // A facilitator's copy says so before every section, wherever it is cut.
            if let banner = report.banner, text.hasPrefix("## ") {
                try sink.write("> **\(Markdown.escape(banner))**\n\n")
            }
            try sink.write(text)
            try sink.write("\n")
        }
        for text in ["# \(Markdown.escape(harvest.session.title))", "", Markdown.escape(report.heading), ""] {
            try line(text)
        }
        if let banner = report.banner {
            try line("> **\(Markdown.escape(banner))**")
            try line("")
        }
        try line("## \(report.t("Agreements"))")
        try line("")
        if harvest.agreements.isEmpty {
            try line("_\(report.t("No agreements."))_")
        } else {
            let header = report.agreementHeader(history: report.hasHistory)
            try line("| " + header.joined(separator: " | ") + " |")
            try line("|" + String(repeating: "---|", count: header.count))
            for agreement in harvest.agreements {
                let row = report.agreementRow(agreement, history: report.hasHistory)
                try line("| " + row.map(Markdown.escape).joined(separator: " | ") + " |")
            }
        }
        if let followUp = report.followUpLine {
            try line("")
            try line("**\(report.t("Follow-up meeting")):** \(Markdown.escape(followUp))")
        }
        try line("")
        try line("## \(report.t("Time: planned and actual"))")
        try line("")
        try line("| \(report.t("Step")) | \(report.t("Planned")) | \(report.t("Actual")) | \(report.t("Status")) |")
        try line("|---|---|---|---|")
        for step in harvest.steps where step.status != .notReached || step.plannedSeconds > 0 {
            try line(
                "| \(Markdown.escape(report.name(of: step))) | \(report.minutes(step.plannedSeconds)) | \(report.minutes(step.actualSeconds)) | \(report.statusText(step.status))"
                    + (step.extendedSeconds > 0 ? " (+\(report.minutes(step.extendedSeconds)))" : "") + " |")
        }
        let recorded = harvest.steps.filter { !$0.records.isEmpty || !$0.scores.isEmpty }
        if !recorded.isEmpty {
            try line("")
            try line("## \(Markdown.escape(report.recordsHeading))")
        }
        for step in recorded {
            try line("")
            try line("### \(Markdown.escape(report.title(of: step)))")
            try line("")
            var listed = false
            if report.showsItems(step), let items = step.items {
                try line("**\(Markdown.escape(report.t("Points")))**")
                try line("")
                for (number, item) in items.enumerated() {
                    try line("\(number + 1). " + Markdown.escape(report.itemLine(item)))
                }
                try line("")
            }
            for section in report.sections(of: step) {
                if let point = section.point {
                    if listed { try line("") }
                    try line("**\(Markdown.escape(report.pointHeading(point, in: step)))**")
                    try line("")
                }
                for record in section.records {
                    try line("- " + Markdown.escape(report.recordLine(record)))
                    listed = true
                }
            }
            guard !step.scores.isEmpty else { continue }
            if listed { try line("") }
            try line(
                "| \(report.t("score.rank")) | \(report.t("score.item")) | \(report.t("score.count")) | \(report.t("Mean")) | \(report.t("Median")) | \(report.t("Spread")) | \(report.t("score.range")) |"
            )
            try line("|---|---|---|---|---|---|---|")
            let language = harvest.session.language
            for score in step.scores {
                let figures = [score.mean, score.median, score.spread].map {
                    NumberText.format($0, decimals: 2, in: language)
                }
                try line(
                    "| \(score.rank) | \(Markdown.escape(score.item)) | \(score.count) | \(figures[0]) | \(figures[1]) | \(figures[2]) | "
                        + "\(NumberText.format(score.minimum, decimals: 2, in: language))–\(NumberText.format(score.maximum, decimals: 2, in: language)) |"
                )
            }
        }
    }
}
