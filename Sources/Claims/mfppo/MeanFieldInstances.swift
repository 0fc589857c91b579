import GSLKit
import MarkovGames

/// Instances of mfppo's finite-N mean-field MDP (`MeanFieldMDP`, test bed G2): random local data
/// for N agents with k local states and m local actions, plus whatever a claim adds.
enum MeanFieldInstances {
    /// A family of mean-field MDPs: k ∈ `localStates`, m ∈ `localActions`, N ∈ `agents`,
    /// γ ~ U(`gammas`); `extra` adds the claim's own fields. The search may move the local data
    /// (logits and reward weights, free reals), γ in (0, 0.95), `searchScalars` and `searchVectors`.
    static func family(_ description: String, localStates: ClosedRange<Int> = 2...2, localActions: ClosedRange<Int> = 2...2,
                       agents: ClosedRange<Int> = 3...6, gammas: ClosedRange<Double> = 0.3...0.9,
                       searchScalars: [String: ScalarDomain] = [:], searchVectors: [String: Bool] = [:], searchable: Bool = true,
                       admissible extraReason: @escaping @Sendable (ClaimInstance) -> String? = { _ in nil },
                       extra: @escaping @Sendable (RandomSource, inout ClaimInstance) throws -> Void = { _, _ in }) -> InstanceFamily {
        var scalars = searchScalars
        scalars["gamma"] = .interval(0, 0.95)
        var vectors = searchVectors
        vectors["kernelLogits"] = false
        vectors["rewardWeights"] = false
        let space = searchable ? SearchSpace(scalars: scalars, vectors: vectors) : nil
        return InstanceFamily(description: description, searchSpace: space, admissible: { x in
            do { _ = try MeanFieldDynamics(x) } catch { return "\(error)" }
            return extraReason(x)
        }) { rng in
            let dynamics = MeanFieldDynamics.random(rng.child("dynamics"), localStates: rng.integer(in: localStates),
                                                    localActions: rng.integer(in: localActions), agents: rng.integer(in: agents),
                                                    gamma: rng.uniform(gammas.lowerBound, gammas.upperBound))
            var x = ClaimInstance(seed: SeedSequence.derive(rng.seed, "instance"))
            dynamics.store(in: &x)
            try extra(rng.child("extra"), &x)
            return x
        }
    }

    /// The mean-field MDP of an instance.
    static func model(_ x: ClaimInstance) throws -> MeanFieldMDP { MeanFieldMDP(try MeanFieldDynamics(x)) }
}
