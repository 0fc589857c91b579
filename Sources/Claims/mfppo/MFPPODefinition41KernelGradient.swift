import Foundation
import GSLKit

extension MFPPOClaims {
    /// The same remark with the kernel of the functions f_β(z) = ⟨∇f_{β(0)}(z), β⟩: xᵀy (π − θ_{xy})/(2π).
    static let definition41KernelGradient = Claim(
        id: "mfppo.def4.1.kernel.gradient", paper: .mfppo, source: "Definition 4.1 (Sec. 4) and the remark after it",
        statement: definition41Statement,
        reading: "the limit kernel of the gradient features, xᵀy (π − θ_{xy})/(2π), in place of the printed K.",
        hypotheses: "As mfppo.def4.1.kernel.",
        kind: .identity,
        check: ClaimCheck(family: InstanceFamily(description: "network initialisations") { rng in ClaimInstance(seed: SeedSequence.derive(rng.seed, "init")) }) { x in
            try kernelEvaluation(x, withInnerProduct: true)
        },
        defaultInstances: 2)
}
