import Dispatch
import Foundation
import Optimization
import Synchronization
import Testing

@Suite("Solves on several threads at once")
struct ConcurrencyTests {
    /// Small but hard assignment MIPs, each needing 0.05–0.3 s of branch-and-cut, so that solves really overlap.
    static let instances = (0..<8).map { AssignmentInstance(typeDWorkers: 4, jobs: 14, seed: 100 + UInt64($0)) }

    /// The optimum of each instance, solved one after another on this thread.
    static let serialOptima: [Double?] = instances.map { instance in
        (try? instance.model().0.solve())?.objective
    }

    @Test("Two threads solving at the same time both get the serial optimum")
    func twoThreads() throws {
        let results = Mutex<[Int: Solution]>([:])
        let models = try Self.instances.prefix(2).map { try $0.model().0 }
        let done = DispatchGroup()
        for (index, model) in models.enumerated() {
            let thread = Thread {
                if let solution = try? model.solve() { results.withLock { $0[index] = solution } }
                done.leave()
            }
            done.enter()
            thread.start()
        }
        done.wait()
        let solutions = results.withLock { $0 }
        for index in 0..<2 {
            let solution = try #require(solutions[index])
            #expect(solution.termination == .optimal)
            #expect(solution.objective != nil && solution.objective == Self.serialOptima[index])
            #expect(isFeasible(solution.values, in: models[index]))
        }
    }

    @Test("Eight solves in a task group all get the serial optimum")
    func eightTasks() async throws {
        let models = try Self.instances.map { try $0.model().0 }
        let solutions = try await withThrowingTaskGroup(of: (Int, Solution).self) { group in
            for (index, model) in models.enumerated() {
                group.addTask { (index, try model.solve()) }
            }
            var collected: [Int: Solution] = [:]
            for try await (index, solution) in group { collected[index] = solution }
            return collected
        }
        for index in models.indices {
            let solution = try #require(solutions[index])
            #expect(solution.termination == .optimal)
            #expect(solution.objective != nil && solution.objective == Self.serialOptima[index], "instance \(index)")
            #expect(isFeasible(solution.values, in: models[index]))
        }
    }

    @Test("concurrentPerform: 8 solves with time limits and exports interleaved, no crash, correct answers")
    func concurrentPerformWithExports() throws {
        let models = try Self.instances.map { try $0.model().0 }
        let directory = try temporaryDirectory()
        let objectives = Mutex<[Int: Double]>([:])
        let failures = Mutex<[String]>([])
        DispatchQueue.concurrentPerform(iterations: models.count) { index in
            do {
                try models[index].writeMPS(toPath: "\(directory)/model\(index).mps")
                let solution = try models[index].solve(SolveOptions(timeLimitSeconds: 20))
                if let objective = solution.objective { objectives.withLock { $0[index] = objective } }
            } catch {
                failures.withLock { $0.append("\(index): \(error)") }
            }
        }
        #expect(failures.withLock { $0 }.isEmpty)
        let found = objectives.withLock { $0 }
        for index in models.indices { #expect(found[index] == Self.serialOptima[index], "instance \(index)") }
        for index in models.indices {
            #expect(FileManager.default.fileExists(atPath: "\(directory)/model\(index).mps"))
        }
    }
}
