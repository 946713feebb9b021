import XCTest
import OCISpec

private func bytes(_ s: String) -> [UInt8] { Array(s.utf8) }

/// Asserts that decoding `T` from `json` fails with exactly `expected` as description.
private func assertDecodeError<T: Decodable>(_ type: T.Type, _ json: String, _ expected: String,
                                             path: String? = nil,
                                             file: StaticString = #filePath, line: UInt = #line) {
    do {
        let v = try JSON.decode(T.self, from: bytes(json))
        XCTFail("expected error \(expected), got \(v)", file: file, line: line)
    } catch let e as JSONError {
        XCTAssertEqual(e.description, expected, file: file, line: line)
        if let path { XCTAssertEqual(e.path, path, file: file, line: line) }
    } catch {
        XCTFail("unexpected error type \(Swift.type(of: error)): \(error)", file: file, line: line)
    }
}

private struct Root: Codable, Equatable {
    var path: String
    var readonly: Bool?
}

private struct Caps: Codable, Equatable {
    var bounding: [String]?
    var effective: [String]?
}

private struct Process: Codable, Equatable {
    var args: [String]
    var env: [String]?
    var capabilities: Caps?
    var cwd: String
}

private struct Memory: Codable, Equatable {
    var limit: Int64?
    var swap: Int64?
}

private struct Resources: Codable, Equatable { var memory: Memory? }
private struct Linux: Codable, Equatable { var resources: Resources? }

private struct Config: Codable, Equatable {
    var ociVersion: String
    var root: Root?
    var process: Process?
    var linux: Linux?
    var annotations: [String: String]?
}

private struct Ints: Codable, Equatable {
    var i: Int?
    var i8: Int8?
    var i16: Int16?
    var i32: Int32?
    var i64: Int64?
    var u: UInt?
    var u8: UInt8?
    var u16: UInt16?
    var u32: UInt32?
    var u64: UInt64?
}

private struct Floats: Codable, Equatable {
    var d: Double
    var f: Float?
}

final class JSONDecoderTests: XCTestCase {
    func testNestedStructsOptionalsArraysDictionaries() throws {
        let json = """
        {
          "ociVersion": "1.0.2",
          "unknownTopLevel": {"deep": [1, 2, {"x": null}]},
          "root": {"path": "rootfs", "readonly": true, "extra": 1},
          "process": {
            "args": ["sh", "-c", "echo hi"],
            "cwd": "/",
            "capabilities": {"bounding": ["CAP_KILL"], "effective": null}
          },
          "annotations": {"org.example.key": "v", "b": ""}
        }
        """
        let c = try JSON.decode(Config.self, from: bytes(json))
        XCTAssertEqual(c.ociVersion, "1.0.2")
        XCTAssertEqual(c.root, Root(path: "rootfs", readonly: true))
        XCTAssertEqual(c.process?.args, ["sh", "-c", "echo hi"])
        XCTAssertNil(c.process?.env)
        XCTAssertEqual(c.process?.capabilities, Caps(bounding: ["CAP_KILL"], effective: nil))
        XCTAssertEqual(c.annotations, ["org.example.key": "v", "b": ""])
        XCTAssertNil(c.linux)
    }

    func testDecodeIfPresentTreatsNullAsAbsent() throws {
        let c = try JSON.decode(Config.self, from: bytes(#"{"ociVersion":"1","root":null,"linux":{"resources":{"memory":{"limit":null}}}}"#))
        XCTAssertNil(c.root)
        XCTAssertEqual(c.linux?.resources?.memory, Memory(limit: nil, swap: nil))
        let i = try JSON.decode(Ints.self, from: bytes(#"{"i":null,"u8":null,"i64":null}"#))
        XCTAssertEqual(i, Ints())
    }

    func testTypeMismatchPaths() {
        assertDecodeError(Config.self,
                          #"{"ociVersion":"1","process":{"args":[],"cwd":"/","capabilities":{"bounding":["A","B",3]}}}"#,
                          "process.capabilities.bounding[2]: expected a string, found a number",
                          path: "process.capabilities.bounding[2]")
        assertDecodeError(Config.self, #"{"ociVersion":1}"#, "ociVersion: expected a string, found a number")
        assertDecodeError(Config.self, #"{"ociVersion":null}"#, "ociVersion: expected a string, found null")
        assertDecodeError(Config.self, #"{"ociVersion":"1","root":[]}"#, "root: expected an object, found an array")
        assertDecodeError(Config.self, #"{"ociVersion":"1","root":{"path":"r","readonly":"yes"}}"#,
                          "root.readonly: expected a boolean, found a string")
        assertDecodeError(Config.self, #"{"ociVersion":"1","root":{"path":"r","readonly":1}}"#,
                          "root.readonly: expected a boolean, found a number")
        assertDecodeError(Config.self, #"{"ociVersion":"1","process":{"args":"sh","cwd":"/"}}"#,
                          "process.args: expected an array, found a string")
        assertDecodeError(Config.self, #"{"ociVersion":"1","annotations":{"a.b":1}}"#,
                          #"annotations["a.b"]: expected a string, found a number"#, path: #"annotations["a.b"]"#)
        assertDecodeError(Config.self, #"{"ociVersion":"1","annotations":{"ab":true}}"#,
                          #"annotations.ab: expected a string, found a boolean"#)
        assertDecodeError(Config.self, "[]", "expected an object, found an array", path: "")
        assertDecodeError([[Int]].self, "[[1],[2,\"x\"]]", "[1][1]: expected an integer, found a string")
        assertDecodeError([Int].self, "[1, 2.5]", "[1]: expected an integer, found 2.5")
        assertDecodeError(Floats.self, #"{"d":"1"}"#, "d: expected a number, found a string")
    }

    func testMissingRequiredField() {
        assertDecodeError(Config.self, #"{"ociVersion":"1","root":{"readonly":true}}"#,
                          #"root: missing required field "path""#, path: "root")
        assertDecodeError(Config.self, #"{}"#, #"missing required field "ociVersion""#, path: "")
        assertDecodeError([Root].self, #"[{"path":"a"},{"readonly":false}]"#,
                          #"[1]: missing required field "path""#, path: "[1]")
    }

    func testIntegerEdges() throws {
        func ints(_ s: String) throws -> Ints { try JSON.decode(Ints.self, from: bytes(s)) }
        XCTAssertEqual(try ints(#"{"u64":18446744073709551615}"#).u64, UInt64.max)
        XCTAssertEqual(try ints(#"{"i64":9223372036854775807}"#).i64, Int64.max)
        XCTAssertEqual(try ints(#"{"i64":-9223372036854775808}"#).i64, Int64.min)
        XCTAssertEqual(try ints(#"{"i64":-1}"#).i64, -1)
        XCTAssertEqual(try ints(#"{"i":-9223372036854775808}"#).i, Int.min)
        XCTAssertEqual(try ints(#"{"i8":-128,"u8":255,"i16":-32768,"u16":65535,"i32":-2147483648,"u32":4294967295}"#),
                       Ints(i8: -128, i16: -32768, i32: Int32.min, u8: 255, u16: 65535, u32: UInt32.max))
        XCTAssertEqual(try ints(#"{"u":0,"u8":-0}"#), Ints(u: 0, u8: 0))
        // Integral values written with fraction/exponent are accepted exactly.
        XCTAssertEqual(try ints(#"{"i64":1e3,"u64":1.8446744073709551615e19,"i":12.000,"i32":-0.0}"#),
                       Ints(i: 12, i32: 0, i64: 1000, u64: UInt64.max))
        XCTAssertEqual(try ints(#"{"i64":123000000e-6}"#).i64, 123)

        assertDecodeError(Ints.self, #"{"u32":-1}"#, "u32: -1 does not fit in UInt32")
        assertDecodeError(Ints.self, #"{"u64":18446744073709551616}"#, "u64: 18446744073709551616 does not fit in UInt64")
        assertDecodeError(Ints.self, #"{"i64":9223372036854775808}"#, "i64: 9223372036854775808 does not fit in Int64")
        assertDecodeError(Ints.self, #"{"i64":-9223372036854775809}"#, "i64: -9223372036854775809 does not fit in Int64")
        assertDecodeError(Ints.self, #"{"i64":1e400}"#, "i64: 1e400 does not fit in Int64")
        assertDecodeError(Ints.self, #"{"i8":128}"#, "i8: 128 does not fit in Int8")
        assertDecodeError(Ints.self, #"{"u8":256}"#, "u8: 256 does not fit in UInt8")
        assertDecodeError(Ints.self, #"{"i":1.5}"#, "i: expected an integer, found 1.5")
        assertDecodeError(Ints.self, #"{"i":1e-1}"#, "i: expected an integer, found 1e-1")
        assertDecodeError(Ints.self, #"{"i":"1"}"#, "i: expected an integer, found a string")
        assertDecodeError(Ints.self, #"{"u":true}"#, "u: expected an integer, found a boolean")
    }

    func testLinuxMemoryLimitOverflowPath() {
        assertDecodeError(Config.self, #"{"ociVersion":"1","linux":{"resources":{"memory":{"limit":1e400}}}}"#,
                          "linux.resources.memory.limit: 1e400 does not fit in Int64",
                          path: "linux.resources.memory.limit")
    }

    func testFloatingPoint() throws {
        XCTAssertEqual(try JSON.decode(Floats.self, from: bytes(#"{"d":1,"f":0.1}"#)), Floats(d: 1, f: 0.1))
        XCTAssertEqual(try JSON.decode(Floats.self, from: bytes(#"{"d":-2.5e-3}"#)).d, -0.0025)
        XCTAssertEqual(try JSON.decode(Double.self, from: bytes("18446744073709551615")), 18446744073709551615.0)
        XCTAssertEqual(try JSON.decode(Double.self, from: bytes("1e-400")), 0)
        assertDecodeError(Floats.self, #"{"d":1e400}"#, "d: 1e400 does not fit in Double")
        assertDecodeError(Floats.self, #"{"d":0,"f":1e39}"#, "f: 1e39 does not fit in Float")
    }

    func testTopLevelScalarsAndCollections() throws {
        XCTAssertEqual(try JSON.decode(String.self, from: bytes(#""a\u00e9""#)), "aé")
        XCTAssertEqual(try JSON.decode(Bool.self, from: bytes("true")), true)
        XCTAssertEqual(try JSON.decode(UInt64.self, from: bytes("18446744073709551615")), .max)
        XCTAssertEqual(try JSON.decode([String: [Int]].self, from: bytes(#"{"a":[1],"b":[]}"#)), ["a": [1], "b": []])
        XCTAssertEqual(try JSON.decode([String?].self, from: bytes(#"["a",null]"#)), ["a", nil])
        XCTAssertEqual(try JSON.decode(Int?.self, from: bytes("null")), nil)
        XCTAssertEqual(try JSON.decode(JSONValue.self, from: bytes("[1]")), .array([.number("1")]))
        assertDecodeError(Bool.self, "0", "expected a boolean, found a number", path: "")
        assertDecodeError(String.self, "null", "expected a string, found null")
        assertDecodeError([String: Int].self, #"{"a":1,"b":"2"}"#, "b: expected an integer, found a string")
    }

    func testSyntaxErrorsThroughDecode() {
        assertDecodeError(Config.self, "{\n  \"ociVersion\": \"1\"\n  \"root\": {}\n}",
                          "line 3, column 3: expected ',' or '}' after object member", path: "")
        assertDecodeError(Config.self, "{\"ociVersion\": \"1\",\n", "line 2, column 1: unexpected end of input, expected a string key")
    }

    // MARK: Custom init(from:) and manual containers

    private struct Mode: Decodable, Equatable {
        var bits: UInt32
        init(from decoder: Decoder) throws {
            let c = try decoder.singleValueContainer()
            let s = try c.decode(String.self)
            guard let v = UInt32(s, radix: 8) else {
                throw DecodingError.dataCorrupted(.init(codingPath: decoder.codingPath,
                                                        debugDescription: "invalid octal mode \"\(s)\""))
            }
            bits = v
        }
    }

    private struct Device: Decodable { var path: String; var mode: Mode? }
    private struct Devices: Decodable { var devices: [Device] }

    func testCustomInitErrorsAreConvertedWithPath() throws {
        let ok = try JSON.decode(Devices.self, from: bytes(#"{"devices":[{"path":"/dev/null","mode":"666"}]}"#))
        XCTAssertEqual(ok.devices[0].mode?.bits, 0o666)
        assertDecodeError(Devices.self, #"{"devices":[{"path":"a"},{"path":"b","mode":"9z"}]}"#,
                          #"devices[1].mode: invalid octal mode "9z""#, path: "devices[1].mode")
    }

    /// A type that accepts either a string or an integer (tries one, catches, tries the other).
    private struct StringOrInt: Decodable, Equatable {
        var value: String
        init(from decoder: Decoder) throws {
            let c = try decoder.singleValueContainer()
            do {
                value = try c.decode(String.self)
            } catch DecodingError.typeMismatch {
                value = String(try c.decode(Int64.self))
            }
        }
    }

    func testDecodingErrorsAreCatchableInsideCustomInit() throws {
        XCTAssertEqual(try JSON.decode([StringOrInt].self, from: bytes(#"["a", 5]"#)).map(\.value), ["a", "5"])
        assertDecodeError([StringOrInt].self, #"["a", true]"#, "[1]: expected an integer, found a boolean")
    }

    private struct Manual: Decodable, Equatable {
        var a: Int
        var inner: [String]
        var pair: [Int]
        var rest: [String]
        enum K: String, CodingKey { case a, nested, pair, rest }
        enum NK: String, CodingKey { case inner }
        init(from decoder: Decoder) throws {
            let c = try decoder.container(keyedBy: K.self)
            XCTAssertEqual(Set(c.allKeys.map(\.stringValue)), ["a", "nested", "pair", "rest"])
            XCTAssertTrue(c.contains(.a))
            a = try c.decode(Int.self, forKey: .a)
            let n = try c.nestedContainer(keyedBy: NK.self, forKey: .nested)
            XCTAssertEqual(n.codingPath.map(\.stringValue), ["nested"])
            inner = try n.decode([String].self, forKey: .inner)
            var u = try c.nestedUnkeyedContainer(forKey: .pair)
            XCTAssertEqual(u.count, 2)
            var p = [Int]()
            while !u.isAtEnd {
                if try u.decodeNil() { continue }
                p.append(try u.decode(Int.self))
            }
            pair = p
            var r = try c.nestedUnkeyedContainer(forKey: .rest)
            var rest = [String]()
            var sub = try r.nestedUnkeyedContainer()
            rest.append(try sub.decode(String.self))
            let obj = try r.nestedContainer(keyedBy: NK.self)
            rest.append(contentsOf: try obj.decode([String].self, forKey: .inner))
            self.rest = rest
            do {
                _ = try r.decode(String.self)
                XCTFail("expected end of array")
            } catch let DecodingError.valueNotFound(_, ctx) {
                XCTAssertEqual(JSONError.formatPath(ctx.codingPath), "rest[2]")
                XCTAssertEqual(ctx.debugDescription, "unexpected end of array (it has 2 elements)")
            }
        }
    }

    func testManualContainers() throws {
        let m = try JSON.decode(Manual.self, from: bytes(
            #"{"a":1,"nested":{"inner":["x"]},"pair":[3,null],"rest":[["s"],{"inner":["t","u"]}]}"#))
        XCTAssertEqual(m.a, 1)
        XCTAssertEqual(m.inner, ["x"])
        XCTAssertEqual(m.pair, [3])
        XCTAssertEqual(m.rest, ["s", "t", "u"])
    }

    private class Base: Decodable { var id: Int
        private enum K: String, CodingKey { case id }
        required init(from decoder: Decoder) throws { id = try decoder.container(keyedBy: K.self).decode(Int.self, forKey: .id) }
    }
    private final class Derived: Base {
        var name: String
        private enum K: String, CodingKey { case name }
        required init(from decoder: Decoder) throws {
            let c = try decoder.container(keyedBy: K.self)
            name = try c.decode(String.self, forKey: .name)
            try super.init(from: c.superDecoder())
        }
    }

    func testSuperDecoder() throws {
        let d = try JSON.decode(Derived.self, from: bytes(#"{"name":"n","super":{"id":7}}"#))
        XCTAssertEqual(d.name, "n")
        XCTAssertEqual(d.id, 7)
        assertDecodeError(Derived.self, #"{"name":"n","super":{"id":"7"}}"#, "super.id: expected an integer, found a string")
    }

    func testDecodeFromValueAndRawJSONFields() throws {
        struct Holder: Codable, Equatable { var name: String; var extra: JSONValue?; var obj: JSONObject? }
        let v = try JSON.parse(bytes(#"{"name":"x","extra":{"n":18446744073709551616,"a":[1.50]},"obj":{"k":true}}"#))
        let h = try JSON.decode(Holder.self, from: v)
        XCTAssertEqual(h.extra?["n"], .number("18446744073709551616"))
        XCTAssertEqual(h.extra?["a"]?[0], .number("1.50"))
        XCTAssertEqual(h.obj?["k"], .bool(true))
        XCTAssertEqual(try JSON.encodeValue(h), v)
    }

    func testUnknownEnumCaseErrorHasPath() {
        enum Kind: String, Codable { case a, b }
        struct S: Codable { var kinds: [Kind] }
        assertDecodeError(S.self, #"{"kinds":["a","zz"]}"#, "kinds[1]: Cannot initialize Kind from invalid String value zz")
    }
}
