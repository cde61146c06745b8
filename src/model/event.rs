//! What the desk records about a statement or a reviewer besides checks and assignments.

use super::named_enum;

named_enum! {
    /// The kind of an event row.
    pub enum EventKind as "event" {
        /// A statement's words changed in a new revision (old and new text recorded).
        TextChanged = "text-changed",
        /// A statement left the article (cut; a merge is `merged-into`).
        Retired = "retired",
        /// A statement came from splitting another.
        SplitFrom = "split-from",
        /// A statement was merged into another.
        MergedInto = "merged-into",
        ReviewerAdded = "reviewer-added",
        ReviewerActivated = "reviewer-activated",
        ReviewerDeactivated = "reviewer-deactivated",
    }
}
