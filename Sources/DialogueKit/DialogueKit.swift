// DialogueKit: the umbrella. One import gives every layer, the shipped method plugins
// (listed in ShippedMethods+Generated.swift) and the toolkit that plugins contribute to.
@_exported import DialogueRoom
