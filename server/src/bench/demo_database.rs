//! A database of the benchmark's own, with the demo loaded: on PostgreSQL (made and dropped
//! through an administrative connection) or in a SQLite file.

use anyhow::Context;
use sea_orm::ActiveValue::Set;
use sea_orm::{ColumnTrait, ConnectionTrait, DatabaseConnection, EntityTrait, QueryFilter};

/// A database of the benchmark's own with the demo loaded, and how to remove it.
pub struct DemoDatabase {
    pub url: String,
    pub db: DatabaseConnection,
    /// The administrative connection and the database's name, on PostgreSQL.
    postgres: Option<(DatabaseConnection, String)>,
}

impl DemoDatabase {
    /// On PostgreSQL when `postgres` (an administrative URL ending in `/DATABASE`) is given,
    /// else in a SQLite file under `work`.
    pub async fn create(
        postgres: Option<&str>,
        name: &str,
        work: &std::path::Path,
    ) -> anyhow::Result<Self> {
        let (url, admin) = match postgres {
            Some(admin_url) => {
                // Its options (`?sslmode=disable`, `?host=/var/run/postgresql`) carry over.
                let (address, options) = admin_url
                    .split_once('?')
                    .map_or((admin_url, String::new()), |(address, options)| {
                        (address, format!("?{options}"))
                    });
                let (base, _) = address
                    .rsplit_once('/')
                    .context("the PostgreSQL URL ends with /DATABASE")?;
                let admin = sea_orm::Database::connect(admin_url).await?;
                admin
                    .execute_unprepared(&format!("DROP DATABASE IF EXISTS {name} WITH (FORCE)"))
                    .await?;
                admin
                    .execute_unprepared(&format!("CREATE DATABASE {name}"))
                    .await?;
                (
                    format!("{base}/{name}{options}"),
                    Some((admin, name.to_string())),
                )
            }
            None => {
                std::fs::create_dir_all(work)?;
                let file = work.canonicalize()?.join(format!("{name}.db"));
                for suffix in ["", "-wal", "-shm"] {
                    let _ = std::fs::remove_file(format!("{}{suffix}", file.display()));
                }
                (format!("sqlite://{}?mode=rwc", file.display()), None)
            }
        };
        let db = server::database::connect(&url).await?;
        server::database::migrate(&db).await?;
        server::seed::demo::seed(&db, &app::services::clock::Clock::system()).await?;
        Ok(Self {
            url,
            db,
            postgres: admin,
        })
    }

    pub async fn remove(self) -> anyhow::Result<()> {
        self.db.close().await?;
        if let Some((admin, name)) = self.postgres {
            admin
                .execute_unprepared(&format!("DROP DATABASE IF EXISTS {name} WITH (FORCE)"))
                .await?;
        }
        Ok(())
    }

    /// Emailed sign-in links for `count` residents, as the portal writes them: their tokens.
    pub async fn sign_in_links(&self, count: usize) -> anyhow::Result<Vec<String>> {
        let now = app::services::clock::Clock::system().now();
        let tokens: Vec<String> = (0..count).map(|i| format!("bench-{i}-{now}")).collect();
        for chunk in tokens.chunks(500) {
            entity::sign_in_link::Entity::insert_many(chunk.iter().map(|token| {
                entity::sign_in_link::ActiveModel {
                    token_hash: Set(app::services::tokens::token_hash(token)),
                    email: Set(format!("{token}@example.org")),
                    created_at: Set(now),
                    expires_at: Set(now + 3600),
                    used_at: Set(None),
                    ..Default::default()
                }
            }))
            .exec(&self.db)
            .await?;
        }
        Ok(tokens)
    }

    pub async fn neighbourhood_id(&self, code: &str) -> anyhow::Result<i32> {
        Ok(entity::neighbourhood::Entity::find()
            .filter(entity::neighbourhood::Column::Code.eq(code))
            .one(&self.db)
            .await?
            .with_context(|| format!("the demo's {code}"))?
            .id)
    }
}
