/// The registered claims of ddpl, in the paper's order.
enum DDPLClaims {
    static let all: [Claim] = []
}
