/// The registered claims of ltde, in the paper's order.
enum LTDEClaims {
    static let all: [Claim] = section3 + lemma35Claims + section4 + section5 + appendixD1 + appendixD2
    /// Sec. 3.1–3.2: the team reformulation, Lemma 3.1 with App. A, Lemmas 3.2 and 3.3.
    static let section3: [Claim] = [
        policyInversion, kernelLocality,
        lemma31(.printed), lemma31(.weighted),
        lemma31Step1, lemma31Step2, lemma31Step3, lemma31Step4, lemma31Step5(.printed), lemma31Step5(.weighted),
        lemma32,
        lemma33(.printed), lemma33(.next), lemma33Contraction,
        definition34,
    ]
    /// Sec. 3.3: Lemma 3.5 with App. B, Proposition 3.6, Remark 3.7.
    static let lemma35Claims: [Claim] = [
        lemma35(.path, reading: .printed), lemma35(.ring, reading: .printed), lemma35(.grid, reading: .printed),
        lemma35(.path, reading: .weighted), lemma35(.ring, reading: .weighted), lemma35(.grid, reading: .weighted),
        lemma35(.path, reading: .weighted, bound: .agentReward),
        lemma35Step2, lemma35Step3(.printed), lemma35Step3(.weighted), lemma35Step4(.printed), lemma35Step4(.weighted),
        proposition36(.measured, reading: .printed), proposition36(.lemma35, reading: .printed), proposition36(.lemma35, reading: .weighted),
        remark37, remark37Ergodic,
    ]
}

extension LTDEClaims {
    /// Sec. 4: Lemma 4.1 and Lemma 4.2 with App. C.
    static let section4: [Claim] = [
        lemma41,
        lemma42Norm, lemma42Gradient, lemma42(.lemma35, reading: .printed), lemma42(.lemma35, reading: .weighted),
        lemma42(.measured, reading: .printed), lemma42Step1, lemma42Step2, lemma42Step3,
    ]
}

extension LTDEClaims {
    /// Sec. 5: assumptions, Theorem 5.4 (critic) and Theorem 5.10 (actor).
    static let section5: [Claim] = [
        assumption51, assumption52, remark53,
        theorem54, theorem54Localization,
        assumption55, assumption56(sparseKernels: false), assumption56(sparseKernels: true), assumption57,
        definition58, assumption59,
        theorem510, theorem510Batch,
    ]
}

extension LTDEClaims {
    /// App. D.1: proof of Theorem 5.4 (steps), Lemma D.1, Theorem D.2, Lemma D.3.
    static let appendixD1: [Claim] = [
        theorem54Step1(.printed), theorem54Step1(.weighted), theorem54Step2,
        theorem54Step3(.printed), theorem54Step3(.weighted), theorem54Step4(.printed), theorem54Step4(.weighted),
        lemmaD1(.next), lemmaD1(.printed), lemmaD1Projected, theoremD2, lemmaD3,
    ]
}

extension LTDEClaims {
    /// App. D.2: Theorem D.5 and its steps, Lemma D.6 and its steps, Lemmas D.7, D.9, Proposition D.8, (D.41).
    static let appendixD2: [Claim] = [
        theoremD5, theoremD5Exact, theoremD5LocalizedCritic, theoremD5Step1, theoremD5Step2, theoremD5Step3,
        lemmaD6(.printed), lemmaD6(.weighted), lemmaD6Step1, lemmaD6Step2(.printed), lemmaD6Step2(.weighted), lemmaD6Step3, lemmaD6Step4,
        lemmaD7, propositionD8, lemmaD9,
        theorem510Step1(.printed), theorem510Step1(.weighted),
    ]
}
