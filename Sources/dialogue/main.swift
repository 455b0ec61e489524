import DialogueCLI
import Foundation

exit(DialogueCommand.run(arguments: Array(CommandLine.arguments.dropFirst())))
