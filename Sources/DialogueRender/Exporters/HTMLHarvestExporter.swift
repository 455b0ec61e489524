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
        try ByteSink.collect { try write(harvest, to: $0) }
    }

    /// Writes the page as it is made.
    public func write(_ harvest: Harvest, to sink: ByteSink) throws {
        let report = HarvestReport(harvest)
        try sink.write(HTMLPage.opening(title: harvest.session.title, language: harvest.session.language))
        if let banner = report.banner {
            // Fixed in print, so it stands on every page.
            try sink.write("<div class=\"private-banner\">\(HTML.escape(banner))</div>\n")
        }
        try sink.write(
            "<h1>\(HTML.escape(harvest.session.title))</h1>\n<p class=\"meta\">\(HTML.escape(report.heading))</p>\n")
        try sink.write("<h2>\(report.t("Agreements"))</h2>\n")
        if harvest.agreements.isEmpty {
            try sink.write("<p><i>\(report.t("No agreements."))</i></p>\n")
        } else {
            let header = report.agreementHeader(history: report.hasHistory)
            var rows = "<div class=\"table\"><table class=\"stack\"><tr>"
            rows += header.map { "<th>\(HTML.escape($0))</th>" }.joined() + "</tr>\n"
            for agreement in harvest.agreements {
                rows += "<tr>"
                for (column, value) in report.agreementRow(agreement, history: report.hasHistory).enumerated() {
                    // The by-when date (column 4) never breaks.
                    let label = column < header.count ? header[column] : ""
                    rows +=
                        "<td data-label=\"\(HTML.escape(label))\"\(column == 3 ? " class=\"nowrap\"" : "")>\(HTML.escape(value))</td>"
                }
                rows += "</tr>\n"
            }
            try sink.write(rows + "</table></div>\n")
        }
        if let followUp = harvest.followUp, let when = report.followUpWhen {
            // The date and time never break; the note wraps.
            try sink.write(
                "<p><b>\(report.t("Follow-up meeting")):</b> <span class=\"nowrap\">\(HTML.escape(when))</span>"
                    + (followUp.note.isEmpty ? "" : " — \(HTML.escape(followUp.note))") + "</p>\n")
        }
        let columns = [report.t("Step"), report.t("Planned"), report.t("Actual"), report.t("Status")]
        var times = "<h2>\(report.t("Time: planned and actual"))</h2>\n<div class=\"table\"><table class=\"stack\"><tr>"
        times += columns.map { "<th>\(HTML.escape($0))</th>" }.joined() + "</tr>\n"
        for step in harvest.steps where step.status != .notReached || step.plannedSeconds > 0 {
            let cells = [
                HTML.escape(report.name(of: step)), report.minutes(step.plannedSeconds),
                report.minutes(step.actualSeconds),
                report.statusText(step.status),
            ]
            times += "<tr>"
            for (column, cell) in cells.enumerated() {
                times +=
                    "<td data-label=\"\(HTML.escape(columns[column]))\"\(column == 1 || column == 2 ? " class=\"nowrap\"" : "")>\(cell)</td>"
            }
            times += "</tr>\n"
        }
        try sink.write(times + "</table></div>\n")
        let recorded = harvest.steps.filter { !$0.records.isEmpty || !$0.scores.isEmpty }
        if !recorded.isEmpty { try sink.write("<h2>\(HTML.escape(report.recordsHeading))</h2>\n") }
        for step in recorded {
            try sink.write("<section><h3>\(HTML.escape(report.title(of: step)))</h3>\n")
            if report.showsItems(step), let items = step.items {
                try sink.write(
                    "<p><b>\(HTML.escape(report.t("Points")))</b></p>\n<ol>"
                        + items.map { "<li>\(HTML.escape(report.itemLine($0)))</li>" }.joined(separator: "\n")
                        + "</ol>\n")
            }
            for section in report.sections(of: step) {
                if let point = section.point {
                    try sink.write("<h4>\(HTML.escape(report.pointHeading(point, in: step)))</h4>\n")
                }
                try sink.write(
                    "<ul>"
                        + section.records.map { "<li>\(HTML.escape(report.recordLine($0)))</li>" }.joined(
                            separator: "\n")
                        + "</ul>\n")
            }
            if !step.scores.isEmpty {
                var table =
                    "<div class=\"table\"><table><tr><th>\(report.t("score.rank"))</th><th>\(report.t("score.item"))</th><th>\(report.t("score.count"))</th><th>\(report.t("Mean"))</th><th>\(report.t("Median"))</th><th>\(report.t("Spread"))</th><th>\(report.t("score.range"))</th></tr>"
                for score in step.scores {
                    let figures = [score.mean, score.median, score.spread].map {
                        NumberText.format($0, decimals: 2, in: harvest.session.language)
                    }
                    table +=
                        "<tr><td>\(score.rank)</td><td>\(HTML.escape(score.item))</td><td>\(score.count)</td>"
                        + figures.map { "<td class=\"nowrap\">\($0)</td>" }.joined()
                        + "<td class=\"nowrap\">\(NumberText.format(score.minimum, decimals: 2, in: harvest.session.language))–\(NumberText.format(score.maximum, decimals: 2, in: harvest.session.language))</td></tr>"
                }
                try sink.write(table + "</table></div>\n")
            }
            try sink.write("</section>\n")
        }
        try sink.write(HTMLPage.closing)
    }
}
