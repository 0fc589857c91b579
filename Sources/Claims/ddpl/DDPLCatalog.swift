/// The registered claims of ddpl, in the paper's order: Sec. 2.2 (eq. 1), Sec. 3.1, Theorem 3.1 and
/// Proposition 3.2 with their proofs (App. A), Sec. 4.1 and Theorem 4.1 with eq. (23) and the proof
/// (App. B), Lemmas B.2–B.5, Theorems C.1 and C.2 with their proofs (App. C).
enum DDPLClaims {
    static let all: [Claim] = [
        equation1, equation1ScoreSign,
        section31Rate,
        theorem31, theorem31GlobalMinimizer, theorem31Step1, theorem31Step2, theorem31Step3, theorem31Step4,
        theorem31Step5, theorem31Step6, theorem31Step7, theorem31Step8, theorem31Step9,
        proposition32, proposition32Step1, proposition32Step2,
        theorem41, theorem41Horizon, section41Weight, section41RenyiDecrease, section41RenyiDecreaseBenchmarkStep,
        equation23, equation23UnnormalizedWeight,
        theorem41Step1, theorem41Step2, theorem41Step3, theorem41Step4, theorem41Step5, theorem41Step6,
        lemmaB2, lemmaB2Step1, lemmaB2Step1WholeSpace,
        lemmaB3, lemmaB3UnitConstants, lemmaB3Step1,
        lemmaB4, lemmaB4ProofCondition, lemmaB4UnitConstants, lemmaB4Step1, lemmaB4Step2, lemmaB4Step3,
        lemmaB5, lemmaB5Step1, lemmaB5Step2, lemmaB5Step3, lemmaB5Step4,
        theoremC1, theoremC1MaxAgent, theoremC1Step1, theoremC1Step2, theoremC1Step3,
        theoremC2, theoremC2Step1, theoremC2Step2, theoremC2Step3, theoremC2Step4, theoremC2Step5, theoremC2Step6,
        theoremC2Step7, theoremC2Step8,
    ]
}
