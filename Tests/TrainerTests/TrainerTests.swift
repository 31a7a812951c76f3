import Testing
import Trainer

@Test func moduleLinks() { #expect(TrainerInfo.name == "Trainer") }
