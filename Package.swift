// swift-tools-version: 6.1
import PackageDescription

let package = Package(
    name: "Housekeeping",
    platforms: [.macOS(.v14)],
    products: [
        .library(name: "Housekeeping", targets: ["Housekeeping"]),
        .library(name: "HousekeepingIO", targets: ["HousekeepingIO"]),
        .library(name: "Optimization", targets: ["Optimization"]),
        .executable(name: "housekeeping", targets: ["housekeeping"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.2.2"),
    ],
    targets: [
        // The C library. Debian ships no glpk.pc, so the module map links "glpk" directly.
        .systemLibrary(
            name: "CGLPK",
            path: "Sources/CGLPK",
            providers: [.apt(["libglpk-dev"])]
        ),
        // A small solver-neutral MIP modelling layer; exactly one file imports CGLPK.
        .target(name: "Optimization", dependencies: ["CGLPK"]),
        // The domain and its planners: pure value types, no file or terminal I/O.
        .target(name: "Housekeeping", dependencies: ["Optimization"]),
        // File formats: JSON/YAML property files, PMS CSV exports, benchmark files, CSV/HTML/iCalendar output.
        .target(
            name: "HousekeepingIO",
            dependencies: ["Housekeeping", .product(name: "Yams", package: "Yams")]
        ),
        // The commands, in a library so tests can drive them without spawning a process.
        .target(
            name: "HousekeepingCLI",
            dependencies: [
                "Housekeeping", "HousekeepingIO", "Optimization",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .executableTarget(name: "housekeeping", dependencies: ["HousekeepingCLI"]),

        // Examples: real programs, compiled by every build.
        .executableTarget(name: "KnapsackExample", dependencies: ["Optimization"], path: "Examples/KnapsackExample"),

        // Benchmarks: timing and quality programs, run in release mode (see Benchmarks/README.md).
        .executableTarget(
            name: "AssignmentBenchmark",
            dependencies: ["Optimization"],
            path: "Benchmarks/AssignmentBenchmark"
        ),
        .executableTarget(
            name: "RosterBenchmark",
            dependencies: ["Housekeeping", "HousekeepingIO", .product(name: "ArgumentParser", package: "swift-argument-parser")],
            path: "Benchmarks/RosterBenchmark"
        ),
        .executableTarget(
            name: "HotelRosterBenchmark",
            dependencies: ["Housekeeping", .product(name: "ArgumentParser", package: "swift-argument-parser")],
            path: "Benchmarks/HotelRosterBenchmark"
        ),
        .executableTarget(
            name: "WorkSheetBenchmark",
            dependencies: ["Housekeeping", "Optimization", .product(name: "ArgumentParser", package: "swift-argument-parser")],
            path: "Benchmarks/WorkSheetBenchmark"
        ),

        .testTarget(name: "OptimizationTests", dependencies: ["Optimization"]),
        .testTarget(name: "HousekeepingTests", dependencies: ["Housekeeping", "HousekeepingIO"]),
        .testTarget(name: "HousekeepingCLITests", dependencies: ["HousekeepingCLI", "HousekeepingIO", "Housekeeping", "Optimization"]),
        .testTarget(
            name: "RosterTests", dependencies: ["Housekeeping", "HousekeepingIO", "HousekeepingCLI"], exclude: ["Fixtures"]
        ),
        .testTarget(name: "WorkSheetTests", dependencies: ["Housekeeping"]),
    ]
)
