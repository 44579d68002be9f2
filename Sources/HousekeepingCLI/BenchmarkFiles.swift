import Foundation
import Housekeeping
import HousekeepingIO

/// Reading and writing the benchmark's files for the roster commands.
enum BenchmarkFiles {
    /// Reads a text file, or fails with a message naming it.
    static func readText(_ path: String) throws -> String {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw CommandFailure("\(path): cannot read the file (missing or not readable)")
        }
        guard let text = String(data: data, encoding: .utf8) else {
            throw CommandFailure("\(path): the file is not UTF-8 text")
        }
        return text
    }

    static func readInstance(_ path: String) throws -> RosterProblem {
        do {
            return try CurtoisInstance.parse(try readText(path), file: path)
        } catch let error as CurtoisFormatError {
            throw CommandFailure(error.description)
        }
    }

    static func readRoster(_ path: String, problem: RosterProblem) throws -> Roster {
        do {
            return try CurtoisRosterCSV.read(try readText(path), problem: problem, file: path)
        } catch let error as CurtoisFormatError {
            throw CommandFailure(error.description)
        }
    }

    /// Writes a file whole or not at all: to a temporary file beside it, then renamed over it.
    static func writeAtomically(_ text: String, to path: String) throws {
        let url = URL(fileURLWithPath: path)
        let temporary = url.deletingLastPathComponent()
            .appendingPathComponent(".\(url.lastPathComponent).\(ProcessInfo.processInfo.processIdentifier).tmp")
        do {
            try Data(text.utf8).write(to: temporary)
            if FileManager.default.fileExists(atPath: url.path) {
                _ = try FileManager.default.replaceItemAt(url, withItemAt: temporary)
            } else {
                try FileManager.default.moveItem(at: temporary, to: url)
            }
        } catch {
            try? FileManager.default.removeItem(at: temporary)
            throw CommandFailure("\(path): cannot write the file (\(error.localizedDescription))")
        }
    }
}

/// A failure with a message for the user; the command exits non-zero after printing it.
struct CommandFailure: Error, CustomStringConvertible, LocalizedError {
    var description: String
    init(_ description: String) { self.description = description }
    var errorDescription: String? { description }
}
