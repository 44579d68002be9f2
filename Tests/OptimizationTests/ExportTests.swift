import Foundation
import Optimization
import Testing

/// The path of GLPK's stand-alone solver, when glpk-utils is installed.
let glpsolPath: String? = ["/usr/bin/glpsol", "/usr/local/bin/glpsol"].first { FileManager.default.isExecutableFile(atPath: $0) }

/// What `glpsol` reported: its status word and objective (from its `-w` solution file).
struct GlpsolResult {
    var status: String  // "o" optimal MIP, "f" feasible basis, …
    var objective: Double
}

/// Runs `glpsol FORMAT FILE [--max]` and reads the objective from the plain-text solution it writes.
func runGlpsol(_ arguments: [String]) throws -> GlpsolResult {
    let directory = try temporaryDirectory()
    let solutionPath = directory + "/solution.txt"
    let process = Process()
    process.executableURL = URL(fileURLWithPath: try #require(glpsolPath))
    process.arguments = arguments + ["-w", solutionPath]
    process.standardOutput = FileHandle.nullDevice
    process.standardError = FileHandle.nullDevice
    try process.run()
    process.waitUntilExit()
    #expect(process.terminationStatus == 0, "glpsol \(arguments.joined(separator: " "))")
    // "s mip ROWS COLS STATUS OBJ" for a MIP, "s bas ROWS COLS PRIMAL DUAL OBJ" for an LP.
    let text = try String(contentsOfFile: solutionPath, encoding: .utf8)
    let line = try #require(text.split(separator: "\n").first { $0.hasPrefix("s ") })
    let fields = line.split(separator: " ")
    let last = try #require(fields.last)
    let objective = try #require(Double(String(last)))
    return GlpsolResult(status: String(fields[fields.count - 2]), objective: objective)
}

@Suite("LP and MPS export read back by glpsol", .enabled(if: glpsolPath != nil, "glpsol not found: install glpk-utils (make deps)"))
struct ExportTests {
    /// A named knapsack with names the LP format must adjust (`take[3]`, spaces) and a side constraint.
    func knapsack() throws -> Model {
        var random = SeededGenerator(seed: 99)
        var model = Model(name: "export knapsack")
        let weights = (0..<20).map { _ in Double(Int.random(in: 3...40, using: &random)) }
        let values = (0..<20).map { _ in Double(Int.random(in: 5...60, using: &random)) }
        let take = try model.addVariables(20, .binary, namePrefix: "take")
        let extra = try model.addVariable(.integer, lower: 0, upper: 7, name: "extra boxes")
        let slack = try model.addVariable(.continuous, lower: 0, upper: 2.5)  // unnamed
        try model.addConstraint(LinearExpression.sum(zip(weights, take).map { $0 * $1 }) + 6 * extra + slack <= 150,
                                name: "weight limit")
        try model.addConstraint(take[0] + take[1] <= 1)  // unnamed
        try model.setObjective(LinearExpression.sum(zip(values, take).map { $0 * $1 }) + 9 * extra + 1.5 * slack,
                               sense: .maximize)
        return model
    }

    @Test("A MIP written as LP and as free MPS solves to the same optimum in glpsol")
    func mipRoundTrip() throws {
        let model = try knapsack()
        let ours = try #require(try model.solve().objective)
        let directory = try temporaryDirectory()
        try model.writeLP(toPath: directory + "/knapsack.lp")
        try model.writeMPS(toPath: directory + "/knapsack.mps")

        let fromLP = try runGlpsol(["--lp", directory + "/knapsack.lp"])
        #expect(fromLP.status == "o")
        #expect(abs(fromLP.objective - ours) < 1e-6)
        let fromMPS = try runGlpsol(["--freemps", directory + "/knapsack.mps", "--max"])  // MPS has no sense
        #expect(fromMPS.status == "o")
        #expect(abs(fromMPS.objective - ours) < 1e-6)
        // No temporary file is left behind.
        #expect(try FileManager.default.contentsOfDirectory(atPath: directory).sorted() == ["knapsack.lp", "knapsack.mps"])
    }

    @Test("An LP with an objective constant: MPS keeps the constant, LP drops it (GLPK writes it as a comment)")
    func linearProgrammeRoundTrip() throws {
        var model = Model()
        let x = try model.addVariable(.continuous, lower: 0, name: "x")
        let y = try model.addVariable(.continuous, lower: 0, name: "y")
        try model.addConstraint(x + 2 * y >= 4, name: "cover")
        try model.addConstraint(3 * x + y >= 6, name: "cover2")
        try model.setObjective(2 * x + 3 * y + 10)  // optimum at x = 1.6, y = 1.2: 3.2 + 3.6 + 10 = 16.8
        let ours = try #require(try model.solve().objective)
        #expect(abs(ours - 16.8) < 1e-9)

        let directory = try temporaryDirectory()
        try model.writeLP(toPath: directory + "/lp.lp")
        try model.writeMPS(toPath: directory + "/lp.mps")
        let fromLP = try runGlpsol(["--lp", directory + "/lp.lp"])
        #expect(abs(fromLP.objective - (ours - 10)) < 1e-6)
        let fromMPS = try runGlpsol(["--freemps", directory + "/lp.mps"])
        #expect(abs(fromMPS.objective - ours) < 1e-6)
    }

    @Test("A model without constraints exports to both formats and reads back (GLPK alone would abort or fail)")
    func modelWithoutConstraints() throws {
        var model = Model()
        let a = try model.addVariable(.integer, lower: -3, upper: 7, name: "a")
        try model.addVariable(.continuous, lower: 0, upper: 1, name: "unused")  // no objective term, no row
        try model.setObjective(2 * a, sense: .maximize)
        let directory = try temporaryDirectory()
        try model.writeLP(toPath: directory + "/free.lp")
        try model.writeMPS(toPath: directory + "/free.mps")
        #expect(try runGlpsol(["--lp", directory + "/free.lp"]).objective == 14)
        #expect(try runGlpsol(["--freemps", directory + "/free.mps", "--max"]).objective == 14)
    }
}

@Suite("Solver output never reaches standard output")
struct SilenceTests {
    /// The KnapsackExample program built next to this test bundle.
    static let example: String? = {
        let directory = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
        let path = directory.appendingPathComponent("KnapsackExample").path
        return FileManager.default.isExecutableFile(atPath: path) ? path : nil
    }()

    @Test("KnapsackExample prints exactly its one result line on stdout and nothing on stderr")
    func exampleOutputIsExact() throws {
        let path = try #require(Self.example, "KnapsackExample is not built next to the test bundle; run swift build first")
        // The example's data, solved by brute force here.
        let weights: [Double] = [12, 7, 11, 8, 9], values: [Double] = [24, 13, 23, 15, 16]
        var best = (value: -1.0, items: [Int]())
        for subset in 0..<(1 << weights.count) {
            let items = weights.indices.filter { subset & (1 << $0) != 0 }
            let weight = items.map { weights[$0] }.reduce(0, +), value = items.map { values[$0] }.reduce(0, +)
            if weight <= 26 && value > best.value { best = (value, items) }
        }
        let expected = "value \(best.value) from items \(best.items.map(String.init).joined(separator: ", ")) (optimal)\n"

        let process = Process()
        process.executableURL = URL(fileURLWithPath: path)
        let output = Pipe(), errors = Pipe()
        process.standardOutput = output
        process.standardError = errors
        try process.run()
        let stdout = output.fileHandleForReading.readDataToEndOfFile()
        let stderr = errors.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        #expect(process.terminationStatus == 0)
        #expect(String(decoding: stdout, as: UTF8.self) == expected)
        #expect(stderr.isEmpty)
    }

    @Test("In-process: a quiet solve and export print nothing; a verbose solve logs to stderr only")
    func solverLogGoesToStandardError() throws {
        var model = Model()
        let x = try model.addVariables(6, .integer, lower: 0, upper: 9)
        try model.addConstraint(LinearExpression.sum(zip([3.0, 5, 7, 9, 11, 13], x).map { $0 * $1 }) <= 61.5)
        try model.setObjective(LinearExpression.sum(zip([4.0, 6, 9, 11, 14, 16], x).map { $0 * $1 }), sense: .maximize)
        let directory = try temporaryDirectory()
        let glpkWords = ["Writing problem data", "lines were written", "mip =", "obj =", "OPTIMAL SOLUTION"]  // GLPK log lines

        let quiet = try capturingOutput(in: directory) {
            _ = try model.solve()
            try model.writeLP(toPath: directory + "/quiet.lp")
            try model.writeMPS(toPath: directory + "/quiet.mps")
        }
        #expect(!glpkWords.contains { quiet.stdout.contains($0) }, "stdout: \(quiet.stdout)")
        #expect(!glpkWords.contains { quiet.stderr.contains($0) }, "stderr: \(quiet.stderr)")

        let verbose = try capturingOutput(in: directory) { _ = try model.solve(SolveOptions(verbose: true)) }
        #expect(!glpkWords.contains { verbose.stdout.contains($0) }, "stdout: \(verbose.stdout)")
        #expect(verbose.stderr.contains("mip =") && verbose.stderr.contains("tree is empty"))  // the branch-and-cut log

        // The next solve on this thread is quiet again.
        let after = try capturingOutput(in: directory) { _ = try model.solve() }
        #expect(!glpkWords.contains { after.stdout.contains($0) || after.stderr.contains($0) })
    }

    /// Runs `body` with file descriptors 1 and 2 sent to files, and returns what was written to each. Whatever
    /// reached stdout is written out again afterwards, since Swift Testing reports other tests there meanwhile.
    private func capturingOutput(in directory: String, _ body: () throws -> Void) throws -> (stdout: String, stderr: String) {
        let paths = (out: directory + "/captured-\(UUID().uuidString).out", err: directory + "/captured-\(UUID().uuidString).err")
        let outFile = open(paths.out, O_CREAT | O_RDWR | O_TRUNC, 0o600)
        let errFile = open(paths.err, O_CREAT | O_RDWR | O_TRUNC, 0o600)
        try #require(outFile >= 0 && errFile >= 0)
        fflush(nil)
        let savedOut = dup(1), savedErr = dup(2)
        dup2(outFile, 1)
        dup2(errFile, 2)
        var thrown: (any Error)?
        do { try body() } catch { thrown = error }
        fflush(nil)
        dup2(savedOut, 1)
        dup2(savedErr, 2)
        for descriptor in [savedOut, savedErr, outFile, errFile] { close(descriptor) }
        if let thrown { throw thrown }
        let stdout = try String(contentsOfFile: paths.out, encoding: .utf8)
        let stderr = try String(contentsOfFile: paths.err, encoding: .utf8)
        if !stdout.isEmpty { FileHandle.standardOutput.write(Data(stdout.utf8)) }
        return (stdout, stderr)
    }
}
