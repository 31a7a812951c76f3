import ExactArithmetic

extension RegionPartition {
    /// The 2-D partition as SVG: each region's exact polygon filled with a
    /// colour from its activation pattern, region edges in grey, and the
    /// decision boundary (output 1 = 0, clipped exactly to each region) in
    /// black. Coordinates become doubles only here, for drawing.
    ///
    /// **Edge cases:** nil unless d = 2 on a box.
    public func svg(size: Int = 640) -> String? {
        guard network.inputDimension == 2, case .box(let b) = domain else { return nil }
        let half = Double(b), scale = Double(size) / (2 * half)
        func xy(_ p: [Rational]) -> (x: String, y: String) {
            (Self.short((Double(p[0]) + half) * scale), Self.short((half - Double(p[1])) * scale))
        }
        func px(_ p: [Rational]) -> String { "\(xy(p).x),\(xy(p).y)" }
        var out = """
        <svg xmlns="http://www.w3.org/2000/svg" width="\(size)" height="\(size)" viewBox="0 0 \(size) \(size)">
        <title>\(regions.count) activation regions of a \(network.architecture) network on [-\(b), \(b)]^2; black: output = 0</title>

        """
        for r in regions {
            guard let v = r.vertices else { continue }
            out += "<polygon points=\"\(v.map(px).joined(separator: " "))\" fill=\"\(Self.colour(r.pattern))\" stroke=\"#555\" stroke-width=\"0.5\"/>\n"
        }
        for r in regions {
            guard let v = r.vertices, let f = r.map.rows.first, !f.isConstant else { continue }
            let points = Self.zeroSegment(of: f, on: v)
            if points.count == 2 {
                let (a, b) = (xy(points[0]), xy(points[1]))
                out += "<line x1=\"\(a.x)\" y1=\"\(a.y)\" x2=\"\(b.x)\" y2=\"\(b.y)\" stroke=\"black\" stroke-width=\"2\"/>\n"
            }
        }
        return out + "</svg>\n"
    }

    /// Where f = 0 meets a convex polygon: its two end points, exactly
    /// (none when the line misses the interior).
    static func zeroSegment(of f: AffineFunction, on v: [[Rational]]) -> [[Rational]] {
        let values = v.map { f.value(at: $0) }
        var points: [[Rational]] = []
        for k in v.indices {
            let next = (k + 1) % v.count
            if values[k].isZero { points.append(v[k]) }
            if values[k].signum * values[next].signum < 0 {
                let t = values[k] / (values[k] - values[next])
                points.append([v[k][0] + t * (v[next][0] - v[k][0]), v[k][1] + t * (v[next][1] - v[k][1])])
            }
        }
        return points.count == 2 ? points : []
    }

    /// A light colour from the pattern bits (stable across runs).
    static func colour(_ pattern: [Bool]) -> String {
        var h: UInt64 = 1469598103934665603
        for bit in pattern { h = (h ^ (bit ? 1 : 0)) &* 1099511628211 }
        let r = 120 + Int(h & 0x7F), g = 120 + Int(h >> 8 & 0x7F), b = 120 + Int(h >> 16 & 0x7F)
        return "rgb(\(r),\(g),\(b))"
    }

    static func short(_ x: Double) -> String { String(Double(Int((x * 100).rounded())) / 100) }
}
