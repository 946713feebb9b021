// Codable conformance of JSONValue / JSONObject, so raw JSON can be embedded
// in Codable models (e.g. to carry unknown or free-form sections verbatim).

extension JSONValue: Codable {
    /// With this module's decoder the value is taken verbatim (numbers keep
    /// their exact text); with other decoders it is reconstructed best-effort.
    public init(from decoder: any Decoder) throws {
        if let d = decoder as? _JSONDecoderImpl {
            self = d.value
            return
        }
        if let c = try? decoder.container(keyedBy: _JSONStringKey.self) {
            var o = JSONObject()
            for k in c.allKeys { o[k.stringValue] = try c.decode(JSONValue.self, forKey: k) }
            self = .object(o)
            return
        }
        if var c = try? decoder.unkeyedContainer() {
            var a = [JSONValue]()
            while !c.isAtEnd { a.append(try c.decode(JSONValue.self)) }
            self = .array(a)
            return
        }
        let c = try decoder.singleValueContainer()
        if c.decodeNil() {
            self = .null
        } else if let b = try? c.decode(Bool.self) {
            self = .bool(b)
        } else if let i = try? c.decode(Int64.self) {
            self = .number(String(i))
        } else if let u = try? c.decode(UInt64.self) {
            self = .number(String(u))
        } else if let d = try? c.decode(Double.self) {
            self = .number(_JSONNumber.text(d))
        } else {
            self = .string(try c.decode(String.self))
        }
    }

    /// With this module's encoder the value is inserted verbatim; with other
    /// encoders numbers are written as Int64, UInt64 or Double.
    public func encode(to encoder: any Encoder) throws {
        if let e = encoder as? _JSONEncoderImpl {
            e.node = .value(self)
            return
        }
        switch self {
        case .null:
            var c = encoder.singleValueContainer()
            try c.encodeNil()
        case .bool(let b):
            var c = encoder.singleValueContainer()
            try c.encode(b)
        case .number(let n):
            var c = encoder.singleValueContainer()
            if case .value(let i) = _JSONNumber.integer(n, as: Int64.self) {
                try c.encode(i)
            } else if case .value(let u) = _JSONNumber.integer(n, as: UInt64.self) {
                try c.encode(u)
            } else if let d = _JSONNumber.double(n) {
                try c.encode(d)
            } else {
                throw EncodingError.invalidValue(n, .init(codingPath: encoder.codingPath,
                                                          debugDescription: "invalid number literal \"\(n)\""))
            }
        case .string(let s):
            var c = encoder.singleValueContainer()
            try c.encode(s)
        case .array(let a):
            var c = encoder.unkeyedContainer()
            for v in a { try c.encode(v) }
        case .object(let o):
            var c = encoder.container(keyedBy: _JSONStringKey.self)
            for (k, v) in o { try c.encode(v, forKey: _JSONStringKey(k)) }
        }
    }
}

extension JSONObject: Codable {
    /// Decodes from a JSON object (verbatim with this module's decoder).
    public init(from decoder: any Decoder) throws {
        let v = try JSONValue(from: decoder)
        guard case .object(let o) = v else {
            throw DecodingError.typeMismatch(JSONObject.self, .init(
                codingPath: decoder.codingPath, debugDescription: "expected an object, found \(v.kindDescription)"))
        }
        self = o
    }

    /// Encodes as a JSON object.
    public func encode(to encoder: any Encoder) throws {
        try JSONValue.object(self).encode(to: encoder)
    }
}
