//! factdesk: a fact-check desk in one binary.
//!
//! An article arrives as text; [`parse`] turns it into a revision's metadata and its checkable
//! statements; [`store`] keeps articles, revisions, statements, reviewers, assignments and checks in
//! SQLite; [`align`] links the statements of a new draft to the previous one so verification
//! survives only where the words did; [`workflow`] holds the desk's rules (who may check what,
//! auto-assignment, the gate); [`lint`] runs the automatic checks; [`report`] renders what the
//! editor reads. [`web`] serves the desk to browsers and a CMS (`factdesk serve`). [`cli`] is the only module that prints, reads the environment or the clock.
//!
//! See `docs/architecture.md` for the map.

pub mod align;
pub mod bounded;
pub mod checklist;
pub mod cli;
pub mod desk;
pub mod import;
pub mod lang;
pub mod lint;
pub mod model;
pub mod normalize;
pub mod parse;
pub mod report;
pub mod store;
pub mod web;
pub mod webhook;
pub mod workflow;
