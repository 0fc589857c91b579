/// The registered claims of mappo, in the paper's order.
enum MAPPOClaims {
    static let all: [Claim] = []
}
