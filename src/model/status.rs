//! A statement's status, from its latest check.

use super::named_enum;

named_enum! {
    /// The status of a statement, from its latest check. `stale` is not a status: it is shown on
    /// top of any status when the statement's words changed after that check.
    pub enum Status as "status" {
        Unchecked = "unchecked",
        InProgress = "in-progress",
        Verified = "verified",
        /// Verified except a named part (SPIEGEL's "Teilverifikation"): the check names the
        /// words it does not vouch for, and the statement holds the gate until that part is
        /// verified too or an editor waives it.
        PartlyVerified = "partly-verified",
        /// A source contradicts it; the check's note says what is right.
        Incorrect = "incorrect",
        /// Sources conflict.
        Disputed = "disputed",
        /// No source can confirm it.
        Unverifiable = "unverifiable",
        /// An editor exempts it, with a reason.
        Waived = "waived",
    }
}

impl Status {
    /// Still waiting for a reviewer's verdict: these stay in the assignee's queue.
    pub fn is_open(self) -> bool {
        matches!(self, Status::Unchecked | Status::InProgress)
    }
}
