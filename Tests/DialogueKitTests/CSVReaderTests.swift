import DialogueKit
import Testing

@Suite struct CSVReaderTests {
    func rows(_ bytes: [UInt8]) -> [[String]]? {
        guard case .success(let rows) = CSVReader(source: SourceText(file: "p.csv", bytes: bytes)).read() else {
            return nil
        }
        return rows.map(\.fields)
    }

    func rows(_ text: String) -> [[String]]? { rows(Array(text.utf8)) }

    @Test func readsDutchExcelWithBOMSemicolonsAndCRLF() {
        let bytes: [UInt8] =
            [0xEF, 0xBB, 0xBF] + Array("naam;rol\r\nAnn;family\r\n\"De Wit; Bo\";\"zegt \"\"hoi\"\"\"\r\n".utf8)
        #expect(rows(bytes) == [["naam", "rol"], ["Ann", "family"], ["De Wit; Bo", "zegt \"hoi\""]])
    }

    @Test func readsCommasAndQuotedLineBreaks() {
        #expect(
            rows("name,note\nAnn,\"two\nlines\"\nBo,x\n") == [["name", "note"], ["Ann", "two\nlines"], ["Bo", "x"]])
    }

    @Test func skipsBlankLinesButKeepsEmptyFields() {
        #expect(rows("a,b\n\n1,\n") == [["a", "b"], ["1", ""]])
    }

    /// Excel's habits: a `sep=` first line, and rows of delimiters only below the table.
    @Test func honoursSepAndSkipsRowsWithNoText() {
        #expect(
            rows("sep=;\r\nnaam,x;rol\r\nAnn;family\r\n;;;;\r\n;;\r\n") == [["naam,x", "rol"], ["Ann", "family"]])
        #expect(rows("SEP=,\nname;x,role\nBo,y\n") == [["name;x", "role"], ["Bo", "y"]])
        // The header after a sep= line is line 2, and errors say so.
        guard
            case .failure(let diagnostics) = CSVReader(
                source: SourceText(file: "p.csv", bytes: Array("sep=;\nnaam;rol\nA\u{0}nn;x\n".utf8))
            ).read()
        else {
            Issue.record("a NUL byte in a name was accepted")
            return
        }
        #expect(diagnostics.first?.line == 3 && diagnostics.first?.column == 2, "\(diagnostics)")
        #expect(diagnostics.first?.message.contains("control character (U+0000)") == true, "\(diagnostics)")
        #expect(rows("a,b\n\"x\u{1B}y\",z\n") == nil, "an escape inside quotes is refused too")
    }

    @Test func lastLineWithoutNewline() {
        #expect(rows("a;b\r\n1;2") == [["a", "b"], ["1", "2"]])
    }

    @Test(arguments: [
        ("name,x\nAnn,\"open\n", 2, 5, "never closed"),
        ("name,x\nAnn,ab\"c\"\n", 2, 7, "middle of an unquoted field"),
        ("name,x\nAnn,\"a\"b\n", 2, 8, "after a closing quote"),
    ])
    func malformedFilesFailAtTheirPlace(text: String, line: Int, column: Int, message: String) {
        guard
            case .failure(let diagnostics) = CSVReader(source: SourceText(file: "p.csv", bytes: Array(text.utf8)))
                .read()
        else {
            Issue.record("expected a failure")
            return
        }
        #expect(diagnostics.first?.line == line)
        #expect(diagnostics.first?.column == column)
        #expect(diagnostics.first?.message.contains(message) == true, "\(diagnostics)")
    }

    @Test func refusesUTF16() {
        guard
            case .failure(let diagnostics) = CSVReader(
                source: SourceText(file: "p.csv", bytes: [0xFF, 0xFE, 0x41, 0x00])
            ).read()
        else {
            Issue.record("expected a failure")
            return
        }
        #expect(diagnostics.first?.message.contains("UTF-16") == true)
    }

    @Test func participantsFromADutchHeader() {
        let text =
            "Naam;Rollen;Organisatie;Kenmerken;Taal\nAnn;interviewer;Buro;facilitator;nl\nBo;family|private-network;;family;en\n"
        guard case .success(let people) = ParticipantsFile.read(SourceText(file: "p.csv", bytes: Array(text.utf8)))
        else {
            Issue.record("expected participants")
            return
        }
        #expect(people.map(\.name) == ["Ann", "Bo"])
        #expect(people[1].roles == ["family", "private-network"])
        #expect(people[0].organisation == "Buro" && people[1].organisation == nil)
        #expect(people[1].tags == ["family"])
        #expect(people[0].attributes["taal"] == "nl")
    }

    @Test func participantRowProblemsAreErrorsNotSkips() {
        let text = "name,roles\nAnn,x\nAnn,y\n,z\nBo,a,b\n"
        guard case .failure(let diagnostics) = ParticipantsFile.read(SourceText(file: "p.csv", bytes: Array(text.utf8)))
        else {
            Issue.record("expected failure")
            return
        }
        #expect(diagnostics.map(\.code) == ["duplicate-name", "missing-name", "wrong-field-count"])
        #expect(diagnostics.map(\.line) == [3, 4, 5])
    }

    @Test func csvWriterQuotesAndNeutralisesFormulas() {
        #expect(CSVWriter.field("a;b", delimiter: ";") == "\"a;b\"")
        #expect(CSVWriter.field("say \"hi\"", delimiter: ",") == "\"say \"\"hi\"\"\"")
        #expect(CSVWriter.field("=SUM(A1)", delimiter: ",") == "'=SUM(A1)")
        #expect(CSVWriter.field("plain", delimiter: ",") == "plain")
    }

    @Test func nameListsQuoteANameThatHoldsAComma() {
        #expect(NameList.joined(["Ann, A", "Bo"]) == "\"Ann, A\", Bo")
        #expect(NameList.joined(["Ann", "Bo"]) == "Ann, Bo")
        #expect(NameList.joined([]) == "")
    }
}
