//! A neighbourhood as the public sees it.

use super::geometry::MultiPolygon;
use serde::{Deserialize, Serialize};

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct NeighbourhoodDetails {
    /// The database's id, for reading what belongs to it (never shown).
    #[serde(skip)]
    pub id: i32,
    pub code: String,
    pub name: String,
    pub lpa: String,
    pub force: String,
    pub description: String,
    pub boundary: MultiPolygon,
    /// The named contact officer first, then in the team's own order.
    pub team: Vec<TeamMember>,
    pub contact: Contact,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct TeamMember {
    pub name: String,
    pub rank: String,
    pub bio: String,
    pub is_contact_officer: bool,
}

#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Contact {
    pub email: Option<String>,
    pub telephone: Option<String>,
    pub links: Vec<Link>,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Link {
    pub title: String,
    pub url: String,
}

/// Stable, shareable address of a neighbourhood's page.
pub fn neighbourhood_path(code: &str) -> String {
    format!("/neighbourhoods/{code}")
}

/// Raising a concern with a neighbourhood's team.
pub fn raise_concern_path(code: &str) -> String {
    format!("/neighbourhoods/{code}/concerns/new")
}
