//! Who is acting: an [`Actor`] is a reviewer's handle that an edge vouches for.
//!
//! The desk never learns identity from the data it is given (a request's field, a file's
//! byline): it takes an `Actor`, and only an edge builds one, by its own means of knowing who is
//! there. The command line takes `--as` / `FACTDESK_USER` at its word ([`Actor::from_cli`]):
//! whoever can run factdesk on a local file can write that file anyway. A server builds it from
//! a signed-in session (through [`Actor::vouched_for`], crate-only), never from a request
//! parameter. Whether the handle names a known, active reviewer with the right role is the
//! desk's to check, at each use case.

/// A reviewer's handle, as vouched for by the edge that built it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Actor {
    handle: String,
}

impl Actor {
    /// The command line's actor: the handle given with `--as` or `FACTDESK_USER`, on a local
    /// database file. For the command line and local tools that stand in for it (the
    /// benchmark); a server must not call it with anything a request says.
    pub fn from_cli(handle: impl Into<String>) -> Actor {
        Actor::vouched_for(handle.into())
    }

    /// An actor whose identity an edge of this crate has established itself (the web desk: from
    /// a signed-in session or an API token, after checking it). Crate-only, so that nothing
    /// outside the edges can make one up.
    pub(crate) fn vouched_for(handle: String) -> Actor {
        Actor { handle }
    }

    /// The reviewer's handle.
    pub fn handle(&self) -> &str {
        &self.handle
    }
}
