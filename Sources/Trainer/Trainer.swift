/// Compact float MLP trainer (issue 7). No exact types inside.
public enum TrainerInfo {
    public static let name = "Trainer"
}
