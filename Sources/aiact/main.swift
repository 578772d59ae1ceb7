import Foundation

StandardStreams.reserve()
SignalCleanup.install()
exit(CLI(console: .standard, environment: ProcessInfo.processInfo.environment).run(Array(CommandLine.arguments.dropFirst())))
