// This package's own `dialogue`: the standard tool plus the fishbowl method, its behaviour
// and the minutes exporter. `swift run dialogue methods list` shows the fishbowl.
import DialogueCLI
import DialogueKit
import Fishbowl
import Foundation

var toolkit = Toolkit.standard
toolkit.add(FishbowlExtension())
exit(DialogueCommand.run(arguments: Array(CommandLine.arguments.dropFirst()), toolkit: toolkit))
