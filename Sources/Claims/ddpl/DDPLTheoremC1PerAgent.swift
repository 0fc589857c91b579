import ExactSolvers
import Foundation
import GSLKit
import MarkovGames

extension DDPLClaims {
    /// ddpl, Theorem C.1, reading c_π per agent: each agent's own constant c_i = inf_k c_{π^k,i}, and the
    /// bound claimed with the largest of them (the statement "for every i" at its strongest).
    static let theoremC1MaxAgent = Claim(
        id: "ddpl.thmC.1.perAgent", paper: .ddpl, source: "Theorem C.1 (App. C), definition of c_π",
        statement: theoremC1Statement,
        reading: "c_π has a free agent index i; read per agent, c_i = inf_k c_{π^k,i}, with the bound taken at max_i c_i",
        hypotheses: "see family; η = (1−γ)²/(2n(r_max − r_min)); M exact; c = max_i min_{k<K} c_{π^k,i}",
        kind: .upperBound,
        check: ClaimCheck(family: decSPGFamily(epochs: 2000)) { x in
            try theoremC1Evaluation(x, constant: { $0.largestAgentArgmaxConstant(upTo: $1) }, constantName: "max_i min_{k<K} c_{π^k,i}")
        })
}
