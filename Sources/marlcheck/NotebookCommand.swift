import ArgumentParser
import MarkovGames
import Reports

struct NotebookCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "notebook",
        abstract: "Run or verify executable text notebooks (Markdown with `$ marlcheck …` console cells).",
        discussion: """
        A notebook is a Markdown file. Each ```console block holds one command, `$ marlcheck …`, and under it the output it printed. `run` executes the cells and rewrites the outputs; `verify` executes them again and fails, with a diff, where an output changed: numbers within the tolerance of the notebook's header (between `---` lines at the top: `tolerance: 1e-9`, relative, 1e-9 if absent; `absolute-tolerance: 1e-12` for round-off-sized numbers, 0 if absent), everything else exactly. Lines carrying a timing are marked `# timing` when recorded and not compared.

        Cells run the marlcheck executable directly (never a shell), in a scratch folder shared by the cells of one notebook.

        Examples:
          marlcheck notebook run notebooks-txt/ddpl.md
          marlcheck notebook verify notebooks-txt/*.md
        """,
        subcommands: [Run.self, Verify.self]
    )

    /// Which marlcheck the cells run.
    struct ExecutableOption: ParsableArguments {
        @Option(help: "The marlcheck executable the cells run (default: the one beside this one, else the first on PATH).")
        var marlcheck: String?

        func runner() throws(ModelError) -> NotebookRunner {
            guard let path = marlcheck ?? NotebookRunner.locateMarlcheck() else {
                throw ModelError(path: "--marlcheck", "no marlcheck executable beside this one or on PATH; give its path")
            }
            return NotebookRunner(executable: path)
        }
    }

    struct Run: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Execute every cell and rewrite the recorded outputs.")

        @Argument(help: "Notebook files.")
        var files: [String]

        @OptionGroup var executable: ExecutableOption

        func run() throws {
            let runner = try reportingInputErrors { try executable.runner() }
            for file in files {
                let outcome = try reportingInputErrors { try runner.run(file) }
                print("\(file): \(outcome.cells) cells run, \(outcome.changed) output\(outcome.changed == 1 ? "" : "s") changed")
            }
        }
    }

    struct Verify: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Execute every cell again; exit 1 with a diff where an output changed beyond the tolerance.")

        @Argument(help: "Notebook files.")
        var files: [String]

        @OptionGroup var executable: ExecutableOption

        func run() throws {
            let runner = try reportingInputErrors { try executable.runner() }
            var failed = false
            for file in files {
                let verification = try reportingInputErrors { try runner.verify(file) }
                print(verification.description)
                failed = failed || !verification.passed
            }
            if failed { throw ExitCode(1) }
        }
    }
}
