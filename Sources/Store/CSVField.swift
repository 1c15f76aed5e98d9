/// Field quoting for delimited exports.
public enum CSVField {
    /// RFC 4180: a field with the delimiter, a quote or a line break is quoted, quotes doubled.
    public static func csv(_ s: String) -> String {
        guard s.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) else { return s }
        return "\"" + s.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }

    /// TSV as GDELT and Phoenix write it: no quoting, so tabs and line breaks become spaces.
    public static func tsv(_ s: String) -> String {
        String(s.map { $0 == "\t" || $0 == "\n" || $0 == "\r" ? " " : $0 })
    }
}

extension String {
    func replacingOccurrences(of a: String, with b: String) -> String {
        split(separator: a, omittingEmptySubsequences: false).joined(separator: b)
    }
}
