/// The registered claims of mappo (Zhao, Yang, Wang, Lee, "Local Optimization Achieves Global
/// Optimality in Multi-Agent Reinforcement Learning", ICML 2023), in the paper's order.
enum MAPPOClaims {
    static let all: [Claim] = [
        definition32, definition32Step1,
        lemma41, lemma41Step1, lemma41Step2, lemma41Step3, lemma41Step4,
        proposition42, equation4, equation4Some,
        lemmaB1, lemmaB1Pathwise, lemmaB2, lemmaB2Step1,
        lemmaB3,
        lemmaB4, lemmaB4Delta, lemmaB4Step1, lemmaB4Step2,
        lemmaB5, lemmaB5Step1, lemmaB5Step2, lemmaB5Step3,
        lemmaB6, lemmaB6Step1, lemmaB6Step2, lemmaB6Step3, lemmaB6Step4,
        theorem45Exact, theorem45ExactRate, theorem45Inexact,
        theorem45Step1, theorem45Step2, theorem45Step3, theorem45Step4, theorem45Step5, theorem45Step6, theorem45Step6Printed,
        remark52,
        lemmaC1, lemmaC2, lemmaC3, lemmaC3Bound, lemmaC3BoundSqrt,
        lemmaC4, lemmaC5, lemmaC6, lemmaC6Step1, lemmaC6Step2, lemmaC7,
        theorem55, theorem55Optimization, theorem55Step3, theorem55Step3Population, theorem55Step4, theorem55Step5, theorem55Step5Current, theorem55Step6,
        lemmaD4, lemmaD5, lemmaD6, theoremD7,
        appendixEGlobalMax, appendixEValue, appendixEStationary, appendixEStationarySoftmax, appendixEUnique, appendixEUniqueSoftmax,
        appendixEReachesMaxCode, appendixEReachesMaxAlgorithm1, appendixEOutperformsCode, appendixEOutperformsAlgorithm1,
        appendixEIndependentStalls,
    ]
}
