import Foundation

/// One self-contained printable HTML page.
public struct HTMLHarvestExporter: HarvestExporter {
    /// The given exporters; by default the built-in ones.
    public init() {}
    /// The name used with `--format`.
    public let format = "html"
    /// One sentence for help texts and listings.
    public let summary = "One self-contained printable HTML page."
    /// The file extension of the output.
    public let fileExtension = "html"

    /// Fragments of the export of ``Harvest/example``.
    public var examples: [String] {
        [
            #"<h1>Network meeting around Sem</h1>"#,
            #"<td data-label="What">Call the school about Monday</td>"#,
        ]
    }

    /// The harvest in this format.
    public func export(_ harvest: Harvest) throws -> Data {
        let report = HarvestReport(harvest)
        var body = ""
        if let banner = report.banner {
            // Fixed in print, so it stands on every page.
            body += "<div class=\"private-banner\">\(HTML.escape(banner))</div>\n"
        }
        body +=
            "<h1>\(HTML.escape(harvest.session.title))</h1>\n<p class=\"meta\">\(HTML.escape(report.heading))</p>\n"
        body += "<h2>\(report.t("Agreements"))</h2>\n"
        if harvest.agreements.isEmpty {
            body += "<p><i>\(report.t("No agreements."))</i></p>\n"
        } else {
            let header = report.agreementHeader(history: report.hasHistory)
            body += "<div class=\"table\"><table class=\"stack\"><tr>"
            body += header.map { "<th>\(HTML.escape($0))</th>" }.joined() + "</tr>\n"
            for agreement in harvest.agreements {
                body += "<tr>"
                for (column, value) in report.agreementRow(agreement, history: report.hasHistory).enumerated() {
                    // The by-when date (column 4) never breaks.
                    let label = column < header.count ? header[column] : ""
                    body +=
                        "<td data-label=\"\(HTML.escape(label))\"\(column == 3 ? " class=\"nowrap\"" : "")>\(HTML.escape(value))</td>"
                }
                body += "</tr>\n"
            }
            body += "</table></div>\n"
        }
        if let followUp = harvest.followUp, let when = report.followUpWhen {
            // The date and time never break; the note wraps.
            body += "<p><b>\(report.t("Follow-up meeting")):</b> <span class=\"nowrap\">\(HTML.escape(when))</span>"
            body += (followUp.note.isEmpty ? "" : " — \(HTML.escape(followUp.note))") + "</p>\n"
        }
        let columns = [report.t("Step"), report.t("Planned"), report.t("Actual"), report.t("Status")]
        body += "<h2>\(report.t("Time: planned and actual"))</h2>\n<div class=\"table\"><table class=\"stack\"><tr>"
        body += columns.map { "<th>\(HTML.escape($0))</th>" }.joined() + "</tr>\n"
        for step in harvest.steps where step.status != .notReached || step.plannedSeconds > 0 {
            let cells = [
                HTML.escape(step.name), report.minutes(step.plannedSeconds), report.minutes(step.actualSeconds),
                report.statusText(step.status),
            ]
            body += "<tr>"
            for (column, cell) in cells.enumerated() {
                body +=
                    "<td data-label=\"\(HTML.escape(columns[column]))\"\(column == 1 || column == 2 ? " class=\"nowrap\"" : "")>\(cell)</td>"
            }
            body += "</tr>\n"
        }
        body += "</table></div>\n"
        let recorded = harvest.steps.filter { !$0.records.isEmpty || !$0.scores.isEmpty }
        if !recorded.isEmpty { body += "<h2>\(HTML.escape(report.recordsHeading))</h2>\n" }
        for step in recorded {
            body += "<section><h3>\(HTML.escape(report.title(of: step)))</h3>\n"
            let lines = step.records.filter { $0.type != .score }.map {
                "<li>\(HTML.escape(report.recordLine($0)))</li>"
            }
            if !lines.isEmpty { body += "<ul>" + lines.joined(separator: "\n") + "</ul>\n" }
            if !step.scores.isEmpty {
                body +=
                    "<div class=\"table\"><table><tr><th>#</th><th>\(report.t("score.item"))</th><th>n</th><th>\(report.t("Mean"))</th><th>\(report.t("Median"))</th><th>\(report.t("Spread"))</th></tr>"
                for score in step.scores {
                    let figures = [score.mean, score.median, score.spread].map {
                        NumberText.format($0, decimals: 2, in: harvest.session.language)
                    }
                    body +=
                        "<tr><td>\(score.rank)</td><td>\(HTML.escape(score.item))</td><td>\(score.count)</td>"
                        + figures.map { "<td class=\"nowrap\">\($0)</td>" }.joined() + "</tr>"
                }
                body += "</table></div>\n"
            }
            body += "</section>\n"
        }
        return Data(HTMLPage.wrap(title: harvest.session.title, language: harvest.session.language, body: body).utf8)
    }
}
