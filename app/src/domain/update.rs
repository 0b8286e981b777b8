//! "You said, we did": the update a team publishes, as its form is typed and once checked.

use crate::domain::concern::{plain_text, required_plain_text};
use crate::domain::forms::{FieldError, TypedDate, given};
use crate::domain::reference::is_reference;
use serde::{Deserialize, Serialize};

/// The longest "you said", "we did" or "next steps" may be.
pub const MOST_TEXT: usize = 2000;
/// The longest the outcome may be.
pub const MOST_OUTCOME: usize = 200;

/// What an update answers.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Answers {
    Concern { reference: String },
    Priority { id: i32 },
    Vote { id: i32 },
    Problem { reference: String },
}

/// The update form's text, as typed. What it answers among the neighbourhood's priorities,
/// votes and problems comes from checkboxes beside it.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct UpdateForm {
    pub you_said: String,
    pub we_did: String,
    pub next_steps: String,
    pub outcome: String,
    /// The same four in Welsh, if the team gives them (the form asks only where the force
    /// offers Welsh).
    pub you_said_cy: String,
    pub we_did_cy: String,
    pub next_steps_cy: String,
    pub outcome_cy: String,
    pub published_on_day: String,
    pub published_on_month: String,
    pub published_on_year: String,
    /// Concern references, separated by commas, spaces or lines.
    pub concerns: String,
}

/// An update as the team writes it, checked.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct UpdateEntry {
    pub you_said: String,
    pub we_did: String,
    pub next_steps: String,
    pub outcome: String,
    /// In Welsh, beside the English: each `None` where the team gave none.
    pub welsh: WelshUpdate,
    /// The start of the UK day it is published for.
    pub published_on: i64,
    pub answers: Vec<Answers>,
}

/// An update's text in Welsh, for residents reading the portal in Welsh; each part not given
/// is shown to them in English.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct WelshUpdate {
    pub you_said: Option<String>,
    pub we_did: Option<String>,
    pub next_steps: Option<String>,
    pub outcome: Option<String>,
}

impl UpdateForm {
    /// The update answering `chosen` and the concerns typed, published on the day typed or
    /// on `today` (the start of the UK day now); or a problem for each field that is wrong.
    pub fn parse(&self, today: i64, chosen: Vec<Answers>) -> Result<UpdateEntry, Vec<FieldError>> {
        use crate::services::clock::start_of_uk_day;
        let mut errors = Vec::new();
        let you_said = required_plain_text(
            "you_said",
            "You said",
            &self.you_said,
            "Write what residents said",
            MOST_TEXT,
            &mut errors,
        );
        let we_did = required_plain_text(
            "we_did",
            "We did",
            &self.we_did,
            "Write what the team did",
            MOST_TEXT,
            &mut errors,
        );
        let next_steps = plain_text(
            "next_steps",
            "What happens next",
            &self.next_steps,
            MOST_TEXT,
            &mut errors,
        );
        let outcome = plain_text(
            "outcome",
            "Outcome",
            &self.outcome,
            MOST_OUTCOME,
            &mut errors,
        );
        let welsh = WelshUpdate {
            you_said: given(plain_text(
                "you_said_cy",
                "You said, in Welsh",
                &self.you_said_cy,
                MOST_TEXT,
                &mut errors,
            )),
            we_did: given(plain_text(
                "we_did_cy",
                "We did, in Welsh",
                &self.we_did_cy,
                MOST_TEXT,
                &mut errors,
            )),
            next_steps: given(plain_text(
                "next_steps_cy",
                "What happens next, in Welsh",
                &self.next_steps_cy,
                MOST_TEXT,
                &mut errors,
            )),
            outcome: given(plain_text(
                "outcome_cy",
                "Outcome, in Welsh",
                &self.outcome_cy,
                MOST_OUTCOME,
                &mut errors,
            )),
        };
        let date = TypedDate::typed(
            &self.published_on_day,
            &self.published_on_month,
            &self.published_on_year,
        );
        let published_on = match date.bound(start_of_uk_day) {
            Ok(Some(day)) => Some(day),
            Ok(None) => Some(today),
            Err(problem) => {
                errors.push(FieldError::new(
                    "published_on_day",
                    format!("The date {problem}"),
                ));
                None
            }
        };
        let mut answers = chosen;
        for reference in self
            .concerns
            .split([',', ' ', '\n'])
            .map(str::trim)
            .filter(|r| !r.is_empty())
        {
            if is_reference("NC", reference) {
                answers.push(Answers::Concern {
                    reference: reference.to_uppercase(),
                });
            } else {
                errors.push(FieldError::new(
                    "concerns",
                    format!("“{reference}” is not a concern reference, like NC-7K3M-Q9XD"),
                ));
            }
        }
        match published_on {
            Some(published_on) if errors.is_empty() => Ok(UpdateEntry {
                you_said,
                we_did,
                next_steps,
                outcome,
                welsh,
                published_on,
                answers,
            }),
            _ => Err(errors),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_update_needs_what_was_said_and_done_and_reads_concern_references() {
        let form = |you_said: &str, concerns: &str| UpdateForm {
            you_said: you_said.into(),
            we_did: "Patrols after school".into(),
            concerns: concerns.into(),
            ..UpdateForm::default()
        };
        let chosen = vec![Answers::Priority { id: 4 }];
        let entry = form("Speeding on Court Oak Road", "nc-7k3m-q9xd, NC-2B4C-6D8F")
            .parse(1_000, chosen.clone())
            .unwrap();
        assert_eq!(entry.published_on, 1_000, "today when no date is typed");
        assert_eq!(entry.answers.len(), 3);
        assert_eq!(
            entry.answers[1],
            Answers::Concern {
                reference: "NC-7K3M-Q9XD".into()
            }
        );
        let fields: Vec<String> = form("", "NC-1")
            .parse(1_000, chosen)
            .unwrap_err()
            .into_iter()
            .map(|e| e.field)
            .collect();
        assert_eq!(fields, ["you_said", "concerns"]);
    }

    #[test]
    fn an_update_may_carry_its_words_in_welsh_and_empty_welsh_is_none() {
        let form = UpdateForm {
            you_said: "Speeding on Court Oak Road".into(),
            we_did: "Speed checks".into(),
            you_said_cy: "  Goryrru ar Court Oak Road ".into(),
            we_did_cy: "Gwiriadau cyflymder".into(),
            outcome_cy: " ".into(),
            ..UpdateForm::default()
        };
        let entry = form.parse(1_000, Vec::new()).unwrap();
        assert_eq!(
            entry.welsh,
            WelshUpdate {
                you_said: Some("Goryrru ar Court Oak Road".into()),
                we_did: Some("Gwiriadau cyflymder".into()),
                next_steps: None,
                outcome: None,
            }
        );
        let too_long = UpdateForm {
            outcome_cy: "x".repeat(MOST_OUTCOME + 1),
            ..form
        };
        let fields: Vec<String> = too_long
            .parse(1_000, Vec::new())
            .unwrap_err()
            .into_iter()
            .map(|e| e.field)
            .collect();
        assert_eq!(fields, ["outcome_cy"]);
    }
}
