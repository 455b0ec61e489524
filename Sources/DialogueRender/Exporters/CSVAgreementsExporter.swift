import Foundation

/// The agreements ledger as CSV that opens correctly in Excel: UTF-8 with a byte order
/// mark, CRLF, quoted fields, and `;` as delimiter for Dutch sessions (Dutch Excel's
/// list separator), `,` otherwise, unless a delimiter is chosen.
public struct CSVAgreementsExporter: HarvestExporter {
    /// The delimiters that can be chosen, by the name `--delimiter` takes.
    public static let delimiters: [(name: String, character: Character)] = [
        (",", ","), (";", ";"), ("tab", "\t"), ("|", "|"),
    ]

    /// The chosen delimiter; nil means by the session's language.
    public var delimiter: Character?

    /// An exporter with `delimiter`, or the language's when nil.
    public init(delimiter: Character? = nil) {
        self.delimiter = delimiter
    }
    /// The name used with `--format`.
    public let format = "csv"
    /// One sentence for help texts and listings.
    public let summary = "The agreements ledger as CSV for Excel (`;` for Dutch sessions)."
    /// The file extension of the output.
    public let fileExtension = "csv"

    /// Fragments of the export of ``Harvest/example``.
    public var examples: [String] {
        [
            #"example-1,Karin,Call the school about Monday,Mila,2026-12-10,open,,example"#
        ]
    }

    /// The harvest in this format.
    public func export(_ harvest: Harvest) throws -> Data {
        let report = HarvestReport(harvest)
        let delimiter: Character = self.delimiter ?? (harvest.session.language == "nl" ? ";" : ",")
        var text = "\u{FEFF}"
        text += CSVWriter.line(
            ["id"] + report.agreementHeader(history: true) + [report.t("Made in")], delimiter: delimiter)
        for agreement in harvest.agreements {
            text += CSVWriter.line(
                [agreement.id] + report.agreementRow(agreement, history: true) + [agreement.madeIn],
                delimiter: delimiter)
        }
        return Data(text.utf8)
    }
}
