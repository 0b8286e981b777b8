//! Examples of the open API's calls on this portal's own data, for the `/api` page and the
//! OpenAPI document alike: the force, the first neighbourhood that has a boundary (or the first
//! at all), a point inside it and a postcode that finds a team.

use super::gazetteer::Gazetteer;
use sea_orm::{DatabaseConnection, DbErr};

#[derive(Clone, Debug, PartialEq)]
pub struct ApiExamples {
    pub force: String,
    pub neighbourhood: String,
    /// A point inside that neighbourhood, as `locate-neighbourhood` takes it: `52.4508,-1.9305`.
    pub point: Option<String>,
    pub postcode: Option<String>,
}

/// `None` before a force is loaded or while it has no neighbourhood.
pub async fn examples(
    db: &DatabaseConnection,
    gazetteer: &Gazetteer,
) -> Result<Option<ApiExamples>, DbErr> {
    let Some(force) = gazetteer.force.as_ref() else {
        return Ok(None);
    };
    let with_boundary = (0..gazetteer.neighbourhoods.len())
        .filter_map(|i| gazetteer.neighbourhoods.at(i))
        .find(|n| !n.boundary.0.is_empty());
    let neighbourhood = match with_boundary {
        Some(n) => n.code.clone(),
        None => match super::neighbourhoods::of_force(db, &force.id)
            .await?
            .into_iter()
            .next()
        {
            Some(n) => n.code,
            None => return Ok(None),
        },
    };
    let point = with_boundary
        .and_then(|n| n.boundary.centre())
        .map(|c| format!("{:.4},{:.4}", c.latitude, c.longitude));
    Ok(Some(ApiExamples {
        force: force.id.clone(),
        neighbourhood,
        point,
        postcode: gazetteer.postcodes.first_in_a_neighbourhood(),
    }))
}
