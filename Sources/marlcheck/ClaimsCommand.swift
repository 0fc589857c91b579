import ArgumentParser
import Claims
import MarkovGames

struct ClaimsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "claims",
        abstract: "List the registered claims of the five papers.",
        subcommands: [List.self, Show.self]
    )

    struct List: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "One claim per line: id, kind, where it is printed, the statement.",
            discussion: "Papers: \(Paper.allCases.map(\.rawValue).joined(separator: ", ")). Example: marlcheck claims list --paper ddpl")

        @Option(help: "Only this paper's claims (\(Paper.allCases.map(\.rawValue).joined(separator: "|"))).")
        var paper: String?

        @Flag(help: "Print a JSON array of {id, paper, kind, source, statement, reading, hypotheses}.")
        var json = false

        func run() throws {
            try reportingInputErrors {
                var claims = ClaimCatalog.all
                if let paper {
                    guard let p = Paper(rawValue: paper) else {
                        throw ModelError(path: "--paper", "'\(paper)' is not one of \(Paper.allCases.map(\.rawValue).joined(separator: ", "))")
                    }
                    claims = ClaimCatalog.claims(of: p)
                }
                if json {
                    print(JSONWriter.pretty(.array(claims.map(describe))), terminator: "")
                } else {
                    print(formatTable(claims.map { [$0.id, $0.kind.rawValue, $0.source, $0.summary] }))
                }
            }
        }
    }

    struct Show: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "The whole statement, source, reading and hypotheses of one claim.")

        @Argument(help: "A claim id, e.g. ddpl.thmC.1.")
        var id: String

        func run() throws {
            try reportingInputErrors {
                for claim in try ClaimCatalog.select(id) {
                    var rows = [["id", claim.id], ["kind", claim.kind.rawValue], ["source", claim.source]]
                    if let r = claim.reading { rows.append(["reading", r]) }
                    if !claim.hypotheses.isEmpty { rows.append(["hypotheses", claim.hypotheses]) }
                    if let r = claim.notCheckableReason { rows.append(["not checkable", r]) }
                    print(formatTable(rows))
                    print("\n" + claim.statement + "\n")
                }
            }
        }
    }

    static func describe(_ c: Claim) -> JSONValue {
        .object([
            ("id", .string(c.id)), ("paper", .string(c.paper.rawValue)), ("kind", .string(c.kind.rawValue)),
            ("source", .string(c.source)), ("statement", .string(c.statement)),
            ("reading", c.reading.map(JSONValue.string) ?? .null), ("hypotheses", .string(c.hypotheses)),
        ])
    }
}
