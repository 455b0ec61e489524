import DialogueKit
import Testing

/// The QR code drawn for the phones' link: its error correction against the standard's worked
/// example, its size, and its format information read back from both of the places it is drawn.
@Suite struct QRCodeTests {
    @Test func errorCorrectionMatchesTheStandardsExample() {
        // "HELLO WORLD" as version 1-M: the data codewords and their ten correction codewords.
        let data: [UInt8] = [32, 91, 11, 120, 209, 114, 220, 77, 67, 64, 236, 17, 236, 17, 236, 17]
        #expect(QRCode.errorCorrection(of: data, count: 10) == [196, 35, 39, 119, 235, 215, 231, 226, 93, 23])
    }

    @Test func theSmallestVersionThatHoldsTheTextIsChosen() throws {
        #expect(try #require(QRCode(text: "http://x")).version == 1)
        let link = "http://192.168.100.200:65535/0123456789abcdef0123456789abcdef/phone"
        let code = try #require(QRCode(text: link))
        #expect(code.version == 4 || code.version == 5)
        #expect(code.size == 17 + 4 * code.version)
        #expect(QRCode(text: String(repeating: "a", count: 214)) == nil)
        #expect(try #require(QRCode(text: String(repeating: "a", count: 213))).version == 10)
    }

    @Test func theFormatInformationReadsBackAsLevelMAndTheChosenMask() throws {
        for text in ["http://127.0.0.1:8080/ab/phone", String(repeating: "é", count: 60), "x"] {
            let code = try #require(QRCode(text: text))
            let size = code.size
            func dark(_ x: Int, _ y: Int) -> Int { code.modules[y][x] ? 1 : 0 }
            var first = 0
            var second = 0
            let firstPlaces: [(Int, Int)] =
                (0...5).map { (8, $0) } + [(8, 7), (8, 8), (7, 8)] + (9..<15).map { (14 - $0, 8) }
            let secondPlaces: [(Int, Int)] = (0..<8).map { (size - 1 - $0, 8) } + (8..<15).map { (8, size - 15 + $0) }
            for (bit, place) in firstPlaces.enumerated() { first |= dark(place.0, place.1) << bit }
            for (bit, place) in secondPlaces.enumerated() { second |= dark(place.0, place.1) << bit }
            #expect(first == second)
            let format = first ^ 0x5412
            #expect(format >> 13 == 0, "level M")
            #expect((format >> 10) & 7 == code.mask)
            // The ten check bits are the BCH remainder of the five data bits.
            var remainder = format >> 10
            for _ in 0..<10 { remainder = (remainder << 1) ^ ((remainder >> 9) * 0x537) }
            #expect(remainder == format & 0x3FF)
            // The three finder patterns: a dark ring, a light ring, a dark 3×3 core.
            for (x, y) in [(0, 0), (size - 7, 0), (0, size - 7)] {
                #expect(
                    dark(x, y) == 1 && dark(x + 6, y + 6) == 1 && dark(x + 1, y + 1) == 0 && dark(x + 3, y + 3) == 1)
            }
            #expect(dark(8, size - 8) == 1, "the dark module")
        }
    }
}
