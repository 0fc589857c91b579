import Foundation
import GSLKit

extension MFPPOClaims {
    /// mfppo, the remark after Definition 4.1 (Sec. 4), as printed: the kernel of 𝓕_{β,m} tends to
    /// K(x, y) = E_z 1(zᵀx > 0, zᵀy > 0) = (π − θ_{xy})/(2π).
    static let definition41Kernel = Claim(
        id: "mfppo.def4.1.kernel", paper: .mfppo, source: "Definition 4.1 (Sec. 4) and the remark after it",
        statement: definition41Statement,
        reading: "the kernel of 𝓕_{β,m} (the tangent kernel of f_β at β(0)) tends to the printed K(x, y) = (π − θ_{xy})/(2π).",
        hypotheses: "One-hot features (e_s, e_x, e_ā)/√3 with k = 2, |Ā| = 4 (d = 8, 16 features); one Gaussian initialisation of width m = 4096 per instance; every pair of features.",
        kind: .identity,
        check: ClaimCheck(family: InstanceFamily(description: "network initialisations") { rng in ClaimInstance(seed: SeedSequence.derive(rng.seed, "init")) }) { x in
            try kernelEvaluation(x, withInnerProduct: false)
        },
        defaultInstances: 2)
}
