// swift-tools-version:6.0
import PackageDescription

let package = Package(
    name: "aiact",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "aiact", targets: ["aiact"]),
        .library(name: "AIActCore", targets: ["AIActCore"]),
    ],
    targets: [
        // The engine: rules model, loading, validation (lint), evaluation and rendering.
        // Knows nothing of terminals, processes or the file system beyond reading a rules folder.
        .target(name: "AIActCore"),
        // The thin command-line front end.
        .executableTarget(name: "aiact", dependencies: ["AIActCore"]),
        // Regenerates Sources/AIActCore/Generated/EmbeddedRules.swift from Rules/. It does not link
        // AIActCore, so it runs even when the file it writes is broken.
        .target(name: "EmbedGenerator"),
        .executableTarget(name: "aiact-embed", dependencies: ["EmbedGenerator"]),
        .testTarget(
            name: "AIActCoreTests",
            dependencies: ["AIActCore", "EmbedGenerator"],
            exclude: ["Fixtures"]
        ),
        .testTarget(
            name: "AIActCLITests",
            dependencies: ["AIActCore"],
            exclude: ["Fixtures", "Golden"]
        ),
    ]
)
