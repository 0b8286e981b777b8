//! In-memory spatial index of neighbourhood boundaries, so finding the neighbourhood for a
//! position never scans boundaries in the database.

use crate::domain::geometry::{MultiPolygon, Position};
use entity::{local_policing_area, neighbourhood};
use rstar::{AABB, RTree, primitives::GeomWithData, primitives::Rectangle};
use sea_orm::{DatabaseConnection, DbErr, EntityTrait, QueryOrder};
use std::collections::HashMap;
use std::sync::{Arc, RwLock};

/// A neighbourhood as the index knows it: enough to answer a search without the database.
#[derive(Clone, Debug)]
pub struct IndexedNeighbourhood {
    pub id: i32,
    pub code: String,
    pub name: String,
    pub lpa: String,
    pub boundary: MultiPolygon,
}

type Envelope = GeomWithData<Rectangle<[f64; 2]>, usize>;

#[derive(Default)]
pub struct NeighbourhoodIndex {
    tree: RTree<Envelope>,
    neighbourhoods: Vec<IndexedNeighbourhood>,
    by_id: HashMap<i32, usize>,
}

impl NeighbourhoodIndex {
    /// Neighbourhoods earlier in the list win where boundaries overlap or touch.
    pub fn build(neighbourhoods: Vec<IndexedNeighbourhood>) -> Self {
        let envelopes = neighbourhoods
            .iter()
            .enumerate()
            .filter_map(|(i, n)| {
                let b = n.boundary.bounding_box()?;
                Some(GeomWithData::new(Rectangle::from_corners(b.min, b.max), i))
            })
            .collect();
        let by_id = neighbourhoods
            .iter()
            .enumerate()
            .map(|(i, n)| (n.id, i))
            .collect();
        Self {
            tree: RTree::bulk_load(envelopes),
            neighbourhoods,
            by_id,
        }
    }

    /// Reads every neighbourhood boundary from the database (ordered by id, so overlaps resolve
    /// the same way on every instance).
    pub async fn load(db: &DatabaseConnection) -> Result<Self, DbErr> {
        let rows = neighbourhood::Entity::find()
            .find_also_related(local_policing_area::Entity)
            .order_by_asc(neighbourhood::Column::Id)
            .all(db)
            .await?;
        let mut indexed = Vec::with_capacity(rows.len());
        for (n, lpa) in rows {
            let boundary: MultiPolygon = serde_json::from_str(&n.boundary).map_err(|e| {
                DbErr::Custom(format!(
                    "neighbourhood {} has an unreadable boundary: {e}",
                    n.code
                ))
            })?;
            indexed.push(IndexedNeighbourhood {
                id: n.id,
                code: n.code,
                name: n.name,
                lpa: lpa.map(|l| l.name).unwrap_or_default(),
                boundary,
            });
        }
        Ok(Self::build(indexed))
    }

    /// The neighbourhood whose boundary contains the position.
    pub fn locate(&self, at: Position) -> Option<&IndexedNeighbourhood> {
        let point = [at.longitude, at.latitude];
        self.tree
            .locate_in_envelope_intersecting(&AABB::from_point(point))
            .map(|envelope| envelope.data)
            .filter(|&i| self.neighbourhoods[i].boundary.contains(at))
            .min()
            .map(|i| &self.neighbourhoods[i])
    }

    pub fn get(&self, id: i32) -> Option<&IndexedNeighbourhood> {
        self.by_id.get(&id).map(|&i| &self.neighbourhoods[i])
    }

    pub fn len(&self) -> usize {
        self.neighbourhoods.len()
    }

    pub fn is_empty(&self) -> bool {
        self.neighbourhoods.is_empty()
    }
}

/// The index in service, swapped whole when boundaries change so readers never wait on a rebuild.
#[derive(Clone, Default)]
pub struct SharedNeighbourhoodIndex(Arc<RwLock<Arc<NeighbourhoodIndex>>>);

impl SharedNeighbourhoodIndex {
    pub fn current(&self) -> Arc<NeighbourhoodIndex> {
        self.0
            .read()
            .unwrap_or_else(|poisoned| poisoned.into_inner())
            .clone()
    }

    pub fn replace(&self, index: NeighbourhoodIndex) {
        *self
            .0
            .write()
            .unwrap_or_else(|poisoned| poisoned.into_inner()) = Arc::new(index);
    }

    /// Rebuilds from the database; the old index keeps serving until the new one is ready.
    pub async fn reload(&self, db: &DatabaseConnection) -> Result<usize, DbErr> {
        let index = NeighbourhoodIndex::load(db).await?;
        let count = index.len();
        self.replace(index);
        Ok(count)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn square(id: i32, x0: f64, y0: f64) -> IndexedNeighbourhood {
        let ring = vec![
            [x0, y0],
            [x0 + 1.0, y0],
            [x0 + 1.0, y0 + 1.0],
            [x0, y0 + 1.0],
            [x0, y0],
        ];
        IndexedNeighbourhood {
            id,
            code: format!("N{id}"),
            name: format!("Neighbourhood {id}"),
            lpa: "Test".into(),
            boundary: MultiPolygon(vec![vec![ring]]),
        }
    }

    #[test]
    fn locates_the_neighbourhood_containing_a_position() {
        let index = NeighbourhoodIndex::build(vec![
            square(1, 0.0, 0.0),
            square(2, 1.0, 0.0),
            square(3, 5.0, 5.0),
        ]);
        assert_eq!(index.locate(Position::new(0.5, 0.5)).map(|n| n.id), Some(1));
        assert_eq!(index.locate(Position::new(0.5, 1.5)).map(|n| n.id), Some(2));
        assert_eq!(index.locate(Position::new(5.5, 5.5)).map(|n| n.id), Some(3));
        assert!(index.locate(Position::new(3.0, 3.0)).is_none());
    }

    #[test]
    fn a_shared_edge_resolves_to_the_first_neighbourhood() {
        let index = NeighbourhoodIndex::build(vec![square(1, 0.0, 0.0), square(2, 1.0, 0.0)]);
        assert_eq!(index.locate(Position::new(0.5, 1.0)).map(|n| n.id), Some(1));
    }

    #[test]
    fn the_shared_index_serves_the_replacement() {
        let shared = SharedNeighbourhoodIndex::default();
        assert!(shared.current().is_empty());
        shared.replace(NeighbourhoodIndex::build(vec![square(7, 0.0, 0.0)]));
        assert_eq!(shared.current().get(7).map(|n| n.code.as_str()), Some("N7"));
    }
}
