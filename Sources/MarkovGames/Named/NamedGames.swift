/// The registry of named builders; one file per builder in this folder.
enum NamedGames {
    static let all: [GameBuilder] = [
        randomIdenticalInterest,
        randomPotential,
        distancing,
        ratioGame,
        ddplSingleAgent,
        ddplMultiAgent,
        climbing,
        penalty,
        antiCoordination,
        ltdeNetwork,
        mfppoPopulation,
    ]
}
