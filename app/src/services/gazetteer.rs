//! Everything a postcode search needs, held in memory: the force, the neighbourhood boundaries
//! and every postcode with its neighbourhood. Built at start-up and rebuilt whenever an import
//! changes the data (see `dataset_revision`), on every server instance.

use super::neighbourhood_index::{IndexedNeighbourhood, NeighbourhoodIndex};
use super::neighbourhoods::stored_boundary;
use super::postcode_directory::{PostcodeDirectory, PostcodeEntry, PostcodeKey};
use crate::domain::geometry::Position;
use crate::services::revisions::{self, Revision};
use entity::{force, local_policing_area, neighbourhood, postcode, ward};
use sea_orm::{
    ColumnTrait, ConnectionTrait, DatabaseConnection, DbErr, EntityTrait, QueryFilter, QueryOrder,
    QuerySelect, TransactionTrait,
};
use std::collections::HashMap;
use std::sync::{Arc, RwLock};

/// Postcodes are read in pages so loading millions never holds them all as database rows, and
/// the thread is handed back between pages so a reload does not hold up requests.
const POSTCODE_PAGE: u64 = 20_000;

#[derive(Clone, Debug, Default)]
pub struct ForceSummary {
    pub id: String,
    pub name: String,
    /// The force's website, where crimes are reported online; empty if not known.
    pub url: String,
    pub postcode_areas: Vec<String>,
}

impl ForceSummary {
    pub fn covers_area(&self, area: &str) -> bool {
        self.postcode_areas.iter().any(|covered| covered == area)
    }
}

#[derive(Default)]
pub struct Gazetteer {
    pub revision: i64,
    pub force: Option<ForceSummary>,
    pub neighbourhoods: NeighbourhoodIndex,
    pub postcodes: PostcodeDirectory,
}

impl Gazetteer {
    pub async fn load(db: &DatabaseConnection) -> Result<Self, DbErr> {
        // The revision and the data it labels are read from one snapshot, so two instances at
        // the same revision hold the same data (the postcode lookup's tag is the revision).
        let snapshot = match db.get_database_backend() {
            sea_orm::DbBackend::Postgres => {
                db.begin_with_config(
                    Some(sea_orm::IsolationLevel::RepeatableRead),
                    Some(sea_orm::AccessMode::ReadOnly),
                )
                .await?
            }
            // A SQLite transaction reads one snapshot from its first read.
            _ => db.begin().await?,
        };
        let loaded = Self::read(&snapshot).await?;
        snapshot.commit().await?;
        Ok(loaded)
    }

    async fn read<C: ConnectionTrait>(db: &C) -> Result<Self, DbErr> {
        let revision = revisions::current(db, Revision::Gazetteer).await?;
        let force = force::Entity::find().one(db).await?.map(|f| ForceSummary {
            id: f.id,
            name: f.name,
            url: f.url,
            postcode_areas: f
                .postcode_areas
                .split_whitespace()
                .map(str::to_string)
                .collect(),
        });
        let neighbourhoods = load_neighbourhoods(db).await?;
        let postcodes = load_postcodes(db, &neighbourhoods).await?;
        Ok(Self {
            revision,
            force,
            neighbourhoods,
            postcodes,
        })
    }

    /// The neighbourhood a postcode entry lies in.
    pub fn neighbourhood_of(&self, entry: &PostcodeEntry) -> Option<&IndexedNeighbourhood> {
        entry
            .neighbourhood()
            .and_then(|i| self.neighbourhoods.at(i))
    }
}

pub async fn current_revision(db: &DatabaseConnection) -> Result<i64, DbErr> {
    revisions::current(db, Revision::Gazetteer).await
}

async fn load_neighbourhoods<C: ConnectionTrait>(db: &C) -> Result<NeighbourhoodIndex, DbErr> {
    // Ordered by id, so overlaps resolve the same way on every instance.
    let rows = neighbourhood::Entity::find()
        .find_also_related(local_policing_area::Entity)
        .order_by_asc(neighbourhood::Column::Id)
        .all(db)
        .await?;
    let mut indexed = Vec::with_capacity(rows.len());
    for (n, lpa) in rows {
        let boundary = stored_boundary(&n)?;
        indexed.push(IndexedNeighbourhood {
            id: n.id,
            code: n.code,
            name: n.name,
            lpa: lpa.map(|l| l.name).unwrap_or_default(),
            boundary,
        });
    }
    Ok(NeighbourhoodIndex::build(indexed))
}

type PostcodeRow = (
    String,
    f64,
    f64,
    Option<i32>,
    Option<String>,
    Option<String>,
);

async fn load_postcodes<C: ConnectionTrait>(
    db: &C,
    neighbourhoods: &NeighbourhoodIndex,
) -> Result<PostcodeDirectory, DbErr> {
    let ward_neighbourhoods: HashMap<String, i32> = ward::Entity::find()
        .select_only()
        .columns([ward::Column::Code, ward::Column::NeighbourhoodId])
        .into_tuple()
        .all(db)
        .await?
        .into_iter()
        .collect();
    let mut entries = Vec::new();
    let mut after = String::new();
    loop {
        let page: Vec<PostcodeRow> = postcode::Entity::find()
            .select_only()
            .columns([
                postcode::Column::Postcode,
                postcode::Column::Latitude,
                postcode::Column::Longitude,
                postcode::Column::NeighbourhoodId,
                postcode::Column::TerminatedOn,
                postcode::Column::WardCode,
            ])
            .filter(postcode::Column::Postcode.gt(after.as_str()))
            .order_by_asc(postcode::Column::Postcode)
            .limit(POSTCODE_PAGE)
            .into_tuple()
            .all(db)
            .await?;
        let Some(last) = page.last() else { break };
        after = last.0.clone();
        for (text, latitude, longitude, named, terminated_on, ward_code) in page {
            let Some(key) = PostcodeKey::new(&text) else {
                continue;
            };
            // A neighbourhood named by the postcode data wins, then the force's ward mapping
            // (exact where a generalised boundary is not), then the boundaries.
            let mapped = ward_code.and_then(|code| ward_neighbourhoods.get(&code).copied());
            let neighbourhood = match named.or(mapped) {
                Some(id) => neighbourhoods.position_of(id),
                None => neighbourhoods.locate(Position::new(latitude, longitude)),
            };
            entries.push((
                key,
                PostcodeEntry::new(latitude, longitude, neighbourhood, terminated_on.is_some()),
            ));
        }
        tokio::task::yield_now().await;
    }
    Ok(PostcodeDirectory::build(entries))
}

/// The gazetteer in service, swapped whole when the data changes so searches never wait on a
/// rebuild.
#[derive(Clone, Default)]
pub struct SharedGazetteer(Arc<RwLock<Arc<Gazetteer>>>);

impl SharedGazetteer {
    pub fn current(&self) -> Arc<Gazetteer> {
        self.0
            .read()
            .unwrap_or_else(|poisoned| poisoned.into_inner())
            .clone()
    }

    pub fn replace(&self, gazetteer: Gazetteer) {
        *self
            .0
            .write()
            .unwrap_or_else(|poisoned| poisoned.into_inner()) = Arc::new(gazetteer);
    }

    /// Rebuilds from the database; the old gazetteer keeps serving until the new one is ready.
    pub async fn reload(&self, db: &DatabaseConnection) -> Result<(), DbErr> {
        self.replace(Gazetteer::load(db).await?);
        Ok(())
    }
}

/// Records that the data behind the lookup indexes changed, inside the caller's transaction, so
/// every server instance rebuilds its gazetteer.
pub async fn bump_revision<C: sea_orm::ConnectionTrait>(conn: &C) -> Result<(), sea_orm::DbErr> {
    revisions::increment(conn, Revision::Gazetteer).await
}
