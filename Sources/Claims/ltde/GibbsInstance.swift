import Foundation
import GSLKit

/// A networked instance with a Gibbs team policy Π^θ (ltde (4.4)): the `NetworkedInstance` fields
/// plus the vector `theta` (every team's θ_s, concatenated), the integer `width` M of the neural
/// energy (0 for the tabular energy) and the scalar `temperature` τ.
struct GibbsInstance: Sendable {
    let network: NetworkedInstance
    let space: TeamConfigurations
    let kernel: MeanFieldTransition
    let energy: any TeamEnergy
    let theta: [[Double]]

    init(_ x: ClaimInstance) throws {
        let network = try NetworkedInstance(x)
        let model = network.model
        let space = TeamConfigurations(graph: model.graph, agents: model.agentCount, actions: model.actionCount)
        let width = try x.integer("width")
        let energy: any TeamEnergy = width == 0
            ? TabularTeamEnergy(space: space)
            : NeuralTeamEnergy(space: space, width: width, temperature: try x.scalar("temperature"))
        let flat = try x.vector("theta")
        let sizes = (0..<space.nodeCount).map { energy.parameterCount(team: $0) }
        guard flat.count == sizes.reduce(0, +) else {
            throw ClaimError.outsideHypotheses("theta has \(flat.count) entries, the energy needs \(sizes.reduce(0, +))")
        }
        var theta: [[Double]] = [], start = 0
        for n in sizes { theta.append(Array(flat[start..<(start + n)])); start += n }
        self.network = network
        self.space = space
        kernel = MeanFieldTransition(model: model, space: space)
        self.energy = energy
        self.theta = theta
    }

    /// The exact gradient machinery at θ (or at another θ of the same shape).
    func gradient(at theta: [[Double]]? = nil, reading: TeamRewardReading) throws -> TeamPolicyGradient {
        try TeamPolicyGradient(kernel: kernel, energy: energy, theta: theta ?? self.theta, reading: reading,
                               gamma: network.gamma, model: network.model)
    }

    /// A random instance: a networked model (`NetworkedInstance.sample`), θ with i.i.d. N(0, σ²)
    /// entries (σ = 1 for the tabular energy, σ² = 1/(1+m) for the neural one, the initialisation
    /// of (4.3)), τ ~ U[0.5, 2].
    static func sample(_ rng: RandomSource, graph: NetworkGraphKind, nodes: Int, agents: Int, width: Int,
                       gammas: ClosedRange<Double>) -> ClaimInstance {
        var x = NetworkedInstance.sample(rng, graph: graph, nodes: nodes, agents: agents, gammas: gammas)
        let m = 2
        let perTeam = width == 0 ? (0...agents).reduce(0) { $0 + $1 + 1 } : width * (1 + m)
        let sd = width == 0 ? 1 : 1 / Double(1 + m).squareRoot()
        let thetaRng = rng.child("theta")
        x.vectors["theta"] = (0..<(nodes * perTeam)).map { _ in thetaRng.normal(standardDeviation: sd) }
        x.integers["width"] = width
        x.scalars["temperature"] = rng.uniform(0.5, 2)
        return x
    }

    static let searchSpace = SearchSpace(
        scalars: ["gamma": .interval(0.01, 0.99), "crowding": .interval(0, 4), "temperature": .interval(0.1, 5)],
        vectors: ["logits": false, "baseReward": false, "neighbourWeights": false, "theta": false])

    static func admissible(_ x: ClaimInstance) -> String? {
        do {
            _ = try GibbsInstance(x)
            return nil
        } catch {
            return "\(error)"
        }
    }
}
