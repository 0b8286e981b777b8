//! Neighbourhood boundaries from GeoJSON (Polygon or MultiPolygon features), from data.police.uk's
//! boundary format (`[{"latitude", "longitude"}]`, one neighbourhood a file) and from KML.
//! Features are matched to the force's neighbourhoods by id, by name, or as wards through the
//! force's ward mapping (`server import wards`); several features matching one neighbourhood are
//! united into one shape (a real polygon union, so the edges wards share disappear).
//!
//! `suggest_ward_map` proposes that mapping from the names, for a person to check.

use super::{
    ImportError, ImportOptions, ImportSummary, check_rejections, display_name, finish, start,
};
use app::domain::geometry::{MultiPolygon, Polygon, Ring};
use entity::{neighbourhood, ward};
use quick_xml::events::Event;
use sea_orm::{
    ActiveModelTrait, ActiveValue::Set, ColumnTrait, DatabaseConnection, EntityTrait, QueryFilter,
    QueryOrder,
};
use serde::Deserialize;
use std::collections::{BTreeMap, HashMap};
use std::path::Path;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum BoundaryFormat {
    GeoJson,
    Police,
    Kml,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum MatchBy {
    Id,
    Name,
    /// The feature's id is a ward code, looked up in the stored ward mapping.
    Ward,
}

#[derive(Clone, Debug)]
pub struct BoundaryOptions {
    pub format: BoundaryFormat,
    /// The GeoJSON property (or KML `ExtendedData` field) holding the neighbourhood id.
    pub id_property: String,
    /// The GeoJSON property holding the name (KML uses the placemark's `<name>`).
    pub name_property: String,
    pub match_by: MatchBy,
}

/// One shape read from a file, before matching.
struct Feature {
    /// Where it was: the feature's number in the file (1-based), or the KML line.
    line: u64,
    id: Option<String>,
    name: Option<String>,
    shape: Result<MultiPolygon, String>,
}

pub async fn import(
    db: &DatabaseConnection,
    files: &[impl AsRef<Path>],
    boundary: &BoundaryOptions,
    options: ImportOptions,
) -> Result<ImportSummary, ImportError> {
    let (txn, mut summary) = start(db, &options).await?;
    let neighbourhoods = neighbourhood::Entity::find()
        .order_by_asc(neighbourhood::Column::Id)
        .all(&txn)
        .await?;
    let position_of: HashMap<i32, usize> = neighbourhoods
        .iter()
        .enumerate()
        .map(|(i, n)| (n.id, i))
        .collect();
    let by_key: HashMap<String, usize> = match boundary.match_by {
        MatchBy::Id => neighbourhoods
            .iter()
            .enumerate()
            .map(|(i, n)| (n.code.clone(), i))
            .collect(),
        MatchBy::Name => neighbourhoods
            .iter()
            .enumerate()
            .map(|(i, n)| (normalise_name(&n.name), i))
            .collect(),
        MatchBy::Ward => ward::Entity::find()
            .all(&txn)
            .await?
            .into_iter()
            .filter_map(|w| Some((w.code, *position_of.get(&w.neighbourhood_id)?)))
            .collect(),
    };
    if boundary.match_by == MatchBy::Ward && by_key.is_empty() {
        return Err(ImportError::NoWardMap);
    }

    let mut shapes: BTreeMap<usize, MultiPolygon> = BTreeMap::new();
    for file in files {
        let path = file.as_ref();
        let source = display_name(path);
        let features = read_features(path, boundary)?;
        for feature in features {
            summary.read += 1;
            let label = feature
                .name
                .clone()
                .or(feature.id.clone())
                .unwrap_or_else(|| "unnamed feature".into());
            let key = match boundary.match_by {
                MatchBy::Id | MatchBy::Ward => feature.id.clone(),
                MatchBy::Name => feature.name.as_deref().map(normalise_name),
            };
            match (feature.shape, key.and_then(|k| by_key.get(&k))) {
                (Err(reason), _) => {
                    summary.reject(&source, feature.line, format!("{label}: {reason}"))
                }
                (Ok(_), None) => summary.skip(
                    &source,
                    feature.line,
                    match boundary.match_by {
                        MatchBy::Ward => format!(
                            "{label} ({}): the ward mapping puts this ward in no neighbourhood",
                            feature.id.as_deref().unwrap_or("no code")
                        ),
                        _ => format!("{label}: no neighbourhood of this force matches"),
                    },
                ),
                (Ok(shape), Some(&i)) => shapes.entry(i).or_default().0.extend(shape.0),
            }
            check_rejections(&summary, &options)?;
        }
    }

    for (i, shape) in shapes {
        let n = &neighbourhoods[i];
        let shape = if shape.0.len() > 1 {
            united(&shape)
        } else {
            shape
        };
        // Every coordinate passed `validate`, so it is finite and serialises.
        let json = serde_json::to_string(&shape).expect("a validated boundary serialises");
        if n.boundary.as_deref() == Some(json.as_str()) {
            summary.unchanged += 1;
            continue;
        }
        if n.boundary.is_some() {
            summary.updated += 1;
        } else {
            summary.inserted += 1;
        }
        let centre = shape.centre();
        let mut changed: neighbourhood::ActiveModel = n.clone().into();
        changed.boundary = Set(Some(json));
        changed.centre_latitude = Set(centre.map(|c| c.latitude));
        changed.centre_longitude = Set(centre.map(|c| c.longitude));
        changed.update(&txn).await?;
    }

    let without: Vec<String> = neighbourhood::Entity::find()
        .filter(neighbourhood::Column::Boundary.is_null())
        .order_by_asc(neighbourhood::Column::Name)
        .all(&txn)
        .await?
        .into_iter()
        .map(|n| n.name)
        .collect();
    if !without.is_empty() {
        summary.notes.push(format!(
            "{} neighbourhoods have no boundary, so their postcodes find no team until a boundary is loaded: {}",
            without.len(),
            without.join("; ")
        ));
    }

    finish(txn, summary).await
}

/// Every shape in one file, in the file's format.
fn read_features(path: &Path, boundary: &BoundaryOptions) -> Result<Vec<Feature>, ImportError> {
    match boundary.format {
        BoundaryFormat::GeoJson => read_geojson(path, boundary),
        BoundaryFormat::Police => read_police(path),
        BoundaryFormat::Kml => read_kml(path, boundary),
    }
}

/// One shape from several: the polygon union, so wards that share an edge make one outline.
fn united(shape: &MultiPolygon) -> MultiPolygon {
    use geo::orient::{Direction, Orient};
    let ring = |points: &Ring| geo::LineString::from(points.clone());
    // The union reads the fill rule from the first ring's winding, so every polygon is wound the
    // same way first.
    let polygons: Vec<geo::Polygon<f64>> = shape
        .0
        .iter()
        .filter_map(|polygon| {
            let (exterior, holes) = polygon.split_first()?;
            Some(
                geo::Polygon::new(ring(exterior), holes.iter().map(ring).collect())
                    .orient(Direction::Default),
            )
        })
        .collect();
    let points =
        |line: &geo::LineString<f64>| -> Ring { line.coords().map(|c| [c.x, c.y]).collect() };
    MultiPolygon(
        geo::unary_union(&polygons)
            .into_iter()
            .map(|polygon| {
                std::iter::once(points(polygon.exterior()))
                    .chain(polygon.interiors().iter().map(points))
                    .collect()
            })
            .collect(),
    )
}

/// Names compared without case, punctuation or "&" versus "and".
fn normalise_name(name: &str) -> String {
    name.to_lowercase()
        .replace('&', " and ")
        .replace(['\'', '’', '.'], "")
        .split(|c: char| c.is_whitespace() || c == '-' || c == ',')
        .filter(|w| !w.is_empty())
        .collect::<Vec<_>>()
        .join(" ")
}

fn unreadable(path: &Path, detail: impl Into<String>) -> ImportError {
    ImportError::Unreadable {
        file: display_name(path),
        detail: detail.into(),
    }
}

#[derive(Deserialize)]
struct FeatureCollection {
    #[serde(rename = "type")]
    kind: String,
    features: Vec<GeoJsonFeature>,
}

#[derive(Deserialize)]
struct GeoJsonFeature {
    #[serde(default)]
    properties: Option<serde_json::Map<String, serde_json::Value>>,
    geometry: Option<Geometry>,
}

#[derive(Deserialize)]
struct Geometry {
    #[serde(rename = "type")]
    kind: String,
    coordinates: serde_json::Value,
}

fn read_geojson(path: &Path, options: &BoundaryOptions) -> Result<Vec<Feature>, ImportError> {
    let text = std::fs::read(path).map_err(|e| ImportError::io(path, e))?;
    let collection: FeatureCollection = serde_json::from_slice(&text)
        .map_err(|e| unreadable(path, format!("not a GeoJSON FeatureCollection: {e}")))?;
    if collection.kind != "FeatureCollection" {
        return Err(unreadable(
            path,
            format!("expected a FeatureCollection, found {}", collection.kind),
        ));
    }
    Ok(collection
        .features
        .into_iter()
        .enumerate()
        .map(|(i, feature)| {
            let property = |name: &str| {
                feature
                    .properties
                    .as_ref()
                    .and_then(|p| p.get(name))
                    .and_then(|v| match v {
                        serde_json::Value::String(s) => Some(s.trim().to_string()),
                        serde_json::Value::Number(n) => Some(n.to_string()),
                        _ => None,
                    })
            };
            Feature {
                line: i as u64 + 1,
                id: property(&options.id_property),
                name: property(&options.name_property),
                shape: feature
                    .geometry
                    .ok_or_else(|| "the feature has no geometry".to_string())
                    .and_then(geojson_shape),
            }
        })
        .collect())
}

fn geojson_shape(geometry: Geometry) -> Result<MultiPolygon, String> {
    let polygons: Vec<Polygon> = match geometry.kind.as_str() {
        "Polygon" => vec![
            serde_json::from_value(geometry.coordinates)
                .map_err(|e| format!("bad Polygon coordinates: {e}"))?,
        ],
        "MultiPolygon" => serde_json::from_value(geometry.coordinates)
            .map_err(|e| format!("bad MultiPolygon coordinates: {e}"))?,
        other => {
            return Err(format!(
                "a {other} is not an area (expected Polygon or MultiPolygon)"
            ));
        }
    };
    checked(MultiPolygon(polygons))
}

/// Every ring must close (GeoJSON and KML require it) and the whole must be a usable WGS84 shape.
fn checked(shape: MultiPolygon) -> Result<MultiPolygon, String> {
    for (p, polygon) in shape.0.iter().enumerate() {
        for (r, ring) in polygon.iter().enumerate() {
            if ring.first() != ring.last() {
                return Err(format!(
                    "polygon {}, ring {} does not close (its last point is not its first)",
                    p + 1,
                    r + 1
                ));
            }
        }
    }
    shape.validate().map_err(|e| e.to_string())?;
    Ok(shape)
}

#[derive(Deserialize)]
struct PolicePoint {
    latitude: String,
    longitude: String,
}

/// One neighbourhood a file, named by the file (`BW003.json`), as data.police.uk serves it.
fn read_police(path: &Path) -> Result<Vec<Feature>, ImportError> {
    let text = std::fs::read(path).map_err(|e| ImportError::io(path, e))?;
    let points: Vec<PolicePoint> = serde_json::from_slice(&text).map_err(|e| {
        unreadable(
            path,
            format!("not a data.police.uk boundary ([{{\"latitude\", \"longitude\"}}]): {e}"),
        )
    })?;
    let id = path.file_stem().map(|s| s.to_string_lossy().into_owned());
    let mut ring: Ring = Vec::with_capacity(points.len() + 1);
    let mut problem = None;
    for (i, p) in points.iter().enumerate() {
        match (
            p.longitude.trim().parse::<f64>(),
            p.latitude.trim().parse::<f64>(),
        ) {
            (Ok(x), Ok(y)) => ring.push([x, y]),
            _ => {
                problem.get_or_insert(format!(
                    "point {} ({}, {}) is not a position",
                    i + 1,
                    p.latitude,
                    p.longitude
                ));
            }
        }
    }
    // data.police.uk lists each point once: the ring closes implicitly.
    if ring.len() > 1 && ring.first() != ring.last() {
        ring.push(ring[0]);
    }
    let shape = match problem {
        Some(reason) => Err(reason),
        None => checked(MultiPolygon(vec![vec![ring]])),
    };
    Ok(vec![Feature {
        line: 1,
        id: id.clone(),
        name: id,
        shape,
    }])
}

/// A KML placemark being read.
struct Placemark {
    line: u64,
    id: Option<String>,
    name: Option<String>,
    polygons: Vec<Polygon>,
    problem: Option<String>,
}

impl Placemark {
    fn into_feature(self) -> Feature {
        let shape = match self.problem {
            Some(reason) => Err(reason),
            None if self.polygons.is_empty() => Err("the placemark has no Polygon".into()),
            None => checked(MultiPolygon(self.polygons)),
        };
        Feature {
            line: self.line,
            id: self.id,
            name: self.name,
            shape,
        }
    }
}

fn read_kml(path: &Path, options: &BoundaryOptions) -> Result<Vec<Feature>, ImportError> {
    let text = std::fs::read_to_string(path).map_err(|e| ImportError::io(path, e))?;
    let mut reader = quick_xml::Reader::from_str(&text);
    reader.config_mut().trim_text(true);

    let mut features = Vec::new();
    let mut current: Option<Placemark> = None;
    let mut open_tags: Vec<String> = Vec::new();
    let mut data_name: Option<String> = None;
    // An element's text arrives in pieces (text, entity references, CDATA): gathered here and
    // used when the element closes.
    let mut content = String::new();
    let (mut line, mut counted_to) = (1u64, 0usize);
    loop {
        let position = (reader.buffer_position() as usize).min(text.len());
        let event = reader
            .read_event()
            .map_err(|e| unreadable(path, format!("not well-formed KML: {e}")))?;
        match event {
            Event::Start(start) => {
                let tag = String::from_utf8_lossy(start.local_name().as_ref()).into_owned();
                match tag.as_str() {
                    "Placemark" => {
                        line += text[counted_to..position].matches('\n').count() as u64;
                        counted_to = position;
                        current = Some(Placemark {
                            line,
                            id: None,
                            name: None,
                            polygons: Vec::new(),
                            problem: None,
                        });
                    }
                    "Polygon" => {
                        if let Some(placemark) = current.as_mut() {
                            placemark.polygons.push(Vec::new());
                        }
                    }
                    "Data" | "SimpleData" => {
                        data_name = start
                            .attributes()
                            .flatten()
                            .find(|a| a.key.local_name().as_ref() == b"name")
                            .map(|a| String::from_utf8_lossy(&a.value).into_owned());
                    }
                    _ => {}
                }
                open_tags.push(tag);
                content.clear();
            }
            Event::Text(piece) => content.push_str(&piece.decode().unwrap_or_default()),
            Event::CData(piece) => content.push_str(&String::from_utf8_lossy(&piece)),
            Event::GeneralRef(reference) => {
                let name = String::from_utf8_lossy(&reference).into_owned();
                content.push_str(&resolve_entity(&name).unwrap_or_else(|| format!("&{name};")));
            }
            Event::End(_) => {
                let tag = open_tags.pop().unwrap_or_default();
                let parent = open_tags.last().map(String::as_str);
                let value = std::mem::take(&mut content).trim().to_string();
                let in_id_data = open_tags.iter().any(|t| t == "Data" || t == "SimpleData")
                    && data_name.as_deref() == Some(options.id_property.as_str());
                let Some(placemark) = current.as_mut() else {
                    continue;
                };
                match tag.as_str() {
                    "Placemark" => {
                        if let Some(placemark) = current.take() {
                            features.push(placemark.into_feature());
                        }
                    }
                    "name" if parent == Some("Placemark") => placemark.name = Some(value),
                    "coordinates" => match parse_kml_ring(&value) {
                        // outerBoundaryIs comes first in KML, so the exterior ring is first.
                        Ok(ring) => {
                            if let Some(polygon) = placemark.polygons.last_mut() {
                                polygon.push(ring);
                            }
                        }
                        Err(reason) => {
                            placemark.problem.get_or_insert(reason);
                        }
                    },
                    "value" if in_id_data => placemark.id = Some(value),
                    "SimpleData" if data_name.as_deref() == Some(options.id_property.as_str()) => {
                        placemark.id = Some(value);
                    }
                    _ => {}
                }
            }
            Event::Eof => break,
            _ => {}
        }
    }
    Ok(features)
}

/// XML's predefined entities and character references (`&amp;`, `&#39;`, `&#x2019;`).
fn resolve_entity(name: &str) -> Option<String> {
    let predefined = match name {
        "amp" => Some('&'),
        "lt" => Some('<'),
        "gt" => Some('>'),
        "quot" => Some('"'),
        "apos" => Some('\''),
        _ => None,
    };
    let numeric = || {
        let code = name.strip_prefix('#')?;
        let value = match code.strip_prefix(['x', 'X']) {
            Some(hex) => u32::from_str_radix(hex, 16).ok()?,
            None => code.parse().ok()?,
        };
        char::from_u32(value)
    };
    predefined.or_else(numeric).map(String::from)
}

/// KML coordinates: `lon,lat[,alt]` tuples separated by white space.
fn parse_kml_ring(text: &str) -> Result<Ring, String> {
    text.split_whitespace()
        .map(|tuple| {
            let mut parts = tuple.split(',');
            match (
                parts.next().map(str::parse::<f64>),
                parts.next().map(str::parse::<f64>),
            ) {
                (Some(Ok(x)), Some(Ok(y))) => Ok([x, y]),
                _ => Err(format!("{tuple:?} is not a KML coordinate (lon,lat[,alt])")),
            }
        })
        .collect()
}

/// Why a ward was put in a neighbourhood, strongest first.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum WardMatch {
    /// "Edgbaston" is "Edgbaston".
    SameName,
    /// "Binley and Willenhall" is listed in "Binley, Willenhall, Cheylesmore and Earlsdon".
    ListedInName,
    /// "Halesowen North" starts with "Halesowen".
    StartsWithName,
    /// "Bushbury South and Low Hill" starts with "Bushbury", listed in "Fallings Park, Bushbury…".
    StartsWithListedName,
    /// "Soho Road" starts with "Soho".
    NameStartsWithWard,
}

pub struct SuggestedWard {
    pub neighbourhood: String,
    pub ward_code: String,
    pub ward_name: String,
    pub reason: WardMatch,
}

pub struct UnplacedWard {
    pub ward_code: String,
    pub ward_name: String,
    /// Neighbourhoods that matched equally well, so none was chosen.
    pub candidates: Vec<String>,
}

/// A proposed ward mapping, for a person to check and complete before `server import wards`.
#[derive(Default)]
pub struct WardSuggestion {
    pub placed: Vec<SuggestedWard>,
    pub unplaced: Vec<UnplacedWard>,
    /// Features without a ward code or name, by where they are.
    pub unreadable: Vec<String>,
    /// Neighbourhoods given no ward: "City Centre (BW001)".
    pub without_wards: Vec<String>,
}

impl WardSuggestion {
    /// The mapping file `server import wards` reads.
    pub fn write_csv(&self, out: impl std::io::Write) -> csv::Result<()> {
        let mut writer = csv::Writer::from_writer(out);
        writer.write_record(["neighbourhood", "ward_code", "ward_name"])?;
        for ward in &self.placed {
            writer.write_record([&ward.neighbourhood, &ward.ward_code, &ward.ward_name])?;
        }
        writer.flush()?;
        Ok(())
    }
}

/// Reads ward boundary files (each feature a ward, with its code in `--id-property` and its name
/// in `--name-property`) and proposes which neighbourhood each ward belongs to from the names
/// alone. It changes nothing.
pub async fn suggest_ward_map(
    db: &DatabaseConnection,
    files: &[impl AsRef<Path>],
    boundary: &BoundaryOptions,
) -> Result<WardSuggestion, ImportError> {
    let neighbourhoods = neighbourhood::Entity::find()
        .order_by_asc(neighbourhood::Column::Code)
        .all(db)
        .await?;
    let named: Vec<(&neighbourhood::Model, String, Vec<String>)> = neighbourhoods
        .iter()
        .map(|n| (n, normalise_name(&n.name), name_parts(&n.name)))
        .collect();
    let mut suggestion = WardSuggestion::default();
    let mut seen = std::collections::HashSet::new();
    let mut given = std::collections::HashSet::new();
    for file in files {
        let path = file.as_ref();
        let features = read_features(path, boundary)?;
        for feature in features {
            let (Some(code), Some(name)) = (feature.id, feature.name) else {
                suggestion.unreadable.push(format!(
                    "{}: feature {}",
                    display_name(path),
                    feature.line
                ));
                continue;
            };
            if !seen.insert(code.clone()) {
                continue;
            }
            let (ward_whole, ward_parts) = (normalise_name(&name), name_parts(&name));
            let mut best: Option<WardMatch> = None;
            let mut candidates: Vec<&neighbourhood::Model> = Vec::new();
            for (n, whole, parts) in &named {
                let Some(reason) = ward_match(&ward_whole, &ward_parts, whole, parts) else {
                    continue;
                };
                if best.is_none_or(|b| reason < b) {
                    best = Some(reason);
                    candidates.clear();
                }
                if best == Some(reason) {
                    candidates.push(n);
                }
            }
            match (best, candidates.as_slice()) {
                (Some(reason), [only]) => {
                    given.insert(only.id);
                    suggestion.placed.push(SuggestedWard {
                        neighbourhood: only.code.clone(),
                        ward_code: code,
                        ward_name: name,
                        reason,
                    });
                }
                _ => suggestion.unplaced.push(UnplacedWard {
                    ward_code: code,
                    ward_name: name,
                    candidates: candidates
                        .iter()
                        .map(|n| format!("{} ({})", n.name, n.code))
                        .collect(),
                }),
            }
        }
    }
    suggestion
        .placed
        .sort_by(|a, b| (&a.neighbourhood, &a.ward_name).cmp(&(&b.neighbourhood, &b.ward_name)));
    suggestion.without_wards = neighbourhoods
        .iter()
        .filter(|n| !given.contains(&n.id))
        .map(|n| format!("{} ({})", n.name, n.code))
        .collect();
    Ok(suggestion)
}

/// How a ward's name matches a neighbourhood's, if it does.
fn ward_match(
    ward_whole: &str,
    ward_parts: &[String],
    whole: &str,
    parts: &[String],
) -> Option<WardMatch> {
    let starts_with = |name: &str, start: &str| {
        name == start
            || name
                .strip_prefix(start)
                .is_some_and(|rest| rest.starts_with(' '))
    };
    let listed = parts.len() > 1;
    if ward_whole == whole {
        Some(WardMatch::SameName)
    } else if listed && ward_parts.iter().all(|w| parts.contains(w)) {
        Some(WardMatch::ListedInName)
    } else if !listed && ward_parts.iter().any(|w| starts_with(w, whole)) {
        Some(WardMatch::StartsWithName)
    } else if listed
        && ward_parts
            .iter()
            .any(|w| parts.iter().any(|p| starts_with(w, p)))
    {
        Some(WardMatch::StartsWithListedName)
    } else if starts_with(whole, ward_whole) {
        Some(WardMatch::NameStartsWithWard)
    } else {
        None
    }
}

/// The places a name lists: "Binley, Willenhall, Cheylesmore and Earlsdon" lists four.
fn name_parts(name: &str) -> Vec<String> {
    name.to_lowercase()
        .replace('&', " and ")
        .split(',')
        .flat_map(|part| part.split(" and "))
        .map(normalise_name)
        .filter(|part| !part.is_empty())
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_match_without_case_punctuation_or_ampersands() {
        assert_eq!(
            normalise_name("St Peter's, Park & Graiseley"),
            normalise_name("st peters park and graiseley")
        );
        assert_ne!(normalise_name("Bilston"), normalise_name("Bilston East"));
    }

    #[test]
    fn kml_coordinates_read_longitude_first_and_ignore_altitude() {
        assert_eq!(
            parse_kml_ring("-1.9,52.4,0 -1.8,52.5").unwrap(),
            vec![[-1.9, 52.4], [-1.8, 52.5]]
        );
        assert!(parse_kml_ring("-1.9;52.4").is_err());
    }

    #[test]
    fn entity_references_resolve() {
        assert_eq!(resolve_entity("amp").as_deref(), Some("&"));
        assert_eq!(resolve_entity("#39").as_deref(), Some("'"));
        assert_eq!(resolve_entity("#x2019").as_deref(), Some("\u{2019}"));
        assert_eq!(resolve_entity("nbsp"), None);
    }

    fn suggested(ward: &str, neighbourhood: &str) -> Option<WardMatch> {
        ward_match(
            &normalise_name(ward),
            &name_parts(ward),
            &normalise_name(neighbourhood),
            &name_parts(neighbourhood),
        )
    }

    #[test]
    fn wards_are_suggested_from_the_names_they_share_with_neighbourhoods() {
        assert_eq!(
            suggested("Edgbaston", "Edgbaston"),
            Some(WardMatch::SameName)
        );
        assert_eq!(
            suggested(
                "Binley and Willenhall",
                "Binley, Willenhall, Cheylesmore and Earlsdon"
            ),
            Some(WardMatch::ListedInName)
        );
        assert_eq!(
            suggested("Halesowen North", "Halesowen"),
            Some(WardMatch::StartsWithName)
        );
        assert_eq!(
            suggested(
                "Bushbury South and Low Hill",
                "Fallings Park, Bushbury, Low Hill and Oxley"
            ),
            Some(WardMatch::StartsWithListedName)
        );
        assert_eq!(
            suggested("Soho", "Soho Road"),
            Some(WardMatch::NameStartsWithWard)
        );
        assert_eq!(
            suggested("Park", "Fallings Park, Bushbury, Low Hill and Oxley"),
            None
        );
        assert_eq!(suggested("Sedgley", "Dudley North"), None);
    }

    #[test]
    fn a_ward_matching_a_whole_name_beats_one_listed_elsewhere() {
        assert!(
            suggested("Willenhall North", "Willenhall").unwrap()
                < suggested(
                    "Willenhall North",
                    "Binley, Willenhall, Cheylesmore and Earlsdon"
                )
                .unwrap()
        );
    }

    #[test]
    fn wards_that_share_an_edge_unite_into_one_outline() {
        let square = |x: f64| {
            vec![vec![
                [x, 52.0],
                [x + 0.1, 52.0],
                [x + 0.1, 52.1],
                [x, 52.1],
                [x, 52.0],
            ]]
        };
        let united = united(&MultiPolygon(vec![square(-1.9), square(-1.8)]));
        assert_eq!(united.0.len(), 1, "one polygon");
        assert_eq!(united.0[0].len(), 1, "no holes");
        let corners: std::collections::BTreeSet<(i64, i64)> = united.0[0][0]
            .iter()
            .map(|[x, y]| ((x * 1e6).round() as i64, (y * 1e6).round() as i64))
            .collect();
        assert_eq!(corners.len(), 4, "the shared edge is gone: {corners:?}");
        assert!(united.contains(app::domain::geometry::Position::new(52.05, -1.75)));
        let apart = united_shapes_apart(square(-1.9), square(-1.5));
        assert_eq!(apart.0.len(), 2, "wards apart stay two polygons");
    }

    fn united_shapes_apart(a: Polygon, b: Polygon) -> MultiPolygon {
        united(&MultiPolygon(vec![a, b]))
    }

    #[test]
    fn an_open_ring_is_refused() {
        let open = MultiPolygon(vec![vec![vec![[0.0, 0.0], [1.0, 0.0], [1.0, 1.0]]]]);
        assert!(checked(open).unwrap_err().contains("does not close"));
    }
}
