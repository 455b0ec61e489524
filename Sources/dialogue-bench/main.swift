// Benchmarks: programs that print figures. Build in release mode:
//
//     swift run -c release dialogue-bench groups [NAME-FILTER]
//
import Foundation

let arguments = Array(CommandLine.arguments.dropFirst())
let filter = arguments.count > 1 ? arguments[1] : nil
switch arguments.first {
case "groups":
    exit(GroupsBenchmark.run(filter: filter))
default:
    FileHandle.standardError.write(Data("usage: dialogue-bench groups [filter]\n".utf8))
    exit(64)
}
