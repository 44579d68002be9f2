import Foundation

/// An error writing an output file, naming the file and what went wrong.
public struct OutputFileError: Error, Hashable, Sendable, CustomStringConvertible {
    /// The path the caller asked for.
    public var path: String
    /// What went wrong, in words a user can act on.
    public var reason: String

    public init(path: String, reason: String) {
        self.path = path
        self.reason = reason
    }

    public var description: String { "cannot write \(path): \(reason)" }
}

/// Writes a whole file at once or not at all: the data goes to a temporary file beside the target, which is
/// then renamed over it. A reader never sees half a file, and a failed write leaves no file behind (and an
/// existing file untouched).
///
/// ```swift
/// try AtomicFile.write(Data("hello\n".utf8), to: "out/sheet.txt")
/// ```
public enum AtomicFile {
    /// Writes `data` to `path` atomically. Throws ``OutputFileError`` when the folder is missing or not
    /// writable, or the path names a folder.
    public static func write(_ data: Data, to path: String) throws {
        let target = URL(fileURLWithPath: path)
        let folder = target.deletingLastPathComponent()
        let fileManager = FileManager.default
        var isDirectory: ObjCBool = false
        guard fileManager.fileExists(atPath: folder.path, isDirectory: &isDirectory), isDirectory.boolValue else {
            throw OutputFileError(path: path, reason: "the folder \(folder.path) does not exist")
        }
        if fileManager.fileExists(atPath: target.path, isDirectory: &isDirectory), isDirectory.boolValue {
            throw OutputFileError(path: path, reason: "it is a folder, not a file")
        }
        let temporary = folder.appendingPathComponent(".\(target.lastPathComponent).\(UUID().uuidString).tmp")
        guard fileManager.createFile(atPath: temporary.path, contents: data) else {
            try? fileManager.removeItem(at: temporary)
            throw OutputFileError(path: path, reason: "the folder \(folder.path) is not writable")
        }
        // rename(2) replaces the target in one step on the same file system.
        if rename(temporary.path, target.path) != 0 {
            let reason = String(cString: strerror(errno))
            try? fileManager.removeItem(at: temporary)
            throw OutputFileError(path: path, reason: reason)
        }
    }
}
