import Foundation

/// Where a command's data (standard output) and diagnostics (standard error) go.
///
/// Commands write through ``current`` rather than `print`, so tests can run a command in-process and read
/// what it wrote:
///
/// ```swift
/// let capture = CapturedOutput()
/// try CommandOutput.$current.withValue(capture.output) { try command.run() }
/// print(capture.standardOutputText)
/// ```
public struct CommandOutput: Sendable {
    /// Writes bytes of data to standard output.
    public var writeData: @Sendable (Data) -> Void
    /// Writes a diagnostic or progress message to standard error (the message carries its own line ends).
    public var writeDiagnostic: @Sendable (String) -> Void

    public init(writeData: @escaping @Sendable (Data) -> Void, writeDiagnostic: @escaping @Sendable (String) -> Void) {
        self.writeData = writeData
        self.writeDiagnostic = writeDiagnostic
    }

    /// The process's own standard output and standard error.
    public static let standard = CommandOutput(
        writeData: { data in FileHandle.standardOutput.write(data) },
        writeDiagnostic: { message in FileHandle.standardError.write(Data(message.utf8)) }
    )

    /// The output of the running command; tests bind it with `CommandOutput.$current.withValue`.
    @TaskLocal public static var current: CommandOutput = .standard

    /// Writes text to standard output.
    public func write(_ text: String) { writeData(Data(text.utf8)) }

    /// Writes one line to standard error.
    public func diagnose(_ line: String) { writeDiagnostic(line + "\n") }
}

/// Collects what a command writes, for tests and for callers that embed the commands.
public final class CapturedOutput: @unchecked Sendable {
    private let lock = NSLock()
    private var data = Data()
    private var diagnostics = ""

    public init() {}

    /// A ``CommandOutput`` that appends to this capture.
    public var output: CommandOutput {
        CommandOutput(
            writeData: { [self] bytes in lock.withLock { data.append(bytes) } },
            writeDiagnostic: { [self] message in lock.withLock { diagnostics += message } }
        )
    }

    /// Everything written to standard output.
    public var standardOutput: Data { lock.withLock { data } }
    /// Everything written to standard output, as UTF-8 text.
    public var standardOutputText: String { String(decoding: standardOutput, as: UTF8.self) }
    /// Everything written to standard error.
    public var standardError: String { lock.withLock { diagnostics } }
}
