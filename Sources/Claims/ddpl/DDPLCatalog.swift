/// The registered claims of ddpl, in the paper's order.
enum DDPLClaims {
    static let all: [Claim] = [
        theorem31, theorem31GlobalMinimizer, theorem31Step1, theorem31Step2, theorem31Step3, theorem31Step4,
        theorem31Step5, theorem31Step6, theorem31Step7, theorem31Step8, theorem31Step9,
        theoremC1, theoremC1MaxAgent, theoremC1Step1, theoremC1Step2, theoremC1Step3,
        theoremC2, theoremC2Step1, theoremC2Step2, theoremC2Step3, theoremC2Step4, theoremC2Step5, theoremC2Step6,
        theoremC2Step7, theoremC2Step8,
    ]
}
