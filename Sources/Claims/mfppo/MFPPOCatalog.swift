/// The registered claims of mfppo ("A principled permutation invariant approach to mean-field
/// multi-agent reinforcement learning", seed 002), in the paper's order: Sec. 2 (with the proofs of
/// App. C), Sec. 3 (with App. D), Sec. 4 with the proof sketch of Theorem 4.1, App. E. Values follow
/// the paper's (1−γ)-scaled convention V = (1−γ)E Σ γ^t r wherever a claim compares values; each
/// claim says which scale it uses.
enum MFPPOClaims {
    static let all: [Claim] = [
        // Sec. 2, App. C
        proposition21, proposition21Step1, proposition21Step1Printed, proposition21Step2, proposition21Step2Deterministic,
        proposition21b, proposition21bStep1, proposition21bStep2, proposition21bStep3, proposition21bStep3Unnormalized,
        proposition21bStep4, proposition21bStep4Printed,
        proposition22, proposition22AnyPolicy, proposition22Mass,
        // Sec. 3, App. D
        proposition31, proposition31Order, proposition31OrderUpper, proposition32, proposition32ProofDirection, algorithm1Schedule,
        // Sec. 4
        definition41Kernel, definition41KernelGradient, assumption1, assumption2, assumption2Averaged,
        equation41, equation41Optimality,
        theorem41Exact, theorem41ExactIterationZero, theorem41Inexact, theorem41InexactFromZero, theorem41InexactSqrt, theorem41InexactRate,
        lemma41, lemma41Agents, lemma42,
        theorem41Step1, theorem41Step2, theorem41Step2Unnormalized, theorem41Step3, theorem41Step4, theorem41Step5, theorem41Step5OneSided,
        theorem41Step6, theorem41Step7, theorem41Step8,
        lemma43, lemma43Sqrt, lemma43SourceConstants, lemma43MetaActions, lemma43StateActionRatio, lemma43Appendix,
        // App. E
        assumption3, assumption4Evaluation, assumption4Improvement, assumption4EvaluationSwapped, assumption4ImprovementSwapped,
        lemmaE1, lemmaE2, lemmaE3, lemmaE4, lemmaE4PrintedTarget, lemmaE5,
        equationE12, theoremE1, theoremE1PrintedTarget, theoremE1Agents, theoremE1Step1, theoremE1Step2,
        lemma41Step1,
        theorem41Step10, theorem41Step11, theorem41Step11LocalActions, theorem41Step12, theorem41Step13,
    ]
}
