import CMPFR
import ExactArithmetic

/// A polynomial vector field compiled for Taylor-series integration: every
/// monomial of degree ≥ 2 becomes one product node (an earlier node times a
/// variable), shared between components, so the Taylor coefficients of the
/// field follow from Cauchy products — exact automatic differentiation.
///
/// Cost of one order: Σ over product nodes of (k + 1) multiplications at order k.
struct TaylorProgram {
    let dimension: Int
    /// Product node j (series index `dimension + j`) = series `left` × variable `right`.
    let products: [(left: Int, right: Int)]
    /// Per component: the constant term and the (coefficient, series index) of every other term.
    let constants: [Rational]
    let terms: [[(coefficient: Rational, series: Int)]]

    init(_ field: PolynomialVectorField) {
        let n = field.dimension
        var index: [[Int]: Int] = [:]
        for i in 0..<n { var e = Array(repeating: 0, count: n); e[i] = 1; index[e] = i }
        var products: [(left: Int, right: Int)] = []
        // Creates (memoised) the node of monomial e, preferring a split whose parent exists.
        func node(_ e: [Int]) -> Int {
            if let k = index[e] { return k }
            let candidates = e.indices.filter { e[$0] > 0 }
            var split = candidates.last!
            for v in candidates {
                var parent = e
                parent[v] -= 1
                if index[parent] != nil { split = v; break }
            }
            var parent = e
            parent[split] -= 1
            let left = node(parent)
            products.append((left, split))
            let k = n + products.count - 1
            index[e] = k
            return k
        }
        var constants: [Rational] = [], terms: [[(coefficient: Rational, series: Int)]] = []
        for f in field.components {
            var c = Rational(0), list: [(coefficient: Rational, series: Int)] = []
            // Lower degrees first so that nodes are shared along chains.
            for (e, q) in f.terms.sorted(by: { $0.key.reduce(0, +) < $1.key.reduce(0, +) }) {
                if e.allSatisfy({ $0 == 0 }) { c = q } else { list.append((q, node(e))) }
            }
            constants.append(c)
            terms.append(list)
        }
        dimension = n
        self.products = products
        self.constants = constants
        self.terms = terms
    }

    var seriesCount: Int { dimension + products.count }
}
