import Foundation
import XCTest
import OCISpec

private func text(_ b: [UInt8]) -> String { String(decoding: b, as: UTF8.self) }

private struct Inner: Codable, Equatable {
    var name: String
    var values: [Int64]
    var flag: Bool?
}

private struct Outer: Codable, Equatable {
    var zeta: String
    var alpha: UInt64
    var inner: Inner?
    var list: [Inner]
    var map: [String: Int]?
    var ratio: Double?
    var small: Float?
    var min: Int64
}

final class JSONEncoderTests: XCTestCase {
    func testCompactKeyOrderAndOmittedNils() throws {
        let o = Outer(zeta: "z", alpha: UInt64.max, inner: nil,
                      list: [Inner(name: "a", values: [1, -2], flag: nil), Inner(name: "b", values: [], flag: true)],
                      map: nil, ratio: 0.1, small: nil, min: Int64.min)
        XCTAssertEqual(text(try JSON.encode(o)),
                       #"{"zeta":"z","alpha":18446744073709551615,"list":[{"name":"a","values":[1,-2]},{"name":"b","values":[],"flag":true}],"ratio":0.1,"min":-9223372036854775808}"#)
    }

    func testPrettyFormat() throws {
        let o = Outer(zeta: "z", alpha: 1, inner: Inner(name: "i", values: [7], flag: false), list: [],
                      map: ["k": 1], ratio: nil, small: 1.5, min: 0)
        let expected = """
        {
          "zeta": "z",
          "alpha": 1,
          "inner": {
            "name": "i",
            "values": [
              7
            ],
            "flag": false
          },
          "list": [],
          "map": {
            "k": 1
          },
          "small": 1.5,
          "min": 0
        }

        """
        XCTAssertEqual(text(try JSON.encode(o, pretty: true)), expected)
    }

    func testRoundTrip() throws {
        let o = Outer(zeta: "héllo \"quoted\" \\ / \n\t\u{1}😀", alpha: 42,
                      inner: Inner(name: "", values: [Int64.max, Int64.min, 0], flag: true),
                      list: [Inner(name: "x", values: [3], flag: nil)],
                      map: ["a": 1, "b.c": -1], ratio: 1e-300, small: 3.4028235e38, min: -1)
        for pretty in [false, true] {
            let data = try JSON.encode(o, pretty: pretty)
            XCTAssertEqual(try JSON.decode(Outer.self, from: data), o)
        }
        let v = try JSON.encodeValue(o)
        XCTAssertEqual(try JSON.decode(Outer.self, from: v), o)
        XCTAssertEqual(v["zeta"], .string("héllo \"quoted\" \\ / \n\t\u{1}😀"))
        XCTAssertEqual(text(JSON.serialize(v["zeta"]!)), #""héllo \"quoted\" \\ / \n\t\u0001😀""#)
    }

    func testNumbers() throws {
        XCTAssertEqual(text(try JSON.encode([0.1, 1.0, -2.5, 1e-7, 5e20, 123456789.125])),
                       "[0.1,1.0,-2.5,1e-07,5e+20,123456789.125]")
        XCTAssertEqual(text(try JSON.encode([Float(0.1), Float(16777216)])), "[0.1,16777216.0]")
        XCTAssertEqual(text(try JSON.encode([UInt8.max])), "[255]")
        XCTAssertEqual(text(try JSON.encode(Int8.min)), "-128")
        // Every emitted double parses back to the same value.
        for d in [Double.pi, -Double.ulpOfOne, Double.greatestFiniteMagnitude, Double.leastNonzeroMagnitude, 1e16, 0.3] {
            XCTAssertEqual(try JSON.decode(Double.self, from: JSON.encode(d)), d)
        }
    }

    func testNonFiniteIsAnError() {
        struct S: Encodable { var v: [Double] }
        XCTAssertThrowsError(try JSON.encode(S(v: [1, .infinity]))) { error in
            XCTAssertEqual((error as? JSONError)?.description, "v[1]: cannot encode non-finite number inf")
        }
        XCTAssertThrowsError(try JSON.encode(Float.nan)) { error in
            XCTAssertEqual((error as? JSONError)?.description, "cannot encode non-finite number nan")
        }
    }

    func testExplicitNullAndEmptyEncodable() throws {
        struct N: Encodable {
            var a: Int?
            enum K: String, CodingKey { case a, b }
            func encode(to encoder: Encoder) throws {
                var c = encoder.container(keyedBy: K.self)
                try c.encode(a, forKey: .a)  // Optional via encode => explicit null
                try c.encodeIfPresent(a, forKey: .b)  // omitted
            }
        }
        XCTAssertEqual(text(try JSON.encode(N(a: nil))), #"{"a":null}"#)
        struct Empty: Encodable {}
        XCTAssertEqual(text(try JSON.encode(Empty())), "{}")
        XCTAssertEqual(text(try JSON.encode([String: Int]())), "{}")
        XCTAssertEqual(text(try JSON.encode([Int?.none, 1])), "[null,1]")
        XCTAssertEqual(text(try JSON.encode("s")), #""s""#)
    }

    private class Base: Encodable {
        var id = 7
        private enum K: String, CodingKey { case id }
        func encode(to encoder: Encoder) throws {
            var c = encoder.container(keyedBy: K.self)
            try c.encode(id, forKey: .id)
        }
    }

    private final class Derived: Base {
        var name = "n"
        private enum K: String, CodingKey { case name, more }
        override func encode(to encoder: Encoder) throws {
            var c = encoder.container(keyedBy: K.self)
            try c.encode(name, forKey: .name)
            try super.encode(to: c.superEncoder())
            var n = c.nestedContainer(keyedBy: K.self, forKey: .more)
            try n.encode("x", forKey: .name)
            var u = n.nestedUnkeyedContainer(forKey: .more)
            try u.encode(true)
            try u.encodeNil()
            var uu = u.nestedUnkeyedContainer()
            try uu.encode(1)
            var uk = u.nestedContainer(keyedBy: K.self)
            try uk.encode(2, forKey: .name)
            try super.encode(to: u.superEncoder())
        }
    }

    func testNestedAndSuperEncoders() throws {
        XCTAssertEqual(text(try JSON.encode(Derived())),
                       #"{"name":"n","super":{"id":7},"more":{"name":"x","more":[true,null,[1],{"name":2},{"id":7}]}}"#)
    }

    func testSharedContainerAndDuplicateKey() throws {
        struct S: Encodable {
            enum K: String, CodingKey { case a, b }
            func encode(to encoder: Encoder) throws {
                var c1 = encoder.container(keyedBy: K.self)
                try c1.encode(1, forKey: .a)
                var c2 = encoder.container(keyedBy: K.self)
                try c2.encode(2, forKey: .b)
                try c1.encode(3, forKey: .a)  // replaces, keeps position
            }
        }
        XCTAssertEqual(text(try JSON.encode(S())), #"{"a":3,"b":2}"#)
    }

    func testJSONValuePassThrough() throws {
        struct H: Codable { var raw: JSONValue }
        let h = H(raw: ["big": .number("123456789012345678901234567890"), "l": [1, "x"]])
        XCTAssertEqual(text(try JSON.encode(h)), #"{"raw":{"big":123456789012345678901234567890,"l":[1,"x"]}}"#)
        let v: JSONValue = ["a": 1]
        XCTAssertEqual(try JSON.encodeValue(v), v)
    }

    func testJSONValueWithFoundationCoders() throws {
        // JSONValue also works (best-effort) with other coders.
        let v: JSONValue = ["a": [1, 2.5, "s", true, nil], "b": ["c": -3]]
        let data = try JSONEncoder().encode(v)
        let back = try JSONDecoder().decode(JSONValue.self, from: data)
        XCTAssertEqual(back["a"]?[0], .number("1"))
        XCTAssertEqual(back["a"]?[1], .number("2.5"))
        XCTAssertEqual(back["a"]?[2], .string("s"))
        XCTAssertEqual(back["a"]?[3], .bool(true))
        XCTAssertEqual(back["a"]?[4], .null)
        XCTAssertEqual(back["b"]?["c"], .number("-3"))
    }
}
