// DialogueCore: the leaf layer. A strict JSON parser with locations, diagnostics, and the
// small text and file utilities every layer above uses. It imports nothing of DialogueKit.
