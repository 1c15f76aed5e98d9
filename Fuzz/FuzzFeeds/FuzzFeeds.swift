import EventCoding
import Feeds
import Foundation

/// libFuzzer target: the RSS, Atom and PETRARCH readers on any bytes, sniffed and with each
/// format forced. Never empty; a document has text; errors name the input.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzFeeds(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let input = Data(UnsafeBufferPointer(start: data, count: size))
    for format in [nil] + FeedFormat.allCases.map(Optional.some) {
        let results = FeedReader.read(input, name: "f.xml", format: format, maxTextBytes: 4096)
        precondition(!results.isEmpty, "no result")
        for r in results {
            switch r {
            case .success(let d): precondition(!d.text.isEmpty && d.text.utf8.count + (d.title?.utf8.count ?? 0) <= 4096, "empty or oversized text")
            case .failure(let e): precondition(e.input == "f.xml", "\(e)")
            }
        }
    }
    return 0
}

/// The entry point: SwiftPM links an executable's `main` to `FuzzFeeds_main`, so this hands the
/// command line to libFuzzer's driver (the `main` libFuzzer would bring is then not linked).
@_cdecl("FuzzFeeds_main")
public func FuzzFeedsMain(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>) -> CInt {
    var count = argc
    var arguments: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>? = argv
    return LLVMFuzzerRunDriver(&count, &arguments, fuzzFeeds)
}

@_silgen_name("LLVMFuzzerRunDriver")
func LLVMFuzzerRunDriver(
    _ argc: UnsafeMutablePointer<CInt>, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?>,
    _ callback: @convention(c) (UnsafePointer<UInt8>, Int) -> CInt
) -> CInt
