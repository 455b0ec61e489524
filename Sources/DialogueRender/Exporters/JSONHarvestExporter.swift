import Foundation

/// The canonical JSON form.
public struct JSONHarvestExporter: HarvestExporter {
    /// The given exporters; by default the built-in ones.
    public init() {}
    /// The name used with `--format`.
    public let format = "json"
    /// One sentence for help texts and listings.
    public let summary = "The canonical JSON form of the harvest."
    /// The file extension of the output.
    public let fileExtension = "json"

    /// Fragments of the export of ``Harvest/example``.
    public var examples: [String] {
        [
            #""title" : "Network meeting around Sem""#,
            #""what" : "Call the school about Monday""#,
        ]
    }

    /// The harvest in this format.
    public func export(_ harvest: Harvest) throws -> Data {
        try HarvestFile.data(harvest)
    }

    /// Writes the harvest as it is made.
    public func write(_ harvest: Harvest, to sink: ByteSink) throws {
        try HarvestFile.write(harvest, to: sink)
    }
}
