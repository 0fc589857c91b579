import Foundation

extension DDPLClaims {
    /// The schedule constants of eq. (24): c', c'' and H, with the side condition H ≥ 3c'' log H and a valid
    /// schedule (every β_τ < 1). `proofCondition` adds 1 ≤ ½c' log H, which the last step of Lemma B.4's
    /// proof uses.
    /// `smallest` is the least value of c' and c'' drawn (0.1 as printed; 1 for the reading of
    /// "sufficiently large constants" as c', c'' ≥ 1).
    static func scheduleFamily(proofCondition: Bool = false, maxHorizon: Double = 2000, smallest: Double = 0.1) -> InstanceFamily {
        InstanceFamily(
            description: "c', c'' log-uniform in [\(smallest), 8], H log-uniform in [2, \(Int(maxHorizon))] (rounded), with H ≥ 3c'' log H"
                + (proofCondition ? " and 1 ≤ ½c' log H" : ""),
            searchSpace: SearchSpace(scalars: ["cPrime": .interval(smallest / 10 * 9.99, 16), "cDoublePrime": .interval(smallest / 10 * 9.99, 16),
                                               "horizon": .interval(2, maxHorizon)]),
            admissible: { x in
                guard let c1 = x.scalars["cPrime"], let c2 = x.scalars["cDoublePrime"], let hh = x.scalars["horizon"] else { return "needs c', c'', H" }
                let h = Int(hh.rounded())
                guard h >= 2, c1 >= smallest, c2 >= smallest else { return "H ≥ 2 and c', c'' ≥ \(smallest)" }
                if !DDPLNoiseSchedule.lemmaCondition(horizon: h, cDoublePrime: c2) { return "H < 3c'' log H" }
                if proofCondition && !DDPLNoiseSchedule.proofCondition(horizon: h, cPrime: c1) { return "1 > ½c' log H" }
                if !DDPLNoiseSchedule(horizon: h, cPrime: c1, cDoublePrime: c2).isValid { return "some β_τ ≥ 1" }
                return nil
            }
        ) { rng in
            while true {
                let c1 = pow(10, rng.uniform(log10(smallest), log10(8))), c2 = pow(10, rng.uniform(log10(smallest), log10(8)))
                let h = pow(10, rng.uniform(log10(2), log10(maxHorizon))).rounded()
                let hi = Int(h)
                if DDPLNoiseSchedule.lemmaCondition(horizon: hi, cDoublePrime: c2)
                    && (!proofCondition || DDPLNoiseSchedule.proofCondition(horizon: hi, cPrime: c1)) {
                    return ClaimInstance(scalars: ["cPrime": c1, "cDoublePrime": c2, "horizon": h])
                }
            }
        }
    }

    /// The schedule an instance names.
    static func schedule(of x: ClaimInstance) throws -> (schedule: DDPLNoiseSchedule, h: Int, cPrime: Double, cDoublePrime: Double) {
        let h = Int(try x.scalar("horizon").rounded()), c1 = try x.scalar("cPrime"), c2 = try x.scalar("cDoublePrime")
        return (DDPLNoiseSchedule(horizon: h, cPrime: c1, cDoublePrime: c2), h, c1, c2)
    }

    static func scheduleQuantities(_ s: DDPLNoiseSchedule, h: Int, cPrime: Double, cDoublePrime: Double) -> [NamedValue] {
        [NamedValue("c'", cPrime), NamedValue("c''", cDoublePrime), NamedValue("H", Double(h)),
         NamedValue("ᾱ_H", s.alphaBar.last!), NamedValue("max β_τ", s.beta.max()!),
         NamedValue("H ≥ 3c'' log H (1 = yes)", DDPLNoiseSchedule.lemmaCondition(horizon: h, cDoublePrime: cDoublePrime) ? 1 : 0),
         NamedValue("1 ≤ ½c' log H (1 = yes)", DDPLNoiseSchedule.proofCondition(horizon: h, cPrime: cPrime) ? 1 : 0)]
    }
}
