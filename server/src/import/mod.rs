//! `server import …`: loading the standard open datasets.
//!
//! Every import runs in one transaction (a failure part-way leaves the previous data in place and
//! in service), reports bad rows with their line numbers (or feature numbers) instead of
//! stopping at the first, and is idempotent: running it twice changes nothing the second time.
//! With `--dry-run` the transaction is rolled back after counting.

pub mod boundaries;
pub mod neighbourhoods;
pub mod osgb;
pub mod postcodes;
pub mod wards;

use indicatif::{ProgressBar, ProgressStyle};
use sea_orm::{DatabaseConnection, DatabaseTransaction};
use std::fmt;
use std::path::Path;

/// Settings every import shares.
#[derive(Clone, Copy, Debug)]
pub struct ImportOptions {
    pub dry_run: bool,
    /// More rejected rows than this abandons the whole import: a file that bad is probably the
    /// wrong file, and loading the rest of it would do more harm than good.
    pub max_rejected: usize,
}

/// A row that was not loaded, and why.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Rejection {
    pub source: String,
    pub line: u64,
    pub reason: String,
}

#[derive(Debug, Default)]
pub struct ImportSummary {
    pub read: u64,
    pub inserted: u64,
    pub updated: u64,
    pub unchanged: u64,
    /// Rows the file no longer lists, taken out (only where the file is the whole set).
    pub removed: u64,
    pub rejected: Vec<Rejection>,
    /// Rows passed over as expected rather than wrong (a postcode the ONS gives no position,
    /// a ward that is no neighbourhood): reported, never guessed, and not counted against
    /// `--max-rejected`. Only the first few are kept.
    pub skipped: Vec<Rejection>,
    pub skipped_count: u64,
    /// Things worth knowing that are not about one row (neighbourhoods left without a boundary).
    pub notes: Vec<String>,
    pub dry_run: bool,
}

impl ImportSummary {
    pub fn reject(&mut self, source: &str, line: u64, reason: impl Into<String>) {
        self.rejected.push(Rejection {
            source: source.to_string(),
            line,
            reason: reason.into(),
        });
    }

    pub fn skip(&mut self, source: &str, line: u64, reason: impl Into<String>) {
        self.skipped_count += 1;
        if self.skipped.len() < REJECTIONS_SHOWN {
            self.skipped.push(Rejection {
                source: source.to_string(),
                line,
                reason: reason.into(),
            });
        }
    }

    pub fn changed(&self) -> bool {
        self.inserted + self.updated + self.removed > 0
    }
}

/// How many rejections the summary lists one by one before just counting.
const REJECTIONS_SHOWN: usize = 50;

impl fmt::Display for ImportSummary {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        for r in self.rejected.iter().take(REJECTIONS_SHOWN) {
            writeln!(f, "rejected {}:{}: {}", r.source, r.line, r.reason)?;
        }
        if self.rejected.len() > REJECTIONS_SHOWN {
            writeln!(
                f,
                "… and {} more rejected rows",
                self.rejected.len() - REJECTIONS_SHOWN
            )?;
        }
        for r in &self.skipped {
            writeln!(f, "skipped {}:{}: {}", r.source, r.line, r.reason)?;
        }
        if self.skipped_count > self.skipped.len() as u64 {
            writeln!(
                f,
                "… and {} more skipped rows",
                self.skipped_count - self.skipped.len() as u64
            )?;
        }
        for note in &self.notes {
            writeln!(f, "note: {note}")?;
        }
        let verb = if self.dry_run { "would be " } else { "" };
        write!(
            f,
            "{} read, {} {verb}inserted, {} {verb}updated, {} unchanged, {}{} skipped, {} rejected{}",
            self.read,
            self.inserted,
            self.updated,
            self.unchanged,
            if self.removed > 0 {
                format!("{} {verb}removed, ", self.removed)
            } else {
                String::new()
            },
            self.skipped_count,
            self.rejected.len(),
            if self.dry_run {
                " (dry run: nothing was changed)"
            } else {
                ""
            }
        )
    }
}

#[derive(Debug, thiserror::Error)]
pub enum ImportError {
    #[error("{0}: {1}")]
    Io(String, #[source] std::io::Error),
    #[error("{file}: the column layout is not one this import understands: {detail}")]
    UnknownLayout { file: String, detail: String },
    #[error("{file}: {detail}")]
    Unreadable { file: String, detail: String },
    #[error("more than {limit} rows were rejected, so nothing was imported (the first: {first})")]
    TooManyRejected { limit: usize, first: String },
    #[error(
        "no force is configured: import a neighbourhood list (with --force-id) or run seed-demo first"
    )]
    NoForce,
    #[error("no ward mapping is loaded: load one with `server import wards FILE` first")]
    NoWardMap,
    #[error("database: {0}")]
    Database(#[from] sea_orm::DbErr),
}

impl ImportError {
    pub fn io(path: &Path, error: std::io::Error) -> Self {
        Self::Io(path.display().to_string(), error)
    }
}

/// Fails the import once too many rows have been rejected.
pub fn check_rejections(
    summary: &ImportSummary,
    options: &ImportOptions,
) -> Result<(), ImportError> {
    if summary.rejected.len() > options.max_rejected {
        let first = summary
            .rejected
            .first()
            .map(|r| format!("{}:{}: {}", r.source, r.line, r.reason))
            .unwrap_or_default();
        return Err(ImportError::TooManyRejected {
            limit: options.max_rejected,
            first,
        });
    }
    Ok(())
}

/// Begins an import: its transaction, holding the database's write lock from the start (waiting
/// for a running portal to finish writing), and an empty summary.
pub async fn start(
    db: &DatabaseConnection,
    options: &ImportOptions,
) -> Result<(DatabaseTransaction, ImportSummary), ImportError> {
    let summary = ImportSummary {
        dry_run: options.dry_run,
        ..Default::default()
    };
    Ok((crate::database::begin_write_waiting(db).await?, summary))
}

/// Ends an import's transaction: records the change for the running servers and commits, or
/// rolls everything back for a dry run.
pub async fn finish(
    txn: DatabaseTransaction,
    summary: ImportSummary,
) -> Result<ImportSummary, ImportError> {
    if summary.changed() {
        crate::database::bump_dataset_revision(&txn).await?;
    }
    if summary.dry_run {
        txn.rollback().await?;
    } else {
        txn.commit().await?;
    }
    Ok(summary)
}

/// A progress bar on a terminal (bytes read of the file); nothing when output is redirected.
pub fn progress(path: &Path) -> ProgressBar {
    let length = std::fs::metadata(path).map(|m| m.len()).unwrap_or(0);
    let bar = ProgressBar::new(length);
    bar.set_style(
        ProgressStyle::with_template("{msg} [{bar:30}] {bytes}/{total_bytes} ({eta} left)")
            .unwrap_or_else(|_| ProgressStyle::default_bar())
            .progress_chars("=> "),
    );
    bar.set_message(
        path.file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_default(),
    );
    bar
}

pub fn display_name(path: &Path) -> String {
    path.file_name().map_or_else(
        || path.display().to_string(),
        |n| n.to_string_lossy().into_owned(),
    )
}
