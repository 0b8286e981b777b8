//! data.police.uk's calls that describe the force and its neighbourhoods: the forces, one
//! force, its neighbourhoods, one neighbourhood with its venues, its boundary, its team, and
//! the neighbourhood at a point. The portal's additions are under keys data.police.uk does not
//! use, never in place of one it does.

use super::openapi::{ForcePath, NeighbourhoodPath, Refusals};
use super::police::{ContactDetails, fault, named, non_empty, not_found, serves_force};
use app::domain::geometry::{MultiPolygon, Position};
use app::domain::neighbourhood::neighbourhood_path;
use app::services::{neighbourhoods, venues};
use app::state::PortalState;
use axum::Json;
use axum::extract::rejection::QueryRejection;
use axum::extract::{Path, Query, State};
use axum::response::{IntoResponse, Response};
use entity::venue::VenueKind;
use serde::{Deserialize, Serialize};
use utoipa::{IntoParams, ToSchema};

/// A force or a neighbourhood in a list: `{id, name}`.
#[derive(Serialize, ToSchema)]
pub struct Reference {
    pub id: String,
    pub name: String,
}

/// `GET /api/forces`.
#[utoipa::path(
    get,
    path = "/api/forces",
    tag = "forces",
    responses(
        (status = 200, description = "The forces this portal holds, by name.", body = [Reference]),
        Refusals
    )
)]
pub async fn forces(State(state): State<PortalState>) -> Response {
    match neighbourhoods::forces(&state.db).await {
        Ok(forces) => Json(
            forces
                .into_iter()
                .map(|f| Reference {
                    id: f.id,
                    name: f.name,
                })
                .collect::<Vec<_>>(),
        )
        .into_response(),
        Err(error) => fault("listing the forces", error),
    }
}

#[derive(Serialize, ToSchema)]
pub struct EngagementMethod {
    pub url: String,
    #[serde(rename = "type")]
    pub kind: &'static str,
    pub description: Option<String>,
    pub title: String,
}

#[derive(Serialize, ToSchema)]
pub struct Force {
    pub id: String,
    pub name: String,
    pub url: String,
    pub telephone: String,
    pub description: Option<String>,
    pub engagement_methods: Vec<EngagementMethod>,
}

/// `GET /api/forces/{force}`. The force's ways of engaging with residents are this portal's.
#[utoipa::path(
    get,
    path = "/api/forces/{force}",
    tag = "forces",
    params(ForcePath),
    responses(
        (status = 200, description = "A force and its ways of engaging with residents.", body = Force),
        Refusals
    )
)]
pub async fn force(State(state): State<PortalState>, Path(id): Path<String>) -> Response {
    let force = match neighbourhoods::force(&state.db, &id).await {
        Ok(Some(force)) => force,
        Ok(None) => return not_found(),
        Err(error) => return fault("reading a force", error),
    };
    Json(Force {
        id: force.id,
        name: force.name.clone(),
        url: force.url,
        telephone: force.telephone,
        description: non_empty(force.description),
        engagement_methods: vec![EngagementMethod {
            url: format!("{}/", state.site_url),
            kind: "website",
            description: Some(format!(
                "Find your neighbourhood team, book a place at a surgery, raise a local concern and vote on local priorities with {}.",
                force.name
            )),
            title: "Neighbourhood portal".into(),
        }],
    })
    .into_response()
}

/// `GET /api/{force}/neighbourhoods`: by name.
#[utoipa::path(
    get,
    path = "/api/{force}/neighbourhoods",
    tag = "neighbourhoods",
    params(ForcePath),
    responses(
        (status = 200, description = "The force's neighbourhoods, by name.", body = [Reference]),
        Refusals
    )
)]
pub async fn neighbourhood_list(
    State(state): State<PortalState>,
    Path(force): Path<String>,
) -> Response {
    if !serves_force(&state, &force) {
        return not_found();
    }
    match neighbourhoods::of_force(&state.db, &force).await {
        Ok(list) => Json(
            list.into_iter()
                .map(|n| Reference {
                    id: n.code,
                    name: n.name,
                })
                .collect::<Vec<_>>(),
        )
        .into_response(),
        Err(error) => fault("listing neighbourhoods", error),
    }
}

/// A position as data.police.uk writes it: decimal degrees in strings.
#[derive(Serialize, ToSchema)]
pub struct Point {
    pub latitude: String,
    pub longitude: String,
}

impl Point {
    fn of(latitude: f64, longitude: f64) -> Self {
        Self {
            latitude: latitude.to_string(),
            longitude: longitude.to_string(),
        }
    }
}

#[derive(Serialize, ToSchema)]
pub struct Link {
    pub url: String,
    pub title: String,
    pub description: Option<String>,
}

#[derive(Serialize, ToSchema)]
pub struct Location {
    pub name: String,
    #[serde(rename = "type")]
    pub kind: &'static str,
    pub address: String,
    pub postcode: String,
    pub latitude: String,
    pub longitude: String,
    pub description: Option<String>,
    /// The portal's: whether the venue has step-free access, and any other notes on access.
    pub step_free: bool,
    pub accessibility_notes: Option<String>,
}

#[derive(Serialize, ToSchema)]
pub struct Neighbourhood {
    pub id: String,
    pub name: String,
    pub description: Option<String>,
    pub url_force: String,
    /// data.police.uk gives "0" where it does not know the population; so does the portal.
    pub population: &'static str,
    pub centre: Option<Point>,
    pub contact_details: ContactDetails,
    pub links: Vec<Link>,
    pub locations: Vec<Location>,
    /// The portal's: the whole boundary, every part and hole, where `/boundary` can give only
    /// one ring; null before a boundary is imported.
    pub boundary: Option<GeoJsonBoundary>,
}

/// A GeoJSON MultiPolygon geometry (RFC 7946): longitude first, each ring closed.
#[derive(Serialize, ToSchema)]
pub struct GeoJsonBoundary {
    /// Always "MultiPolygon".
    #[serde(rename = "type")]
    pub kind: &'static str,
    #[schema(value_type = Vec<Vec<Vec<Vec<f64>>>>)]
    pub coordinates: MultiPolygon,
}

/// data.police.uk's location types: a police station is "station"; the rest are "other".
fn location_type(kind: VenueKind) -> &'static str {
    match kind {
        VenueKind::FrontCounter => "station",
        _ => "other",
    }
}

/// `GET /api/{force}/{neighbourhood}`.
#[utoipa::path(
    get,
    path = "/api/{force}/{neighbourhood}",
    tag = "neighbourhoods",
    params(NeighbourhoodPath),
    responses(
        (status = 200, description = "A neighbourhood: its description, centre, contact details, links and the venues serving it.", body = Neighbourhood),
        Refusals
    )
)]
pub async fn neighbourhood(
    State(state): State<PortalState>,
    Path((force, code)): Path<(String, String)>,
) -> Response {
    let n = match named(&state, &force, &code).await {
        Ok(n) => n,
        Err(answer) => return answer,
    };
    let (links, venues, boundary) = match tokio::try_join!(
        neighbourhoods::links(&state.db, &n),
        venues::serving(&state.db, n.id),
        async { neighbourhoods::stored_boundary(&n) },
    ) {
        Ok(found) => found,
        Err(error) => return fault("reading a neighbourhood", error),
    };
    let centre = match (n.centre_latitude, n.centre_longitude) {
        (Some(latitude), Some(longitude)) => Some(Position::new(latitude, longitude)),
        _ => boundary.centre(),
    };
    let contact_details = ContactDetails::of(&n);
    Json(Neighbourhood {
        url_force: format!("{}{}", state.site_url, neighbourhood_path(&n.code)),
        id: n.code,
        name: n.name,
        description: non_empty(n.description),
        population: "0",
        centre: centre.map(|c| Point::of(c.latitude, c.longitude)),
        contact_details,
        links: links
            .into_iter()
            .map(|l| Link {
                url: l.url,
                title: l.title,
                description: None,
            })
            .collect(),
        locations: venues
            .into_iter()
            .map(|v| Location {
                name: v.name,
                kind: location_type(v.kind),
                address: v.address,
                postcode: v.postcode,
                latitude: v.latitude.to_string(),
                longitude: v.longitude.to_string(),
                description: non_empty(v.how_to_find),
                step_free: v.step_free,
                accessibility_notes: non_empty(v.accessibility_notes),
            })
            .collect(),
        boundary: (!boundary.0.is_empty()).then(|| GeoJsonBoundary {
            kind: "MultiPolygon",
            coordinates: boundary.with_closed_rings(),
        }),
    })
    .into_response()
}

/// `GET /api/{force}/{neighbourhood}/boundary`: the outline as one closed ring of points (the
/// largest part where a neighbourhood has several); empty before a boundary is imported.
#[utoipa::path(
    get,
    path = "/api/{force}/{neighbourhood}/boundary",
    tag = "neighbourhoods",
    params(NeighbourhoodPath),
    responses(
        (status = 200, description = "The neighbourhood's outline, one closed ring.", body = [Point]),
        Refusals
    )
)]
pub async fn boundary(
    State(state): State<PortalState>,
    Path((force, code)): Path<(String, String)>,
) -> Response {
    let n = match named(&state, &force, &code).await {
        Ok(n) => n,
        Err(answer) => return answer,
    };
    let shape = match neighbourhoods::stored_boundary(&n) {
        Ok(shape) => shape,
        Err(error) => return fault("reading a boundary", error),
    };
    let points: Vec<Point> = shape
        .largest_exterior()
        .unwrap_or_default()
        .into_iter()
        .map(|[longitude, latitude]| Point::of(latitude, longitude))
        .collect();
    Json(points).into_response()
}

#[derive(Serialize, ToSchema)]
pub struct Officer {
    pub name: String,
    pub rank: String,
    pub bio: Option<String>,
    pub contact_details: ContactDetails,
    /// The portal's: the team's named contact officer (listed first).
    pub contact_officer: bool,
}

/// `GET /api/{force}/{neighbourhood}/people`: the team in its published order.
#[utoipa::path(
    get,
    path = "/api/{force}/{neighbourhood}/people",
    tag = "neighbourhoods",
    params(NeighbourhoodPath),
    responses(
        (status = 200, description = "The neighbourhood team, the named contact officer first.", body = [Officer]),
        Refusals
    )
)]
pub async fn people(
    State(state): State<PortalState>,
    Path((force, code)): Path<(String, String)>,
) -> Response {
    let n = match named(&state, &force, &code).await {
        Ok(n) => n,
        Err(answer) => return answer,
    };
    match neighbourhoods::team(&state.db, n.id).await {
        Ok(team) => Json(
            team.into_iter()
                .map(|m| Officer {
                    name: m.name,
                    rank: m.rank,
                    bio: non_empty(m.bio),
                    contact_details: ContactDetails::default(),
                    contact_officer: m.is_contact_officer,
                })
                .collect::<Vec<_>>(),
        )
        .into_response(),
        Err(error) => fault("reading a team", error),
    }
}

#[derive(Deserialize, IntoParams)]
#[into_params(parameter_in = Query)]
pub struct Locate {
    /// The point: latitude and longitude in decimal degrees, `52.4508,-1.9305`. Without it the
    /// answer is `404 Not Found`, as data.police.uk's is.
    #[param(required = true, value_type = String, pattern = r"^\s*-?[0-9]+(\.[0-9]+)?\s*,\s*-?[0-9]+(\.[0-9]+)?\s*$")]
    q: Option<String>,
}

#[derive(Serialize, ToSchema)]
pub struct Located {
    pub force: String,
    pub neighbourhood: String,
}

/// `q` as data.police.uk takes it: `latitude,longitude` in decimal degrees.
fn parse_point(q: &str) -> Option<Position> {
    let (latitude, longitude) = q.split_once(',')?;
    let latitude: f64 = latitude.trim().parse().ok()?;
    let longitude: f64 = longitude.trim().parse().ok()?;
    ((-90.0..=90.0).contains(&latitude) && (-180.0..=180.0).contains(&longitude))
        .then(|| Position::new(latitude, longitude))
}

/// `GET /api/locate-neighbourhood?q=LAT,LNG`: the neighbourhood whose boundary holds the
/// point; `404 Not Found` for a point outside them all or a `q` that is not a point.
#[utoipa::path(
    get,
    path = "/api/locate-neighbourhood",
    tag = "neighbourhoods",
    params(Locate),
    responses(
        (status = 200, description = "The neighbourhood whose boundary holds a point.", body = Located),
        Refusals
    )
)]
pub async fn locate(
    State(state): State<PortalState>,
    query: Result<Query<Locate>, QueryRejection>,
) -> Response {
    // A query that does not read as one `q` (given twice, say) is no point, as data.police.uk
    // answers it.
    let Ok(Query(locate)) = query else {
        return not_found();
    };
    let Some(at) = locate.q.as_deref().and_then(parse_point) else {
        return not_found();
    };
    let gazetteer = state.gazetteer.current();
    let (Some(force), Some(found)) = (
        gazetteer.force.as_ref(),
        gazetteer
            .neighbourhoods
            .locate(at)
            .and_then(|i| gazetteer.neighbourhoods.at(i)),
    ) else {
        return not_found();
    };
    Json(Located {
        force: force.id.clone(),
        neighbourhood: found.code.clone(),
    })
    .into_response()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_point_is_latitude_then_longitude_and_nothing_else() {
        assert_eq!(
            parse_point("52.4597,-1.9425"),
            Some(Position::new(52.4597, -1.9425))
        );
        assert_eq!(
            parse_point(" 52.4597 , -1.9425 "),
            Some(Position::new(52.4597, -1.9425))
        );
        for bad in [
            "", "52.4597", "52.4597,", "a,b", "91,0", "0,181", "NaN,0", "1,2,3",
        ] {
            assert_eq!(parse_point(bad), None, "{bad}");
        }
    }
}
