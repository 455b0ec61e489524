/// Small counts at flat positions (a pair of people p·n + q, a person's visits p·groups + g):
/// a dense array while it holds at most ``denseLimit`` entries, beyond that a hash table of the
/// nonzero ones, so that a hundred thousand people need memory for the pairs that meet, not
/// for every pair.
struct CountTable {
    /// The most entries held densely (32 MB of counts).
    static let denseLimit = 1 << 24

    /// The counts of a dense table (empty when sparse), for the hot loops.
    private(set) var dense: [UInt16]
    private var sparse: [Int: UInt16] = [:]
    /// Whether the counts are held in ``dense``.
    let isDense: Bool

    /// A table of `count` zeros.
    init(count: Int) {
        isDense = count <= Self.denseLimit
        dense = isDense ? [UInt16](repeating: 0, count: max(0, count)) : []
    }

    /// The count at `index`.
    subscript(index: Int) -> UInt16 {
        get { isDense ? dense[index] : sparse[index, default: 0] }
        set {
            if isDense {
                dense[index] = newValue
            } else if newValue == 0 {
                sparse[index] = nil
            } else {
                sparse[index] = newValue
            }
        }
    }
}

/// Yes/no marks at flat positions, on a ``CountTable``: which pairs are kept apart.
struct FlagTable {
    private var counts: CountTable

    /// A table of `count` unset marks.
    init(count: Int) { counts = CountTable(count: count) }

    /// The mark at `index`.
    subscript(index: Int) -> Bool {
        get { counts[index] != 0 }
        set { counts[index] = newValue ? 1 : 0 }
    }
}
