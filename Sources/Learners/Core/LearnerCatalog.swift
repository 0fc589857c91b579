import MarkovGames

/// Every registered learner, in the order `marlcheck run --help` lists them.
public enum LearnerCatalog {
    public static var learners: [LearnerSpec] {
        [decspg, decspgGaussian, ddpl, mappo, mappoSGD, mappoPessimistic, haqo, haqoDiffusion, mfppo, ltde, inpg, ipg]
    }

    /// The learner called `name`, or an error listing the names.
    public static func learner(named name: String) throws(ModelError) -> LearnerSpec {
        guard let l = learners.first(where: { $0.name == name }) else {
            throw ModelError(path: "LEARNER", "no learner named '\(name)' (one of: \(learners.map(\.name).joined(separator: ", ")))")
        }
        return l
    }
}
