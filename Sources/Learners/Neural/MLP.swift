import Foundation
import GSLKit

/// The pointwise nonlinearity of a dense layer.
public enum Activation: String, Sendable, CaseIterable {
    case identity
    case tanh
    /// max(x, 0), with derivative 0 at 0.
    case relu

    @inline(__always)
    func value(_ x: Double) -> Double {
        switch self {
        case .identity: x
        case .tanh: Foundation.tanh(x)
        case .relu: max(x, 0)
        }
    }

    /// dy/dx from the pre-activation x and the output y.
    @inline(__always)
    func derivative(preActivation x: Double, output y: Double) -> Double {
        switch self {
        case .identity: 1
        case .tanh: 1 - y * y
        case .relu: x > 0 ? 1 : 0
        }
    }
}

/// One dense layer y = act(scale · (W x + b)), W row-major [output][input].
///
/// `scale` carries the fixed normalisations of the papers' two-layer networks (the 1/√M of ltde
/// (4.3) and mfppo Sec. 4); `trainable == false` freezes a layer (their fixed second layers),
/// so its gradient is reported as zero.
public struct DenseLayer: Sendable, Equatable {
    public let inputs: Int
    public let outputs: Int
    public let activation: Activation
    public let hasBias: Bool
    public let trainable: Bool
    public let scale: Double

    public init(inputs: Int, outputs: Int, activation: Activation, hasBias: Bool = true, trainable: Bool = true, scale: Double = 1) {
        precondition(inputs >= 1 && outputs >= 1, "DenseLayer: \(inputs) → \(outputs)")
        self.inputs = inputs
        self.outputs = outputs
        self.activation = activation
        self.hasBias = hasBias
        self.trainable = trainable
        self.scale = scale
    }

    /// Number of parameters: |W| (+ |b|).
    public var parameterCount: Int { inputs * outputs + (hasBias ? outputs : 0) }
}

/// A small multilayer perceptron over one flat parameter vector: the one neural network of
/// MARLCheck, shared by every learner that needs one (score networks of ddpl/haqo, the
/// permutation-invariant critic of mfppo, ltde's actors and critics).
///
/// Parameters are stored layer after layer, each as W (row-major [output][input]) then b.
/// `backward` returns exact gradients (checked against central finite differences in the tests).
/// Complexity of a pass: O(Σ inputs·outputs).
public struct MLP: Sendable, Equatable {
    public let layers: [DenseLayer]
    public var parameters: [Double]

    /// The values a forward pass keeps for its backward pass.
    public struct Pass: Sendable {
        /// The input of every layer, then the network's output (layers.count + 1 vectors).
        public let activations: [[Double]]
        /// scale·(Wx + b) of every layer.
        let preActivations: [[Double]]

        /// The network's output.
        public var output: [Double] { activations[activations.count - 1] }
    }

    public init(layers: [DenseLayer], parameters: [Double]) {
        precondition(!layers.isEmpty, "MLP: no layers")
        for l in 1..<layers.count {
            precondition(layers[l].inputs == layers[l - 1].outputs, "MLP: layer \(l) takes \(layers[l].inputs) inputs, layer \(l - 1) gives \(layers[l - 1].outputs)")
        }
        precondition(parameters.count == layers.reduce(0) { $0 + $1.parameterCount }, "MLP: \(parameters.count) parameters for these layers")
        self.layers = layers
        self.parameters = parameters
    }

    /// A network with weights drawn N(0, 1/fan-in) (LeCun initialisation) and zero biases.
    public init(layers: [DenseLayer], rng: RandomSource) {
        var p: [Double] = []
        for layer in layers {
            let sd = (1 / Double(layer.inputs)).squareRoot()
            for _ in 0..<(layer.inputs * layer.outputs) { p.append(rng.normal(standardDeviation: sd)) }
            if layer.hasBias { p += [Double](repeating: 0, count: layer.outputs) }
        }
        self.init(layers: layers, parameters: p)
    }

    /// A fully connected network `sizes[0] → … → sizes.last` with `hidden` activations and a
    /// linear output layer, initialised as above.
    public init(sizes: [Int], hidden: Activation, rng: RandomSource) {
        precondition(sizes.count >= 2, "MLP: sizes \(sizes)")
        let layers = (0..<(sizes.count - 1)).map { l in
            DenseLayer(inputs: sizes[l], outputs: sizes[l + 1], activation: l + 2 == sizes.count ? .identity : hidden)
        }
        self.init(layers: layers, rng: rng)
    }

    /// The two-layer ReLU network of ltde (4.3) and mfppo Sec. 4: f(x) = (1/√M) Σ_m b_m ReLU(W_m·x), with
    /// W_m ~ N(0, I/d) trained and the second layer b (`signs`, typically ±1) frozen, no biases.
    public static func twoLayerReLU(inputs d: Int, signs: [Double], rng: RandomSource) -> MLP {
        let width = signs.count
        let first = DenseLayer(inputs: d, outputs: width, activation: .relu, hasBias: false)
        let second = DenseLayer(inputs: width, outputs: 1, activation: .identity, hasBias: false, trainable: false,
                                scale: 1 / Double(width).squareRoot())
        var p: [Double] = []
        for _ in 0..<(width * d) { p.append(rng.normal(standardDeviation: (1 / Double(d)).squareRoot())) }
        return MLP(layers: [first, second], parameters: p + signs)
    }

    /// M random signs b_m ~ Unif{−1, +1}.
    public static func randomSigns(_ count: Int, rng: RandomSource) -> [Double] {
        (0..<count).map { _ in rng.uniform() < 0.5 ? -1 : 1 }
    }

    public var inputCount: Int { layers[0].inputs }
    public var outputCount: Int { layers[layers.count - 1].outputs }
    public var parameterCount: Int { parameters.count }

    /// The parameter indices of layer `l`.
    public func parameterRange(ofLayer l: Int) -> Range<Int> {
        let start = layers[..<l].reduce(0) { $0 + $1.parameterCount }
        return start..<(start + layers[l].parameterCount)
    }

    /// The network's output at `x`.
    public func callAsFunction(_ x: [Double]) -> [Double] { forward(x).output }

    /// A forward pass that keeps what `backward` needs.
    public func forward(_ x: [Double]) -> Pass {
        precondition(x.count == inputCount, "MLP.forward: input of length \(x.count), expected \(inputCount)")
        var activations: [[Double]] = [x]
        var pre: [[Double]] = []
        activations.reserveCapacity(layers.count + 1)
        pre.reserveCapacity(layers.count)
        var offset = 0
        parameters.withUnsafeBufferPointer { p in
            for layer in layers {
                let input = activations[activations.count - 1]
                var z = [Double](repeating: 0, count: layer.outputs)
                var y = [Double](repeating: 0, count: layer.outputs)
                let biasOffset = offset + layer.inputs * layer.outputs
                for o in 0..<layer.outputs {
                    var s = layer.hasBias ? p[biasOffset + o] : 0
                    let row = offset + o * layer.inputs
                    for i in 0..<layer.inputs { s += p[row + i] * input[i] }
                    z[o] = layer.scale * s
                    y[o] = layer.activation.value(z[o])
                }
                offset += layer.parameterCount
                pre.append(z)
                activations.append(y)
            }
        }
        return Pass(activations: activations, preActivations: pre)
    }

    /// Back-propagates ∂L/∂output through `pass`: adds ∂L/∂parameters into `gradient` (zero for
    /// frozen layers) and returns ∂L/∂input.
    @discardableResult
    public func backward(_ pass: Pass, outputGradient: [Double], into gradient: inout [Double]) -> [Double] {
        precondition(outputGradient.count == outputCount && gradient.count == parameterCount, "MLP.backward: shapes")
        var delta = outputGradient
        var offset = parameterCount
        for l in stride(from: layers.count - 1, through: 0, by: -1) {
            let layer = layers[l]
            offset -= layer.parameterCount
            let input = pass.activations[l], output = pass.activations[l + 1], z = pass.preActivations[l]
            // ∂L/∂(Wx + b) = scale · act'(z) · ∂L/∂y
            var dz = [Double](repeating: 0, count: layer.outputs)
            for o in 0..<layer.outputs {
                dz[o] = layer.scale * layer.activation.derivative(preActivation: z[o], output: output[o]) * delta[o]
            }
            var dInput = [Double](repeating: 0, count: layer.inputs)
            parameters.withUnsafeBufferPointer { p in
                gradient.withUnsafeMutableBufferPointer { g in
                    let biasOffset = offset + layer.inputs * layer.outputs
                    for o in 0..<layer.outputs where dz[o] != 0 {
                        let row = offset + o * layer.inputs
                        if layer.trainable {
                            for i in 0..<layer.inputs { g[row + i] += dz[o] * input[i] }
                            if layer.hasBias { g[biasOffset + o] += dz[o] }
                        }
                        for i in 0..<layer.inputs { dInput[i] += p[row + i] * dz[o] }
                    }
                }
            }
            delta = dInput
        }
        return delta
    }

    /// ∂L/∂parameters and ∂L/∂input of one input, for ∂L/∂output = `outputGradient`.
    public func gradient(at x: [Double], outputGradient: [Double]) -> (parameters: [Double], input: [Double]) {
        var g = [Double](repeating: 0, count: parameterCount)
        let dx = backward(forward(x), outputGradient: outputGradient, into: &g)
        return (g, dx)
    }
}
