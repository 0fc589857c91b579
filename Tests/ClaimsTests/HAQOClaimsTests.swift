import ExactSolvers
import Foundation
import GSLKit
import MarkovGames
import PropertyBased
import Testing
@testable import Claims

/// haqo's paper-specific mathematics against independent values: closed forms, hand
/// calculations (written out in the comments), and moment identities that hold for every law.
@Suite struct HAQOClaimsTests {
    // MARK: - noise schedule

    /// DDPM's linear schedule (β from 1e-4 to 0.02 over T = 1000) ends at ᾱ_T ≈ 4.04e-5 (Ho et al.
    /// 2020, the value behind their "signal-to-noise ≈ 1e-5 at t = T"); ᾱ_1 = 1 − β_1 = 0.9999.
    @Test func linearScheduleMatchesDDPM() {
        let s = NoiseSchedule.linear(steps: 1000)
        #expect(abs(s.alphaBars[0] - 0.9999) < 1e-15)
        #expect(abs(s.alphaBars[999] - 4.04e-5) / 4.04e-5 < 0.01)
        // T = 50: Σβ = 50·(1e-4 + 0.02)/2 = 0.5025 and Σβ² ≈ 50·(mean β² ≈ 1.36e-4) = 6.8e-3, so
        // ln ᾱ_50 = Σ ln(1 − β) ≈ −0.5025 − 0.0034 → ᾱ_50 ≈ 0.603.
        #expect(abs(NoiseSchedule.paper.alphaBars[49] - 0.603) < 0.002)
    }

    // MARK: - truncated normal

    /// [0, ∞): mean √(2/π), variance 1 − 2/π. [−c, c]: mean 0, variance 1 − 2cφ(c)/(2Φ(c) − 1).
    @Test func truncatedNormalClosedForms() {
        let half = TruncatedStandardNormal(lower: 0, upper: .infinity)
        #expect(abs(half.mean - (2 / Double.pi).squareRoot()) < 1e-14)
        #expect(abs(half.variance - (1 - 2 / Double.pi)) < 1e-14)
        #expect(abs(half.logMass - log(0.5)) < 1e-15)
        let c = 1.3, sym = TruncatedStandardNormal(lower: -c, upper: c)
        #expect(abs(sym.mean) < 1e-15)
        let expected = 1 - 2 * c * Special.normalDensity(c) / (2 * Special.normalCDF(c) - 1)
        #expect(abs(sym.variance - expected) < 1e-14)
    }

    /// Far in the upper tail, [8, 9]: compare with a direct QAGS integration of x·φ(x) and x²·φ(x)
    /// divided by the mass (a different method from the closed form).
    @Test func truncatedNormalInTheTail() throws {
        let t = TruncatedStandardNormal(lower: 8, upper: 9)
        let mass = try Quadrature.integrate({ Special.normalDensity($0) }, from: 8, to: 9).value
        let m1 = try Quadrature.integrate({ $0 * Special.normalDensity($0) }, from: 8, to: 9).value / mass
        let m2 = try Quadrature.integrate({ $0 * $0 * Special.normalDensity($0) }, from: 8, to: 9).value / mass
        #expect(abs(exp(t.logMass) - mass) / mass < 1e-9)
        #expect(abs(t.mean - m1) < 1e-9)
        #expect(abs(t.variance - (m2 - m1 * m1)) < 1e-7)
    }

    // MARK: - forward noising posterior

    static let laws: [ScalarActionLaw] = [
        .discrete(points: [-1, 0, 1], probabilities: [0.2, 0.5, 0.3]),
        .uniform(-1, 1),
        ScalarActionLaw(components: [.gaussian(mean: 0.4, standardDeviation: 0.2), .uniform(lower: -1, upper: 1), .atom(-0.7)],
                        weights: [0.5, 0.3, 0.2]),
    ]

    /// For every law and ᾱ: ∫p_t = 1, E_z E[ε|z] = E ε = 0, E_z E[ε²|z] = E ε² = 1,
    /// E_z E[x₀|z] = E x₀ and E_z E[x₀²|z] = E x₀² (the tower rule; it fails if any posterior
    /// formula is wrong).
    @Test(arguments: [0.05, 0.5, 0.9, 0.999])
    func posteriorMomentsObeyTheTowerRule(alphaBar: Double) throws {
        for law in Self.laws {
            let noised = NoisedActionLaw(law: law, alphaBar: alphaBar)
            let mass = try noised.expectation { _ in 1 }
            let e1 = try noised.expectation { $0.noiseMean }
            let e2 = try noised.expectation { $0.noiseVariance + $0.noiseMean * $0.noiseMean }
            let x1 = try noised.expectation { $0.actionMean }
            let x2 = try noised.expectation { $0.actionVariance + $0.actionMean * $0.actionMean }
            #expect(abs(mass.value - 1) < 1e-9)
            #expect(abs(e1.value) < 1e-9)
            #expect(abs(e2.value - 1) < 1e-8)
            #expect(abs(x1.value - law.mean) < 1e-9)
            #expect(abs(x2.value - (law.variance + law.mean * law.mean)) < 1e-8)
        }
    }

    /// Tweedie (eq. (93)): E[ε|z] = −√(1−ᾱ)·d/dz ln p_t(z), against a central difference.
    @Test func bayesDenoiserIsTheScaledScore() {
        for law in Self.laws {
            let noised = NoisedActionLaw(law: law, alphaBar: 0.7)
            for z in stride(from: -1.5, through: 1.5, by: 0.25) {
                let h = 1e-5
                let score = (noised.logDensity(z + h) - noised.logDensity(z - h)) / (2 * h)
                #expect(abs(noised.posterior(z).noiseMean + noised.noise * score) < 1e-6)
            }
        }
    }

    /// The uniform law's Bayes risk E[Var(ε|z)] (theory note §7 item 3): → 1 as ᾱ → 1 (the
    /// posterior of x₀ is a normal of variance σ²/ᾱ except near the edges) and ≈ ᾱ/(1−ᾱ)·Var U =
    /// ᾱ/(3(1−ᾱ)) as ᾱ → 0 (the posterior is the prior).
    @Test func uniformBayesRiskLimits() throws {
        let sharp = try DenoisingRisk.weightedMinimum(data: NoisedActionLaw(law: .uniform(-1, 1), alphaBar: 0.99999), weights: [1])
        #expect(abs(sharp.value - 1) < 0.01)
        let flat = try DenoisingRisk.weightedMinimum(data: NoisedActionLaw(law: .uniform(-1, 1), alphaBar: 1e-4), weights: [1])
        #expect(abs(flat.value - 1e-4 / (3 * (1 - 1e-4))) / (1e-4 / 3) < 1e-3)
    }

    /// A Gaussian law N(0, s²): every posterior is Gaussian and Var(ε|z) = ᾱs²/(ᾱs² + 1 − ᾱ) for
    /// every z, so the Bayes risk equals it; a two-atom law ±1 with p = ½ at ᾱ has Var(ε|z=0) =
    /// ᾱ/(1−ᾱ) (x₀ = ±1 equally likely given z = 0, and ε = −√ᾱ x₀/√(1−ᾱ)).
    @Test func posteriorVarianceClosedForms() throws {
        let s = 0.3, a = 0.8
        let g = NoisedActionLaw(law: ScalarActionLaw(components: [.gaussian(mean: 0, standardDeviation: s)], weights: [1]), alphaBar: a)
        #expect(abs(g.posterior(0.37).noiseVariance - a * s * s / (a * s * s + 1 - a)) < 1e-14)
        let twoPoint = NoisedActionLaw(law: .discrete(points: [-1, 1], probabilities: [0.5, 0.5]), alphaBar: a)
        #expect(abs(twoPoint.posterior(0).noiseVariance - a / (1 - a)) < 1e-12)
    }

    /// A weighted risk of a constant denoiser f ≡ c on a two-atom law is Σ_k p_k ω_k (1 + c²)
    /// (E[(ε − c)²] = 1 + c² for ε ~ N(0,1), whatever x₀ is).
    @Test func weightedRiskOfAConstantDenoiser() throws {
        let data = NoisedActionLaw(law: .discrete(points: [-1, 1], probabilities: [0.3, 0.7]), alphaBar: 0.6)
        let r = try DenoisingRisk.weighted(data: data, weights: [2, 0.5], denoiser: { _ in 0.4 })
        #expect(abs(r.value - (0.3 * 2 + 0.7 * 0.5) * (1 + 0.16)) < 1e-9)
    }

    // MARK: - entropies

    /// H(U[−1,1]) = ln 2; H(N(0,s²)) = ½ ln(2πe s²); two far-apart Gaussians with weights ½ have
    /// H = ½ ln(2πe s²) + ln 2 up to overlap terms below 1e-12.
    @Test func differentialEntropyClosedForms() throws {
        #expect(abs(try ScalarActionLaw.uniform(-1, 1).differentialEntropy().value - log(2)) < 1e-9)
        let s = 0.1
        let gauss = ScalarActionLaw(components: [.gaussian(mean: 0.2, standardDeviation: s)], weights: [1])
        #expect(abs(try gauss.differentialEntropy().value - 0.5 * log(2 * Double.pi * M_E * s * s)) < 1e-9)
        let two = ScalarActionLaw(components: [.gaussian(mean: -1, standardDeviation: s), .gaussian(mean: 1, standardDeviation: s)], weights: [0.5, 0.5])
        #expect(abs(try two.differentialEntropy().value - (0.5 * log(2 * Double.pi * M_E * s * s) + log(2))) < 1e-9)
    }

    // MARK: - sequential value chain (Lemma A.6)

    /// One state, two agents with two actions, γ = 0 so Q = r:
    /// r = [[1, 2], [3, 4]] (agent 1 slowest), π¹ = (0.25, 0.75), π² = (0.5, 0.5).
    /// Order (1,2): Q^(1)(a¹) = E_{a²} r = (1.5, 3.5); V = 0.25·1.5 + 0.75·3.5 = 3.
    /// Δ₁ = (−1.5, 0.5); Δ₂(a¹=0, ·) = (−0.5, 0.5).
    /// Order (2,1): Q^(1)(a²) = E_{a¹} r = (0.25·1 + 0.75·3, 0.25·2 + 0.75·4) = (2.5, 3.5).
    @Test func conditionalValueChainByHand() throws {
        let game = try Game(name: "hand", stateNames: ["s"], agents: [Agent(name: "1", actions: ["a", "b"]), Agent(name: "2", actions: ["a", "b"])],
                            gamma: 0, initial: [1], transitions: [1, 1, 1, 1], rewards: .shared([1, 2, 3, 4]))
        let pi = ProductPolicy(tables: [[0.25, 0.75], [0.5, 0.5]])
        let q = try game.evaluate(.product(pi)).actionValues
        let forward = LocalizedActionValues(game: game, policy: pi, order: [0, 1], actionValues: q)
        #expect(forward.tables[1] == [1.5, 3.5])
        #expect(forward.tables[0] == [3])
        #expect(forward.advantage(agentAt: 1) == [-1.5, 0.5])
        #expect(Array(forward.advantage(agentAt: 2)[0..<2]) == [-0.5, 0.5])
        let backward = LocalizedActionValues(game: game, policy: pi, order: [1, 0], actionValues: q)
        #expect(backward.tables[1] == [2.5, 3.5])
        #expect(SubsetActionValues.values(game: game, policy: pi, actionValues: q, subset: [1]) == [2.5, 3.5])
    }

    /// The performance-difference identity (Lemma A.8) is a truth of any finite discounted game:
    /// a failure means a bug in the evaluation, the occupancy or the advantage.
    @Test func performanceDifferenceIdentityOnRandomGames() async {
        await propertyCheck(count: 40, input: Gen<UInt64>.uint64()) { seed in
            let rng = RandomSource(seed: seed)
            guard let x = try? HAQOFamilies.jointPair.sample(rng), let c = try? PolicyPairComparison(x) else {
                Issue.record("instance failed for seed \(seed)")
                return
            }
            let rhs = c.expectedAdvantage(under: c.newOccupancy) / (1 - c.gamma)
            #expect(abs(c.returnGain - rhs) <= c.tolerance(what: "PDL").value)
        }
    }

    // MARK: - divergences and update rules

    /// KL((½,½)‖(0.9,0.1)) = ½ ln(0.5/0.9) + ½ ln(0.5/0.1) = ½(−0.587787 + 1.609438) = 0.510826;
    /// TV = ½(0.4 + 0.4) = 0.4.
    @Test func divergencesByHand() throws {
        let kl = try PolicyDivergences.kullbackLeibler([0.5, 0.5, 0.9, 0.1], [0.9, 0.1, 0.5, 0.5], width: 2)
        #expect(abs(kl[0] - 0.5108256237659907) < 1e-14)
        // Second row: KL((0.9,0.1)‖(½,½)) = 0.9 ln 1.8 + 0.1 ln 0.2 = 0.529007 − 0.160944 = 0.368064 (0.3680642071684971).
        #expect(abs(kl[1] - 0.3680642071684971) < 1e-14)
        #expect(abs(try PolicyDivergences.totalVariation([0.5, 0.5], [0.9, 0.1], width: 2)[0] - 0.4) < 1e-15)
    }

    /// The geometric path is π_old at t = 0 and π_target at t = 1; at t = ½ on (0.2, 0.8) →
    /// (0.8, 0.2) it is ∝ (√0.16, √0.16) = uniform.
    @Test func geometricPathEndpoints() {
        let p = [0.2, 0.8], q = [0.8, 0.2]
        #expect(PolicyPaths.interpolate(p, q, t: 0, width: 2).enumerated().allSatisfy { abs($0.element - p[$0.offset]) < 1e-15 })
        #expect(PolicyPaths.interpolate(p, q, t: 1, width: 2).enumerated().allSatisfy { abs($0.element - q[$0.offset]) < 1e-15 })
        #expect(PolicyPaths.interpolate(p, q, t: 0.5, width: 2).allSatisfy { abs($0 - 0.5) < 1e-15 })
    }

    /// The mixing weight found by bisection meets the radius: KL(p‖(1−λ)p + λq) = δ at λ*
    /// (when λ* < 1), to the bisection's resolution 2⁻⁶⁰.
    @Test func trustRegionMixingHitsTheRadius() throws {
        let p = [0.6, 0.3, 0.1], q = [0.1, 0.2, 0.7], delta = 0.01
        let lambda = try SequentialUpdateRules.largestFeasibleMixing(old: p, target: q, width: 3, rho: [1], radius: delta)
        #expect(lambda > 0 && lambda < 1)
        let mix = zip(p, q).map { (1 - lambda) * $0 + lambda * $1 }
        #expect(abs(try PolicyDivergences.kullbackLeibler(p, mix, width: 3)[0] - delta) < 1e-12)
    }

    /// qadv of advantages (1, −1) under π_old = (½, ½): baseline 0, weights (1, 0); qcut with
    /// threshold 0.5 of (0.4, 2): (0, 2).
    @Test func qWeightsByHand() {
        #expect(QWeight.qadv.weights(advantage: [1, -1][...], old: [0.5, 0.5][...]) == [1, 0])
        #expect(QWeight.qcut(threshold: 0.5).weights(advantage: [0.4, 2][...], old: [0.5, 0.5][...]) == [0, 2])
    }

    // MARK: - candidate selection (Prop. A.16)

    /// π = (0.5, 0.49, 0.01) on actions ranked by Q ascending, g = (0, 1, 0):
    /// Var[g_1] = 0.49·0.51 = 0.2499; best of 2: P(a₂) = F₂² − F₁² = 0.99² − 0.5² = 0.7301, so
    /// Var[g_2] = 0.7301·0.2699 = 0.19705399.
    @Test func bestOfTwoByHand() {
        let sel = CandidateSelection(probabilities: [0.5, 0.49, 0.01], critic: [0, 1, 2])
        #expect(abs(CandidateSelection.moments(of: [0, 1, 0], under: [0.5, 0.49, 0.01]).variance - 0.2499) < 1e-15)
        #expect(abs(CandidateSelection.moments(of: [0, 1, 0], under: sel.bestOfK(2)).variance - 0.19705399) < 1e-14)
        #expect(sel.bestOfKLimit == [0, 0, 1])
    }

    /// Keeping the top 1 of K is the best of K: the multinomial enumeration and the order-statistic
    /// formula F_k^K − F_{k−1}^K must agree; keeping all K is the plain mean, of variance Var[g]/K.
    @Test func topAverageAgreesWithOrderStatistics() async {
        await propertyCheck(count: 30, input: Gen<UInt64>.uint64()) { seed in
            let rng = RandomSource(seed: seed)
            let m = rng.integer(in: 2...4), k = rng.integer(in: 1...6)
            let p = rng.dirichlet(dimension: m), q = (0..<m).map { _ in rng.normal() }, g = (0..<m).map { _ in rng.normal() }
            let sel = CandidateSelection(probabilities: p, critic: q)
            let top1 = sel.topAverageMoments(of: g, candidates: k, kept: 1), best = CandidateSelection.moments(of: g, under: sel.bestOfK(k))
            #expect(abs(top1.mean - best.mean) < 1e-12 && abs(top1.variance - best.variance) < 1e-12)
            let all = sel.topAverageMoments(of: g, candidates: k, kept: k), one = CandidateSelection.moments(of: g, under: p)
            #expect(abs(all.mean - one.mean) < 1e-12 && abs(all.variance - one.variance / Double(k)) < 1e-12)
        }
    }

    // MARK: - reconstruction law (Prop. 5.3 proof)

    /// F_z of the U[−1,1]-noised action against ∫_{−∞}^z p_t by QAGIL (a different computation),
    /// and its limits 0 and 1.
    @Test func noisedUniformDistributionFunction() throws {
        let r = ReconstructionLaw(model: .uniform(-1, 1), alphaBar: 0.8)
        for z in [-1.2, -0.3, 0.0, 0.5, 1.4] {
            let direct = try Quadrature.integrate({ exp(r.data.logDensity($0)) }, toUpperBound: z).value
            #expect(abs(r.noisedDistribution(z) - direct) < 1e-9)
        }
        #expect(r.noisedDistribution(-20) < 1e-15 && abs(r.noisedDistribution(20) - 1) < 1e-15)
    }

    /// For a Gaussian model law N(0, s²) the reconstruction â(z) = √ᾱ s² z/(ᾱs² + 1 − ᾱ) is linear, so
    /// P_θ's quantile at u is â(F_z⁻¹(u)); W₂² = ∫₀¹ (â(F_z⁻¹(u)) − (2u − 1))² du is computed here by
    /// inverting F_z with bisection inside a QAGS integral over u — a different route from the
    /// claim's ∫ p_t(z)(â(z) − (2F_z(z) − 1))² dz.
    @Test func wassersteinByQuantileInversion() throws {
        let s = 0.4, a = 0.7
        let r = ReconstructionLaw(model: ScalarActionLaw(components: [.gaussian(mean: 0, standardDeviation: s)], weights: [1]), alphaBar: a)
        let slope = a.squareRoot() * s * s / (a * s * s + 1 - a)
        func quantile(_ u: Double) -> Double {
            var lo = -20.0, hi = 20.0
            for _ in 0..<200 { let mid = (lo + hi) / 2; if r.noisedDistribution(mid) < u { lo = mid } else { hi = mid } }
            return (lo + hi) / 2
        }
        let direct = try Quadrature.integrate({ u in
            let d = slope * quantile(u) - (2 * u - 1)
            return d * d
        }, from: 0, to: 1, settings: Quadrature.Settings(absoluteTolerance: 1e-10, relativeTolerance: 1e-8))
        #expect(abs(try r.wassersteinSquared().value - direct.value) < 1e-7)
    }

    /// Forward propagation visits Σ_t γ^t = 1/(1−γ) states in total (minus the tail γ^H/(1−γ)).
    @Test func discountedVisitsSumToTheHorizonWeight() throws {
        let rng = RandomSource(seed: 11)
        let x = try HAQOFamilies.jointPair.sample(rng)
        let g = try x.requireGame(), pi = try x.policy("pi").joint(in: g).table
        let path = DiscountedTrajectory(game: g, policy: pi)
        #expect(abs(path.discountedVisits.reduce(0, +) - (1 / (1 - g.gamma) - path.tailWeight)) < 1e-12)
    }

    /// A zero trust radius keeps π_old (λ = 0 for every agent); a zero step size of the natural-gradient
    /// round keeps π_old exactly.
    @Test func zeroStepsKeepTheOldPolicy() throws {
        let rng = RandomSource(seed: 5)
        let x = try HAQOFamilies.haqoRound.sample(rng)
        let g = try x.requireGame(), old = try x.productPolicy("old")
        let step = try SequentialUpdateRules.haqoRound(game: g, old: old, order: [0, 1], weight: .qadv, alpha: 0.1, radius: 0)
        #expect(step.mixing == [0, 0])
        #expect(step.new == old)
        let npg = try SequentialUpdateRules.naturalGradientRound(game: g, old: old, order: [1, 0], eta: 0)
        for i in 0..<g.agentCount { #expect(zip(npg.tables[i], old.tables[i]).allSatisfy { abs($0 - $1) < 1e-15 }) }
    }
}
