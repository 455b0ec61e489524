// Benchmarks: programs that print figures. Build in release mode:
//
//     swift run -c release dialogue-bench groups [NAME-FILTER] [SEEDS]
//     swift run -c release dialogue-bench groups cafe-grid [PEOPLE, e.g. 12-20]
//     swift run -c release dialogue-bench validate [COUNT]
//     swift run -c release dialogue-bench plan
//     swift run -c release dialogue-bench journal [REPLAY-EVENTS]
//     swift build -c release && .build/release/dialogue-bench room [SECONDS] [SCREENS] [PHONES]
//     swift build -c release && .build/release/dialogue-bench scale [PEOPLE,…] [EVENTS]
//
import Foundation

let arguments = Array(CommandLine.arguments.dropFirst())
let filter = arguments.count > 1 ? arguments[1] : nil
switch arguments.first {
case "groups" where filter == "cafe-grid":
    // An optional range of people, "12-20" or "15": the grid's cafés of those sizes only.
    let bounds = (arguments.count > 2 ? arguments[2] : "12-40").split(separator: "-").compactMap { Int($0) }
    exit(GroupsBenchmark.cafeGrid(people: (bounds.first ?? 12)...max(bounds.first ?? 12, bounds.last ?? 40)))
case "groups":
    exit(GroupsBenchmark.run(filter: filter, seeds: arguments.count > 2 ? Int(arguments[2]) ?? 1 : 1))
case "validate":
    exit(ValidateBenchmark.run(count: Int(filter ?? "") ?? 10_000))
case "plan":
    exit(PlanBenchmark.run())
case "room":
    exit(
        RoomBenchmark.run(
            seconds: Int(filter ?? "") ?? 60, screens: arguments.count > 2 ? Int(arguments[2]) ?? 300 : 300,
            phones: arguments.count > 3 ? Int(arguments[3]) ?? 100 : 100))
case "scale":
    let sizes = (filter ?? "1000,10000").split(separator: ",").compactMap { Int($0) }
    exit(ScaleBenchmark.run(people: sizes, events: arguments.count > 2 ? Int(arguments[2]) ?? 1_000_000 : 1_000_000))
case "journal":
    exit(JournalBenchmark.run(events: 10_000, replayEvents: Int(filter ?? "") ?? 1_000_000))
default:
    FileHandle.standardError.write(
        Data(
            "usage: dialogue-bench groups [filter] [seeds] | validate [count] | plan | journal [replay-events] | room [seconds] [screens] [phones] | scale [people,…] [events]\n"
                .utf8)
    )
    exit(64)
}
