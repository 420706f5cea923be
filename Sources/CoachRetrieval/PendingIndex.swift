public import CoachCore
import Foundation

/// A retrieval index that may still be building on another thread: start-up shows the prompt at
/// once, and the first question waits for the index only if it is not ready yet.
///
/// ```swift
/// let pending = PendingIndex(building: corpus)   // returns immediately
/// let result = pending.index.search("老闆不見我")  // waits for the build the first time
/// ```
public final class PendingIndex: @unchecked Sendable {
    private let condition = NSCondition()
    private var built: RetrievalIndex?

    /// An index that is ready now.
    public init(_ index: RetrievalIndex) {
        built = index
    }

    /// Starts building the index of `corpus` on a background thread.
    public convenience init(building corpus: Corpus, weights: RankingWeights = .standard) {
        self.init { RetrievalIndex(corpus: corpus, weights: weights) }
    }

    /// Starts making the index with `make` (building it, or decoding a snapshot) on a background thread.
    public init(making make: @escaping @Sendable () -> RetrievalIndex) {
        let thread = Thread { [self] in
            let index = make()
            condition.lock()
            built = index
            condition.broadcast()
            condition.unlock()
        }
        thread.stackSize = 8 << 20
        thread.start()
    }

    /// The index, waiting for the build to finish if needed.
    public var index: RetrievalIndex {
        condition.lock()
        defer { condition.unlock() }
        while built == nil { condition.wait() }
        return built!
    }

    /// Whether the build has finished (never waits).
    public var isReady: Bool {
        condition.lock()
        defer { condition.unlock() }
        return built != nil
    }
}
