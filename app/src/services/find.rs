//! Find the neighbourhood for what a resident typed, from the in-memory gazetteer.

use super::gazetteer::{ForceSummary, Gazetteer};
use crate::domain::find::{FindOutcome, FindProblem, NeighbourhoodChoice};
use crate::domain::postcode::{Outcode, Postcode, PostcodeError, PostcodeQuery};
use std::collections::BTreeMap;

#[derive(Debug, thiserror::Error)]
#[error("no force is configured: run `server seed-demo` or import a neighbourhood list")]
pub struct NoForceConfigured;

pub fn find_neighbourhood(
    gazetteer: &Gazetteer,
    entered: &str,
) -> Result<FindOutcome, NoForceConfigured> {
    let force = gazetteer.force.as_ref().ok_or(NoForceConfigured)?;
    let problem = |p| Ok(FindOutcome::Problem(p));
    match PostcodeQuery::parse(entered) {
        Err(PostcodeError::Empty) => problem(FindProblem::NothingEntered),
        Err(PostcodeError::Invalid) => problem(FindProblem::NotAPostcode),
        Ok(PostcodeQuery::Full(postcode)) => Ok(find_by_postcode(gazetteer, force, &postcode)),
        Ok(PostcodeQuery::District(district)) => Ok(find_by_district(gazetteer, force, &district)),
    }
}

fn find_by_postcode(
    gazetteer: &Gazetteer,
    force: &ForceSummary,
    postcode: &Postcode,
) -> FindOutcome {
    let outside = || FindProblem::OutsideForce {
        postcode: postcode.to_string(),
        force: force.name.clone(),
    };
    let Some(entry) = gazetteer.postcodes.get(postcode) else {
        return FindOutcome::Problem(if force.covers_area(postcode.area()) {
            FindProblem::UnknownPostcode {
                postcode: postcode.to_string(),
            }
        } else {
            outside()
        });
    };
    if entry.terminated {
        return FindOutcome::Problem(FindProblem::TerminatedPostcode {
            postcode: postcode.to_string(),
        });
    }
    match gazetteer.neighbourhood_of(entry) {
        Some(n) => FindOutcome::Neighbourhood {
            code: n.code.clone(),
        },
        None => FindOutcome::Problem(unplaced(gazetteer, force, &postcode.to_string())),
    }
}

/// A known place that lies in no neighbourhood: outside the force only if every neighbourhood
/// has a boundary; otherwise it may be in one whose boundary has not been loaded yet.
fn unplaced(gazetteer: &Gazetteer, force: &ForceSummary, place: &str) -> FindProblem {
    let (postcode, force) = (place.to_string(), force.name.clone());
    if gazetteer.neighbourhoods.covers_every_neighbourhood() {
        FindProblem::OutsideForce { postcode, force }
    } else {
        FindProblem::NoTeamFound { postcode, force }
    }
}

fn find_by_district(
    gazetteer: &Gazetteer,
    force: &ForceSummary,
    district: &Outcode,
) -> FindOutcome {
    let (_, postcodes) = gazetteer.postcodes.in_district(district);
    // Ordered by name so the choice reads alphabetically.
    let mut touched = BTreeMap::new();
    for entry in postcodes.iter().filter(|e| !e.terminated) {
        if let Some(n) = gazetteer.neighbourhood_of(entry) {
            touched
                .entry((n.name.as_str(), n.id))
                .or_insert_with(|| NeighbourhoodChoice {
                    code: n.code.clone(),
                    name: n.name.clone(),
                    lpa: n.lpa.clone(),
                });
        }
    }
    if !touched.is_empty() {
        return FindOutcome::District {
            district: district.to_string(),
            neighbourhoods: touched.into_values().collect(),
        };
    }
    FindOutcome::Problem(
        match (postcodes.is_empty(), force.covers_area(district.area())) {
            (true, true) => FindProblem::UnknownDistrict {
                district: district.to_string(),
            },
            (true, false) => FindProblem::OutsideForce {
                postcode: district.to_string(),
                force: force.name.clone(),
            },
            (false, _) => unplaced(gazetteer, force, district.as_str()),
        },
    )
}
