/// A QR code (ISO/IEC 18004) for a short text such as the phones' link: byte mode, error
/// correction level M (15% of the code may be lost), versions 1 to 10 (up to 213 bytes),
/// the mask with the lowest penalty. Drawn as an SVG of dark squares on a quiet zone.
public struct QRCode: Sendable {
    /// The version, 1…10: the size is 17 + 4 × version modules.
    public let version: Int
    /// The mask pattern chosen, 0…7.
    public let mask: Int
    /// The modules, row by row: true is dark.
    public let modules: [[Bool]]

    /// The size in modules, without the quiet zone.
    public var size: Int { modules.count }

    /// For level M, each version's error correction codewords per block and the data
    /// codewords of each block.
    static let blocks: [(ecPerBlock: Int, data: [Int])] = [
        (10, [16]), (16, [28]), (26, [44]), (18, [32, 32]), (24, [43, 43]),
        (16, [27, 27, 27, 27]), (18, [31, 31, 31, 31]), (22, [38, 38, 39, 39]),
        (22, [36, 36, 36, 37, 37]), (26, [43, 43, 43, 43, 44]),
    ]

    /// The centres of the alignment patterns, by version.
    static let alignment: [[Int]] = [
        [], [6, 18], [6, 22], [6, 26], [6, 30], [6, 34], [6, 22, 38], [6, 24, 42], [6, 26, 46], [6, 28, 50],
    ]

    /// The code for `text`, in the smallest version it fits; nil when it is too long.
    public init?(text: String) {
        let bytes = Array(text.utf8)
        guard
            let version = (1...10).first(where: { version in
                let capacity = Self.blocks[version - 1].data.reduce(0, +)
                let countBits = version < 10 ? 8 : 16
                return 4 + countBits + bytes.count * 8 <= capacity * 8
            })
        else { return nil }
        self.version = version
        let codewords = Self.codewords(for: bytes, version: version)
        var best: (penalty: Int, mask: Int, modules: [[Bool]])?
        for mask in 0..<8 {
            var matrix = Matrix(version: version)
            matrix.place(codewords)
            matrix.apply(mask: mask)
            matrix.drawFormat(mask: mask)
            let penalty = matrix.penalty()
            if best == nil || penalty < best?.penalty ?? .max { best = (penalty, mask, matrix.dark) }
        }
        mask = best?.mask ?? 0
        modules = best?.modules ?? []
    }

    /// The data and error correction codewords, interleaved as they are placed.
    static func codewords(for bytes: [UInt8], version: Int) -> [UInt8] {
        let layout = blocks[version - 1]
        let capacity = layout.data.reduce(0, +)
        var bits: [Bool] = []
        func append(_ value: Int, _ count: Int) {
            for shift in stride(from: count - 1, through: 0, by: -1) { bits.append((value >> shift) & 1 == 1) }
        }
        append(0b0100, 4)
        append(bytes.count, version < 10 ? 8 : 16)
        for byte in bytes { append(Int(byte), 8) }
        append(0, min(4, capacity * 8 - bits.count))
        if bits.count % 8 != 0 { append(0, 8 - bits.count % 8) }
        var data: [UInt8] = stride(from: 0, to: bits.count, by: 8).map { start in
            bits[start..<start + 8].reduce(0) { $0 << 1 | ($1 ? 1 : 0) }
        }
        var pad: UInt8 = 0xEC
        while data.count < capacity {
            data.append(pad)
            pad = pad == 0xEC ? 0x11 : 0xEC
        }
        var blocksOfData: [[UInt8]] = []
        var offset = 0
        for length in layout.data {
            blocksOfData.append(Array(data[offset..<offset + length]))
            offset += length
        }
        let generator = ReedSolomon.generator(degree: layout.ecPerBlock)
        let blocksOfEC = blocksOfData.map { ReedSolomon.remainder(of: $0, generator: generator) }
        var out: [UInt8] = []
        for index in 0..<(layout.data.max() ?? 0) {
            for block in blocksOfData where index < block.count { out.append(block[index]) }
        }
        for index in 0..<layout.ecPerBlock {
            for block in blocksOfEC { out.append(block[index]) }
        }
        return out
    }

    /// The `count` error correction codewords of `data` (Reed–Solomon over GF(256)).
    public static func errorCorrection(of data: [UInt8], count: Int) -> [UInt8] {
        ReedSolomon.remainder(of: data, generator: ReedSolomon.generator(degree: count))
    }

    /// The code as an SVG image, `moduleSize` units per module, with a four-module quiet zone.
    public func svg(moduleSize: Int = 8) -> String {
        let side = (size + 8) * moduleSize
        var path = ""
        for (row, line) in modules.enumerated() {
            for (column, dark) in line.enumerated() where dark {
                path +=
                    "M\((column + 4) * moduleSize) \((row + 4) * moduleSize)h\(moduleSize)v\(moduleSize)h-\(moduleSize)z"
            }
        }
        return
            "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 \(side) \(side)\" role=\"img\" aria-label=\"QR\"><rect width=\"\(side)\" height=\"\(side)\" fill=\"#fff\"/><path d=\"\(path)\" fill=\"#000\"/></svg>"
    }

    /// The code as a binary PGM image (for checking it with a reader), `scale` pixels per module.
    public func pgm(scale: Int = 4) -> [UInt8] {
        let side = (size + 8) * scale
        var pixels = [UInt8](repeating: 255, count: side * side)
        for (row, line) in modules.enumerated() {
            for (column, dark) in line.enumerated() where dark {
                for y in 0..<scale {
                    for x in 0..<scale { pixels[((row + 4) * scale + y) * side + (column + 4) * scale + x] = 0 }
                }
            }
        }
        return Array("P5\n\(side) \(side)\n255\n".utf8) + pixels
    }
}

/// Reed–Solomon error correction over GF(256) with the QR code's polynomial x⁸+x⁴+x³+x²+1.
enum ReedSolomon {
    /// `a` × `b` in the field.
    static func multiply(_ a: UInt8, _ b: UInt8) -> UInt8 {
        var result: UInt16 = 0
        var left = UInt16(a)
        var right = b
        while right != 0 {
            if right & 1 == 1 { result ^= left }
            left <<= 1
            if left & 0x100 != 0 { left ^= 0x11D }
            right >>= 1
        }
        return UInt8(result & 0xFF)
    }

    /// The generator polynomial (x − α⁰)(x − α¹)…(x − αⁿ⁻¹), highest power first, leading 1 left out.
    static func generator(degree: Int) -> [UInt8] {
        var coefficients = [UInt8](repeating: 0, count: degree)
        coefficients[degree - 1] = 1
        var root: UInt8 = 1
        for _ in 0..<degree {
            for index in 0..<degree {
                coefficients[index] = multiply(coefficients[index], root)
                if index + 1 < degree { coefficients[index] ^= coefficients[index + 1] }
            }
            root = multiply(root, 2)
        }
        return coefficients
    }

    /// The error correction codewords of `data`.
    static func remainder(of data: [UInt8], generator: [UInt8]) -> [UInt8] {
        var result = [UInt8](repeating: 0, count: generator.count)
        for byte in data {
            let factor = byte ^ result[0]
            result.removeFirst()
            result.append(0)
            for index in result.indices { result[index] ^= multiply(generator[index], factor) }
        }
        return result
    }
}

/// The grid being drawn: which modules are dark and which belong to the fixed patterns.
private struct Matrix {
    let version: Int
    let size: Int
    var dark: [[Bool]]
    var fixed: [[Bool]]

    init(version: Int) {
        self.version = version
        size = 17 + 4 * version
        dark = Array(repeating: Array(repeating: false, count: size), count: size)
        fixed = dark
        drawPatterns()
    }

    mutating func set(_ x: Int, _ y: Int, _ value: Bool) {
        dark[y][x] = value
        fixed[y][x] = true
    }

    mutating func drawPatterns() {
        for index in 0..<size {
            set(6, index, index % 2 == 0)
            set(index, 6, index % 2 == 0)
        }
        for (x, y) in [(3, 3), (size - 4, 3), (3, size - 4)] {
            for dy in -4...4 {
                for dx in -4...4 {
                    let distance = max(abs(dx), abs(dy))
                    let column = x + dx
                    let row = y + dy
                    if (0..<size).contains(column), (0..<size).contains(row) {
                        set(column, row, distance != 2 && distance != 4)
                    }
                }
            }
        }
        let centres = QRCode.alignment[version - 1]
        for (i, cx) in centres.enumerated() {
            for (j, cy) in centres.enumerated() {
                // Not where a finder pattern sits.
                if (i == 0 && j == 0) || (i == 0 && j == centres.count - 1) || (i == centres.count - 1 && j == 0) {
                    continue
                }
                for dy in -2...2 {
                    for dx in -2...2 { set(cx + dx, cy + dy, max(abs(dx), abs(dy)) != 1) }
                }
            }
        }
        // Reserve the format areas (drawn for real once the mask is known) and the dark module.
        drawFormat(mask: 0)
        if version >= 7 {
            var remainder = version
            for _ in 0..<12 { remainder = (remainder << 1) ^ ((remainder >> 11) * 0x1F25) }
            let bits = version << 12 | remainder
            for index in 0..<18 {
                let bit = (bits >> index) & 1 == 1
                let a = size - 11 + index % 3
                let b = index / 3
                set(a, b, bit)
                set(b, a, bit)
            }
        }
    }

    /// The fifteen format bits (level M, `mask`) in both of their places.
    mutating func drawFormat(mask: Int) {
        let data = 0b00 << 3 | mask
        var remainder = data
        for _ in 0..<10 { remainder = (remainder << 1) ^ ((remainder >> 9) * 0x537) }
        let bits = (data << 10 | remainder) ^ 0x5412
        func bit(_ index: Int) -> Bool { (bits >> index) & 1 == 1 }
        for index in 0...5 { set(8, index, bit(index)) }
        set(8, 7, bit(6))
        set(8, 8, bit(7))
        set(7, 8, bit(8))
        for index in 9..<15 { set(14 - index, 8, bit(index)) }
        for index in 0..<8 { set(size - 1 - index, 8, bit(index)) }
        for index in 8..<15 { set(8, size - 15 + index, bit(index)) }
        set(8, size - 8, true)
    }

    /// The codewords in the zigzag of column pairs from the bottom right, skipping the fixed patterns.
    mutating func place(_ codewords: [UInt8]) {
        let total = codewords.count * 8
        var index = 0
        var right = size - 1
        while right >= 1 {
            if right == 6 { right = 5 }
            for vertical in 0..<size {
                for offset in 0..<2 {
                    let x = right - offset
                    let upward = (right + 1) & 2 == 0
                    let y = upward ? size - 1 - vertical : vertical
                    if !fixed[y][x], index < total {
                        dark[y][x] = (codewords[index >> 3] >> (7 - UInt8(index & 7))) & 1 == 1
                        index += 1
                    }
                }
            }
            right -= 2
        }
    }

    mutating func apply(mask: Int) {
        for y in 0..<size {
            for x in 0..<size where !fixed[y][x] {
                let flip: Bool
                switch mask {
                case 0: flip = (x + y) % 2 == 0
                case 1: flip = y % 2 == 0
                case 2: flip = x % 3 == 0
                case 3: flip = (x + y) % 3 == 0
                case 4: flip = (x / 3 + y / 2) % 2 == 0
                case 5: flip = x * y % 2 + x * y % 3 == 0
                case 6: flip = (x * y % 2 + x * y % 3) % 2 == 0
                default: flip = ((x + y) % 2 + x * y % 3) % 2 == 0
                }
                if flip { dark[y][x].toggle() }
            }
        }
    }

    /// The standard's penalty: long runs, 2×2 blocks, finder-like patterns, and imbalance.
    func penalty() -> Int {
        var score = 0
        func lines() -> [[Bool]] {
            dark + (0..<size).map { x in (0..<size).map { y in dark[y][x] } }
        }
        let finderLike: [Bool] = [true, false, true, true, true, false, true, false, false, false, false]
        let reversed = Array(finderLike.reversed())
        for line in lines() {
            var run = 1
            for index in 1..<line.count {
                if line[index] == line[index - 1] {
                    run += 1
                } else {
                    if run >= 5 { score += 3 + run - 5 }
                    run = 1
                }
            }
            if run >= 5 { score += 3 + run - 5 }
            if line.count >= 11 {
                for start in 0...(line.count - 11) {
                    let window = Array(line[start..<start + 11])
                    if window == finderLike || window == reversed { score += 40 }
                }
            }
        }
        for y in 0..<(size - 1) {
            for x in 0..<(size - 1) {
                let colour = dark[y][x]
                if dark[y][x + 1] == colour, dark[y + 1][x] == colour, dark[y + 1][x + 1] == colour { score += 3 }
            }
        }
        let darkCount = dark.reduce(0) { $0 + $1.filter { $0 }.count }
        let total = size * size
        score += abs(darkCount * 20 - total * 10) / total * 10
        return score
    }
}
