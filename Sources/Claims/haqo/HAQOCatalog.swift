/// The registered claims of haqo, in the paper's order.
enum HAQOClaims {
    static let all: [Claim] = []
}
