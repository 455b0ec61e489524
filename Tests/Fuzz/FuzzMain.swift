import Foundation

/// The target chosen at the first input.
nonisolated(unsafe) private var selected: (@Sendable ([UInt8]) -> Void)?

/// libFuzzer's entry point for the harness `Tests/Fuzz/run` builds: the target named by
/// `FUZZ_TARGET` (see ``FuzzBodies/targets``) gets every input.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzOneInput(_ data: UnsafePointer<UInt8>?, _ count: Int) -> CInt {
    if selected == nil {
        let name = ProcessInfo.processInfo.environment["FUZZ_TARGET"] ?? "json"
        guard let body = FuzzBodies.targets.first(where: { $0.name == name })?.body else {
            FileHandle.standardError.write(
                Data("unknown FUZZ_TARGET '\(name)'; targets: \(FuzzBodies.targets.map(\.name))\n".utf8))
            exit(2)
        }
        selected = body
    }
    let bytes = data.map { Array(UnsafeBufferPointer(start: $0, count: count)) } ?? []
    selected?(bytes)
    return 0
}
