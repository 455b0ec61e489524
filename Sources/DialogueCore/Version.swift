/// The version of the DialogueKit engine.
public enum DialogueKitVersion {
    /// The engine version, pinned into plans, journals and harvests.
    public static let current = "0.2.0"
}
