//! Arguments many commands take, written once and flattened into each command's `Args`
//! (`#[command(flatten)]`), so they read and behave alike everywhere.

/// The article a command works on.
#[derive(Debug, Clone, clap::Args)]
pub struct ArticleArg {
    /// The article's slug (see `factdesk articles`).
    pub slug: String,
}

/// The article a command works on, and which of its revisions.
#[derive(Debug, Clone, clap::Args)]
pub struct RevisionArgs {
    /// The article's slug (see `factdesk articles`).
    pub slug: String,
    /// The revision (default: the latest).
    #[arg(long)]
    pub revision: Option<u32>,
}

/// Whether to answer in JSON.
#[derive(Debug, Clone, Default, clap::Args)]
pub struct JsonArg {
    /// Print JSON instead of text (the shapes are in docs/json.md).
    #[arg(long)]
    pub json: bool,
}
