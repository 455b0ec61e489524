import DialogueCLI
import Foundation

exit(DialogueCommand.main(arguments: Array(CommandLine.arguments.dropFirst())))
