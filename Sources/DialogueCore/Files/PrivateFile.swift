import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Writing files that hold notes about real people: created with owner-only permissions
/// (0600) from the first byte, flushed to disk, never silently overwritten.
public enum PrivateFile {
    /// An I/O failure, with the file and what the system said.
    public struct Failure: Error, CustomStringConvertible {
        /// The file that failed.
        public var path: String
        /// What went wrong, as the system or DialogueKit says it.
        public var reason: String

        /// A failure of `path` for `reason`.
        public init(path: String, reason: String) {
            self.path = path
            self.reason = reason
        }
        /// `path: reason`, for messages.
        public var description: String { "\(path): \(reason)" }
    }

    static func systemError(_ path: String, _ what: String) -> Failure {
        Failure(path: path, reason: "\(what): \(String(cString: strerror(errno)))")
    }

    /// Creates `path` (it must not exist) with `mode` and writes `data`, flushed to disk.
    public static func writeNew(_ data: Data, to path: String, mode: mode_t = 0o600) throws {
        try writeNew(to: path, mode: mode) { try $0.write(data) }
    }

    /// Creates `path` (it must not exist) with `mode` and writes what `produce` writes to the
    /// sink, as it comes, flushed to disk at the end.
    public static func writeNew(to path: String, mode: mode_t = 0o600, _ produce: (ByteSink) throws -> Void) throws {
        let descriptor = open(path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, mode)
        guard descriptor >= 0 else {
            if errno == EEXIST {
                throw Failure(path: path, reason: "already exists; choose another name or remove it first")
            }
            throw systemError(path, "cannot create")
        }
        defer { close(descriptor) }
        let sink = ByteSink(descriptor: descriptor, path: path)
        try produce(sink)
        try sink.flush()
        guard fsync(descriptor) == 0 else { throw systemError(path, "cannot flush") }
    }

    /// Replaces `path` atomically with `data` (owner-only): written to a temporary file in the
    /// same folder, flushed, then renamed over the old one.
    public static func replace(_ data: Data, at path: String, mode: mode_t = 0o600) throws {
        try replace(at: path, mode: mode) { try $0.write(data) }
    }

    /// Replaces `path` atomically with what `produce` writes to the sink (owner-only),
    /// streamed to a temporary file in the same folder, flushed, then renamed over the old one.
    /// Nothing is left behind when `produce` or the disk fails.
    public static func replace(at path: String, mode: mode_t = 0o600, _ produce: (ByteSink) throws -> Void) throws {
        let temporary = path + ".tmp-\(getpid())"
        unlink(temporary)
        do {
            try writeNew(to: temporary, mode: mode, produce)
        } catch {
            // A full disk or a failed flush leaves nothing behind.
            unlink(temporary)
            throw error
        }
        guard rename(temporary, path) == 0 else {
            unlink(temporary)
            throw systemError(path, "cannot replace")
        }
    }

    /// Creates a folder readable by the owner only (0700), with its parents. A folder that
    /// exists is tightened to 0700; one reached through a symbolic link or owned by someone
    /// else is refused.
    public static func makeFolder(_ path: String) throws {
        var status = stat()
        if lstat(path, &status) == 0 {
            switch status.st_mode & S_IFMT {
            case S_IFLNK:
                throw Failure(path: path, reason: "is a symbolic link; a session folder is never reached through one")
            case S_IFDIR: break
            default: throw Failure(path: path, reason: "exists and is not a folder")
            }
            guard status.st_uid == geteuid() else {
                throw Failure(path: path, reason: "belongs to another user; choose a folder of your own")
            }
            if status.st_mode & 0o777 != 0o700, chmod(path, 0o700) != 0 {
                throw systemError(path, "cannot make the folder owner-only")
            }
            return
        }
        do {
            try FileManager.default.createDirectory(
                atPath: path, withIntermediateDirectories: true,
                attributes: [.posixPermissions: 0o700])
        } catch {
            throw Failure(path: path, reason: "cannot create folder: \(error.localizedDescription)")
        }
        // The last component is ours and new; make sure of its mode whatever the umask said.
        chmod(path, 0o700)
    }

    package static func writeAll(_ data: Data, to descriptor: Int32, path: String) throws {
        try data.withUnsafeBytes { (buffer: UnsafeRawBufferPointer) in
            guard let base = buffer.baseAddress else { return }
            var offset = 0
            while offset < buffer.count {
                let written = write(descriptor, base + offset, buffer.count - offset)
                if written < 0 {
                    if errno == EINTR { continue }
                    throw systemError(path, "cannot write")
                }
                offset += written
            }
        }
    }
}
