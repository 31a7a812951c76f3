import Testing
import ClaimKit
@testable import Reports

private let sample = Table(title: "t", columns: ["name", "value"],
                           rows: [[.text("a,b"), .exact("-3/7")], [.text("say \"hi\""), .integer(12)]],
                           notes: ["exact"])

@Test func textAlignsNumericColumnsRight() {
    let out = Render.text(sample)
    let lines = out.split(separator: "\n").map(String.init)
    #expect(lines[0] == "t")
    #expect(lines[1] == "name      value")
    #expect(lines[3] == "a,b        -3/7")
    #expect(lines[4] == "say \"hi\"     12")
    #expect(lines[5] == "exact")
}

@Test func csvQuotesPerRFC4180() {
    #expect(Render.csv(sample) == "name,value\n\"a,b\",-3/7\n\"say \"\"hi\"\"\",12\n")
}

@Test func jsonKeepsExactValuesAsStrings() {
    let out = Render.json(sample)
    #expect(out.contains("{\"name\": \"a,b\", \"value\": \"-3/7\"}"))
    #expect(out.contains("{\"name\": \"say \\\"hi\\\"\", \"value\": 12}"))
}

@Test func markdownEscapesPipesAndRightAlignsNumbers() {
    let t = Table(columns: ["x|y", "n"], rows: [[.text("a|b"), .integer(1)]])
    #expect(Render.markdown(t) == "| x\\|y | n |\n|---|---:|\n| a\\|b | 1 |\n")
}

@Test func jsonEscapesControlCharacters() {
    #expect(Render.jsonString("a\u{01}\n") == "\"a\\u0001\\n\"")
}
