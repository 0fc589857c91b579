/// The registered claims of mfppo ("A principled permutation invariant approach to mean-field
/// multi-agent reinforcement learning", seed 002), in the paper's order: Sec. 2, Sec. 3, Sec. 4
/// with the proof sketch, App. C–E. Values follow the paper's (1−γ)-scaled convention
/// V = (1−γ)E Σ γ^t r wherever a claim compares values; each claim says which scale it uses.
enum MFPPOClaims {
    static let all: [Claim] = [
        proposition21, proposition21Step1, proposition21Step1Printed, proposition21Step2, proposition21Step2Deterministic,
        proposition21b, proposition21bStep1, proposition21bStep2, proposition21bStep3, proposition21bStep3Unnormalized,
        proposition21bStep4, proposition21bStep4Printed,
        proposition22, proposition22AnyPolicy, proposition22Mass,
        proposition31, proposition31Order, proposition31OrderUpper, proposition32, proposition32ProofDirection, algorithm1Schedule,
        equation41, equation41Optimality, theorem41Exact, theorem41ExactIterationZero,
        theorem41Step1, theorem41Step2, theorem41Step2Unnormalized, theorem41Step3, theorem41Step4, theorem41Step5, theorem41Step5OneSided,
        theorem41Step6, theorem41Step7, theorem41Step8,
        theorem41Inexact, theorem41InexactFromZero, theorem41InexactSqrt, theorem41InexactRate,
        theorem41Step10, theorem41Step11, theorem41Step11LocalActions, theorem41Step12, theorem41Step13,
        lemma41, lemma41Step1, lemma41Agents,
        theoremE1, theoremE1PrintedTarget, theoremE1Agents,
        lemma43, lemma43Sqrt, lemma43SourceConstants, lemma43MetaActions, lemma43StateActionRatio, lemma43Appendix,
    ]
}
