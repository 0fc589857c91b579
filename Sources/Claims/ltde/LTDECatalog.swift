/// The registered claims of ltde, in the paper's order.
enum LTDEClaims {
    static let all: [Claim] = [
        lemma35(.path, reading: .printed), lemma35(.ring, reading: .printed), lemma35(.grid, reading: .printed),
        lemma35(.path, reading: .weighted), lemma35(.ring, reading: .weighted), lemma35(.grid, reading: .weighted),
        lemma35(.path, reading: .weighted, bound: .agentReward),
    ]
}
