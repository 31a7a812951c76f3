import Testing

/// Inputs that once hung (issue 14): each now answers within the timeout.
@Suite struct PromptAnswerTests {
    @Test(arguments: [
        ["rbp", "chain", "--layers", "2", "--c", "1e400", "--init", "1/2,1/2", "--no-integrate"],
        ["rbp", "chain", "--layers", "2", "--c", "1e-400", "--init", "1/2,1/2", "--no-integrate"],
        ["rbp", "chain", "--layers", "2", "--c", "1e30", "--init", "1/2,1/2"],
        ["roots", "x^2-2", "--digits", "100000"],
    ])
    func answers(_ arguments: [String]) throws {
        let r = try ExactNN.run(arguments, timeout: 300)
        #expect(r.status == 0, "\(r)")
        #expect(!r.stdout.isEmpty)
    }
}
