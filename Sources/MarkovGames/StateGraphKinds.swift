/// The graph families of the networked games (ltde's graph (S, E) on local states, Sec. 2).
extension StateGraph {
    /// The path 0 − 1 − … − (n−1). Precondition: n ≥ 1.
    public static func path(nodes n: Int) -> StateGraph {
        precondition(n >= 1, "StateGraph.path: \(n) nodes")
        return try! StateGraph(nodeCount: n, edges: (0..<max(n - 1, 0)).map { [$0, $0 + 1] })
    }

    /// The cycle 0 − 1 − … − (n−1) − 0. Precondition: n ≥ 3 (smaller cycles are not simple graphs).
    public static func ring(nodes n: Int) -> StateGraph {
        precondition(n >= 3, "StateGraph.ring: \(n) nodes")
        return try! StateGraph(nodeCount: n, edges: (0..<(n - 1)).map { [$0, $0 + 1] } + [[n - 1, 0]])
    }

    /// The rows × columns grid, node r·columns + c, with edges to the right and downward
    /// neighbours (4-neighbourhood). Precondition: rows, columns ≥ 1.
    public static func grid(rows: Int, columns: Int) -> StateGraph {
        precondition(rows >= 1 && columns >= 1, "StateGraph.grid: \(rows)×\(columns)")
        var edges: [[Int]] = []
        for r in 0..<rows {
            for c in 0..<columns {
                let u = r * columns + c
                if c + 1 < columns { edges.append([u, u + 1]) }
                if r + 1 < rows { edges.append([u, u + columns]) }
            }
        }
        return try! StateGraph(nodeCount: rows * columns, edges: edges)
    }
}
