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
            #"<td>Call the school about Monday</td>"#,
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
            body += "<table><tr>" + report.agreementHeader.map { "<th>\(HTML.escape($0))</th>" }.joined() + "</tr>\n"
            for agreement in harvest.agreements {
                body +=
                    "<tr>" + report.agreementRow(agreement).map { "<td>\(HTML.escape($0))</td>" }.joined() + "</tr>\n"
            }
            body += "</table>\n"
        }
        if let followUp = report.followUpLine {
            body += "<p><b>\(report.t("Follow-up meeting")):</b> \(HTML.escape(followUp))</p>\n"
        }
        body += "<h2>\(report.t("Time: planned and actual"))</h2>\n<table>"
        body +=
            "<tr><th>\(report.t("Step"))</th><th>\(report.t("Planned"))</th><th>\(report.t("Actual"))</th><th>Status</th></tr>\n"
        for step in harvest.steps where step.status != .notReached || step.plannedSeconds > 0 {
            body +=
                "<tr><td>\(HTML.escape(step.name))</td><td>\(report.minutes(step.plannedSeconds))</td><td>\(report.minutes(step.actualSeconds))</td><td>\(report.statusText(step.status))</td></tr>\n"
        }
        body += "</table>\n"
        for step in harvest.steps where !step.records.isEmpty || !step.scores.isEmpty {
            body += "<section class=\"step\"><h3>\(HTML.escape(report.title(of: step)))</h3>\n<ul>"
            for record in step.records where record.type != .score {
                body += "<li>\(HTML.escape(report.recordLine(record)))</li>"
            }
            body += "</ul>\n"
            if !step.scores.isEmpty {
                body +=
                    "<table><tr><th>#</th><th>\(report.t("score.item"))</th><th>n</th><th>\(report.t("Mean"))</th><th>Median</th><th>\(report.t("Spread"))</th></tr>"
                for score in step.scores {
                    body += String(
                        format: "<tr><td>%d</td><td>%@</td><td>%d</td><td>%.1f</td><td>%.1f</td><td>%.2f</td></tr>",
                        score.rank, HTML.escape(score.item), score.count, score.mean, score.median, score.spread)
                }
                body += "</table>\n"
            }
            body += "</section>\n"
        }
        return Data(HTMLPage.wrap(title: harvest.session.title, language: harvest.session.language, body: body).utf8)
    }
}
