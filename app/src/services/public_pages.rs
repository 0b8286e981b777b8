//! What public neighbourhood pages show, kept in memory by each instance, so the pages residents
//! open most are rendered without a database query.
//!
//! Every change to what they show increments revision 2 of `dataset_revision` in its own
//! transaction. The instance that made the change forgets its copy at once; the others notice
//! the new revision within `PORTAL_RELOAD_INTERVAL` seconds (see `jobs::reload_gazetteer`).

use crate::domain::geometry::SvgShape;
use crate::domain::guarantee::Counts;
use crate::domain::neighbourhood::NeighbourhoodDetails;
use crate::services::revisions::{self, Revision};
use sea_orm::{ConnectionTrait, DatabaseConnection, DbErr};
use std::collections::HashMap;
use std::sync::{Arc, RwLock};

#[derive(Clone, Default)]
pub struct PublicPages(Arc<RwLock<Snapshot>>);

#[derive(Default)]
struct Snapshot {
    /// The database's revision this copy was last refreshed at. Forgetting the copy here leaves
    /// it: a count changed here does not move the database's revision, and a change on another
    /// instance that then moves it by one must still be noticed.
    revision: i64,
    /// Raised each time the copy is forgotten, here or on a refresh, and never lowered: what was
    /// made from the copy is told stale by it.
    generation: i64,
    neighbourhoods: HashMap<String, Arc<NeighbourhoodPage>>,
    /// Each neighbourhood's Guarantee counts and when (on the portal's clock) they were made.
    guarantee: HashMap<i32, (i64, Counts)>,
}

/// How long a neighbourhood's Guarantee counts are shown again before they are counted afresh,
/// for what changes with time rather than with an edit (as long as a public page is kept).
pub const GUARANTEE_FRESH_FOR: i64 = 60;

/// A neighbourhood's public page: its details, and its boundary drawn once as an SVG path.
#[derive(Clone, Debug, PartialEq)]
pub struct NeighbourhoodPage {
    pub details: NeighbourhoodDetails,
    pub map: Option<SvgShape>,
}

/// The width the boundary map is drawn at (the SVG scales to fit).
const MAP_WIDTH: f64 = 400.0;

impl PublicPages {
    /// A neighbourhood's public details, from memory or read once from the database. Unknown
    /// codes are not remembered.
    pub async fn neighbourhood(
        &self,
        db: &DatabaseConnection,
        code: &str,
    ) -> Result<Option<Arc<NeighbourhoodPage>>, DbErr> {
        if let Some(details) = self.read().neighbourhoods.get(code) {
            return Ok(Some(details.clone()));
        }
        let generation = self.read().generation;
        let Some(details) =
            crate::services::neighbourhoods::neighbourhood_details(db, code).await?
        else {
            return Ok(None);
        };
        let page = Arc::new(NeighbourhoodPage {
            map: details.boundary.svg_path(MAP_WIDTH),
            details,
        });
        let mut copy = self.write();
        // Kept only if nothing was forgotten while it was being read.
        if copy.generation == generation {
            copy.neighbourhoods.insert(code.to_string(), page.clone());
        }
        Ok(Some(page))
    }

    /// A neighbourhood's Guarantee counts and the moment they were made: those made since the
    /// last change and under a minute ago, or counted now (ten counts, which every signed-in
    /// visitor to the neighbourhood's page would otherwise make).
    pub async fn guarantee_counts(
        &self,
        db: &DatabaseConnection,
        now: i64,
        neighbourhood_id: i32,
    ) -> Result<(Counts, i64), DbErr> {
        if let Some((at, counts)) = self.read().guarantee.get(&neighbourhood_id)
            && now - at < GUARANTEE_FRESH_FOR
            && *at <= now
        {
            return Ok((counts.clone(), *at));
        }
        let generation = self.read().generation;
        let counts =
            crate::services::guarantee::for_neighbourhood(db, now, neighbourhood_id).await?;
        let mut copy = self.write();
        // Kept only if nothing was forgotten while they were being counted.
        if copy.generation == generation {
            copy.guarantee
                .insert(neighbourhood_id, (now, counts.clone()));
        }
        Ok((counts, now))
    }

    /// Forgets everything: a change made here has just been committed.
    pub fn forget(&self) {
        let mut copy = self.write();
        copy.generation += 1;
        copy.neighbourhoods.clear();
        copy.guarantee.clear();
    }

    /// Forgets everything if the database's revision is not the one this copy was read at.
    pub fn refresh_if_changed(&self, revision: i64) -> bool {
        let mut copy = self.write();
        if copy.revision == revision {
            return false;
        }
        copy.revision = revision;
        copy.generation += 1;
        copy.neighbourhoods.clear();
        copy.guarantee.clear();
        true
    }

    /// The revision of this copy, as the database had it.
    pub fn revision(&self) -> i64 {
        self.read().revision
    }

    /// The generation of this copy: it goes up whenever the copy is forgotten, and never comes
    /// back to an earlier value, so what was made from the copy can be told stale by it.
    pub fn generation(&self) -> i64 {
        self.read().generation
    }

    fn read(&self) -> std::sync::RwLockReadGuard<'_, Snapshot> {
        self.0
            .read()
            .unwrap_or_else(|poisoned| poisoned.into_inner())
    }

    fn write(&self) -> std::sync::RwLockWriteGuard<'_, Snapshot> {
        self.0
            .write()
            .unwrap_or_else(|poisoned| poisoned.into_inner())
    }
}

pub async fn current_revision<C: ConnectionTrait>(conn: &C) -> Result<i64, DbErr> {
    revisions::current(conn, Revision::PublicPages).await
}

#[cfg(test)]
mod tests {
    use super::PublicPages;

    #[test]
    fn a_change_on_another_instance_is_noticed_after_the_copy_was_forgotten_here() {
        let pages = PublicPages::default();
        assert!(pages.refresh_if_changed(5));
        let read_at_five = pages.generation();
        // A count changed here: the copy is forgotten, the database's revision stays at 5.
        pages.forget();
        assert_eq!(pages.revision(), 5);
        // Another instance's change moves the database's revision on by one.
        assert!(
            pages.refresh_if_changed(6),
            "the other instance's change is noticed"
        );
        assert_eq!(pages.generation(), read_at_five + 2);
        assert!(!pages.refresh_if_changed(6), "and noticed once");
    }
}
