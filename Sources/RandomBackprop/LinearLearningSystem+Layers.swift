import ExactArithmetic

extension LinearLearningSystem {
    /// A_i (i = 1 … L) as a matrix of this field's variables.
    func layer(_ i: Int) -> PolynomialMatrix {
        PolynomialMatrix(rows: widths[i], cols: widths[i - 1], entries: (0..<widths[i]).map { r in
            (0..<widths[i - 1]).map { c in field.variable(offsets[i - 1] + r * widths[i - 1] + c) }
        })
    }

    /// dA_i/dt (i = 1 … L): the field's components for A_i, in matrix shape.
    func layerDerivative(_ i: Int) -> PolynomialMatrix {
        PolynomialMatrix(rows: widths[i], cols: widths[i - 1], entries: (0..<widths[i]).map { r in
            (0..<widths[i - 1]).map { c in field.components[offsets[i - 1] + r * widths[i - 1] + c] }
        })
    }
}
