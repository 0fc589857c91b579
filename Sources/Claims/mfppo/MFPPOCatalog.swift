/// The registered claims of mfppo, in the paper's order.
enum MFPPOClaims {
    static let all: [Claim] = []
}
