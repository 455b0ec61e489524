/// The step kinds every library knows.
public enum BuiltInBehaviours {
    /// One of each built-in behaviour.
    public static let all: [any StepBehaviour] = [
        PlenaryBehaviour(), RoundBehaviour(), InterviewBehaviour(), PairsBehaviour(),
        ReflectingTalkBehaviour(), SubgroupsBehaviour(), ReportBackBehaviour(), TableRotationBehaviour(),
        SilentWritingBehaviour(), ScoringBehaviour(), AgreementsBehaviour(), WorryScaleBehaviour(),
        ReflectionBehaviour(), RoleSwapBehaviour(), BreakBehaviour(), FreeItemBehaviour(), AgreementReviewBehaviour(),
    ]
}
