import GSLKit
import MarkovGames

/// The game fingerprint a trace carries: FNV-1a (64-bit) of the UTF-8 bytes of the game's
/// canonical file text `JSONWriter.pretty(GameFile.encode(game))` — byte for byte the file
/// `marlcheck games export` writes — as `fnv1a64:` and 16 lower-case hex digits
/// (docs/trace-format.md gives the same function in Python).
public enum GameHash {
    /// The hash of `game`'s canonical encoding.
    public static func of(_ game: Game) -> String { of(text: JSONWriter.pretty(GameFile.encode(game))) }

    /// The hash of raw bytes given as text (e.g. a game file as read from disk).
    public static func of(text: String) -> String {
        let h = SeedSequence.fnv1a(text)
        let hex = String(h, radix: 16)
        return "fnv1a64:" + String(repeating: "0", count: 16 - hex.count) + hex
    }
}
