//! Partner organisations: what registering one asks for (a name residents will see credited, a
//! kind, and where it works: neighbourhoods, or whole Local Policing Areas), and what inviting one
//! of its people asks for. Server only.

use crate::domain::concern::has_markup;
use crate::domain::email_address::EmailAddress;
use crate::domain::forms::{FieldError, chosen_value, has_invisible_formatting, required_text};
use entity::partner_organisation::PartnerKind;
use serde::{Deserialize, Serialize};

pub const MOST_NAME: usize = 120;
pub const MOST_PERSON_NAME: usize = 100;

/// The administrators' list of partner organisations.
pub const PARTNERS_PATH: &str = "/staff/partners";

/// An organisation's page for administrators: where it works, its people.
pub fn organisation_path(id: i32) -> String {
    format!("{PARTNERS_PATH}/{id}")
}

/// A registration, checked.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PartnerEntry {
    pub name: String,
    pub kind: PartnerKind,
    /// The neighbourhoods it works in (every one of an LPA chosen), ascending.
    pub neighbourhood_ids: Vec<i32>,
}

/// The neighbourhoods and LPAs a registration may name: codes to ids.
pub struct Areas<'a> {
    /// (id, code) of each neighbourhood.
    pub neighbourhoods: &'a [(i32, String)],
    /// (code, ids of its neighbourhoods) of each LPA.
    pub lpas: &'a [(String, Vec<i32>)],
}

/// The registration form's fields, as typed.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct PartnerForm {
    pub name: String,
    /// The kind, as the select sends it (`form_value`), blank if none was chosen.
    pub kind: String,
    /// Where it works first (`AreaChoice`); more are added on its page.
    pub area: String,
}

impl PartnerForm {
    /// The entry, or every problem with it.
    pub fn parse(&self, areas: &Areas<'_>) -> Result<PartnerEntry, Vec<FieldError>> {
        let mut errors = Vec::new();
        let name = required_text(
            "name",
            "The organisation's name",
            &self.name,
            "Enter the organisation's name",
            MOST_NAME,
            &mut errors,
        );
        if has_markup(&name) || has_invisible_formatting(&name) {
            errors.push(FieldError::new(
                "name",
                "Enter the name as residents will read it, without markup or hidden characters",
            ));
        }
        let kind: Option<PartnerKind> = chosen_value(&self.kind);
        if kind.is_none() {
            errors.push(FieldError::new(
                "kind",
                "Choose what kind of organisation it is",
            ));
        }
        let neighbourhood_ids = AreaChoice::parse(&self.area, areas)
            .map_err(|problem| errors.push(FieldError::new("area", problem)))
            .ok();
        match (kind, neighbourhood_ids, errors.is_empty()) {
            (Some(kind), Some(neighbourhood_ids), true) => Ok(PartnerEntry {
                name,
                kind,
                neighbourhood_ids,
            }),
            _ => Err(errors),
        }
    }
}

/// Where an organisation works, as a select offers it: a whole Local Policing Area
/// (`lpa:CODE`) or one neighbourhood (`neighbourhood:CODE`).
pub struct AreaChoice;

impl AreaChoice {
    pub fn lpa(code: &str) -> String {
        format!("lpa:{code}")
    }

    pub fn neighbourhood(code: &str) -> String {
        format!("neighbourhood:{code}")
    }

    /// The neighbourhoods' ids the choice means, ascending, or what is wrong with it.
    pub fn parse(value: &str, areas: &Areas<'_>) -> Result<Vec<i32>, &'static str> {
        let value = value.trim();
        let mut ids = if let Some(code) = value.strip_prefix("lpa:") {
            areas
                .lpas
                .iter()
                .find(|(known, _)| known.eq_ignore_ascii_case(code))
                .map(|(_, ids)| ids.clone())
        } else if let Some(code) = value.strip_prefix("neighbourhood:") {
            areas
                .neighbourhoods
                .iter()
                .find(|(_, known)| known.eq_ignore_ascii_case(code))
                .map(|(id, _)| vec![*id])
        } else if value.is_empty() {
            return Err("Choose a Local Policing Area or neighbourhood the organisation works in");
        } else {
            None
        }
        .filter(|ids| !ids.is_empty())
        .ok_or("Choose an area from the list: this force has no such area with neighbourhoods")?;
        ids.sort_unstable();
        ids.dedup();
        Ok(ids)
    }
}

/// One of an organisation's people, to invite.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PartnerPerson {
    pub name: String,
    pub email: EmailAddress,
}

/// The invitation form's fields, as typed.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct PartnerPersonForm {
    pub name: String,
    pub email: String,
}

impl TryFrom<&PartnerPersonForm> for PartnerPerson {
    type Error = Vec<FieldError>;

    fn try_from(form: &PartnerPersonForm) -> Result<Self, Self::Error> {
        let mut errors = Vec::new();
        let name = required_text(
            "name",
            "Their name",
            &form.name,
            "Enter their name",
            MOST_PERSON_NAME,
            &mut errors,
        );
        let email = EmailAddress::parse(&form.email)
            .map_err(|problem| errors.push(FieldError::new("email", problem.about_someone_else())))
            .ok();
        match (email, errors.is_empty()) {
            (Some(email), true) => Ok(PartnerPerson { name, email }),
            _ => Err(errors),
        }
    }
}

/// The form in which a partner assesses a problem shared with their organisation, as typed.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct AssessmentForm {
    pub worked: String,
    pub measure: String,
}

/// A partner's assessment, checked.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct AssessmentEntry {
    pub worked: String,
    /// How they know; may be empty.
    pub measure: String,
}

impl AssessmentForm {
    /// The assessment, or a problem for each field that is wrong.
    pub fn parse(&self) -> Result<AssessmentEntry, Vec<FieldError>> {
        use crate::domain::concern::MOST_REPLY;
        use crate::domain::forms::{optional_text, required_paragraph};
        let mut errors = Vec::new();
        let worked = required_paragraph(
            "worked",
            "Did it work?",
            &self.worked,
            "Enter whether your organisation's work made a difference",
            MOST_REPLY,
            &mut errors,
        );
        let measure = optional_text(
            "measure",
            "How you know",
            &self.measure,
            MOST_REPLY,
            &mut errors,
        );
        if errors.is_empty() {
            Ok(AssessmentEntry { worked, measure })
        } else {
            Err(errors)
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// (id, code) of each neighbourhood, and (code, neighbourhood ids) of each LPA.
    type Places = (Vec<(i32, String)>, Vec<(String, Vec<i32>)>);

    fn areas() -> Places {
        (
            vec![
                (1, "BW001".into()),
                (3, "BW003".into()),
                (9, "CV002".into()),
            ],
            vec![("birmingham-west".into(), vec![1, 3])],
        )
    }

    fn form(name: &str, kind: &str, area: &str) -> PartnerForm {
        PartnerForm {
            name: name.into(),
            kind: kind.into(),
            area: area.into(),
        }
    }

    fn fields(errors: Vec<FieldError>) -> Vec<String> {
        errors.into_iter().map(|e| e.field).collect()
    }

    #[test]
    fn an_lpa_means_all_its_neighbourhoods_and_a_neighbourhood_itself() {
        let (neighbourhoods, lpas) = areas();
        let areas = Areas {
            neighbourhoods: &neighbourhoods,
            lpas: &lpas,
        };
        let entry = form(
            "  Birmingham   City Council ",
            "council",
            &AreaChoice::lpa("birmingham-west"),
        )
        .parse(&areas)
        .unwrap();
        assert_eq!(entry.name, "Birmingham City Council");
        assert_eq!(entry.kind, PartnerKind::Council);
        assert_eq!(entry.neighbourhood_ids, [1, 3]);
        assert_eq!(
            AreaChoice::parse("neighbourhood:cv002", &areas),
            Ok(vec![9])
        );
    }

    #[test]
    fn a_registration_without_a_name_kind_or_area_says_each() {
        let (neighbourhoods, lpas) = areas();
        let areas = Areas {
            neighbourhoods: &neighbourhoods,
            lpas: &lpas,
        };
        assert_eq!(
            fields(form(" ", "", "").parse(&areas).unwrap_err()),
            ["name", "kind", "area"]
        );
        assert_eq!(
            fields(
                form("Council", "mayor", "lpa:nowhere")
                    .parse(&areas)
                    .unwrap_err()
            ),
            ["kind", "area"]
        );
        assert_eq!(
            fields(
                form("Council", "council", "BW001")
                    .parse(&areas)
                    .unwrap_err()
            ),
            ["area"]
        );
        assert_eq!(
            fields(
                form("<b>Council</b>", "council", "neighbourhood:BW001")
                    .parse(&areas)
                    .unwrap_err()
            ),
            ["name"]
        );
        assert_eq!(
            fields(
                form(&"x".repeat(MOST_NAME + 1), "council", "neighbourhood:BW001")
                    .parse(&areas)
                    .unwrap_err()
            ),
            ["name"]
        );
    }

    #[test]
    fn a_person_needs_a_name_and_a_real_address() {
        let person = PartnerPerson::try_from(&PartnerPersonForm {
            name: "Dana Whitfield".into(),
            email: "dana.whitfield@birmingham.example.gov.uk".into(),
        })
        .unwrap();
        assert_eq!(person.name, "Dana Whitfield");
        let errors = PartnerPerson::try_from(&PartnerPersonForm {
            name: String::new(),
            email: "not an address".into(),
        })
        .unwrap_err();
        assert_eq!(fields(errors), ["name", "email"]);
    }

    #[test]
    fn an_assessment_needs_what_came_of_the_work_and_keeps_how_they_know_optional() {
        let form = |worked: &str, measure: &str| AssessmentForm {
            worked: worked.into(),
            measure: measure.into(),
        };
        let fields = |errors: Vec<FieldError>| -> Vec<String> {
            errors.into_iter().map(|e| e.field.to_string()).collect()
        };
        assert_eq!(
            form("  Fewer reports since the gate went in.\n", "").parse(),
            Ok(AssessmentEntry {
                worked: "Fewer reports since the gate went in.".into(),
                measure: String::new(),
            })
        );
        assert_eq!(
            fields(form(" ", "Our logs").parse().unwrap_err()),
            ["worked"]
        );
        let long = "x".repeat(crate::domain::concern::MOST_REPLY + 1);
        assert_eq!(
            fields(form(&long, &long).parse().unwrap_err()),
            ["worked", "measure"]
        );
    }
}
