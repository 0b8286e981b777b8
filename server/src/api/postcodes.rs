//! `GET /api/postcodes/{postcode}`: the normalised postcode, its position and neighbourhood.

use app::domain::postcode::{Postcode, PostcodeError};
use app::state::PortalState;
use axum::Json;
use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use serde::Serialize;
use utoipa::ToSchema;

/// Borrowed from the gazetteer: the most asked-for answer copies no text to be written.
#[derive(Serialize, ToSchema)]
pub struct PostcodeAnswer<'a> {
    pub postcode: String,
    pub latitude: f64,
    pub longitude: f64,
    /// `null` when the postcode lies in no neighbourhood of this force.
    pub neighbourhood: Option<NeighbourhoodRef<'a>>,
}

#[derive(Serialize, ToSchema)]
pub struct NeighbourhoodRef<'a> {
    pub force: &'a str,
    pub id: &'a str,
    pub name: &'a str,
}

#[derive(Serialize, ToSchema)]
pub struct Problem {
    error: &'static str,
    message: String,
}

fn problem(status: StatusCode, error: &'static str, message: String) -> Response {
    (status, Json(Problem { error, message })).into_response()
}

/// A postcode's position and neighbourhood.
#[utoipa::path(
    get,
    path = "/api/postcodes/{postcode}",
    tag = "postcodes",
    params(("postcode" = String, Path, description = "A full UK postcode, any case and spacing: `B15 2TT`, `b152tt`.")),
    responses(
        (status = 200, description = "The postcode, its position and its neighbourhood (`null` when in none of this force's).", body = PostcodeAnswer),
        (status = 400, description = "Not a full UK postcode (`invalid_postcode`).", body = Problem),
        (status = 404, description = "A postcode this portal does not know (`unknown_postcode`).", body = Problem),
        (status = 410, description = "A postcode no longer in use (`terminated_postcode`).", body = Problem),
        (status = 429, description = "Too many requests: wait for the seconds `Retry-After` gives.", body = String, content_type = "text/plain")
    )
)]
pub async fn lookup(State(state): State<PortalState>, Path(entered): Path<String>) -> Response {
    let postcode = match Postcode::parse(&entered) {
        Ok(postcode) => postcode,
        Err(PostcodeError::Empty | PostcodeError::Invalid) => {
            return problem(
                StatusCode::BAD_REQUEST,
                "invalid_postcode",
                "Not a full UK postcode. Give one like B15 2TT (any case and spacing).".into(),
            );
        }
    };
    let gazetteer = state.gazetteer.current();
    let Some(entry) = gazetteer.postcodes.get(&postcode) else {
        return problem(
            StatusCode::NOT_FOUND,
            "unknown_postcode",
            format!("{postcode} is not a postcode this portal knows."),
        );
    };
    if entry.terminated {
        return problem(
            StatusCode::GONE,
            "terminated_postcode",
            format!("{postcode} is no longer in use."),
        );
    }
    let force = gazetteer.force.as_ref().map_or("", |f| f.id.as_str());
    Json(PostcodeAnswer {
        postcode: postcode.to_string(),
        latitude: entry.latitude,
        longitude: entry.longitude,
        neighbourhood: gazetteer.neighbourhood_of(entry).map(|n| NeighbourhoodRef {
            force,
            id: &n.code,
            name: &n.name,
        }),
    })
    .into_response()
}
