// DialogueSpec: the method model, its reader and validator, step behaviours, method rules
// and the method library. Every layer above builds on it.
@_exported import DialogueCore
