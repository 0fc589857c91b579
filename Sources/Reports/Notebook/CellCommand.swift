import MarkovGames

/// The command line of a console cell, split into arguments the way a shell would split a plain
/// command, but without a shell: words separated by spaces, `'…'` taken literally, `"…"` with
/// `\"` and `\\` escapes. Pipes, redirections, variables, globs and command separators are
/// refused, and the command must be `marlcheck`.
public enum CellCommand {
    /// The arguments after `marlcheck` in `command` (e.g. `marlcheck games show x --param states=3`).
    public static func arguments(_ command: String) throws(ModelError) -> [String] {
        let words = try split(command)
        guard words.first == "marlcheck" else {
            throw ModelError(path: "command", "cells run marlcheck only; '\(words.first ?? "")' is not marlcheck")
        }
        return Array(words.dropFirst())
    }

    /// Characters a shell would interpret; refused outside quotes.
    private static let shellSyntax: Set<Character> = ["|", "&", ";", "<", ">", "(", ")", "$", "`", "*", "?", "~", "{", "}", "[", "]", "#", "!"]

    static func split(_ command: String) throws(ModelError) -> [String] {
        var words: [String] = []
        var current = "", inWord = false
        var chars = command.makeIterator()
        while let c = chars.next() {
            switch c {
            case " ", "\t":
                if inWord { words.append(current); current = ""; inWord = false }
            case "'":
                inWord = true
                var closed = false
                while let d = chars.next() {
                    if d == "'" { closed = true; break }
                    current.append(d)
                }
                guard closed else { throw ModelError(path: "command", "a ' quote is not closed") }
            case "\"":
                inWord = true
                var closed = false
                while let d = chars.next() {
                    if d == "\"" { closed = true; break }
                    if d == "\\", let e = chars.next() {
                        guard e == "\"" || e == "\\" else { throw ModelError(path: "command", "only \\\" and \\\\ are escapes inside \"…\"") }
                        current.append(e)
                    } else {
                        current.append(d)
                    }
                }
                guard closed else { throw ModelError(path: "command", "a \" quote is not closed") }
            case "\\":
                throw ModelError(path: "command", "a backslash outside quotes is not supported (cells are not run by a shell); quote the argument")
            default:
                guard !shellSyntax.contains(c) else {
                    throw ModelError(path: "command", "'\(c)' is shell syntax, and cells are not run by a shell: quote it if it is part of an argument")
                }
                current.append(c)
                inWord = true
            }
        }
        if inWord { words.append(current) }
        return words
    }
}
