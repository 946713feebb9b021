import XCTest
import OCISpec

final class JSONParserTests: XCTestCase {
    private func parse(_ s: String) throws -> JSONValue { try JSON.parse(Array(s.utf8)) }

    /// Asserts that parsing fails with exactly `expected` as description.
    private func assertSyntaxError(_ s: String, _ expected: String, file: StaticString = #filePath, line: UInt = #line) {
        do {
            let v = try parse(s)
            XCTFail("expected error \(expected), parsed \(v)", file: file, line: line)
        } catch let e as JSONError {
            XCTAssertEqual(e.description, expected, file: file, line: line)
            XCTAssertEqual(e.path, "", file: file, line: line)
        } catch {
            XCTFail("unexpected error type \(error)", file: file, line: line)
        }
    }

    func testScalars() throws {
        XCTAssertEqual(try parse("null"), .null)
        XCTAssertEqual(try parse("true"), .bool(true))
        XCTAssertEqual(try parse(" false "), .bool(false))
        XCTAssertEqual(try parse("\"hi\""), .string("hi"))
        XCTAssertEqual(try parse("0"), .number("0"))
        XCTAssertEqual(try parse("-0"), .number("-0"))
        XCTAssertEqual(try parse("1.5e+10"), .number("1.5e+10"))
        XCTAssertEqual(try parse("18446744073709551615"), .number("18446744073709551615"))
        XCTAssertEqual(try parse("-12.50E-3"), .number("-12.50E-3"))
        XCTAssertEqual(try parse("\u{FEFF}1"), .number("1"))  // BOM is skipped
    }

    func testContainersKeepOrder() throws {
        let v = try parse(#"{"b": 1, "a": [true, null, {"x": "y"}], "c": {}}"#)
        guard case .object(let o) = v else { return XCTFail("not an object") }
        XCTAssertEqual(o.keys, ["b", "a", "c"])
        XCTAssertEqual(o["a"], .array([.bool(true), .null, .object(["x": "y"])]))
        XCTAssertEqual(o["c"], .object(JSONObject()))
        XCTAssertNil(o["zzz"])
        XCTAssertEqual(v["a"]?[2]?["x"], .string("y"))
        XCTAssertEqual(try parse("[]"), .array([]))
        XCTAssertEqual(try parse(" [ 1 , 2 ] "), .array([.number("1"), .number("2")]))
    }

    func testLargeObjectLookupAndDuplicateKeys() throws {
        var text = "{"
        for i in 0..<100 { text += "\"k\(i)\": \(i)," }
        text += "\"k5\": \"dup\"}"
        guard case .object(let o) = try parse(text) else { return XCTFail() }
        XCTAssertEqual(o.count, 100)
        XCTAssertEqual(o["k99"], .number("99"))
        XCTAssertEqual(o["k5"], .string("dup"))  // last wins, first position kept
        XCTAssertEqual(o.keys[5], "k5")
        var m = o
        m.removeValue(forKey: "k0")
        XCTAssertEqual(m.count, 99)
        XCTAssertEqual(m["k99"], .number("99"))
        XCTAssertNil(m["k0"])
    }

    func testObjectEqualityIgnoresOrder() throws {
        XCTAssertEqual(try parse(#"{"a":1,"b":2}"#), try parse(#"{"b":2,"a":1}"#))
        XCTAssertNotEqual(try parse(#"{"a":1,"b":2}"#), try parse(#"{"a":1,"b":3}"#))
    }

    func testStringEscapes() throws {
        XCTAssertEqual(try parse(#""a\"b\\c\/d\b\f\n\r\t""#), .string("a\"b\\c/d\u{8}\u{C}\n\r\t"))
        XCTAssertEqual(try parse(#""\u0041\u00e9\u4e2d""#), .string("Aé中"))
        XCTAssertEqual(try parse(#""\uD83D\uDE00""#), .string("😀"))
        XCTAssertEqual(try parse(#""x\ud83d\ude00y""#), .string("x😀y"))
        XCTAssertEqual(try parse(#""\u0000""#), .string("\u{0}"))
        XCTAssertEqual(try parse("\"héllo 中文 😀\""), .string("héllo 中文 😀"))
    }

    func testStringErrors() {
        assertSyntaxError(#""a\x""#, #"line 1, column 3: invalid escape sequence '\x'"#)
        assertSyntaxError(#""\u12G4""#, #"line 1, column 2: invalid \u escape: expected 4 hex digits"#)
        assertSyntaxError(#""ab\uD800""#, #"line 1, column 4: invalid \u escape: unpaired high surrogate \uD800"#)
        assertSyntaxError(#""\uD800\u0041""#, #"line 1, column 2: invalid \u escape: unpaired high surrogate \uD800"#)
        assertSyntaxError(#""\uDC00""#, #"line 1, column 2: invalid \u escape: unpaired low surrogate \uDC00"#)
        assertSyntaxError("\"a\nb\"", "line 1, column 3: unescaped control character U+000A in string")
        assertSyntaxError("[\"a\tb\"]", "line 1, column 4: unescaped control character U+0009 in string")
        assertSyntaxError("\"abc", "line 1, column 5: unexpected end of input inside a string")
        assertSyntaxError("\"abc\\", "line 1, column 6: unexpected end of input inside a string")
    }

    func testInvalidUTF8() {
        for bad: [UInt8] in [[0x22, 0xFF, 0x22], [0x22, 0xC0, 0xAF, 0x22], [0x22, 0xED, 0xA0, 0x80, 0x22], [0x22, 0xE2, 0x82]] {
            XCTAssertThrowsError(try JSON.parse(bad)) { error in
                let e = error as! JSONError
                XCTAssertTrue(e.message.contains("UTF-8"), e.description)
                XCTAssertEqual(e.line, 1)
                XCTAssertEqual(e.column, 2)
            }
        }
    }

    func testNumberErrors() {
        assertSyntaxError("01", "line 1, column 1: invalid number: leading zeros are not allowed")
        assertSyntaxError("-", "line 1, column 2: unexpected end of input, expected a digit after '-'")
        assertSyntaxError("-x", "line 1, column 2: invalid number: expected a digit after '-'")
        assertSyntaxError("1.", "line 1, column 3: unexpected end of input, expected a digit after '.'")
        assertSyntaxError("[1.e5]", "line 1, column 4: invalid number: expected a digit after '.'")
        assertSyntaxError("1e+", "line 1, column 4: unexpected end of input, expected a digit in the exponent")
        assertSyntaxError("[1ex]", "line 1, column 4: invalid number: expected a digit in the exponent")
        assertSyntaxError("+1", "line 1, column 1: unexpected '+', expected a JSON value")
        assertSyntaxError(".5", "line 1, column 1: unexpected '.', expected a JSON value")
    }

    func testStructureErrorsWithLineAndColumn() {
        let doc = """
        {
          "a": 1,
          "b": [1, 2] "c": 3
        }
        """
        assertSyntaxError(doc, "line 3, column 15: expected ',' or '}' after object member")
        assertSyntaxError("[1 2]", "line 1, column 4: expected ',' or ']' after array element")
        assertSyntaxError(#"{"a" 1}"#, "line 1, column 6: expected ':' after object key")
        assertSyntaxError(#"{a: 1}"#, "line 1, column 2: unexpected 'a', expected a string key or '}'")
        assertSyntaxError(#"{"a": 1,}"#, "line 1, column 9: unexpected '}', expected a string key after ','")
        assertSyntaxError("[1,]", "line 1, column 4: unexpected ']', expected a JSON value after ','")
        assertSyntaxError("[1] x", "line 1, column 5: unexpected 'x' after the JSON value")
        assertSyntaxError("{} {}", "line 1, column 4: unexpected '{' after the JSON value")
        assertSyntaxError("", "line 1, column 1: unexpected end of input, expected a JSON value")
        assertSyntaxError("   \n  ", "line 2, column 3: unexpected end of input, expected a JSON value")
        assertSyntaxError("nul", "line 1, column 4: unexpected end of input, expected 'null'")
        assertSyntaxError("[trve]", "line 1, column 2: invalid literal, expected 'true'")
        assertSyntaxError("[falsy]", "line 1, column 2: invalid literal, expected 'false'")
        assertSyntaxError("{\"é\": 1 x}", "line 1, column 9: expected ',' or '}' after object member")
        assertSyntaxError("\r\n[\r\n  1,\r\n  @]", "line 4, column 3: unexpected '@', expected a JSON value")
    }

    func testTruncatedInput() {
        let doc = """
        {
          "ociVersion": "1.0.2",
          "process": {
            "args": [
              "sh"
            ]
          },
          "root": {"path": "rootfs"}

        """
        assertSyntaxError(doc, "line 9, column 1: unexpected end of input, expected '}'")
        assertSyntaxError("[1, 2", "line 1, column 6: unexpected end of input, expected ']'")
        assertSyntaxError("[1,", "line 1, column 4: unexpected end of input, expected a JSON value")
        assertSyntaxError("[", "line 1, column 2: unexpected end of input, expected a JSON value or ']'")
        assertSyntaxError("{", "line 1, column 2: unexpected end of input, expected a string key or '}'")
        assertSyntaxError(#"{"a""#, "line 1, column 5: unexpected end of input, expected ':'")
        assertSyntaxError(#"{"a":"#, "line 1, column 6: unexpected end of input, expected a JSON value")
        assertSyntaxError(#"{"a":1,"#, "line 1, column 8: unexpected end of input, expected a string key")
    }

    func testDepthLimit() throws {
        let ok = String(repeating: "[", count: 500) + String(repeating: "]", count: 500)
        XCTAssertNoThrow(try parse(ok))
        let deep = String(repeating: "[", count: 100_000)
        XCTAssertThrowsError(try parse(deep)) { error in
            XCTAssertEqual((error as! JSONError).description, "line 1, column 513: nesting deeper than 512 levels")
        }
    }

    func testSerializeCompactAndPretty() throws {
        let v = try parse(#"{"b":[1,2.50,{"x":null}],"a":"q\"\\\n\u0001é/","e":[],"o":{}}"#)
        XCTAssertEqual(String(decoding: JSON.serialize(v), as: UTF8.self),
                       #"{"b":[1,2.50,{"x":null}],"a":"q\"\\\n\u0001é/","e":[],"o":{}}"#)
        let pretty = """
        {
          "b": [
            1,
            2.50,
            {
              "x": null
            }
          ],
          "a": "q\\"\\\\\\n\\u0001é/",
          "e": [],
          "o": {}
        }

        """
        XCTAssertEqual(String(decoding: JSON.serialize(v, pretty: true), as: UTF8.self), pretty)
        XCTAssertEqual(try JSON.parse(JSON.serialize(v, pretty: true)), v)
        XCTAssertEqual(String(decoding: JSON.serialize(.string("\u{7F}\u{1F}\u{8}\u{C}\t\r")), as: UTF8.self),
                       "\"\u{7F}\\u001f\\b\\f\\t\\r\"")
        XCTAssertEqual(String(decoding: JSON.serialize(.null, pretty: true), as: UTF8.self), "null\n")
    }

    func testRoundTripThroughText() throws {
        let texts = [
            #"[0,-0,1e400,123456789012345678901234567890,-1.5E-7]"#,
            #"{"k":"\u0000\u001f😀\u2028"}"#,
            #"[[[[]]],{"a":{"b":{"c":[true,false,null]}}}]"#,
        ]
        for t in texts {
            let v = try parse(t)
            XCTAssertEqual(try JSON.parse(JSON.serialize(v)), v, t)
            XCTAssertEqual(try JSON.parse(JSON.serialize(v, pretty: true)), v, t)
        }
    }

    func testLiteralsAndDescription() {
        let v: JSONValue = ["a": [1, 2.5, "x", true, nil], "b": ["c": "d"]]
        XCTAssertEqual(v.description, #"{"a":[1,2.5,"x",true,null],"b":{"c":"d"}}"#)
        XCTAssertEqual(v["a"]?[1]?.numberText, "2.5")
        XCTAssertEqual(v["b"]?["c"]?.stringValue, "d")
        XCTAssertEqual(v["a"]?[3]?.boolValue, true)
        XCTAssertEqual(v["a"]?[4]?.isNull, true)
        XCTAssertNil(v["a"]?[5])
        XCTAssertEqual(try JSON.parse("[1]").arrayValue?.count, 1)
    }
}
