/// The version of the DialogueKit engine.
public enum DialogueKitVersion {
    public static let current = "0.2.0"
}
