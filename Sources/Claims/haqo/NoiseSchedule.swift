/// The diffusion noise schedule ᾱ_1 > … > ᾱ_T of haqo eqs. (3), (5), (9).
///
/// The paper never states its schedule (App. A.12.3 gives only T = 50, "Ours", Table 9); the
/// claims use the DDPM linear schedule β_t from 1e-4 to 0.02 over T steps,
/// ᾱ_t = ∏_{k≤t}(1 − β_k) (for T = 50, ᾱ runs from 0.9999 to 0.60), and t ~ Uniform{1, …, T}, so
/// every expectation over t is the plain average over the T levels. Eq. (5) writes √α_t where
/// (9), (79) and Alg. 1 write √ᾱ_t; with the schedule unstated, both are "some decreasing
/// sequence in (0,1)", and the claims use ᾱ_t.
struct NoiseSchedule: Sendable, Equatable {
    /// ᾱ_t for t = 1…T.
    let alphaBars: [Double]

    /// The DDPM linear schedule with T steps.
    static func linear(steps T: Int, betaStart: Double = 1e-4, betaEnd: Double = 0.02) -> NoiseSchedule {
        precondition(T >= 1, "NoiseSchedule.linear: T = \(T)")
        var product = 1.0
        var out: [Double] = []
        for t in 0..<T {
            let beta = T == 1 ? betaStart : betaStart + (betaEnd - betaStart) * Double(t) / Double(T - 1)
            product *= 1 - beta
            out.append(product)
        }
        return NoiseSchedule(alphaBars: out)
    }

    /// The schedule the paper's T = 50 (Table 9, "Ours") gives under the linear β schedule.
    static let paper = NoiseSchedule.linear(steps: 50)

    var steps: Int { alphaBars.count }
}

extension NoiseSchedule {
    /// Six levels of the paper schedule (t = 1, 5, 10, 20, 35, 50), for proof steps that hold or
    /// fail level by level: ᾱ from 0.9999 to 0.60. A uniform t over these six levels is itself a
    /// schedule, so the steps' expectations over t are read over it.
    static let coarse = NoiseSchedule(alphaBars: [1, 5, 10, 20, 35, 50].map { NoiseSchedule.paper.alphaBars[$0 - 1] })
}
