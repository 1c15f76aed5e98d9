import EventCoding
import Foundation

/// libFuzzer target: the JSONL reader. The first byte picks a read size and a line limit; the
/// input read a chunk at a time in windows must give what reading it whole gives (a
/// differential check of the streaming reader), and every error must name a line.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzJSONL(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    guard size > 0 else { return 0 }
    let control = Int(data[0])
    let input = Data(UnsafeBufferPointer(start: data + 1, count: size - 1))
    let chunk = 1 + control % 17
    let limit = control & 0x80 != 0 ? 64 : DocumentReader.defaultMaxLineBytes
    let whole = DocumentReader.jsonl(input, name: "f.jsonl", maxLineBytes: limit)
    var at = 0
    let reader = JSONLReader(name: "f.jsonl", maxLineBytes: limit, chunkBytes: chunk) { n in
        defer { at = min(input.count, at + n) }
        return at < input.count ? input[at..<min(input.count, at + n)] : nil
    }
    var streamed: [Result<Document, InputError>] = []
    while true {
        let window = reader.next(1 + control % 5)
        if window.isEmpty { break }
        streamed += window
    }
    precondition(streamed == whole, "streamed and whole readings differ")
    precondition(!whole.isEmpty, "no result")
    for case .failure(let e) in whole { precondition(e.input == "f.jsonl" && (e.place.isEmpty || e.place.hasPrefix("line ")), "\(e)") }
    return 0
}

/// The entry point: SwiftPM links an executable's `main` to `FuzzJSONL_main`, so this hands the
/// command line to libFuzzer's driver (the `main` libFuzzer would bring is then not linked).
@_cdecl("FuzzJSONL_main")
public func FuzzJSONLMain(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>) -> CInt {
    var count = argc
    var arguments: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>? = argv
    return LLVMFuzzerRunDriver(&count, &arguments, fuzzJSONL)
}

@_silgen_name("LLVMFuzzerRunDriver")
func LLVMFuzzerRunDriver(
    _ argc: UnsafeMutablePointer<CInt>, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?>,
    _ callback: @convention(c) (UnsafePointer<UInt8>, Int) -> CInt
) -> CInt
