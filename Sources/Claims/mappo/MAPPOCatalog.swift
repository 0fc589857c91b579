/// The registered claims of mappo (Zhao, Yang, Wang, Lee, "Local Optimization Achieves Global
/// Optimality in Multi-Agent Reinforcement Learning", ICML 2023), in the paper's order.
enum MAPPOClaims {
    static let all: [Claim] = [
        lemmaB4, lemmaB4Delta, lemmaB4Step1, lemmaB4Step2,
        lemmaB5, lemmaB5Step1, lemmaB5Step2, lemmaB5Step3,
        lemmaB6, lemmaB6Step1, lemmaB6Step2, lemmaB6Step3, lemmaB6Step4,
    ]
}
