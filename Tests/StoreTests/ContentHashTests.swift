import Store
import Testing

@Suite struct ContentHashTests {
    @Test(arguments: [
        ("", "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"),
        ("abc", "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"),
        ("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq", "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1"),
    ])
    func knownVectors(input: String, digest: String) {
        #expect(ContentHash.sha256(Array(input.utf8)) == digest)
    }

    @Test func millionAs() {
        #expect(ContentHash.sha256(Array(repeating: UInt8(ascii: "a"), count: 1_000_000)) == "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0")
    }

    @Test func arabicTextHashesItsUTF8() {
        let a = ContentHash.sha256(Array("الشرع وبوتين".utf8))
        #expect(a.count == 64)
        #expect(a != ContentHash.sha256(Array("الشرع و بوتين".utf8)))
    }
}
