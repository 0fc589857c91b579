/// The registry of named builders; one file per builder in this folder.
enum NamedGames {
    static let all: [GameBuilder] = [
        randomIdenticalInterest,
    ]
}
