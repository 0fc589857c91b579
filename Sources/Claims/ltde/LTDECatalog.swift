/// The registered claims of ltde, in the paper's order.
enum LTDEClaims {
    static let all: [Claim] = []
}
