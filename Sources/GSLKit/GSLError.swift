import CGSL

/// A GSL routine reported failure; `reason` is GSL's own text for the status.
public struct GSLError: Error, CustomStringConvertible, Equatable, Sendable {
    /// The GSL status code (`GSL_EDOM`, `GSL_ESING`, …).
    public let status: Int32
    /// GSL's description of the status (`gsl_strerror`).
    public let reason: String
    /// The GSL routine that failed.
    public let routine: String

    public init(status: Int32, routine: String) {
        self.status = status
        self.routine = routine
        self.reason = String(cString: gsl_strerror(status))
    }

    public var description: String { "\(routine) failed: \(reason) (GSL status \(status))" }
}

/// Process-wide GSL set-up: the abort-on-error handler is switched off once, before any call,
/// so that every routine returns its status and the caller turns it into a `GSLError`.
enum GSLRuntime {
    private static let handlerOff: Bool = {
        gsl_set_error_handler_off()
        return true
    }()

    /// Call before any GSL routine; cheap after the first call.
    @inline(__always)
    static func prepare() {
        _ = handlerOff
    }

    /// Throws a `GSLError` unless `status` is `GSL_SUCCESS`.
    static func check(_ status: Int32, _ routine: String) throws(GSLError) {
        if status != GSL_SUCCESS {
            throw GSLError(status: status, routine: routine)
        }
    }
}
