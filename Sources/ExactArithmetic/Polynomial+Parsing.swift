/// A polynomial typed by a user could not be read.
public struct PolynomialParseError: Error, CustomStringConvertible, Equatable {
    public let text: String
    /// 1-based character position of the problem.
    public let position: Int
    public let reason: String
    public var description: String { "cannot read polynomial '\(text)' at character \(position): \(reason)" }
}

extension Polynomial {
    /// The largest exponent and the largest degree the parser accepts.
    public static let maximumParsedDegree = 100_000
    /// The largest degree a power of a non-monomial may expand to (its
    /// coefficients grow with the degree, so the cost is quadratic in it).
    public static let maximumExpandedDegree = 10_000

    /// Reads a polynomial in one variable, e.g. `"x^3 - 2*x - 5"`,
    /// `"3/2 x^2 + 0.25"`, `"(t - 1)(t + 1)^2"`, `"-(y^2 - 2)/3"`.
    ///
    /// Accepts integers, decimals (read exactly: `0.1` is 1/10), `+ - * /`,
    /// `^` with a non-negative integer exponent, parentheses, unary minus,
    /// and an implicit product before a letter or `(` (`2x`, `3(x+1)`,
    /// `(x-1)(x+1)`). The variable is any single letter; the first one
    /// seen fixes it. Division is by non-zero constants only. `−` (U+2212),
    /// `·` and `×` are read as `-` and `*`.
    ///
    /// **Edge cases:** throws ``PolynomialParseError`` (one line, with the
    /// position) for: an empty string, a second variable letter, a name of
    /// two or more letters, a missing operand or parenthesis, a negative,
    /// fractional or too large exponent (over ``maximumParsedDegree``), a
    /// power of a non-monomial beyond ``maximumExpandedDegree``, division
    /// by zero or by a non-constant, and any other character.
    public init(parsing text: String) throws {
        var parser = PolynomialParser(text)
        self = try parser.parse()
    }
}

/// Recursive descent: sum := product (± product)*; product := unary
/// ((* | / | implicit) unary)*; unary := (−|+) unary | power;
/// power := primary (^ integer)?; primary := number | letter | ( sum ).
struct PolynomialParser {
    let text: String
    let chars: [Character]
    var i = 0
    var variable: Character?

    init(_ text: String) {
        self.text = text
        chars = text.map { c in c == "\u{2212}" ? "-" : (c == "·" || c == "×" ? "*" : c) }
    }

    func fail(_ reason: String, at position: Int? = nil) -> PolynomialParseError {
        PolynomialParseError(text: text, position: (position ?? i) + 1, reason: reason)
    }

    mutating func skipSpaces() { while i < chars.count, chars[i].isWhitespace { i += 1 } }
    mutating func peek() -> Character? { skipSpaces(); return i < chars.count ? chars[i] : nil }

    mutating func parse() throws -> Polynomial {
        guard peek() != nil else { throw fail("empty input; expected a polynomial such as 'x^2 - 2'") }
        let p = try sum()
        if let c = peek() {
            throw fail(c == ")" ? "unbalanced ')'" : "unexpected '\(c)'; expected an operator")
        }
        return p
    }

    mutating func sum() throws -> Polynomial {
        var p = try product()
        while let c = peek(), c == "+" || c == "-" {
            i += 1
            let q = try product()
            p = c == "+" ? p + q : p - q
            try checkDegree(p)
        }
        return p
    }

    mutating func product() throws -> Polynomial {
        var p = try unary()
        while let c = peek() {
            if c == "*" {
                i += 1
                p = try multiply(p, try unary())
            } else if c == "/" {
                i += 1
                let start = i
                let d = try unary()
                guard d.degree <= 0 else { throw fail("division by the non-constant '\(d)'", at: start) }
                guard let inverse = d.leadingCoefficient.reciprocal, !d.isZero else { throw fail("division by zero", at: start) }
                p = p.scaled(by: inverse)
            } else if c.isLetter || c == "(" {
                p = try multiply(p, try unary())  // implicit product: 2x, 3(x + 1), (x − 1)(x + 1)
            } else {
                break
            }
            try checkDegree(p)
        }
        return p
    }

    mutating func unary() throws -> Polynomial {
        guard let c = peek() else { throw fail("unexpected end; expected a number, the variable or '('") }
        if c == "-" { i += 1; return -(try unary()) }
        if c == "+" { i += 1; return try unary() }
        return try power()
    }

    mutating func power() throws -> Polynomial {
        let base = try primary()
        guard peek() == "^" else { return base }
        i += 1
        skipSpaces()
        let start = i
        if i < chars.count, chars[i] == "-" { throw fail("negative exponent; exponents must be integers 0...\(Polynomial.maximumParsedDegree)") }
        while i < chars.count, chars[i].isASCII, chars[i].isNumber { i += 1 }
        guard i > start else { throw fail("expected a non-negative integer exponent after '^'", at: start) }
        if i < chars.count, chars[i] == "." { throw fail("fractional exponent; exponents must be integers", at: start) }
        let digits = String(chars[start..<i])
        guard let k = Int(digits), k <= Polynomial.maximumParsedDegree else {
            throw fail("exponent \(digits) is too large (at most \(Polynomial.maximumParsedDegree))", at: start)
        }
        if peek() == "^" { throw fail("ambiguous repeated '^'; use parentheses") }
        let isMonomial = base.coefficients.dropLast().allSatisfy(\.isZero)
        if base.degree > 0 && base.degree * k > (isMonomial ? Polynomial.maximumParsedDegree : Polynomial.maximumExpandedDegree) {
            throw fail("the power has degree \(base.degree * k), above the limit \(isMonomial ? Polynomial.maximumParsedDegree : Polynomial.maximumExpandedDegree)", at: start)
        }
        if isMonomial {
            // c·x^d to the k: no expansion needed.
            let d = base.degree
            guard d >= 0 else { return k == 0 ? .one : .zero }
            var c = [Rational](repeating: 0, count: d * k + 1)
            c[d * k] = base.leadingCoefficient.power(k)!
            return Polynomial(c)
        }
        return base.power(k)
    }

    mutating func primary() throws -> Polynomial {
        guard let c = peek() else { throw fail("unexpected end; expected a number, the variable or '('") }
        if c == "(" {
            let open = i
            i += 1
            guard peek() != ")" else { throw fail("empty parentheses") }
            let p = try sum()
            guard peek() == ")" else { throw fail("missing ')' for the '(' at character \(open + 1)") }
            i += 1
            return p
        }
        if c.isLetter {
            let start = i
            while i < chars.count, chars[i].isLetter { i += 1 }
            guard i - start == 1 else {
                throw fail("unknown name '\(String(chars[start..<i]))'; the variable is a single letter", at: start)
            }
            if let v = variable, v != c { throw fail("a second variable '\(c)' (the polynomial is in '\(v)')", at: start) }
            variable = c
            return .x
        }
        if c.isASCII && (c.isNumber || c == ".") {
            let start = i
            while i < chars.count, chars[i].isASCII, chars[i].isNumber || chars[i] == "." { i += 1 }
            let literal = String(chars[start..<i])
            guard let q = try? Rational.parse(literal) else { throw fail("malformed number '\(literal)'", at: start) }
            return Polynomial(constant: q)
        }
        throw fail("unexpected '\(c)'; expected a number, the variable or '('")
    }

    /// Refuses products whose schoolbook cost (deg·deg) would be absurd.
    func multiply(_ a: Polynomial, _ b: Polynomial) throws -> Polynomial {
        if a.degree * b.degree > 100_000_000 {
            throw fail("the product of degrees \(a.degree) and \(b.degree) is too large to expand")
        }
        return a * b
    }

    func checkDegree(_ p: Polynomial) throws {
        if p.degree > Polynomial.maximumParsedDegree {
            throw fail("degree \(p.degree) is above the limit \(Polynomial.maximumParsedDegree)")
        }
    }
}

extension Polynomial: CustomStringConvertible {
    /// The polynomial in x, highest power first, in the syntax
    /// ``init(parsing:)`` reads: `x^3 - 2*x - 5`, `3/2*x^2 + 1/4`; `0` for zero.
    public var description: String { description(variable: "x") }

    /// The polynomial written with another variable letter.
    public func description(variable: Character) -> String {
        guard !isZero else { return "0" }
        var out = ""
        for k in stride(from: degree, through: 0, by: -1) {
            let c = coefficients[k]
            if c.isZero { continue }
            let magnitude = c.magnitude
            out += out.isEmpty ? (c.signum < 0 ? "-" : "") : (c.signum < 0 ? " - " : " + ")
            let power = k == 0 ? "" : (k == 1 ? "\(variable)" : "\(variable)^\(k)")
            if k == 0 { out += magnitude.description }
            else if magnitude == 1 { out += power }
            else { out += "\(magnitude)*\(power)" }
        }
        return out
    }
}
