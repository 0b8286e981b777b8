//! Find the neighbourhood for what a resident typed.

use super::neighbourhood_index::{IndexedNeighbourhood, NeighbourhoodIndex};
use crate::domain::find::{FindOutcome, FindProblem, NeighbourhoodChoice};
use crate::domain::geometry::Position;
use crate::domain::postcode::{Outcode, Postcode, PostcodeError, PostcodeQuery};
use entity::{force, postcode};
use sea_orm::{ColumnTrait, DatabaseConnection, DbErr, EntityTrait, QueryFilter, QuerySelect};
use std::collections::BTreeMap;

pub async fn find_neighbourhood(
    db: &DatabaseConnection,
    index: &NeighbourhoodIndex,
    entered: &str,
) -> Result<FindOutcome, DbErr> {
    let problem = |p| Ok(FindOutcome::Problem(p));
    let force = force::Entity::find().one(db).await?.ok_or_else(|| {
        DbErr::RecordNotFound("no force is configured: run `server seed-demo` or an import".into())
    })?;
    match PostcodeQuery::parse(entered) {
        Err(PostcodeError::Empty) => problem(FindProblem::NothingEntered),
        Err(PostcodeError::Invalid) => problem(FindProblem::NotAPostcode),
        Ok(PostcodeQuery::Full(postcode)) => find_by_postcode(db, index, &force, postcode).await,
        Ok(PostcodeQuery::District(district)) => {
            find_by_district(db, index, &force, district).await
        }
    }
}

async fn find_by_postcode(
    db: &DatabaseConnection,
    index: &NeighbourhoodIndex,
    force: &force::Model,
    postcode: Postcode,
) -> Result<FindOutcome, DbErr> {
    let outside = || FindProblem::OutsideForce {
        postcode: postcode.to_string(),
        force: force.name.clone(),
    };
    let Some(row) = postcode::Entity::find_by_id(postcode.to_string())
        .one(db)
        .await?
    else {
        let problem = if covers_area(force, postcode.area()) {
            FindProblem::UnknownPostcode {
                postcode: postcode.to_string(),
            }
        } else {
            outside()
        };
        return Ok(FindOutcome::Problem(problem));
    };
    Ok(
        match neighbourhood_of(index, row.neighbourhood_id, row.latitude, row.longitude) {
            Some(n) => FindOutcome::Neighbourhood {
                code: n.code.clone(),
            },
            None => FindOutcome::Problem(outside()),
        },
    )
}

async fn find_by_district(
    db: &DatabaseConnection,
    index: &NeighbourhoodIndex,
    force: &force::Model,
    district: Outcode,
) -> Result<FindOutcome, DbErr> {
    let rows: Vec<(Option<i32>, f64, f64)> = postcode::Entity::find()
        .select_only()
        .columns([
            postcode::Column::NeighbourhoodId,
            postcode::Column::Latitude,
            postcode::Column::Longitude,
        ])
        .filter(postcode::Column::Outcode.eq(district.as_str()))
        .into_tuple()
        .all(db)
        .await?;
    // Ordered by name so the choice reads alphabetically.
    let mut touched = BTreeMap::new();
    for (id, latitude, longitude) in &rows {
        if let Some(n) = neighbourhood_of(index, *id, *latitude, *longitude) {
            touched
                .entry((n.name.clone(), n.id))
                .or_insert_with(|| NeighbourhoodChoice {
                    code: n.code.clone(),
                    name: n.name.clone(),
                    lpa: n.lpa.clone(),
                });
        }
    }
    if !touched.is_empty() {
        return Ok(FindOutcome::District {
            district: district.to_string(),
            neighbourhoods: touched.into_values().collect(),
        });
    }
    let problem = if rows.is_empty() && covers_area(force, district.area()) {
        FindProblem::UnknownDistrict {
            district: district.to_string(),
        }
    } else {
        FindProblem::OutsideForce {
            postcode: district.to_string(),
            force: force.name.clone(),
        }
    };
    Ok(FindOutcome::Problem(problem))
}

/// A neighbourhood named by the postcode data wins over the boundary lookup.
fn neighbourhood_of(
    index: &NeighbourhoodIndex,
    named: Option<i32>,
    latitude: f64,
    longitude: f64,
) -> Option<&IndexedNeighbourhood> {
    match named {
        Some(id) => index.get(id),
        None => index.locate(Position::new(latitude, longitude)),
    }
}

fn covers_area(force: &force::Model, area: &str) -> bool {
    force
        .postcode_areas
        .split_whitespace()
        .any(|covered| covered == area)
}
