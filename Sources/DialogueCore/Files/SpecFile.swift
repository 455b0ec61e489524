import Foundation

/// `read(2)`, named apart from ``SpecFile/read(_:maxBytes:)``.
private func posixRead(_ descriptor: Int32, _ buffer: UnsafeMutableRawPointer?, _ count: Int) -> Int {
    read(descriptor, buffer, count)
}

/// Reading a user's file safely: size-limited, never trapping.
public enum SpecFile {
    /// The largest file DialogueKit reads (1 MiB); larger files get a diagnostic.
    public static let maxBytes = 1 << 20

    /// The bytes of the file at `path` as source text, or a diagnostic naming the file and the fix:
    /// missing, a folder, not a regular file (a FIFO or a device is never waited on),
    /// unreadable, or larger than `maxBytes`.
    public static func read(_ path: String, maxBytes: Int = maxBytes) -> Result<SourceText, Diagnostic> {
        func failure(_ message: String, _ hint: String?) -> Result<SourceText, Diagnostic> {
            .failure(
                Diagnostic(
                    severity: .error, code: "unreadable", message: message, file: path, line: 1,
                    column: 1, path: "(root)", hint: hint))
        }
        // O_NONBLOCK: opening a FIFO must not wait for a writer; it is refused below.
        let descriptor = open(path, O_RDONLY | O_NONBLOCK | O_CLOEXEC)
        guard descriptor >= 0 else {
            return errno == ENOENT
                ? failure("no such file", "check the path")
                : failure("cannot open the file: \(String(cString: strerror(errno)))", "check its permissions")
        }
        defer { close(descriptor) }
        var status = stat()
        guard fstat(descriptor, &status) == 0 else { return failure("cannot read the file", nil) }
        switch status.st_mode & S_IFMT {
        case S_IFREG: break
        case S_IFDIR: return failure("is a folder, not a file", "name a file inside it")
        default: return failure("is not a regular file (a pipe, socket or device)", "name a regular file")
        }
        if Int(status.st_size) > maxBytes {
            return failure("file is larger than \(maxBytes) bytes", "check that it is the file you meant")
        }
        var bytes: [UInt8] = []
        bytes.reserveCapacity(Int(status.st_size))
        var chunk = [UInt8](repeating: 0, count: 64 * 1024)
        while true {
            let count = chunk.withUnsafeMutableBytes { buffer in
                posixRead(descriptor, buffer.baseAddress, buffer.count)
            }
            if count < 0 {
                if errno == EINTR { continue }
                return failure("cannot read the file: \(String(cString: strerror(errno)))", nil)
            }
            if count == 0 { break }
            bytes.append(contentsOf: chunk[0..<count])
            if bytes.count > maxBytes {
                return failure("file is larger than \(maxBytes) bytes", "check that it is the file you meant")
            }
        }
        return .success(SourceText(file: path, bytes: bytes))
    }
}
