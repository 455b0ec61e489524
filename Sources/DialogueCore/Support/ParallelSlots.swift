import Foundation

/// Results of work spread over threads (`DispatchQueue.concurrentPerform`): one slot per
/// item, filled by whichever thread does the item, read back in item order.
package final class ParallelSlots<Value>: @unchecked Sendable {
    private var storage: [Value?]
    private let lock = NSLock()

    package init(count: Int) {
        storage = Array(repeating: nil, count: count)
    }

    package func set(_ index: Int, _ value: Value?) {
        lock.lock()
        storage[index] = value
        lock.unlock()
    }

    /// The slots in order; read them after the parallel work has finished.
    package var values: [Value?] { storage }
}
