/// The registered claims of ddpl, in the paper's order.
enum DDPLClaims {
    static let all: [Claim] = [
        theorem31, theorem31GlobalMinimizer, theorem31Step1, theorem31Step2, theorem31Step3, theorem31Step4,
        theorem31Step5, theorem31Step6, theorem31Step7, theorem31Step8, theorem31Step9,
    ]
}
