import DialogueKit
import GoodFutureMethod
import LearningCafeMethod
import PuimalaMethod
import TakingUpConcernsMethod
import WarmUpMethod

/// The method plugins compiled into the `dialogue` binary. Adding a plugin means adding
/// its target to Package.swift and its type here.
public enum BuiltInPlugins {
    public static let all: [any MethodPlugin] = [
        GoodFuturePlugin(), TakingUpConcernsPlugin(), WarmUpPlugin(), LearningCafePlugin(), PuimalaPlugin(),
    ]
}
