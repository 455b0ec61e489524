import Dispatch
import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Validates method spec files and folders: the code path behind `dialogue methods validate`.
/// Files are read and checked in parallel; results come back in path order.
public struct SpecValidation: Sendable {
    /// One file's outcome.
    public struct FileResult: Sendable {
        /// The file checked.
        public var file: String
        /// The method, when it has no error.
        public var method: MethodSpec?
        /// Everything found, sorted by place.
        public var diagnostics: [Diagnostic]
    }

    /// The loader that checks each file.
    public let loader: MethodLoader

    /// A validation with `loader`.
    public init(loader: MethodLoader) {
        self.loader = loader
    }

    /// The `.json` files named by `paths`: files as given, folders searched recursively
    /// (sorted). Paths that do not exist come back as errors.
    public static func collectFiles(_ paths: [String]) -> (files: [String], missing: [Diagnostic]) {
        var files: [String] = []
        var missing: [Diagnostic] = []
        for path in paths {
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
                missing.append(
                    Diagnostic(
                        severity: .error, code: "unreadable", message: "no such file or folder",
                        file: path, line: 1, column: 1, path: "(root)", hint: "check the path"))
                continue
            }
            if isDirectory.boolValue {
                var found: [String] = []
                collectJSON(in: path.hasSuffix("/") ? String(path.dropLast()) : path, into: &found, depth: 0)
                files += found.sorted()
            } else {
                files.append(path)
            }
        }
        return (files, missing)
    }

    /// The `.json` files below `folder` (a plain directory walk; symbolic links to folders
    /// are not followed, and the walk stops 32 levels down).
    static func collectJSON(in folder: String, into files: inout [String], depth: Int) {
        guard depth < 32, let directory = opendir(folder) else { return }
        defer { closedir(directory) }
        while let entry = readdir(directory) {
            let name = withUnsafeBytes(of: entry.pointee.d_name) { raw in
                String(decoding: raw.prefix(while: { $0 != 0 }), as: UTF8.self)
            }
            if name == "." || name == ".." { continue }
            let path = folder + "/" + name
            var isFolder = entry.pointee.d_type == UInt8(DT_DIR)
            if entry.pointee.d_type == UInt8(DT_UNKNOWN) {
                var status = stat()
                isFolder = lstat(path, &status) == 0 && (status.st_mode & S_IFMT) == S_IFDIR
            }
            if isFolder {
                collectJSON(in: path, into: &files, depth: depth + 1)
            } else if name.hasSuffix(".json") {
                files.append(path)
            }
        }
    }

    /// Validates every file, in parallel, returning results in the order of `files`.
    public func validate(files: [String]) -> [FileResult] {
        let results = ParallelSlots<FileResult>(count: files.count)
        DispatchQueue.concurrentPerform(iterations: files.count) { index in
            let file = files[index]
            let result: FileResult
            switch SpecFile.read(file) {
            case .failure(let diagnostic):
                result = FileResult(file: file, method: nil, diagnostics: [diagnostic])
            case .success(let source):
                let (method, diagnostics) = loader.load(source)
                result = FileResult(file: file, method: method, diagnostics: diagnostics)
            }
            results.set(index, result)
        }
        var ordered = results.values.compactMap { $0 }
        // Duplicate ids across the validated files.
        var seen: [String: String] = [:]
        for index in ordered.indices {
            guard let id = ordered[index].method?.id else { continue }
            if let first = seen[id] {
                ordered[index].diagnostics.append(
                    Diagnostic(
                        severity: .error, code: "id-clash", message: "method id '\(id)' is also used by \(first)",
                        file: ordered[index].file, line: 1, column: 1, path: "id", hint: "give each method its own id"))
            } else {
                seen[id] = ordered[index].file
            }
        }
        return ordered
    }
}
