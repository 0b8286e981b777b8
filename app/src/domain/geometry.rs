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

    /// An SVG path (`M … Z` per ring) at most `width` wide and tall, in Web Mercator (as map
    /// tiles are drawn) at the largest whole zoom at which it fits, north up. Draw it with
    /// `fill-rule="evenodd"` so holes show.
    pub fn svg_path(&self, width: f64) -> Option<SvgShape> {
        let bounds = self.bounding_box()?;
        let north_west = world_pixel(Position::new(bounds.max[1], bounds.min[0]), 0);
        let south_east = world_pixel(Position::new(bounds.min[1], bounds.max[0]), 0);
        let largest = (south_east.0 - north_west.0)
            .max(south_east.1 - north_west.1)
            .max(1e-12);
        let zoom = (0..=MOST_ZOOM)
            .rev()
            .find(|z| largest * f64::from(1u32 << z) <= width)
            .unwrap_or(0);
        let projection = MapProjection {
            zoom,
            left: north_west.0 * f64::from(1u32 << zoom),
            top: north_west.1 * f64::from(1u32 << zoom),
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
        let (right, bottom) = projection.to_svg(Position::new(bounds.min[1], bounds.max[0]));
        Some(SvgShape {
            path,
            width: right,
            height: bottom,
            projection,
        })
    }
}

/// The deepest zoom drawn (about 30 cm a pixel at UK latitudes), and the deepest most tile
/// servers offer.
const MOST_ZOOM: u8 = 19;

/// Map tiles are 256 pixels square.
pub const TILE_SIZE: f64 = 256.0;

/// A position's Web Mercator pixel at `zoom`, from the world's north-west corner.
fn world_pixel(at: Position, zoom: u8) -> (f64, f64) {
    let size = TILE_SIZE * f64::from(1u32 << zoom);
    let latitude = at.latitude.clamp(-85.05112878, 85.05112878).to_radians();
    (
        (at.longitude + 180.0) / 360.0 * size,
        (1.0 - (latitude.tan() + 1.0 / latitude.cos()).ln() / std::f64::consts::PI) / 2.0 * size,
    )
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

impl SvgShape {
    /// The part of the map drawn around the shape: the shape with room around it (some of the
    /// streets beyond the boundary), as `(x, y, width, height)` for a `viewBox`.
    pub fn frame(&self) -> (f64, f64, f64, f64) {
        let margin = (self.width.max(self.height) * 0.08).max(8.0);
        (
            -margin,
            -margin,
            self.width + 2.0 * margin,
            self.height + 2.0 * margin,
        )
    }

    /// The `viewBox` of `frame`.
    pub fn view_box(&self) -> String {
        let (x, y, width, height) = self.frame();
        format!("{x:.1} {y:.1} {width:.1} {height:.1}")
    }

    /// The map tiles that cover `frame`: (zoom, column, row) and where each tile's top-left
    /// corner is in the drawing.
    pub fn tiles(&self) -> Vec<TilePlace> {
        let (x, y, width, height) = self.frame();
        let p = self.projection;
        let tiles_across = 1i64 << p.zoom;
        let first_column = ((p.left + x) / TILE_SIZE).floor() as i64;
        let last_column = ((p.left + x + width) / TILE_SIZE).floor() as i64;
        let first_row = ((p.top + y) / TILE_SIZE).floor() as i64;
        let last_row = ((p.top + y + height) / TILE_SIZE).floor() as i64;
        let mut tiles = Vec::new();
        for row in first_row.max(0)..=last_row.min(tiles_across - 1) {
            for column in first_column..=last_column {
                tiles.push(TilePlace {
                    zoom: p.zoom,
                    // Columns wrap round the world; rows do not.
                    column: column.rem_euclid(tiles_across) as u32,
                    row: row as u32,
                    x: column as f64 * TILE_SIZE - p.left,
                    y: row as f64 * TILE_SIZE - p.top,
                });
            }
        }
        tiles
    }
}

/// How wide the map a pin is placed on is drawn, in CSS pixels, on every screen: a click on it
/// (or, without JavaScript, the image button over it) is read back in these units, so it must
/// not scale. It fits the narrowest phones.
pub const PIN_MAP_WIDTH: f64 = 320.0;

impl SvgShape {
    /// How tall the map is when drawn `drawn_width` CSS pixels wide.
    pub fn drawn_height(&self, drawn_width: f64) -> f64 {
        let (_, _, width, height) = self.frame();
        drawn_width * height / width
    }

    /// The position at (`x`, `y`) CSS pixels from the top-left of the map drawn `drawn_width`
    /// wide.
    pub fn position_at(&self, x: f64, y: f64, drawn_width: f64) -> Position {
        let (left, top, width, _) = self.frame();
        let units = width / drawn_width;
        self.projection
            .to_position(left + x * units, top + y * units)
    }
}

/// A map tile as drawn: its address, and where its top-left corner goes in the drawing.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct MapTile {
    pub href: String,
    pub x: f64,
    pub y: f64,
}

/// One map tile and where it goes in a drawing.
#[derive(Clone, Copy, Debug, PartialEq, Serialize, Deserialize)]
pub struct TilePlace {
    pub zoom: u8,
    pub column: u32,
    pub row: u32,
    /// The tile's top-left corner in the drawing's units.
    pub x: f64,
    pub y: f64,
}

/// From latitude and longitude to a map's SVG units and back: Web Mercator pixels at `zoom`,
/// counted from the drawing's top-left corner (`left`, `top` in the world's pixels), so map
/// tiles line up under it.
#[derive(Clone, Copy, Debug, PartialEq, Serialize, Deserialize)]
pub struct MapProjection {
    pub zoom: u8,
    pub left: f64,
    pub top: f64,
}

impl MapProjection {
    pub fn to_svg(&self, at: Position) -> (f64, f64) {
        let (x, y) = world_pixel(at, self.zoom);
        (x - self.left, y - self.top)
    }

    pub fn to_position(&self, x: f64, y: f64) -> Position {
        let size = TILE_SIZE * f64::from(1u32 << self.zoom);
        let (x, y) = (x + self.left, y + self.top);
        let latitude = (std::f64::consts::PI * (1.0 - 2.0 * y / size))
            .sinh()
            .atan()
            .to_degrees();
        Position {
            longitude: x / size * 360.0 - 180.0,
            latitude,
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
    fn the_svg_path_keeps_north_up_and_fits_the_width_at_a_whole_zoom() {
        let shape = MultiPolygon(vec![vec![square(0.0, 0.0, 1.0)]])
            .svg_path(100.0)
            .unwrap();
        // The first point is the south-west corner: left, at the bottom.
        let expected = format!(
            "M0.0 {h:.1}L{w:.1} {h:.1}L{w:.1} 0.0L0.0 0.0Z",
            w = shape.width,
            h = shape.height
        );
        assert!(shape.path.starts_with(&expected), "{}", shape.path);
        // At the largest whole zoom it fits: more than half the width, never more.
        let largest = shape.width.max(shape.height);
        assert!(largest <= 100.0 && largest > 50.0, "{largest}");
        // A degree square at the equator is all but square in Web Mercator.
        assert!((shape.width - shape.height).abs() < 0.01 * shape.width);
    }

    #[test]
    fn tiles_are_numbered_as_tile_servers_number_them_and_cover_the_frame() {
        // Birmingham city centre is in tile 16210, 10752 at zoom 15 (as OpenStreetMap numbers it).
        let centre = Position::new(52.4796, -1.9026);
        let (x, y) = world_pixel(centre, 15);
        assert_eq!(
            ((x / TILE_SIZE) as u32, (y / TILE_SIZE) as u32),
            (16210, 10752)
        );
        let shape = MultiPolygon(vec![vec![square(-1.93, 52.46, 0.05)]])
            .svg_path(400.0)
            .unwrap();
        let tiles = shape.tiles();
        let (fx, fy, fw, fh) = shape.frame();
        for (px, py) in [(fx, fy), (fx + fw, fy), (fx, fy + fh), (fx + fw, fy + fh)] {
            assert!(
                tiles.iter().any(|t| t.x <= px
                    && px <= t.x + TILE_SIZE
                    && t.y <= py
                    && py <= t.y + TILE_SIZE),
                "the corner {px}, {py} of the frame is under a tile"
            );
        }
        // Each tile sits where its number puts it.
        let p = shape.projection;
        for t in &tiles {
            assert_eq!(t.x, f64::from(t.column) * TILE_SIZE - p.left);
            assert_eq!(t.y, f64::from(t.row) * TILE_SIZE - p.top);
        }
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
