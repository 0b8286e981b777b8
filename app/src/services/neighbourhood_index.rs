//! Spatial index of neighbourhood boundaries (an R-tree of bounding boxes, then an exact
//! point-in-polygon test), so finding the neighbourhood for a position never scans them all.

use crate::domain::geometry::{MultiPolygon, Position};
use rstar::{AABB, RTree, primitives::GeomWithData, primitives::Rectangle};
use std::collections::HashMap;

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
    every_neighbourhood_has_a_boundary: bool,
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
        let every_neighbourhood_has_a_boundary =
            neighbourhoods.iter().all(|n| !n.boundary.0.is_empty());
        Self {
            tree: RTree::bulk_load(envelopes),
            neighbourhoods,
            by_id,
            every_neighbourhood_has_a_boundary,
        }
    }

    /// The position in this index of the neighbourhood whose boundary contains `at`.
    pub fn locate(&self, at: Position) -> Option<usize> {
        let point = [at.longitude, at.latitude];
        self.tree
            .locate_in_envelope_intersecting(&AABB::from_point(point))
            .map(|envelope| envelope.data)
            .filter(|&i| self.neighbourhoods[i].boundary.contains(at))
            .min()
    }

    /// The position in this index of the neighbourhood with this database id.
    pub fn position_of(&self, id: i32) -> Option<usize> {
        self.by_id.get(&id).copied()
    }

    pub fn at(&self, position: usize) -> Option<&IndexedNeighbourhood> {
        self.neighbourhoods.get(position)
    }

    pub fn len(&self) -> usize {
        self.neighbourhoods.len()
    }

    /// True when every neighbourhood has a boundary, so a position outside them all is outside
    /// the force.
    pub fn covers_every_neighbourhood(&self) -> bool {
        // Worked out once when built: searches ask it on every unplaced postcode.
        self.every_neighbourhood_has_a_boundary
    }

    pub fn is_empty(&self) -> bool {
        self.neighbourhoods.is_empty()
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
        let id_at = |latitude, longitude| {
            index
                .locate(Position::new(latitude, longitude))
                .map(|i| index.at(i).unwrap().id)
        };
        assert_eq!(id_at(0.5, 0.5), Some(1));
        assert_eq!(id_at(0.5, 1.5), Some(2));
        assert_eq!(id_at(5.5, 5.5), Some(3));
        assert_eq!(id_at(3.0, 3.0), None);
        assert_eq!(index.position_of(3), Some(2));
    }

    #[test]
    fn a_shared_edge_resolves_to_the_first_neighbourhood() {
        let index = NeighbourhoodIndex::build(vec![square(1, 0.0, 0.0), square(2, 1.0, 0.0)]);
        assert_eq!(index.locate(Position::new(0.5, 1.0)), Some(0));
    }
}
