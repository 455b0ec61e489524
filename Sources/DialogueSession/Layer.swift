// DialogueSession: a session as a state machine over a plan. Events, the reducer, clocks
// and the fsync'd journal that replays to the same state.
@_exported import DialoguePlanning
