// DialoguePlanning: agendas, participants, the ledger of agreements, group formation and
// the planner that compiles an agenda into a session plan.
@_exported import DialogueSpec
