import DialogueKit
import Dispatch

/// The one place the command line reads the wall clock: for `--timings` views and for a
/// safety cap a user asks for. The library itself counts moves and never reads a clock.
struct Stopwatch: Sendable {
    private let start = DispatchTime.now().uptimeNanoseconds

    /// Seconds since the stopwatch was made.
    var seconds: Double { Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9 }
}

extension SearchWatch {
    /// A watch that stops a search once `seconds` of wall-clock time have passed.
    static func timeCap(seconds: Double) -> SearchWatch {
        let stopwatch = Stopwatch()
        return SearchWatch(shouldStop: { stopwatch.seconds > seconds })
    }
}
