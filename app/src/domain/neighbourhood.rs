//! A neighbourhood as the public sees it.

use super::email_address::EmailAddress;
use super::forms::{FieldError, optional_text, required_text};
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

/// The page of the messages its team has sent.
pub fn messages_path(code: &str) -> String {
    format!("/neighbourhoods/{code}/messages")
}

/// One of a neighbourhood's Atom feeds (`file`), in `language`: feed readers send no cookie,
/// so the language is in its address.
#[cfg(feature = "ssr")]
pub fn feed_path(code: &str, file: &str, language: crate::i18n::Language) -> String {
    match language {
        crate::i18n::Language::English => format!("/neighbourhoods/{code}/{file}"),
        other => format!("/neighbourhoods/{code}/{file}?lang={}", other.code()),
    }
}

/// Raising a concern with a neighbourhood's team.
pub fn raise_concern_path(code: &str) -> String {
    format!("/neighbourhoods/{code}/concerns/new")
}

/// The page with the neighbourhood's Guarantee figures and their definitions.
pub fn how_we_are_doing_path(code: &str) -> String {
    format!("/neighbourhoods/{code}/how-we-are-doing")
}

/// The confidence survey for the neighbourhood.
pub fn survey_path(code: &str) -> String {
    format!("/neighbourhoods/{code}/survey")
}

/// The longest a neighbourhood's description may be.
pub const MOST_DESCRIPTION: usize = 2000;
/// The longest a telephone number may be, spaces included.
pub const MOST_TELEPHONE: usize = 30;

/// The form for the parts of a neighbourhood's public page its team may edit, as typed.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct NeighbourhoodDetailsForm {
    pub description: String,
    pub contact_email: String,
    pub contact_telephone: String,
}

/// The parts of a neighbourhood's public page its team may edit, checked.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct NeighbourhoodDetailsEntry {
    pub description: String,
    pub contact_email: Option<String>,
    pub contact_telephone: Option<String>,
}

impl NeighbourhoodDetailsForm {
    /// The details, or a problem for each field that is wrong.
    pub fn parse(&self) -> Result<NeighbourhoodDetailsEntry, Vec<FieldError>> {
        let mut errors = Vec::new();
        let description = optional_text(
            "description",
            "About the neighbourhood",
            &self.description,
            MOST_DESCRIPTION,
            &mut errors,
        );
        let contact_email = match self.contact_email.trim() {
            "" => None,
            typed => match EmailAddress::parse(typed) {
                Ok(address) => Some(address.to_string()),
                Err(problem) => {
                    errors.push(FieldError::new("contact_email", problem));
                    None
                }
            },
        };
        let telephone = self
            .contact_telephone
            .split_whitespace()
            .collect::<Vec<_>>()
            .join(" ");
        if !telephone.is_empty()
            && (telephone.len() > MOST_TELEPHONE
                || !telephone
                    .chars()
                    .all(|c| c.is_ascii_digit() || c == ' ' || c == '+'))
        {
            errors.push(FieldError::new(
                "contact_telephone",
                "Enter a telephone number, like 0121 626 5000 or +44 121 626 5000",
            ));
        }
        if !errors.is_empty() {
            return Err(errors);
        }
        Ok(NeighbourhoodDetailsEntry {
            description,
            contact_email,
            contact_telephone: (!telephone.is_empty()).then_some(telephone),
        })
    }
}

/// The longest a team member's name may be.
pub const MOST_NAME: usize = 100;
/// The longest a team member's rank or role may be.
pub const MOST_RANK: usize = 60;
/// The longest a team member's introduction may be.
pub const MOST_BIO: usize = 1000;

/// The form that adds a team member, as typed.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct TeamMemberForm {
    pub name: String,
    pub rank: String,
    pub bio: String,
    /// The checkbox: sent only when ticked.
    pub contact_officer: Option<String>,
}

/// A team member's public entry, checked.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct TeamMemberEntry {
    pub name: String,
    pub rank: String,
    pub bio: String,
    pub is_contact_officer: bool,
}

impl TeamMemberForm {
    /// The entry, or a problem for each field that is wrong.
    pub fn parse(&self) -> Result<TeamMemberEntry, Vec<FieldError>> {
        let mut errors = Vec::new();
        let entry = TeamMemberEntry {
            name: required_text(
                "name",
                "Name",
                &self.name,
                "Enter the team member's name",
                MOST_NAME,
                &mut errors,
            ),
            rank: required_text(
                "rank",
                "Rank or role",
                &self.rank,
                "Enter their rank or role, like PCSO or Sergeant",
                MOST_RANK,
                &mut errors,
            ),
            bio: optional_text("bio", "About them", &self.bio, MOST_BIO, &mut errors),
            is_contact_officer: self.contact_officer.is_some(),
        };
        if errors.is_empty() {
            Ok(entry)
        } else {
            Err(errors)
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_team_member_and_a_neighbourhood_s_details_are_checked_against_their_limits() {
        let member = |name: &str, rank: &str, bio: &str| TeamMemberForm {
            name: name.into(),
            rank: rank.into(),
            bio: bio.into(),
            contact_officer: Some("on".into()),
        };
        let fields = |errors: Vec<FieldError>| -> Vec<String> {
            errors.into_iter().map(|e| e.field).collect()
        };
        let entry = member(" Priya  Kaur ", "PCSO", "").parse().unwrap();
        assert!(entry.is_contact_officer);
        assert_eq!(entry.rank, "PCSO");
        let long_bio = "x".repeat(MOST_BIO + 1);
        assert_eq!(
            fields(member("", "", &long_bio).parse().unwrap_err()),
            ["name", "rank", "bio"]
        );
        let details = |email: &str, telephone: &str| NeighbourhoodDetailsForm {
            description: String::new(),
            contact_email: email.into(),
            contact_telephone: telephone.into(),
        };
        let saved = details("", " 0121  626 5000 ").parse().unwrap();
        assert_eq!(saved.contact_telephone.as_deref(), Some("0121 626 5000"));
        assert_eq!(saved.contact_email, None);
        assert_eq!(
            fields(details("not an address", "call us").parse().unwrap_err()),
            ["contact_email", "contact_telephone"]
        );
    }

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
