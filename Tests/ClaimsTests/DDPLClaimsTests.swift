import ExactSolvers
import Foundation
import GSLKit
import MarkovGames
import PropertyBased
import Testing
@testable import Claims

/// The paper-specific mathematics of the ddpl claims against independent values: closed forms,
/// hand calculations written out below, and sums evaluated separately in double precision
/// (numpy/scipy, with the inputs stated).
@Suite struct DDPLClaimsTests {
    // MARK: - Theorem 3.1 (M_sa)

    /// E_{N(μ,v)}[r_start] against Gauss–Legendre quadrature of N(a; μ, v) r_start(a) over μ ± 12√v, cut
    /// into pieces of length at most 1/32 (under one bump width 1/√(2α) ≈ 0.045) with 32 nodes each; the
    /// integrand is analytic, so the rule is accurate far below the 1e-10 asked.
    @Test func gaussianMomentOfStartReward() {
        for (mu, v) in [(0.0, 0.1), (0.3, 0.01), (-0.5, 0.002), (0.1, 1.0)] {
            let sd = v.squareRoot(), lo = mu - 12 * sd, hi = mu + 12 * sd
            let pieces = Int(((hi - lo) * 32).rounded(.up))
            var quadrature = 0.0
            for j in 0..<pieces {
                let rule = GaussLegendreRule(points: 32, from: lo + (hi - lo) * Double(j) / Double(pieces), to: lo + (hi - lo) * Double(j + 1) / Double(pieces))
                quadrature += rule.integrate { Special.normalDensity(($0 - mu) / sd) / sd * StartStateExample.rStart($0) }
            }
            #expect(abs(StartStateExample.expectedStartReward(mean: mu, variance: v) - quadrature) <= 1e-10 * max(1, abs(quadrature)))
        }
    }

    /// The printed numbers of eq. (10) are the symbolic constants of eq. (9): 2λ = 0.02, 2c₀α = 1350,
    /// 2αβ² − 1 = 124, 2α = 500, αβ² = 62.5 (hand arithmetic with ν = 10, α = 250, β = 0.5, c₀ = 2.7, λ = 0.01).
    @Test func printedConstantsOfEquation10() {
        for x in [0.0, 1, 21.938, 124, 500] {
            let printed = 1350 * (124 - x) / pow(1 + x, 2.5) * exp(-62.5 / (1 + x))
            #expect(abs(StartStateExample.stationarityBracket(x) - printed) <= 1e-12 * max(1, abs(printed)))
        }
    }

    /// sup_{x≥0} 1350(124 − x)(1+x)^{−5/2}e^{−62.5/(1+x)} = 3.584850557920602 at x ≈ 21.938 (a separate
    /// grid search in double precision with step 10⁻³ on [0, 200]); the paper rounds it up to 3.6.
    @Test func supremumOfTheBracket() throws {
        let sup = try StartStateExample.bracketSupremum()
        #expect(abs(sup.value - 3.584850557920602) <= 1e-9)
        #expect(abs(sup.at - 21.938) <= 2e-3)
    }

    /// p_0 at σ² = 0.1: C'[Φ(u) − Φ(l)] evaluated separately with scipy.special.ndtr gives
    /// 2.0557072754348127e-4 (μ' = −0.490196…, σ'² = 0.1/51, C' = 0.005/√51 · e^{−62.5/51}).
    @Test func firstEpochSuccessProbability() {
        #expect(abs(StartStateExample.successProbability(variance: 0.1) / 2.0557072754348127e-4 - 1) <= 1e-10)
    }

    /// ∏_{k<150000}(1 − p_k)^{32} at σ_k² = 1/(10 + 0.128k) is 0.5534554368830985 (the same sum evaluated
    /// separately with numpy/scipy's log1p and ndtr); the tail beyond is below 10⁻¹⁶⁰.
    @Test func worstCaseNeverReachProbability() throws {
        let run = try GaussianProjectedRun(.worstCase, cutoff: 1e-300, maxEpochs: 150_000)
        #expect(abs(exp(run.logNeverReached) / 0.5534554368830985 - 1) <= 1e-9)
    }

    /// The stationary-point run: 1 − ∏(1 − p_k)^{32} = 0.4113599346781276 (a separate computation: roots
    /// of eq. (10) by a sign scan and scipy's brentq for 3000 epochs, p_k with ndtr; the later epochs add
    /// less than 10⁻¹⁶). Every epoch has exactly one stationary variance.
    @Test func stationaryRunReachProbability() throws {
        let run = try GaussianProjectedRun(.stationaryPoint)
        #expect(abs(run.reachProbability - 0.4113599346781276) <= 1e-9)
        #expect(run.rootCounts.allSatisfy { $0 == 1 })
        #expect(run.tailBound < 1e-15)
    }

    // MARK: - Schedule (24), Lemma B.4

    /// H = 2, c' = c'' = 0.1 by hand: β₁ = 2^{−0.1} = 0.933033, L = 0.1 ln 2/2 = 0.0346574,
    /// β₂ = L·β₁(1 + L) = 0.0334566; α = (0.066967, 0.966543), ᾱ = (0.066967, 0.064727);
    /// Σ β/(α(1−ᾱ)) = 0.933033/(0.066967·0.933033) + 0.0334566/(0.966543·0.935273) = 14.93272 + 0.03701
    /// = 14.96974 (numpy: 14.969737040841121).
    @Test func lemmaB4SumByHand() {
        let s = DDPLNoiseSchedule(horizon: 2, cPrime: 0.1, cDoublePrime: 0.1)
        #expect(abs(s.beta[0] - pow(2, -0.1)) <= 1e-15)
        #expect(abs(s.beta[1] - 0.1 * log(2) / 2 * pow(2, -0.1) * (1 + 0.1 * log(2) / 2)) <= 1e-15)
        #expect(abs(s.lemmaB4Sum - 14.969737040841121) <= 1e-11)
    }

    /// 1 − ᾱ_τ keeps its relative accuracy when β₁ = H^{−c'} is below the unit round-off:
    /// H = 1000, c' = 8 gives β₁ = 10⁻²⁴ and 1 − ᾱ₁ = β₁.
    @Test func tinyFirstNoiseLevel() {
        let s = DDPLNoiseSchedule(horizon: 1000, cPrime: 8, cDoublePrime: 2)
        #expect(abs(s.oneMinusAlphaBar[0] / 1e-24 - 1) <= 1e-12)
        #expect(s.lemmaB4Sum.isFinite)
    }

    // MARK: - Lemma B.3, B.5

    /// E|Y| for Y ~ N(0, σ²) is σ√(2/π); for Y ~ N(m, σ²) with m ≫ σ it tends to m.
    @Test func foldedNormalMean() {
        #expect(abs(LinearGrowthExtremes.foldedMean(mean: 0, sd: 2) - 2 * (2 / Double.pi).squareRoot()) <= 1e-15)
        #expect(abs(LinearGrowthExtremes.foldedMean(mean: 10, sd: 0.5) - 10) <= 1e-12)
    }

    /// TV between N(0,1) and N(0,4): the densities cross at x₀² = (2·1·4/3) ln 2, and
    /// TV = 2[Φ(x₀) − Φ(x₀/2)]; also against ½∫|p − q| by QAGS. Equal variances: 2Φ(|Δm|/(2σ)) − 1.
    @Test func gaussianTotalVariation() throws {
        let x0 = (8.0 / 3 * log(2)).squareRoot()
        let closed = 2 * (Special.normalCDF(x0) - Special.normalCDF(x0 / 2))
        #expect(abs(GaussianDivergences.totalVariation(0, 1, 0, 4) - closed) <= 1e-14)
        let quad = try Quadrature.integrate({ x in 0.5 * abs(Special.normalDensity(x - 0.3) - Special.normalDensity((x + 0.2) / 1.5) / 1.5) },
                                            from: -30, to: 30)
        #expect(abs(GaussianDivergences.totalVariation(0.3, 1, -0.2, 2.25) - quad.value) <= 1e-10)
        #expect(abs(GaussianDivergences.totalVariation(1, 4, 0, 4) - (2 * Special.normalCDF(0.25) - 1)) <= 1e-15)
    }

    /// With the exact score (e₀ = e₁ = 0) and Y_1 = X_1, Tweedie's formula gives E Y_0 = m, and
    /// Var Y_0 = αv²/(αv + β) + σ² (derived by hand: the backward slope is √α v/(αv + β)).
    @Test func exactScoreBackwardStep() {
        let v = 0.3, beta = 0.05, alpha = 0.95, m = 0.7
        let d = OneStepDenoising(m: m, v: v, beta: beta, sigma2: beta / alpha, e0: 0, e1: 0,
                                 meanY: alpha.squareRoot() * m, varianceY: alpha * v + beta)
        #expect(abs(d.meanY0 - m) <= 1e-15)
        #expect(abs(d.varianceY0 - (alpha * v * v / (alpha * v + beta) + beta / alpha)) <= 1e-15)
        #expect(d.scoreError == 0)
    }

    // MARK: - DDPM pieces

    /// A one-component mixture N(m, v) at ᾱ has score −(x − √ᾱ m)/(ᾱv + 1 − ᾱ) and derivative −1/(ᾱv + 1 − ᾱ).
    @Test func singleGaussianScore() {
        let mixture = DenoisingScoreMatching.Mixture(weights: [1], means: [0.4], variances: [0.2])
        let ab = 0.7, variance = 0.7 * 0.2 + 0.3
        let r = mixture.scoreAndDerivative(0.9, alphaBar: ab, noise: 0.3)
        #expect(abs(r.score + (0.9 - ab.squareRoot() * 0.4) / variance) <= 1e-15)
        #expect(abs(r.derivative + 1 / variance) <= 1e-14)
    }

    /// The grid propagation of the sampler against an exact recursion: for a Gaussian target N(0, v) the
    /// exact scores are linear, so a_{τ−1} = g_τ a_τ + σ_τ ε with g_τ = (1 − β_τ/V_τ)/√α_τ,
    /// V_τ = ᾱ_τ v + 1 − ᾱ_τ, and Var_{τ−1} = g_τ² Var_τ + β_τ/α_τ from Var_H = 1 (hand derivation).
    @Test func samplerDensityForAGaussianTarget() {
        let v = 0.04
        let schedule = DDPLNoiseSchedule(horizon: 64, cPrime: 2, cDoublePrime: 4)
        let target = DenoisingScoreMatching.Mixture(weights: [1], means: [0], variances: [v])
        var variance = 1.0
        for t in stride(from: schedule.horizon - 1, through: 0, by: -1) {
            let big = schedule.alphaBar[t] * v + schedule.oneMinusAlphaBar[t]
            let g = (1 - schedule.beta[t] / big) / schedule.alpha[t].squareRoot()
            variance = g * g * variance + schedule.beta[t] / schedule.alpha[t]
        }
        let output = ReverseDiffusionDensity(target: target, schedule: schedule)
        let sd = variance.squareRoot()
        var tv = 0.0
        for (i, x) in output.grid.enumerated() { tv += abs(output.density[i] - Special.normalDensity(x / sd) / sd) }
        // The grid steps (cubic interpolation, h = 0.006 against a width 0.2) leave an error far below
        // the discretisation errors the claims measure (≥ 10⁻³).
        #expect(0.5 * tv * output.spacing <= 1e-5)
    }

    /// The closed-form moments of the feature g(x) = min(max(|x| − c_b, 0), 1) against QAGP.
    @Test func featureMomentsAgainstQuadrature() throws {
        for (m, sd, cb) in [(0.0, 1.0, 0.5), (0.3, 0.2, 0.05), (-1.2, 0.7, 1.0)] {
            let closed = WeightedLossClass.featureMoments(mean: m, sd: sd, bound: cb)
            let g = { (e: Double) in WeightedLossClass.feature(m + sd * e, bound: cb) }
            let marks = [-40.0] + [-cb - 1, -cb, cb, cb + 1].map { ($0 - m) / sd }.sorted() + [40.0]
            // Absolute tolerance 1e-14: some moments vanish (E g' = 0 at m = 0 by symmetry).
            let settings = Quadrature.Settings(absoluteTolerance: 1e-14, relativeTolerance: 1e-12)
            let mean = try Quadrature.integrate({ Special.normalDensity($0) * g($0) }, breakpoints: marks, settings: settings)
            let square = try Quadrature.integrate({ Special.normalDensity($0) * g($0) * g($0) }, breakpoints: marks, settings: settings)
            let slope = try Quadrature.integrate({ Special.normalDensity($0) * g($0) * $0 / sd }, breakpoints: marks, settings: settings)
            #expect(abs(closed.mean - mean.value) <= 1e-12)
            #expect(abs(closed.square - square.value) <= 1e-12)
            #expect(abs(closed.slope - slope.value) <= 1e-11)
        }
    }

    // MARK: - ISSM on finite action sets

    /// p̃ = (½, ½), π* = (0.8, 0.2): Σ π*⁴/p̃³ = (0.4096 + 0.0016)/0.125 = 3.2896, D₄ = ln(3.2896)/3.
    @Test func renyiFourByHand() throws {
        let problem = FiniteActionISSM(proposal: [0.5, 0.5], q: [log(4.0), 0], lambda: 1)
        #expect(abs(problem.target[0] - 0.8) <= 1e-15)
        #expect(abs(try problem.renyiFour() - log(3.2896) / 3) <= 1e-14)
        #expect(abs(problem.fourthMomentRoot - pow(3.2896, 0.25)) <= 1e-14)
    }

    /// With p̃ = π* (λ = 0) the weights are 1 and π̂_N is the empirical measure: E[TV²] is then the
    /// multinomial value, for two equally likely actions E[(|X/N − ½|)²] = 1/(4N).
    @Test func selfNormalisedEstimateWithoutReweighting() {
        let problem = FiniteActionISSM(proposal: [0.5, 0.5], q: [0, 0], lambda: 0)
        let r = problem.meanSquaredVariation(samples: 50, replicates: 4000, rng: RandomSource(seed: 11))
        // Four standard errors of the Monte Carlo mean.
        #expect(abs(r.mean - 1.0 / 200) <= 4 * r.standardError)
    }

    // MARK: - Theorem C.1 constants

    /// Two states, one agent: action 0 stays, action 1 switches; ρ₀ = (½, ½), γ = ½. Visits to s0 are
    /// minimised by switching out of s0 and staying in s1: W(s0) = 1, W(s1) = 0, so
    /// d_min(s0) = (1−γ)·ρ₀ᵀW = ½·½ = ¼ and by symmetry d_min(s1) = ¼: M = 4.
    @Test func minimalVisitationByHand() throws {
        let game = try Game(name: "switch", stateNames: ["s0", "s1"], agents: [Agent(name: "a", actions: ["stay", "switch"])], gamma: 0.5,
                            initial: [0.5, 0.5], transitions: [1, 0, 0, 1, 0, 1, 1, 0], rewards: .shared([0, 1, 0, 1]))
        let dMin = try FiniteMDP(game: game).minimalDiscountedStateOccupancy()
        #expect(abs(dMin[0] - 0.25) <= 1e-14 && abs(dMin[1] - 0.25) <= 1e-14)
        #expect(abs(try VisitationConstant.exact(game) - 4) <= 1e-12)
        #expect(abs(VisitationConstant.initialDistributionBound(game) - 4) <= 1e-15)
    }

    /// c_π on a one-state game with rewards (1, 1, 0) for one agent: both tied actions are in the argmax,
    /// so c_π = π(0) + π(1).
    @Test func argmaxMassCountsTies() throws {
        let game = try Game(name: "ties", stateNames: ["s"], agents: [Agent(name: "a", actions: ["x", "y", "z"])], gamma: 0.5,
                            initial: [1], transitions: [1, 1, 1], rewards: .shared([1, 1, 0]))
        let policy = ProductPolicy(tables: [[0.2, 0.3, 0.5]])
        let views = try ExactDecSPG.views(game: game, policy: policy)
        #expect(abs(ArgmaxMass.perAgent(game: game, policy: policy, views: views)[0] - 0.5) <= 1e-15)
    }

    /// The performance-difference identity over hybrid policies (eqs. 69–70) is a mathematical truth on
    /// every game: each link equals its advantage sum and the links add up to J(π) − J(π̃).
    @Test func hybridPerformanceDifference() async {
        await propertyCheck(count: 30, input: Gen.uint64(in: 0...UInt64(1) << 40)) { seed in
            let rng = RandomSource(seed: seed)
            let game = try! RandomInstances.cooperativeGame(rng, states: 1...4, agents: 1...3, actions: 1...3, gammas: [0.3, 0.9])
            let pi = RandomInstances.productPolicy(game, rng), piTilde = RandomInstances.productPolicy(game, rng)
            let h = try! HybridPolicies(game: game, pi: pi, piTilde: piTilde)
            for link in h.links { #expect(abs(link.gain - link.advantageSum) <= 2 * link.error) }
            #expect(abs(h.links.reduce(0) { $0 + $1.gain } - h.totalGain) <= h.links.reduce(h.totalError) { $0 + $1.error })
        }
    }
}
