/// The five papers whose statements MARLCheck checks (short names of DESIGN.md).
public enum Paper: String, CaseIterable, Sendable, Comparable {
    case ddpl, haqo, mfppo, mappo, ltde

    /// The paper's title and reference, as cited in reports.
    public var citation: String {
        switch self {
        case .ddpl: "Zhang, Balim, Li — Decentralized Diffusion Policy Learning for Enhanced Exploration in Cooperative Multi-agent Reinforcement Learning (arXiv:2605.07101, 2026)"
        case .haqo: "Lin, Lee — Heterogeneous Agent Q-weighted Policy Optimization"
        case .mfppo: "A Principled Permutation Invariant Approach to Mean-Field Multi-Agent Reinforcement Learning (anonymous submission)"
        case .mappo: "Zhao, Yang, Wang, Lee — Local Optimization Achieves Global Optimality in Multi-Agent Reinforcement Learning (ICML 2023)"
        case .ltde: "Gu, Guo, Wei, Xu — Mean-Field Multi-Agent Reinforcement Learning: A Decentralized Network Approach (arXiv:2108.02731, 2022)"
        }
    }

    public static func < (a: Paper, b: Paper) -> Bool {
        allCases.firstIndex(of: a)! < allCases.firstIndex(of: b)!
    }
}

/// What kind of statement a claim is: it fixes how its verdict is read.
public enum ClaimKind: String, Sendable, CaseIterable {
    /// lhs = rhs, to round-off.
    case identity
    /// lhs ≤ rhs.
    case upperBound = "upper-bound"
    /// lhs ≥ rhs.
    case lowerBound = "lower-bound"
    /// A bound with hidden constants, checked by the fitted exponent of a log–log slope.
    case rate
    /// A sequence along an iteration that must not decrease (or not increase).
    case monotone
    /// A statement that cannot be checked by computation (the reason is given).
    case notCheckable = "not-checkable"
}

/// One numbered statement of a paper (or one step of its proof), checked as printed.
///
/// A claim carries the statement verbatim (OCR-repaired), where it is printed, the class of
/// instances it speaks about, and a `ClaimCheck` that measures the left side exactly and computes
/// the right side from the paper's own constants. Readings of an ambiguous statement are separate
/// claims, each saying which reading it checks.
public struct Claim: Sendable {
    /// `paper.label` or `paper.label/stepN`, e.g. `ddpl.thmC.2`, `ddpl.thmC.2/step3`.
    public let id: String
    public let paper: Paper
    /// Where it is printed: "Theorem C.2 (App. C), eq. (80)".
    public let source: String
    /// The statement as printed (OCR-repaired), in plain text with Unicode mathematics.
    public let statement: String
    /// The reading checked, when the printed statement admits several.
    public let reading: String?
    /// The hypotheses: the class of instances and the constants used.
    public let hypotheses: String
    public let kind: ClaimKind
    /// How instances are made and measured; `nil` with `kind == .notCheckable`.
    public let check: ClaimCheck?
    /// Why the claim cannot be checked, for `kind == .notCheckable`.
    public let notCheckableReason: String?
    /// Instances run by default (`check --instances` overrides).
    public let defaultInstances: Int

    public init(id: String, paper: Paper, source: String, statement: String, reading: String? = nil,
                hypotheses: String, kind: ClaimKind, check: ClaimCheck, defaultInstances: Int = 8) {
        precondition(kind != .notCheckable, "Claim \(id): use Claim(notCheckable:) for claims without a check")
        self.id = id
        self.paper = paper
        self.source = source
        self.statement = statement
        self.reading = reading
        self.hypotheses = hypotheses
        self.kind = kind
        self.check = check
        self.notCheckableReason = nil
        self.defaultInstances = defaultInstances
    }

    /// A statement registered for completeness that computation cannot check, with the reason.
    public init(notCheckable id: String, paper: Paper, source: String, statement: String, reason: String) {
        self.id = id
        self.paper = paper
        self.source = source
        self.statement = statement
        self.reading = nil
        self.hypotheses = ""
        self.kind = .notCheckable
        self.check = nil
        self.notCheckableReason = reason
        self.defaultInstances = 0
    }

    /// The first sentence of the statement, for one-line listings.
    public var summary: String {
        let flat = statement.split(whereSeparator: \.isNewline).joined(separator: " ")
        return flat.count <= 110 ? flat : String(flat.prefix(107)) + "…"
    }
}

/// How a claim is checked: an instance family and a measurement of each instance.
public struct ClaimCheck: Sendable {
    /// The instances the claim speaks about, and how the counterexample search may move in them.
    public let family: InstanceFamily
    /// Measures one instance exactly.
    public let measure: @Sendable (ClaimInstance) throws -> Evaluation

    public init(family: InstanceFamily, measure: @escaping @Sendable (ClaimInstance) throws -> Evaluation) {
        self.family = family
        self.measure = measure
    }
}
