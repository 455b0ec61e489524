import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Where an export is written as it is made: gathered in memory, or passed on to a file in
/// blocks of 1 MiB, so a harvest of a million records never exists whole as text.
public final class ByteSink {
    private var buffer: [UInt8] = []
    private let descriptor: Int32?
    private let path: String

    /// A sink that keeps everything in memory (see ``data``).
    public init() {
        descriptor = nil
        path = ""
    }

    /// A sink that writes to the open file `descriptor` of `path` (named in errors).
    public init(descriptor: Int32, path: String) {
        self.descriptor = descriptor
        self.path = path
        buffer.reserveCapacity(Self.blockSize)
    }

    private static let blockSize = 1 << 20

    /// Appends `text` as UTF-8.
    public func write(_ text: String) throws {
        var text = text
        text.withUTF8 { buffer.append(contentsOf: $0) }
        if buffer.count >= Self.blockSize { try flush() }
    }

    /// Appends `text` as a JSON string literal (see ``JSONText``).
    public func writeQuoted(_ text: String) throws {
        JSONText.append(text, quotedTo: &buffer)
        if buffer.count >= Self.blockSize { try flush() }
    }

    /// Appends `bytes`.
    public func write(_ bytes: Data) throws {
        if let descriptor, bytes.count >= Self.blockSize {
            try flush()
            try PrivateFile.writeAll(bytes, to: descriptor, path: path)
            return
        }
        buffer.append(contentsOf: bytes)
        if buffer.count >= Self.blockSize { try flush() }
    }

    /// Passes what is gathered on to the file (a sink in memory keeps it).
    public func flush() throws {
        guard let descriptor, !buffer.isEmpty else { return }
        try PrivateFile.writeAll(Data(buffer), to: descriptor, path: path)
        buffer.removeAll(keepingCapacity: true)
    }

    /// Everything written, for a sink in memory.
    public var data: Data { Data(buffer) }

    /// What `produce` writes, gathered in memory.
    public static func collect(_ produce: (ByteSink) throws -> Void) rethrows -> Data {
        let sink = ByteSink()
        try produce(sink)
        return sink.data
    }
}
