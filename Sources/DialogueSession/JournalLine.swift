import Foundation

/// How a journal line is sealed: the JSON object ends with `"crc":"hhhhhhhh"`, the CRC-32C of
/// the object written without it. A line whose seal does not match was damaged or edited.
enum JournalLine {
    /// What a line's seal says.
    enum Opened {
        /// The seal matches; the object without it.
        case sealed([UInt8])
        /// The seal does not match the line.
        case damaged
        /// A line of the first journal format, which had no seal.
        case unsealed([UInt8])
    }

    private static let prefix = Array(#","crc":""#.utf8)
    private static let hexDigits = Array("0123456789abcdef".utf8)

    /// `object` (a JSON object's bytes) with its seal.
    static func seal(_ object: Data) -> Data {
        var line = object
        guard line.last == UInt8(ascii: "}") else { return line }
        let crc = CRC32C.checksum(object)
        line.removeLast()
        line.append(contentsOf: prefix)
        for shift in stride(from: 28, through: 0, by: -4) { line.append(hexDigits[Int((crc >> UInt32(shift)) & 0xF)]) }
        line.append(contentsOf: Array(#""}"#.utf8))
        return line
    }

    /// The object of a line and whether its seal holds.
    static func open(_ line: ArraySlice<UInt8>) -> Opened {
        // ,"crc":"hhhhhhhh"}  = 8 + 8 + 2 bytes at the end.
        let sealLength = prefix.count + 8 + 2
        guard line.count > sealLength, line.last == UInt8(ascii: "}") else { return .unsealed(Array(line)) }
        let start = line.endIndex - sealLength
        guard line[start..<(start + prefix.count)].elementsEqual(prefix) else { return .unsealed(Array(line)) }
        var crc: UInt32 = 0
        for byte in line[(start + prefix.count)..<(line.endIndex - 2)] {
            guard let digit = hexDigits.firstIndex(of: byte) else { return .damaged }
            crc = crc << 4 | UInt32(digit)
        }
        guard line[line.endIndex - 2] == UInt8(ascii: "\"") else { return .damaged }
        var object = Array(line[line.startIndex..<start])
        object.append(UInt8(ascii: "}"))
        return CRC32C.checksum(object) == crc ? .sealed(object) : .damaged
    }
}
