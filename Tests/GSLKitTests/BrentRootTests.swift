import Foundation
import GSLKit
import Testing

@Suite struct BrentRootTests {
    /// x² − 2 on [0, 2] has the single root √2 (closed form).
    @Test func squareRootOfTwo() throws {
        let r = try BrentRoot().solve({ $0 * $0 - 2 }, from: 0, to: 2)
        // The bracket test stops at a relative width of 4ε; the root is then within that of √2.
        #expect(abs(r.root - 2.0.squareRoot()) <= 8 * Double.ulpOfOne * 2.0.squareRoot())
        #expect(r.lower <= r.root && r.root <= r.upper)
    }

    /// cos x = x has the Dottie number 0.7390851332151607 as its only real root
    /// (the fixed point of cosine, tabulated e.g. in OEIS A003957).
    @Test func dottieNumber() throws {
        let r = try BrentRoot().solve({ cos($0) - $0 }, from: 0, to: 1)
        #expect(abs(r.root - 0.7390851332151607) <= 1e-15)
    }

    /// A bracket without a sign change is GSL's GSL_EINVAL, reported as a GSLError.
    @Test func bracketWithoutSignChangeIsAnError() {
        #expect(throws: GSLError.self) { try BrentRoot().solve({ $0 * $0 + 1 }, from: -1, to: 1) }
    }
}
