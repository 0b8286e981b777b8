//! Every change to the portal's data goes through a [`Write`]: one transaction that also
//! collects what must happen once it is committed. A change to what public pages show marks
//! the instance's copy of them to be forgotten; an email put in the outbox wakes the sender.
//! [`Write::commit`] commits and then does both, so no caller can forget either; a `Write`
//! dropped without committing rolls back and does neither.

use crate::services::public_pages::PublicPages;
use crate::services::revisions::{self, Revision};
use sea_orm::{
    ConnectionTrait, DatabaseConnection, DatabaseTransaction, DbBackend, DbErr, ExecResult,
    QueryResult, Statement,
};
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};
use tokio::sync::Notify;

/// The database, with what an instance keeps beside it that a committed change must reach.
/// It reads like a `DatabaseConnection` (it dereferences to one); writes begin with
/// [`Database::write`].
#[derive(Clone, Debug)]
pub struct Database {
    connection: DatabaseConnection,
    after_commit: AfterCommit,
}

#[derive(Clone, Default)]
struct AfterCommit {
    public_pages: PublicPages,
    outbox_ready: Arc<Notify>,
}

impl std::fmt::Debug for AfterCommit {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("AfterCommit")
    }
}

impl Database {
    /// The database behind `connection`, whose committed writes make this instance forget
    /// `public_pages` and wake whoever waits on `outbox_ready`.
    pub fn new(
        connection: DatabaseConnection,
        public_pages: PublicPages,
        outbox_ready: Arc<Notify>,
    ) -> Self {
        Self {
            connection,
            after_commit: AfterCommit {
                public_pages,
                outbox_ready,
            },
        }
    }

    /// The database behind `connection` with nothing kept beside it (tools and tests that
    /// serve no pages and send no email).
    pub fn standalone(connection: DatabaseConnection) -> Self {
        Self {
            connection,
            after_commit: AfterCommit::default(),
        }
    }

    /// Begins a change. On SQLite it takes the write lock at the start (`BEGIN IMMEDIATE`),
    /// waiting its turn, rather than failing with "database is locked" when it first reads and
    /// another connection writes before it does.
    pub async fn write(&self) -> Result<Write, DbErr> {
        Ok(Write {
            transaction: crate::services::begin_write(&self.connection).await?,
            after_commit: self.after_commit.clone(),
            public_pages_changed: AtomicBool::new(false),
            email_queued: AtomicBool::new(false),
        })
    }
}

impl std::ops::Deref for Database {
    type Target = DatabaseConnection;

    fn deref(&self) -> &DatabaseConnection {
        &self.connection
    }
}

/// One change in progress: a transaction and the effects it will have once committed.
pub struct Write {
    transaction: DatabaseTransaction,
    after_commit: AfterCommit,
    public_pages_changed: AtomicBool,
    email_queued: AtomicBool,
}

impl Write {
    /// Records that something public pages show has changed: the pages' revision goes up in
    /// this transaction (so other instances notice), and this instance forgets its copy once
    /// committed.
    pub async fn public_page_changed(&self) -> Result<(), DbErr> {
        revisions::increment(&self.transaction, Revision::PublicPages).await?;
        self.public_pages_changed.store(true, Ordering::Relaxed);
        Ok(())
    }

    /// Records that a count public pages show has changed (ballots cast, say): this instance
    /// forgets its copy once committed, and the others show the new count when their copy is a
    /// minute old, without every ballot taking turns on the pages' revision.
    pub fn public_count_changed(&self) {
        self.public_pages_changed.store(true, Ordering::Relaxed);
    }

    /// Records that an email was put in the outbox: the sender is woken once committed.
    pub(crate) fn email_queued(&self) {
        self.email_queued.store(true, Ordering::Relaxed);
    }

    /// Abandons the change: nothing it did is kept, and nothing follows.
    pub async fn rollback(self) -> Result<(), DbErr> {
        self.transaction.rollback().await
    }

    /// Commits the change, then forgets this instance's copy of public pages if they changed
    /// and wakes the email sender if an email was queued.
    pub async fn commit(self) -> Result<(), DbErr> {
        self.transaction.commit().await?;
        if self.public_pages_changed.into_inner() {
            self.after_commit.public_pages.forget();
        }
        if self.email_queued.into_inner() {
            self.after_commit.outbox_ready.notify_one();
        }
        Ok(())
    }
}

/// `ConnectionTrait` for a type that runs its queries on the connection in `$field`.
macro_rules! runs_queries_on {
    ($type:ty, $field:ident) => {
        #[async_trait::async_trait]
        impl ConnectionTrait for $type {
            fn get_database_backend(&self) -> DbBackend {
                self.$field.get_database_backend()
            }

            async fn execute_raw(&self, stmt: Statement) -> Result<ExecResult, DbErr> {
                self.$field.execute_raw(stmt).await
            }

            async fn execute_unprepared(&self, sql: &str) -> Result<ExecResult, DbErr> {
                self.$field.execute_unprepared(sql).await
            }

            async fn query_one_raw(&self, stmt: Statement) -> Result<Option<QueryResult>, DbErr> {
                self.$field.query_one_raw(stmt).await
            }

            async fn query_all_raw(&self, stmt: Statement) -> Result<Vec<QueryResult>, DbErr> {
                self.$field.query_all_raw(stmt).await
            }

            fn support_returning(&self) -> bool {
                self.$field.support_returning()
            }

            fn is_mock_connection(&self) -> bool {
                self.$field.is_mock_connection()
            }
        }
    };
}

// A change's queries run inside its transaction; the database's, outside any change.
runs_queries_on!(Write, transaction);
runs_queries_on!(Database, connection);
