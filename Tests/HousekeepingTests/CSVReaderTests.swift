import Testing
@testable import HousekeepingIO

@Suite("CSV reader and writer")
struct CSVReaderTests {
    @Test("records carry the line they start on, even after quoted line breaks")
    func lineNumbersAcrossEmbeddedNewlines() throws {
        let text = "a,b\n1,\"two\nlines\"\n\n3,\"x\"\"y\"\n"
        let records = try CSVReader.records(in: text)
        #expect(records.map(\.line) == [1, 2, 4, 5])
        #expect(records[1].fields == ["1", "two\nlines"])
        #expect(records[2].isBlank)
        #expect(records[3].fields == ["3", "x\"y"])
    }

    @Test("a byte-order mark, CRLF and lone CR line ends are accepted")
    func bomAndLineEnds() throws {
        let crlf = try CSVReader.records(in: "\u{FEFF}room,status\r\n101,VC\r\n102,\"OD,\r\nDND\"\r\n")
        #expect(crlf.map(\.fields) == [["room", "status"], ["101", "VC"], ["102", "OD,\nDND"]])
        #expect(crlf.map(\.line) == [1, 2, 3])
        let cr = try CSVReader.records(in: "a\r1\r2")
        #expect(cr.map(\.fields) == [["a"], ["1"], ["2"]])
        #expect(cr.map(\.line) == [1, 2, 3])
    }

    @Test("trailing commas give empty last fields; no final line break is fine")
    func trailingCommas() throws {
        let records = try CSVReader.records(in: "a,b,\n1,2,")
        #expect(records.map(\.fields) == [["a", "b", ""], ["1", "2", ""]])
    }

    @Test("an unterminated quote is an error on the line where the quote opens")
    func unterminatedQuote() {
        #expect(throws: CSVSyntaxError(line: 3, message: "a quoted field is never closed; expected a closing \"")) {
            try CSVReader.records(in: "a,b\n1,2\n3,\"open\nmore\n")
        }
    }

    @Test("text after a closing quote is an error naming the line")
    func textAfterQuote() {
        do {
            _ = try CSVReader.records(in: "a\n\"x\"y\n")
            Issue.record("expected an error")
        } catch let error as CSVSyntaxError {
            #expect(error.line == 2)
            #expect(error.message.contains("after a closing quote"))
        } catch { Issue.record("unexpected \(error)") }
    }

    @Test("the writer quotes what needs quoting and the reader reads it back")
    func writerRoundTrip() throws {
        let rows = [["plain", "with, comma", "with \"quote\"", "two\nlines", " padded ", "#hash", ""]]
        var writer = CSVWriter(comments: ["housekeeping-test v1"], header: ["a", "b", "c", "d", "e", "f", "g"])
        for row in rows { writer.append(row) }
        #expect(writer.text.hasPrefix("# housekeeping-test v1\na,b,c,d,e,f,g\nplain,\"with, comma\",\"with \"\"quote\"\"\",\"two\nlines\",\" padded \",\"#hash\",\n"))
        let records = try CSVReader.records(in: writer.text)
        #expect(records.count == 3)
        #expect(records[2].fields == rows[0])
    }

    @Test("header lookup ignores case, spaces and punctuation; missing columns give nil")
    func headerAliases() {
        var report = ValidationReport()
        let table = CSVTable(text: "# housekeeping-room-status v2\nRoom No.,HK_Status,Extra\n101,clean,x\n", file: "f.csv", report: &report)
        #expect(table?.column(["room no"]) == 0)
        #expect(table?.column(["hk status"]) == 1)
        #expect(table?.column(["guests"]) == nil)
        _ = table?.version(format: "housekeeping-room-status", supported: 1, report: &report)
        #expect(report.errors.map(\.description) == ["f.csv:1: error: version: version 2 is not supported; expected v1"])
    }
}
