//! A neighbourhood as the public sees it.

use super::geometry::MultiPolygon;
use serde::{Deserialize, Serialize};

/// A force's id for a Local Policing Area or a neighbourhood (`BW003`). It becomes part of
/// page and API addresses, so it is 1 to 32 letters, digits, hyphens or underscores, compared
/// case-sensitively; and never `neighbourhoods`, which data.police.uk's clients read as the
/// list of a force's neighbourhoods (`/api/{force}/neighbourhoods`).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct AreaCode(String);

#[derive(Clone, Copy, Debug, PartialEq, Eq, thiserror::Error)]
pub enum AreaCodeProblem {
    #[error("Enter a code")]
    Empty,
    #[error("The code must be 32 letters, digits, hyphens or underscores or fewer")]
    NotAddressSafe,
    #[error(
        "The code cannot be \"neighbourhoods\": the open data API uses that word for the list of neighbourhoods"
    )]
    Reserved,
}

impl AreaCode {
    pub fn parse(input: &str) -> Result<Self, AreaCodeProblem> {
        let code = input.trim();
        if code.is_empty() {
            Err(AreaCodeProblem::Empty)
        } else if code.len() > 32
            || !code
                .bytes()
                .all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_')
        {
            Err(AreaCodeProblem::NotAddressSafe)
        } else if code == "neighbourhoods" {
            Err(AreaCodeProblem::Reserved)
        } else {
            Ok(Self(code.to_string()))
        }
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

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

/// The page with the neighbourhood's Guarantee figures and their definitions.
pub fn how_we_are_doing_path(code: &str) -> String {
    format!("/neighbourhoods/{code}/how-we-are-doing")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn area_codes_are_kept_to_characters_safe_in_an_address() {
        assert_eq!(AreaCode::parse(" BW003 ").unwrap().as_str(), "BW003");
        assert!(AreaCode::parse("NC_04-b").is_ok());
        assert_eq!(AreaCode::parse("  "), Err(AreaCodeProblem::Empty));
        for bad in ["BW 003", "BW/003", "BW?3", "x\u{7f}", &"A".repeat(33)] {
            assert_eq!(
                AreaCode::parse(bad),
                Err(AreaCodeProblem::NotAddressSafe),
                "{bad:?}"
            );
        }
    }

    #[test]
    fn neighbourhoods_is_never_an_area_code_but_other_cases_of_it_are() {
        assert_eq!(
            AreaCode::parse("neighbourhoods"),
            Err(AreaCodeProblem::Reserved)
        );
        assert!(AreaCode::parse("Neighbourhoods").is_ok());
    }
}
