import Foundation

/// Turns a harvest into a file for people or other tools. Conform a type and register it
/// with `dialogue report` (through ``HarvestExporters/register(_:)``) to add a format.
public protocol HarvestExporter: Sendable {
    /// The name used with `--format`, e.g. `md`.
    var format: String { get }
    /// One sentence for help texts.
    var summary: String { get }
    /// The file extension of the output, without a dot.
    var fileExtension: String { get }
    /// The exported bytes.
    func export(_ harvest: Harvest) throws -> Data
    /// Writes the export to `sink` as it is made, so a large harvest never exists whole as
    /// text; by default the bytes of ``export(_:)``.
    func write(_ harvest: Harvest, to sink: ByteSink) throws
    /// Fragments of this format's export of ``Harvest/example``: they show the format in
    /// `dialogue report --formats` and double as tests.
    var examples: [String] { get }
}

extension HarvestExporter {
    /// Writes the bytes of ``export(_:)``.
    public func write(_ harvest: Harvest, to sink: ByteSink) throws {
        try sink.write(try export(harvest))
    }
}

/// Why a harvest cannot be exported in a format, said to the person who asked for it.
public struct ExportError: Error, CustomStringConvertible, Sendable {
    /// What is wrong.
    public var description: String

    /// An error saying `description`.
    public init(_ description: String) { self.description = description }
}

/// The exporters `dialogue report` knows.
public struct HarvestExporters: Sendable {
    /// The exporters, one per format.
    public private(set) var exporters: [any HarvestExporter]

    /// The given exporters; by default the built-in ones.
    public init(
        _ exporters: [any HarvestExporter] = [
            JSONHarvestExporter(), MarkdownHarvestExporter(), HTMLHarvestExporter(),
            CSVAgreementsExporter(), ICalendarExporter(),
        ]
    ) {
        self.exporters = exporters
    }

    /// Adds `exporter`, replacing one with the same format.
    public mutating func register(_ exporter: any HarvestExporter) {
        exporters.removeAll { $0.format == exporter.format }
        exporters.append(exporter)
    }

    /// The exporter for `format`, if any.
    public func exporter(_ format: String) -> (any HarvestExporter)? { exporters.first { $0.format == format } }
    /// Every format name, in order.
    public var formats: [String] { exporters.map(\.format) }
}
