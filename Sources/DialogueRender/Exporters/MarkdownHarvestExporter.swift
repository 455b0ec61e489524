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
        let report = HarvestReport(harvest)
        var out = ["# \(Markdown.escape(harvest.session.title))", "", Markdown.escape(report.heading), ""]
        if let banner = report.banner { out += ["> **\(Markdown.escape(banner))**", ""] }
        out.append("## \(report.t("Agreements"))")
        out.append("")
        if harvest.agreements.isEmpty {
            out.append("_\(report.t("No agreements."))_")
        } else {
            let header = report.agreementHeader(history: report.hasHistory)
            out.append("| " + header.joined(separator: " | ") + " |")
            out.append("|" + String(repeating: "---|", count: header.count))
            for agreement in harvest.agreements {
                let row = report.agreementRow(agreement, history: report.hasHistory)
                out.append("| " + row.map(Markdown.escape).joined(separator: " | ") + " |")
            }
        }
        if let followUp = report.followUpLine {
            out += ["", "**\(report.t("Follow-up meeting")):** \(Markdown.escape(followUp))"]
        }
        out += ["", "## \(report.t("Time: planned and actual"))", ""]
        out.append(
            "| \(report.t("Step")) | \(report.t("Planned")) | \(report.t("Actual")) | \(report.t("Status")) |"
        )
        out.append("|---|---|---|---|")
        for step in harvest.steps where step.status != .notReached || step.plannedSeconds > 0 {
            out.append(
                "| \(Markdown.escape(step.name)) | \(report.minutes(step.plannedSeconds)) | \(report.minutes(step.actualSeconds)) | \(report.statusText(step.status))"
                    + (step.extendedSeconds > 0 ? " (+\(report.minutes(step.extendedSeconds)))" : "") + " |")
        }
        let recorded = harvest.steps.filter { !$0.records.isEmpty || !$0.scores.isEmpty }
        if !recorded.isEmpty { out += ["", "## \(Markdown.escape(report.recordsHeading))"] }
        for step in recorded {
            out += ["", "### \(Markdown.escape(report.title(of: step)))", ""]
            let lines = step.records.filter { $0.type != .score }.map { "- " + Markdown.escape(report.recordLine($0)) }
            out += lines
            if !step.scores.isEmpty {
                if !lines.isEmpty { out.append("") }
                out.append(
                    "| # | \(report.t("score.item")) | n | \(report.t("Mean")) | \(report.t("Median")) | \(report.t("Spread")) | Min–max |"
                )
                out.append("|---|---|---|---|---|---|---|")
                for score in step.scores {
                    let language = harvest.session.language
                    let figures = [score.mean, score.median, score.spread].map {
                        NumberText.format($0, decimals: 2, in: language)
                    }
                    out.append(
                        "| \(score.rank) | \(Markdown.escape(score.item)) | \(score.count) | \(figures[0]) | \(figures[1]) | \(figures[2]) | "
                            + "\(NumberText.format(score.minimum, decimals: 2, in: language))–\(NumberText.format(score.maximum, decimals: 2, in: language)) |"
                    )
                }
            }
        }
        if let banner = report.banner {
            // A facilitator's copy says so before every section, wherever it is cut.
            out = out.flatMap { $0.hasPrefix("## ") ? ["> **\(Markdown.escape(banner))**", "", $0] : [$0] }
        }
        return Data((out.joined(separator: "\n") + "\n").utf8)
    }
}
