// Benchmarks: programs that print figures. Build in release mode:
//
//     swift run -c release dialogue-bench groups [NAME-FILTER]
//     swift run -c release dialogue-bench validate [COUNT]
//     swift run -c release dialogue-bench plan
//
import Foundation

let arguments = Array(CommandLine.arguments.dropFirst())
let filter = arguments.count > 1 ? arguments[1] : nil
switch arguments.first {
case "groups":
    exit(GroupsBenchmark.run(filter: filter))
case "validate":
    exit(ValidateBenchmark.run(count: Int(filter ?? "") ?? 10_000))
case "plan":
    exit(PlanBenchmark.run())
default:
    FileHandle.standardError.write(Data("usage: dialogue-bench groups [filter] | validate [count] | plan\n".utf8))
    exit(64)
}
