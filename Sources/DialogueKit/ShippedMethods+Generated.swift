// swift-format-ignore-file
// GENERATED FILE. DO NOT EDIT! Run 'swift run dialogue-dev embed-specs'.
// Every folder under Plugins/ is a method plugin target named FOLDERMethod with a type FOLDERPlugin.
@_exported import GoodFutureMethod
@_exported import LearningCafeMethod
@_exported import PuimalaMethod
@_exported import TakingUpConcernsMethod
@_exported import WarmUpMethod

/// The method plugins under `Plugins/`, one instance of each.
public enum ShippedMethods {
    /// One instance of each shipped plugin, in folder order.
    public static let plugins: [any MethodPlugin] = [
        GoodFuturePlugin(),
        LearningCafePlugin(),
        PuimalaPlugin(),
        TakingUpConcernsPlugin(),
        WarmUpPlugin(),
    ]
}
