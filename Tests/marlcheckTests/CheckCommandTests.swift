import Foundation
import Testing

/// `marlcheck claims` and `marlcheck check` as a user runs them.
@Suite struct CheckCommandTests {
    /// Same seed, same bytes — across processes, where Swift's hashing (and so the order of any
    /// dictionary or set) is seeded afresh: three runs of each claim at its default instance count
    /// must agree byte for byte. The ltde claims sum transition laws held in dictionaries, where
    /// iteration order once leaked into the last bits.
    @Test(arguments: ["ltde.lem3.1.weighted", "ltde.lem3.5/step3.weighted", "mfppo.prop2.1", "mappo.lem4.1",
                      "haqo.lemA.6", "ddpl.thmC.2/step3"])
    func sameSeedSameBytesAcrossProcesses(_ id: String) throws {
        let dir = try CLI.scratchDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let runs = try (0..<3).map { _ in try CLI.run(["check", id, "--json"], in: dir) }
        #expect(runs[0].status == 0, "\(runs[0].stderr)")
        #expect(!runs[0].stdout.isEmpty)
        #expect(runs[1].stdout == runs[0].stdout)
        #expect(runs[2].stdout == runs[0].stdout)
    }

    /// The --json result of one claim has the documented keys.
    @Test func jsonResultHasTheDocumentedKeys() throws {
        let dir = try CLI.scratchDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let r = try CLI.run(["check", "mappo.lem4.1", "--json", "--instances", "1"], in: dir)
        #expect(r.status == 0)
        let object = try #require(try JSONSerialization.jsonObject(with: r.stdout) as? [String: Any])
        for key in ["id", "verdict", "instances", "worstMargin", "tolerance", "counterexample"] {
            #expect(object.keys.contains(key), "missing \(key)")
        }
    }

    /// An unknown claim is bad input: exit 2, the selector named, nothing on standard output.
    @Test func unknownClaimIsRefused() throws {
        let dir = try CLI.scratchDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let r = try CLI.run(["check", "ddpl.thm9.9"], in: dir)
        #expect(r.status == 2)
        #expect(r.stderr.contains("ddpl.thm9.9"))
        #expect(r.stdout.isEmpty)
    }

    /// Every paper's catalog is listed, one claim per line, id first.
    @Test(arguments: ["ddpl", "haqo", "mfppo", "mappo", "ltde"])
    func claimsListNamesEveryClaimOfAPaper(_ paper: String) throws {
        let dir = try CLI.scratchDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let r = try CLI.run(["claims", "list", "--paper", paper], in: dir)
        #expect(r.status == 0)
        let ids = r.stdoutText.split(separator: "\n").map { $0.split(separator: " ").first.map(String.init) ?? "" }
        #expect(ids.count >= 10)
        #expect(ids.allSatisfy { $0.hasPrefix(paper + ".") })
    }
}
