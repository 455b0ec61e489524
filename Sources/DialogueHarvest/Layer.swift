// DialogueHarvest: what a session produced, built from its state, and the harvest file.
@_exported import DialogueSession
