// Developer tool, run from the package root:
//
//     swift run dialogue-dev embed-specs              regenerate the +Generated.swift files
//     swift run dialogue-dev install [--prefix DIR]   build and install dialogue, its manual
//                                                     and completions (default /usr/local)
//     swift run dialogue-dev check-pages [--out DIR]  print every example plan and a harvest
//                                                     with headless Chromium and check the pages
//     swift run dialogue-dev check-room [--out DIR]   run the examples with --room and check the
//                                                     projector, note-taker and phones in Chromium
//
// A test (EmbeddedSpecsTests) fails when a generated file is out of date.
import Foundation

let usage = """
    usage: dialogue-dev embed-specs
           dialogue-dev install [--prefix DIR] [--binary FILE]
           dialogue-dev check-pages [--out DIR] [--dialogue FILE]
           dialogue-dev check-room [--out DIR] [--dialogue FILE]
    """
let arguments = Array(CommandLine.arguments.dropFirst())
let root = URL(fileURLWithPath: FileManager.default.currentDirectoryPath)
switch arguments.first {
case "embed-specs" where arguments.count == 1:
    exit(embedSpecs(root: root))
case "check-pages":
    exit(checkPages(Array(arguments.dropFirst()), root: root, usage: usage))
case "check-room":
    exit(checkRoom(Array(arguments.dropFirst()), root: root, usage: usage))
case "install":
    exit(install(Array(arguments.dropFirst()), root: root, usage: usage))
default:
    FileHandle.standardError.write(Data((usage + "\n").utf8))
    exit(64)
}
