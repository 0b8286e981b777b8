//! Neighbourhood boundaries: WGS84 polygons with holes, point-in-polygon, and the projection
//! used to draw them as SVG.

use serde::{Deserialize, Serialize};

/// A WGS84 position. Longitude first, as in GeoJSON.
#[derive(Clone, Copy, Debug, PartialEq, Serialize, Deserialize)]
pub struct Position {
    pub longitude: f64,
    pub latitude: f64,
}

impl Position {
    pub fn new(latitude: f64, longitude: f64) -> Self {
        Self {
            longitude,
            latitude,
        }
    }
}

/// A closed ring of `[longitude, latitude]` pairs; the closing point may be repeated or not.
pub type Ring = Vec<[f64; 2]>;

/// A polygon: the exterior ring first, then any holes.
pub type Polygon = Vec<Ring>;

/// One or more polygons, in GeoJSON MultiPolygon coordinate order.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(transparent)]
pub struct MultiPolygon(pub Vec<Polygon>);

#[derive(Debug, PartialEq, Eq, thiserror::Error)]
pub enum BoundaryError {
    #[error("the boundary has no polygons")]
    Empty,
    #[error("polygon {polygon}, ring {ring} has fewer than three points")]
    TooFewPoints { polygon: usize, ring: usize },
    #[error("polygon {polygon}, ring {ring} has a coordinate that is not a WGS84 position")]
    OutOfRange { polygon: usize, ring: usize },
}

#[derive(Clone, Copy, Debug, PartialEq)]
pub struct BoundingBox {
    pub min: [f64; 2],
    pub max: [f64; 2],
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum RingSide {
    Inside,
    Outside,
    OnEdge,
}

/// Points within this distance (in degrees, about a millimetre) of an edge count as on it.
const EDGE_TOLERANCE: f64 = 1e-8;

impl MultiPolygon {
    /// Checks the shape is usable: every ring has at least three WGS84 points (not counting the
    /// repeated closing point).
    pub fn validate(&self) -> Result<(), BoundaryError> {
        if self.0.is_empty() {
            return Err(BoundaryError::Empty);
        }
        for (p, polygon) in self.0.iter().enumerate() {
            if polygon.is_empty() {
                return Err(BoundaryError::TooFewPoints {
                    polygon: p,
                    ring: 0,
                });
            }
            for (r, ring) in polygon.iter().enumerate() {
                if open_ring(ring).len() < 3 {
                    return Err(BoundaryError::TooFewPoints {
                        polygon: p,
                        ring: r,
                    });
                }
                let valid =
                    |[x, y]: &[f64; 2]| (-180.0..=180.0).contains(x) && (-90.0..=90.0).contains(y);
                if !ring.iter().all(valid) {
                    return Err(BoundaryError::OutOfRange {
                        polygon: p,
                        ring: r,
                    });
                }
            }
        }
        Ok(())
    }

    /// True when the position is inside, or on the edge of, any of the polygons. Points inside a
    /// hole are outside; points on a hole's edge are on the boundary, so inside.
    pub fn contains(&self, at: Position) -> bool {
        let point = [at.longitude, at.latitude];
        self.0.iter().any(|polygon| {
            let Some((exterior, holes)) = polygon.split_first() else {
                return false;
            };
            ring_side(exterior, point) != RingSide::Outside
                && holes
                    .iter()
                    .all(|hole| ring_side(hole, point) != RingSide::Inside)
        })
    }

    pub fn bounding_box(&self) -> Option<BoundingBox> {
        let mut points = self
            .0
            .iter()
            .filter_map(|polygon| polygon.first())
            .flatten();
        let first = *points.next()?;
        Some(points.fold(
            BoundingBox {
                min: first,
                max: first,
            },
            |b, &[x, y]| BoundingBox {
                min: [b.min[0].min(x), b.min[1].min(y)],
                max: [b.max[0].max(x), b.max[1].max(y)],
            },
        ))
    }

    /// The area-weighted centroid of the exterior rings (holes ignored: a label point, not
    /// surveying). Falls back to the middle of the bounding box for degenerate shapes.
    pub fn centre(&self) -> Option<Position> {
        let (mut area, mut cx, mut cy) = (0.0, 0.0, 0.0);
        for exterior in self.0.iter().filter_map(|polygon| polygon.first()) {
            let ring = open_ring(exterior);
            let (mut ring_area, mut ring_x, mut ring_y) = (0.0, 0.0, 0.0);
            for (i, a) in ring.iter().enumerate() {
                let b = ring[(i + 1) % ring.len()];
                let cross = a[0] * b[1] - b[0] * a[1];
                ring_area += cross;
                ring_x += (a[0] + b[0]) * cross;
                ring_y += (a[1] + b[1]) * cross;
            }
            // Rings may wind either way: each weighs by its size, never cancelling another.
            let sign = ring_area.signum();
            area += ring_area * sign;
            cx += ring_x * sign;
            cy += ring_y * sign;
        }
        if area.abs() > f64::EPSILON {
            Some(Position::new(cy / (3.0 * area), cx / (3.0 * area)))
        } else {
            let b = self.bounding_box()?;
            Some(Position::new(
                (b.min[1] + b.max[1]) / 2.0,
                (b.min[0] + b.max[0]) / 2.0,
            ))
        }
    }

    /// The exterior ring of the largest polygon, closed (its first point repeated last): the
    /// outline a client that knows only one ring can draw.
    pub fn largest_exterior(&self) -> Option<Ring> {
        let exterior = self
            .0
            .iter()
            .filter_map(|polygon| polygon.first())
            .max_by(|a, b| ring_area(a).total_cmp(&ring_area(b)))?;
        closed_ring(exterior)
    }

    /// The same shape with every ring's first point repeated at its end, as GeoJSON requires.
    pub fn with_closed_rings(&self) -> MultiPolygon {
        MultiPolygon(
            self.0
                .iter()
                .map(|polygon| polygon.iter().filter_map(closed_ring).collect())
                .collect(),
        )
    }

    /// An SVG path (`M … Z` per ring) in a `width`-wide box, with north up and the east-west
    /// scale corrected for latitude. Draw it with `fill-rule="evenodd"` so holes show.
    pub fn svg_path(&self, width: f64) -> Option<SvgShape> {
        let bounds = self.bounding_box()?;
        let mid_latitude = (bounds.min[1] + bounds.max[1]) / 2.0;
        let x_scale = mid_latitude.to_radians().cos();
        let span_x = ((bounds.max[0] - bounds.min[0]) * x_scale).max(1e-9);
        let span_y = (bounds.max[1] - bounds.min[1]).max(1e-9);
        let scale = width / span_x.max(span_y);
        let projection = MapProjection {
            west: bounds.min[0],
            north: bounds.max[1],
            x_scale,
            scale,
        };
        let mut path = String::new();
        for ring in self.0.iter().flatten() {
            for (i, &[longitude, latitude]) in open_ring(ring).iter().enumerate() {
                let (x, y) = projection.to_svg(Position {
                    longitude,
                    latitude,
                });
                let command = if i == 0 { 'M' } else { 'L' };
                path.push_str(&format!("{command}{x:.1} {y:.1}"));
            }
            path.push('Z');
        }
        Some(SvgShape {
            path,
            width: span_x * scale,
            height: span_y * scale,
            projection,
        })
    }
}

/// A projected boundary, ready for an inline `<svg>`.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct SvgShape {
    pub path: String,
    pub width: f64,
    pub height: f64,
    /// How positions map to the drawing, so a pin placed on it can be read back.
    pub projection: MapProjection,
}

/// From latitude and longitude to a map's SVG units (north up, east-west scaled for
/// latitude), and back.
#[derive(Clone, Copy, Debug, PartialEq, Serialize, Deserialize)]
pub struct MapProjection {
    pub west: f64,
    pub north: f64,
    pub x_scale: f64,
    pub scale: f64,
}

impl MapProjection {
    pub fn to_svg(&self, at: Position) -> (f64, f64) {
        (
            (at.longitude - self.west) * self.x_scale * self.scale,
            (self.north - at.latitude) * self.scale,
        )
    }

    pub fn to_position(&self, x: f64, y: f64) -> Position {
        Position {
            longitude: self.west + x / (self.x_scale * self.scale),
            latitude: self.north - y / self.scale,
        }
    }
}

/// The ring without its repeated closing point.
/// The area a ring encloses, in square degrees, whichever way it winds (the shoelace formula).
fn ring_area(ring: &[[f64; 2]]) -> f64 {
    let ring = open_ring(ring);
    let twice: f64 = ring
        .iter()
        .zip(ring.iter().cycle().skip(1))
        .map(|(a, b)| a[0] * b[1] - b[0] * a[1])
        .sum();
    twice.abs() / 2.0
}

/// A ring with its first point repeated at the end (once, however it was stored).
fn closed_ring(ring: &Ring) -> Option<Ring> {
    let mut closed = open_ring(ring).to_vec();
    closed.push(*closed.first()?);
    Some(closed)
}

fn open_ring(ring: &[[f64; 2]]) -> &[[f64; 2]] {
    match ring {
        [first, .., last] if first == last => &ring[..ring.len() - 1],
        _ => ring,
    }
}

/// Even-odd ray casting, with points on (or within a hair of) an edge reported separately.
fn ring_side(ring: &[[f64; 2]], [px, py]: [f64; 2]) -> RingSide {
    let ring = open_ring(ring);
    let Some(&last) = ring.last() else {
        return RingSide::Outside;
    };
    let mut inside = false;
    let mut a = last;
    for &b in ring {
        let ([ax, ay], [bx, by]) = (a, b);
        a = b;
        // Most edges are nowhere near the point: two comparisons settle them.
        let above = ay > py + EDGE_TOLERANCE && by > py + EDGE_TOLERANCE;
        let below = ay < py - EDGE_TOLERANCE && by < py - EDGE_TOLERANCE;
        if above || below || (ax < px - EDGE_TOLERANCE && bx < px - EDGE_TOLERANCE) {
            continue;
        }
        let straddles = (ay > py) != (by > py);
        if ax > px + EDGE_TOLERANCE && bx > px + EDGE_TOLERANCE {
            // Wholly to the right: the ray crosses it exactly when it straddles the ray's line.
            inside ^= straddles;
            continue;
        }
        if on_segment([ax, ay], [bx, by], [px, py]) {
            return RingSide::OnEdge;
        }
        if straddles && px < ax + (py - ay) * (bx - ax) / (by - ay) {
            inside = !inside;
        }
    }
    if inside {
        RingSide::Inside
    } else {
        RingSide::Outside
    }
}

fn on_segment(a: [f64; 2], b: [f64; 2], p: [f64; 2]) -> bool {
    let (dx, dy) = (b[0] - a[0], b[1] - a[1]);
    let length_squared = dx * dx + dy * dy;
    if length_squared == 0.0 {
        return (p[0] - a[0]).hypot(p[1] - a[1]) <= EDGE_TOLERANCE;
    }
    let t = (((p[0] - a[0]) * dx + (p[1] - a[1]) * dy) / length_squared).clamp(0.0, 1.0);
    let (nearest_x, nearest_y) = (a[0] + t * dx, a[1] + t * dy);
    (p[0] - nearest_x).hypot(p[1] - nearest_y) <= EDGE_TOLERANCE
}

#[cfg(test)]
mod tests {
    use super::*;

    fn square(x0: f64, y0: f64, size: f64) -> Ring {
        vec![
            [x0, y0],
            [x0 + size, y0],
            [x0 + size, y0 + size],
            [x0, y0 + size],
            [x0, y0],
        ]
    }

    fn at(x: f64, y: f64) -> Position {
        Position {
            longitude: x,
            latitude: y,
        }
    }

    #[test]
    fn a_point_inside_a_simple_polygon_is_contained() {
        let shape = MultiPolygon(vec![vec![square(0.0, 0.0, 10.0)]]);
        assert!(shape.contains(at(5.0, 5.0)));
        assert!(!shape.contains(at(15.0, 5.0)));
        assert!(!shape.contains(at(-0.1, 5.0)));
    }

    #[test]
    fn the_largest_exterior_is_the_biggest_polygon_closed_whichever_way_it_winds() {
        let mut big_open = square(10.0, 10.0, 5.0);
        big_open.pop();
        big_open.reverse();
        let shape = MultiPolygon(vec![vec![square(0.0, 0.0, 1.0)], vec![big_open.clone()]]);
        let outline = shape.largest_exterior().unwrap();
        assert_eq!(outline.len(), 5);
        assert_eq!(outline[..4], big_open[..]);
        assert_eq!(outline.first(), outline.last());
        assert_eq!(MultiPolygon::default().largest_exterior(), None);
    }

    #[test]
    fn a_point_in_a_hole_is_not_contained() {
        let shape = MultiPolygon(vec![vec![square(0.0, 0.0, 10.0), square(4.0, 4.0, 2.0)]]);
        assert!(!shape.contains(at(5.0, 5.0)));
        assert!(shape.contains(at(2.0, 2.0)));
        assert!(shape.contains(at(7.0, 5.0)));
    }

    #[test]
    fn points_on_an_edge_or_vertex_are_contained() {
        let shape = MultiPolygon(vec![vec![square(0.0, 0.0, 10.0), square(4.0, 4.0, 2.0)]]);
        assert!(
            shape.contains(at(10.0, 5.0)),
            "on the exterior's right edge"
        );
        assert!(shape.contains(at(0.0, 0.0)), "on a vertex");
        assert!(shape.contains(at(5.0, 10.0)), "on the top edge");
        assert!(shape.contains(at(4.0, 5.0)), "on the hole's edge");
    }

    #[test]
    fn each_part_of_a_multipolygon_counts() {
        let shape = MultiPolygon(vec![
            vec![square(0.0, 0.0, 1.0)],
            vec![square(5.0, 5.0, 1.0)],
        ]);
        assert!(shape.contains(at(0.5, 0.5)));
        assert!(shape.contains(at(5.5, 5.5)));
        assert!(!shape.contains(at(3.0, 3.0)));
    }

    #[test]
    fn a_concave_polygon_excludes_its_notch() {
        // A "U" shape: the notch between the arms is outside.
        let u = vec![
            [0.0, 0.0],
            [3.0, 0.0],
            [3.0, 3.0],
            [2.0, 3.0],
            [2.0, 1.0],
            [1.0, 1.0],
            [1.0, 3.0],
            [0.0, 3.0],
        ];
        let shape = MultiPolygon(vec![vec![u]]);
        assert!(!shape.contains(at(1.5, 2.0)));
        assert!(shape.contains(at(0.5, 2.0)));
        assert!(shape.contains(at(2.5, 2.0)));
        assert!(shape.contains(at(1.5, 0.5)));
    }

    #[test]
    fn a_ray_through_a_vertex_is_counted_once() {
        let diamond = vec![[0.0, 1.0], [1.0, 0.0], [2.0, 1.0], [1.0, 2.0]];
        let shape = MultiPolygon(vec![vec![diamond]]);
        assert!(shape.contains(at(1.0, 1.0)));
        assert!(!shape.contains(at(-1.0, 1.0)));
        assert!(!shape.contains(at(-1.0, 2.0)));
    }

    #[test]
    fn rings_need_three_distinct_points_and_real_coordinates() {
        assert_eq!(MultiPolygon(vec![]).validate(), Err(BoundaryError::Empty));
        let line = MultiPolygon(vec![vec![vec![[0.0, 0.0], [1.0, 1.0], [0.0, 0.0]]]]);
        assert_eq!(
            line.validate(),
            Err(BoundaryError::TooFewPoints {
                polygon: 0,
                ring: 0
            })
        );
        let far = MultiPolygon(vec![vec![square(200.0, 0.0, 1.0)]]);
        assert_eq!(
            far.validate(),
            Err(BoundaryError::OutOfRange {
                polygon: 0,
                ring: 0
            })
        );
        assert_eq!(
            MultiPolygon(vec![vec![square(0.0, 0.0, 1.0)]]).validate(),
            Ok(())
        );
    }

    #[test]
    fn the_centre_of_a_square_is_its_middle() {
        let centre = MultiPolygon(vec![vec![square(-2.0, 52.0, 0.5)]])
            .centre()
            .unwrap();
        assert!((centre.longitude + 1.75).abs() < 1e-9 && (centre.latitude - 52.25).abs() < 1e-9);
    }

    #[test]
    fn parts_wound_in_opposite_directions_do_not_cancel_out() {
        let mut clockwise = square(4.0, 0.0, 2.0);
        clockwise.reverse();
        let centre = MultiPolygon(vec![vec![square(0.0, 0.0, 2.0)], vec![clockwise]])
            .centre()
            .unwrap();
        assert!(
            (centre.longitude - 3.0).abs() < 1e-9 && (centre.latitude - 1.0).abs() < 1e-9,
            "{centre:?}"
        );
    }

    #[test]
    fn the_svg_path_keeps_north_up_and_fits_the_width() {
        let shape = MultiPolygon(vec![vec![square(0.0, 0.0, 1.0)]])
            .svg_path(100.0)
            .unwrap();
        assert!(
            shape
                .path
                .starts_with("M0.0 100.0L100.0 100.0L100.0 0.0L0.0 0.0Z"),
            "{}",
            shape.path
        );
        // The taller side fills the box; east-west shrinks by cos(latitude).
        assert_eq!(shape.height, 100.0);
        assert!((shape.width - 100.0 * 0.5f64.to_radians().cos()).abs() < 1e-9);
    }

    #[test]
    fn a_point_on_the_map_reads_back_as_the_position_it_was_drawn_from() {
        let shape = MultiPolygon(vec![vec![square(-1.9, 52.4, 0.1)]])
            .svg_path(400.0)
            .unwrap();
        let at = Position {
            longitude: -1.87,
            latitude: 52.46,
        };
        let (x, y) = shape.projection.to_svg(at);
        let back = shape.projection.to_position(x, y);
        assert!((back.longitude - at.longitude).abs() < 1e-9);
        assert!((back.latitude - at.latitude).abs() < 1e-9);
    }
}
