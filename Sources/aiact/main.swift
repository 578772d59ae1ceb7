import Foundation

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

StandardStreams.reserve()
SignalCleanup.install()
exit(CLI(console: .standard, environment: ProcessInfo.processInfo.environment).run(Array(CommandLine.arguments.dropFirst())))
