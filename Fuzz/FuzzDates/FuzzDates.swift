import ArabicText

/// libFuzzer target: the date scanner on any text, against a publication date taken from the
/// first two bytes (or none). Mentions must lie inside the text, in order.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzDates(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let bytes = UnsafeBufferPointer(start: data, count: size)
    var publication: CalendarDay?
    var text = bytes[...]
    if size >= 2 {
        let days = Int(bytes[0]) << 8 | Int(bytes[1])
        // 0xFFFF: no publication date; else a day between 1970 and 2149.
        publication = days == 0xFFFF ? nil : CalendarDay(daysSinceEpoch: days)
        text = bytes[2...]
    }
    let s = String(decoding: text, as: UTF8.self)
    let scalars = s.unicodeScalars.count
    for m in DateExpressions.find(in: s, publication: publication) {
        precondition(m.start >= 0 && m.start < m.end && m.end <= scalars, "mention out of bounds")
    }
    return 0
}

/// The entry point: SwiftPM links an executable's `main` to `FuzzDates_main`, so this hands the
/// command line to libFuzzer's driver (the `main` libFuzzer would bring is then not linked).
@_cdecl("FuzzDates_main")
public func FuzzDatesMain(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>) -> CInt {
    var count = argc
    var arguments: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>? = argv
    return LLVMFuzzerRunDriver(&count, &arguments, fuzzDates)
}

@_silgen_name("LLVMFuzzerRunDriver")
func LLVMFuzzerRunDriver(
    _ argc: UnsafeMutablePointer<CInt>, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?>,
    _ callback: @convention(c) (UnsafePointer<UInt8>, Int) -> CInt
) -> CInt
