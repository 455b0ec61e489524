// DialogueKit: the umbrella. One import gives every layer, the shipped method plugins and
// the toolkit that plugins contribute to.
@_exported import DialogueRender
@_exported import GoodFutureMethod
@_exported import LearningCafeMethod
@_exported import PuimalaMethod
@_exported import TakingUpConcernsMethod
@_exported import WarmUpMethod
