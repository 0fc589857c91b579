import GSLKit

extension FiniteMDP {
    /// The normalised discounted state occupancy d^π_ρ(s) = (1−γ) Σ_t γ^t Pr(s_t = s | s₀ ~ ρ, π),
    /// i.e. d = (1−γ) ρᵀ(I − γP_π)⁻¹, by one LU solve of (I − γP_π)ᵀ x = ρ. Sums to 1.
    /// (ddpl App. C, mappo Sec. 3.1; `initial` defaults to ρ₀.)
    public func discountedStateOccupancy(policy: [Double], initial rho: [Double]? = nil) throws(SolverError) -> [Double] {
        let rho = rho ?? initial
        let nS = stateCount
        let p = stateTransitionMatrix(policy: policy).transposed
        var a = p
        for k in 0..<(nS * nS) { a.storage[k] *= -gamma }
        for s in 0..<nS { a.storage[s * nS + s] += 1 }
        let x = try solving { () throws(GSLError) in try a.solve(rho) }.x
        return x.map { (1 - gamma) * $0 }
    }

    /// d^π_ρ(s,a) = d^π_ρ(s)·π(a|s), flat [s][a]; sums to 1.
    public func discountedStateActionOccupancy(policy: [Double], initial rho: [Double]? = nil) throws(SolverError) -> [Double] {
        let d = try discountedStateOccupancy(policy: policy, initial: rho)
        return (0..<(stateCount * actionCount)).map { d[$0 / actionCount] * policy[$0] }
    }

    /// The stationary distribution ν with νᵀP_π = νᵀ, Σν = 1.
    ///
    /// It is unique exactly when the chain P_π has one closed communicating class; otherwise this
    /// throws `SolverError.notUnique` naming the classes. Solved by LU on (P_πᵀ − I) with one
    /// equation replaced by the normalisation.
    public func stationaryDistribution(policy: [Double]) throws(SolverError) -> [Double] {
        let p = stateTransitionMatrix(policy: policy)
        let classes = MarkovChainStructure(p).closedClasses
        guard classes.count == 1 else {
            let text = classes.map { "{" + $0.map(String.init).joined(separator: ",") + "}" }.joined(separator: ", ")
            throw .notUnique("the chain under this policy has \(classes.count) closed classes \(text); each carries its own stationary distribution")
        }
        let nS = stateCount
        var a = p.transposed
        for s in 0..<nS { a.storage[s * nS + s] -= 1 }
        for t in 0..<nS { a.storage[(nS - 1) * nS + t] = 1 }
        var b = [Double](repeating: 0, count: nS)
        b[nS - 1] = 1
        let nu = try solving { () throws(GSLError) in try a.solve(b) }.x
        return nu.map { max($0, 0) }
    }
}

/// The communicating-class structure of a finite Markov chain (support of P only).
struct MarkovChainStructure {
    /// Closed communicating classes (strongly connected components with no edge leaving), each
    /// sorted, in order of their smallest state.
    let closedClasses: [[Int]]

    init(_ p: Matrix) {
        let n = p.rows
        let successors = (0..<n).map { s in (0..<n).filter { p[s, $0] > 0 } }
        // Tarjan's strongly connected components, iterative.
        var index = [Int](repeating: -1, count: n), low = [Int](repeating: 0, count: n)
        var onStack = [Bool](repeating: false, count: n), stack: [Int] = [], component = [Int](repeating: -1, count: n)
        var counter = 0, components = 0
        for root in 0..<n where index[root] < 0 {
            var work: [(node: Int, next: Int)] = [(root, 0)]
            index[root] = counter; low[root] = counter; counter += 1
            stack.append(root); onStack[root] = true
            while let (v, i) = work.last {
                if i < successors[v].count {
                    work[work.count - 1].next += 1
                    let w = successors[v][i]
                    if index[w] < 0 {
                        index[w] = counter; low[w] = counter; counter += 1
                        stack.append(w); onStack[w] = true
                        work.append((w, 0))
                    } else if onStack[w] {
                        low[v] = min(low[v], index[w])
                    }
                } else {
                    work.removeLast()
                    if let parent = work.last { low[parent.node] = min(low[parent.node], low[v]) }
                    if low[v] == index[v] {
                        while let w = stack.popLast() {
                            onStack[w] = false
                            component[w] = components
                            if w == v { break }
                        }
                        components += 1
                    }
                }
            }
        }
        var members = [[Int]](repeating: [], count: components)
        for s in 0..<n { members[component[s]].append(s) }
        closedClasses = members.filter { cls in
            cls.allSatisfy { s in successors[s].allSatisfy { component[$0] == component[s] } }
        }.sorted { $0[0] < $1[0] }
    }
}
