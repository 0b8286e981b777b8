//! SARA problems: the forms a team fills in as it works one, checked.

use crate::domain::forms::{FieldError, TypedDate, optional_text, required_text};
use serde::{Deserialize, Serialize};

/// The longest a problem's title may be (in English, and in Welsh).
pub const MOST_TITLE: usize = 120;
/// The longest an action's description may be.
pub const MOST_ACTION: usize = 500;
/// The longest an action's owner may be.
pub const MOST_OWNER: usize = 100;
/// The longest a partner's name may be.
pub const MOST_PARTNER: usize = 120;

/// A SARA stage's name and what it means, as residents read them in `language`.
pub fn stage_in(
    stage: entity::problem::SaraStage,
    language: crate::i18n::Language,
) -> (String, String) {
    use entity::problem::SaraStage;
    let (name, meaning) = match stage {
        SaraStage::Scanning => (
            "neighbourhood-stage-scanning",
            "neighbourhood-stage-scanning-meaning",
        ),
        SaraStage::Analysis => (
            "neighbourhood-stage-analysis",
            "neighbourhood-stage-analysis-meaning",
        ),
        SaraStage::Response => (
            "neighbourhood-stage-response",
            "neighbourhood-stage-response-meaning",
        ),
        SaraStage::Assessment => (
            "neighbourhood-stage-assessment",
            "neighbourhood-stage-assessment-meaning",
        ),
    };
    (language.text(name), language.text(meaning))
}

/// The form that adds an action to a problem's Response, as typed.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct ActionForm {
    pub description: String,
    pub owner: String,
    pub partner: String,
    pub on_day: String,
    pub on_month: String,
    pub on_year: String,
}

/// One action in the Response, checked.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ActionEntry {
    pub description: String,
    pub owner: String,
    pub partner: String,
    /// The start of the UK day it happens on.
    pub on: i64,
}

impl ActionForm {
    /// The action, or a problem for each field that is wrong.
    pub fn parse(&self) -> Result<ActionEntry, Vec<FieldError>> {
        use crate::services::clock::start_of_uk_day;
        let mut errors = Vec::new();
        let description = required_text(
            "description",
            "Action",
            &self.description,
            "Enter what was done, or will be",
            MOST_ACTION,
            &mut errors,
        );
        let owner = required_text(
            "owner",
            "Owner",
            &self.owner,
            "Enter who owns it",
            MOST_OWNER,
            &mut errors,
        );
        let partner = optional_text(
            "partner",
            "Partner",
            &self.partner,
            MOST_PARTNER,
            &mut errors,
        )
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ");
        let date = TypedDate::typed(&self.on_day, &self.on_month, &self.on_year);
        let on = match date.bound(start_of_uk_day) {
            Ok(Some(on)) => Some(on),
            Ok(None) => {
                errors.push(FieldError::new("on_day", "Enter the date of the action"));
                None
            }
            Err(problem) => {
                errors.push(FieldError::new("on_day", format!("The date {problem}")));
                None
            }
        };
        match on {
            Some(on) if errors.is_empty() => Ok(ActionEntry {
                description,
                owner,
                partner,
                on,
            }),
            _ => Err(errors),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_action_needs_what_who_and_a_real_date_and_tidies_the_partner_s_name() {
        let form = |description: &str, day: &str| ActionForm {
            description: description.into(),
            owner: "PCSO Kaur".into(),
            partner: "  Birmingham   City Council ".into(),
            on_day: day.into(),
            on_month: "2".into(),
            on_year: "2027".into(),
        };
        let entry = form("Cleared the alleyway", "27").parse().unwrap();
        assert_eq!(entry.partner, "Birmingham City Council");
        let fields: Vec<String> = form("", "31")
            .parse()
            .unwrap_err()
            .into_iter()
            .map(|e| e.field)
            .collect();
        assert_eq!(fields, ["description", "on_day"]);
        let long = "x".repeat(MOST_ACTION + 1);
        assert!(form(&long, "27").parse().is_err());
    }
}
