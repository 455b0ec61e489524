// DialogueRoom: what the room sees while a session runs: the projector's wall, the
// note-taker's screen and the participants' phones, and the small HTTP server that serves them.
@_exported import DialogueRender
