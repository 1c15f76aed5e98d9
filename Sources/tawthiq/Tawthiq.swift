import ArgumentParser

@main
struct Tawthiq: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "tawthiq",
        abstract: "Code Arabic news into CAMEO/PLOVER events, verify them, and measure the coder.",
        version: "0.1.0",
        subcommands: [
            Code.self, Ingest.self, Worker.self, Events.self, Relations.self, Export.self, BenchStore.self, Eval.self, LexiconCommand.self,
            Verify.self, Bench.self, TrainGate.self, Trace.self, ActorCommand.self, PlaceCommand.self, Serve.self,
        ])
}
