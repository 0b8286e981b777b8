//! Concerns: what a resident writes when raising one, the 72-hour reply clock the Neighbourhood
//! Policing Guarantee promises, and how each status reads to residents. Server only.

use crate::domain::forms::{FieldError, optional_text};
use crate::domain::geometry::Position;
use crate::domain::postcode::Postcode;
use entity::concern::{CloseReason, ConcernStatus, Improved};
use serde::{Deserialize, Serialize};

/// The Neighbourhood Policing Guarantee: a reply to a local query within 72 hours.
pub const REPLY_WITHIN_SECONDS: i64 = 72 * 3600;
/// A closed concern may be reopened by its resident for 28 days.
pub const REOPEN_WITHIN_SECONDS: i64 = 28 * 86_400;
pub const LEAST_DESCRIPTION: usize = 10;
pub const MOST_DESCRIPTION: usize = 2000;
/// The most a reply, note or resident's answer may hold.
pub const MOST_REPLY: usize = 2000;

/// Where a concern is on the 72-hour clock. Worked out from the times, never stored, so it
/// cannot go stale.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ReplyClock {
    AnsweredInTime,
    AnsweredLate,
    /// No reply yet; this long left.
    Due {
        seconds_left: i64,
    },
    /// No reply, and the 72 hours have passed.
    Overdue {
        seconds_over: i64,
    },
}

/// The clock stops at the team's first reply to the resident (a note does not stop it).
pub fn reply_clock(due_at: i64, first_reply_at: Option<i64>, now: i64) -> ReplyClock {
    match first_reply_at {
        Some(replied) if replied <= due_at => ReplyClock::AnsweredInTime,
        Some(_) => ReplyClock::AnsweredLate,
        None if now < due_at => ReplyClock::Due {
            seconds_left: due_at - now,
        },
        None => ReplyClock::Overdue {
            seconds_over: now - due_at,
        },
    }
}

/// "2 days 5 hours", "3 hours", "less than an hour": a time left or over, for the queue.
pub fn duration_words(seconds: i64) -> String {
    let hours = seconds / 3600;
    let (days, hours) = (hours / 24, hours % 24);
    let plural = |n: i64, unit: &str| format!("{n} {unit}{}", if n == 1 { "" } else { "s" });
    match (days, hours) {
        (0, 0) => "less than an hour".to_string(),
        (0, h) => plural(h, "hour"),
        (d, 0) => plural(d, "day"),
        (d, h) => format!("{} {}", plural(d, "day"), plural(h, "hour")),
    }
}

/// A status as residents read it.
pub fn status_words(status: ConcernStatus) -> &'static str {
    match status {
        ConcernStatus::Received => "Received: the team will reply within 72 hours",
        ConcernStatus::Replied => "The team has replied",
        ConcernStatus::UnderReview => "The team is looking into it",
        ConcernStatus::BeingWorkedOn => "The team is working on it as part of a local problem",
        ConcernStatus::PassedToPartner => "Passed to a partner who can act on it",
        ConcernStatus::Closed => "Closed",
    }
}

/// A status's short name, for tags and the team's queue.
pub fn status_label(status: ConcernStatus) -> &'static str {
    match status {
        ConcernStatus::Received => "Received",
        ConcernStatus::Replied => "Replied",
        ConcernStatus::UnderReview => "Under review",
        ConcernStatus::BeingWorkedOn => "Being worked on",
        ConcernStatus::PassedToPartner => "Passed to a partner",
        ConcernStatus::Closed => "Closed",
    }
}

pub fn close_reason_words(reason: CloseReason) -> &'static str {
    match reason {
        CloseReason::ActionTaken => "action was taken",
        CloseReason::NoFurtherAction => "no further action",
        CloseReason::NotAPoliceMatter => "not a police matter",
        CloseReason::Duplicate => "the same as another concern",
    }
}

pub fn improved_words(improved: Improved) -> &'static str {
    match improved {
        Improved::Yes => "Yes, it has improved",
        Improved::No => "No, it has not improved",
        Improved::NotSure => "Not sure",
    }
}

/// Whether a closed concern may still be reopened by its resident.
pub fn can_reopen(closed_at: Option<i64>, now: i64) -> bool {
    closed_at.is_some_and(|closed| now - closed < REOPEN_WITHIN_SECONDS)
}

/// Text that looks like web page code (a tag such as `<b>` or `</a>`, or a comment). Such
/// input is refused with a message, so what is stored reads as the resident meant it.
pub fn has_markup(text: &str) -> bool {
    text.as_bytes()
        .windows(2)
        .any(|pair| pair[0] == b'<' && (pair[1].is_ascii_alphabetic() || b"/!?".contains(&pair[1])))
}

/// Free text a resident writes, refused if it looks like web page code.
pub fn plain_text(
    field: &str,
    label: &str,
    value: &str,
    max: usize,
    errors: &mut Vec<FieldError>,
) -> String {
    refuse_markup(
        field,
        optional_text(field, label, value, max, errors),
        errors,
    )
}

/// Required free text a person writes, refused if it looks like web page code.
pub fn required_plain_text(
    field: &str,
    label: &str,
    value: &str,
    missing: &str,
    max: usize,
    errors: &mut Vec<FieldError>,
) -> String {
    let text = crate::domain::forms::required_paragraph(field, label, value, missing, max, errors);
    refuse_markup(field, text, errors)
}

fn refuse_markup(field: &str, text: String, errors: &mut Vec<FieldError>) -> String {
    if has_markup(&text) {
        errors.push(FieldError::new(
            field,
            "Write in plain words: remove anything that looks like web page code, such as <b>",
        ));
    }
    text
}

/// The answer to "may we show a summary publicly?".
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Consent {
    Yes,
    No,
}

/// The concern form's fields, as typed.
#[derive(Clone, Debug, Default)]
pub struct ConcernForm {
    pub location: String,
    pub category: Option<i32>,
    pub description: String,
    pub when_happens: String,
    pub summary: Option<Consent>,
    /// A pin on the map (with JavaScript): hidden fields, blank without one.
    pub latitude: String,
    pub longitude: String,
}

/// A concern as entered, checked; its place still to be found in the gazetteer.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct ConcernEntry {
    pub location: String,
    /// The location, when it was a full postcode.
    pub postcode: Option<Postcode>,
    pub category_id: i32,
    pub description: String,
    pub when_happens: String,
    pub public_summary: bool,
    pub pin: Option<Position>,
}

impl ConcernForm {
    /// The entry, or a problem for each field that is wrong. `categories` are those offered.
    pub fn parse(&self, categories: &[i32]) -> Result<ConcernEntry, Vec<FieldError>> {
        let mut errors = Vec::new();
        let location = plain_text(
            "location",
            "Where it is happening",
            &self.location,
            200,
            &mut errors,
        )
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ");
        if location.is_empty() {
            errors.push(FieldError::new(
                "location",
                "Enter where it is happening: a street, a landmark or a postcode",
            ));
        }
        let category = self.category.filter(|id| categories.contains(id));
        if category.is_none() {
            errors.push(FieldError::new(
                "category",
                "Select what kind of concern it is",
            ));
        }
        let description = plain_text(
            "description",
            "What is happening",
            &self.description,
            MOST_DESCRIPTION,
            &mut errors,
        );
        let length = description.chars().count();
        if length == 0 {
            errors.push(FieldError::new("description", "Tell us what is happening"));
        } else if length < LEAST_DESCRIPTION {
            errors.push(FieldError::new(
                "description",
                format!("Tell us a little more: at least {LEAST_DESCRIPTION} characters"),
            ));
        }
        let when_happens = plain_text(
            "when_happens",
            "When it happens",
            &self.when_happens,
            300,
            &mut errors,
        );
        if self.summary.is_none() {
            errors.push(FieldError::new(
                "summary",
                "Select whether a summary may be shown publicly",
            ));
        }
        let pin = match (self.latitude.trim(), self.longitude.trim()) {
            ("", "") => None,
            (lat, lon) => match (lat.parse::<f64>(), lon.parse::<f64>()) {
                (Ok(latitude), Ok(longitude))
                    if (-90.0..=90.0).contains(&latitude)
                        && (-180.0..=180.0).contains(&longitude) =>
                {
                    Some(Position {
                        latitude,
                        longitude,
                    })
                }
                _ => {
                    errors.push(FieldError::new(
                        "location",
                        "Place the pin on the map again",
                    ));
                    None
                }
            },
        };
        match (category, self.summary, errors.is_empty()) {
            (Some(category_id), Some(summary), true) => Ok(ConcernEntry {
                postcode: Postcode::parse(&location).ok(),
                location,
                category_id,
                description,
                when_happens,
                public_summary: summary == Consent::Yes,
                pin,
            }),
            _ => Err(errors),
        }
    }
}

/// The statuses a team sets by hand ("replied" follows a reply; "being worked on" follows
/// putting it into a problem).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum StatusChoice {
    UnderReview,
    PassedToPartner,
    Closed,
}

/// The longest name of a partner a concern is passed to.
pub const MOST_PARTNER: usize = 120;

/// The form that changes a concern's status, as typed: the server function's argument, and
/// what the page shows again when something is wrong.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct StatusForm {
    pub status: Option<StatusChoice>,
    pub partner: String,
    /// A close reason's form value, or blank (the select's "choose one").
    pub close_reason: String,
    pub duplicate_of: String,
}

/// A change of status the team makes, checked.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum StatusChange {
    UnderReview,
    PassedToPartner {
        partner: String,
    },
    Closed {
        reason: CloseReason,
        /// For a duplicate: the reference of the concern it repeats.
        duplicate_of: Option<String>,
    },
}

impl StatusForm {
    /// The change, or a problem for each field that is wrong.
    pub fn parse(&self) -> Result<StatusChange, Vec<FieldError>> {
        use crate::domain::forms::{chosen_value, required_text};
        use crate::domain::reference::is_reference;
        let problem = |field: &str, message: &str| Err(vec![FieldError::new(field, message)]);
        match self.status {
            None => problem("status", "Select the new status"),
            Some(StatusChoice::UnderReview) => Ok(StatusChange::UnderReview),
            Some(StatusChoice::PassedToPartner) => {
                let mut errors = Vec::new();
                let partner = required_text(
                    "partner",
                    "Partner",
                    &self.partner,
                    "Enter who it was passed to, like Birmingham City Council",
                    MOST_PARTNER,
                    &mut errors,
                );
                if errors.is_empty() {
                    Ok(StatusChange::PassedToPartner { partner })
                } else {
                    Err(errors)
                }
            }
            Some(StatusChoice::Closed) => match chosen_value(&self.close_reason) {
                None => problem("close_reason", "Select why it is closed"),
                Some(CloseReason::Duplicate) if !is_reference("NC", &self.duplicate_of) => problem(
                    "duplicate_of",
                    "Enter the reference of the concern it repeats, like NC-7K3M-Q9XD",
                ),
                Some(reason) => Ok(StatusChange::Closed {
                    reason,
                    duplicate_of: (reason == CloseReason::Duplicate)
                        .then(|| self.duplicate_of.trim().to_uppercase()),
                }),
            },
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_status_form_names_what_is_missing_and_reads_a_duplicate_s_reference() {
        let form = |status, partner: &str, reason: &str, duplicate: &str| StatusForm {
            status,
            partner: partner.into(),
            close_reason: reason.into(),
            duplicate_of: duplicate.into(),
        };
        let field =
            |result: Result<StatusChange, Vec<FieldError>>| result.unwrap_err()[0].field.clone();
        assert_eq!(field(form(None, "", "", "").parse()), "status");
        let passed = Some(StatusChoice::PassedToPartner);
        assert_eq!(field(form(passed, " ", "", "").parse()), "partner");
        let long = "x".repeat(MOST_PARTNER + 1);
        assert_eq!(field(form(passed, &long, "", "").parse()), "partner");
        let closed = Some(StatusChoice::Closed);
        assert_eq!(field(form(closed, "", "", "").parse()), "close_reason");
        assert_eq!(
            field(form(closed, "", "duplicate", "NC-1").parse()),
            "duplicate_of"
        );
        assert_eq!(
            form(closed, "", "duplicate", " nc-7k3m-q9xd ").parse(),
            Ok(StatusChange::Closed {
                reason: CloseReason::Duplicate,
                duplicate_of: Some("NC-7K3M-Q9XD".into()),
            })
        );
        assert_eq!(
            form(Some(StatusChoice::UnderReview), "", "", "").parse(),
            Ok(StatusChange::UnderReview)
        );
    }

    const HOUR: i64 = 3600;

    #[test]
    fn the_clock_stops_at_the_first_reply_and_runs_out_after_72_hours() {
        let due = 72 * HOUR;
        assert_eq!(
            reply_clock(due, Some(due), due + HOUR),
            ReplyClock::AnsweredInTime
        );
        assert_eq!(
            reply_clock(due, Some(due + 1), due + 1),
            ReplyClock::AnsweredLate
        );
        assert_eq!(
            reply_clock(due, None, due - HOUR),
            ReplyClock::Due { seconds_left: HOUR }
        );
        assert_eq!(
            reply_clock(due, None, due),
            ReplyClock::Overdue { seconds_over: 0 }
        );
    }

    #[test]
    fn times_left_read_in_days_and_hours() {
        assert_eq!(duration_words(0), "less than an hour");
        assert_eq!(duration_words(HOUR), "1 hour");
        assert_eq!(duration_words(49 * HOUR + 59 * 60), "2 days 1 hour");
        assert_eq!(duration_words(72 * HOUR), "3 days");
    }

    #[test]
    fn a_closed_concern_can_be_reopened_for_28_days() {
        assert!(can_reopen(Some(0), REOPEN_WITHIN_SECONDS - 1));
        assert!(!can_reopen(Some(0), REOPEN_WITHIN_SECONDS));
        assert!(!can_reopen(None, 0));
    }

    #[test]
    fn tags_are_refused_but_a_less_than_sign_is_fine() {
        assert!(has_markup("<script>alert(1)</script>"));
        assert!(has_markup("see </a>"));
        assert!(has_markup("<!-- hidden -->"));
        assert!(!has_markup("speeds < 20mph would help"));
        assert!(!has_markup("3<4"));
    }

    fn typed() -> ConcernForm {
        ConcernForm {
            location: "  Court Oak   Road ".into(),
            category: Some(2),
            description: "Cars race along here every evening.".into(),
            when_happens: "Evenings".into(),
            summary: Some(Consent::Yes),
            latitude: String::new(),
            longitude: String::new(),
        }
    }

    #[test]
    fn a_concern_is_tidied_and_a_postcode_recognised() {
        let entry = typed().parse(&[1, 2]).unwrap();
        assert_eq!(entry.location, "Court Oak Road");
        assert_eq!(entry.postcode, None);
        assert!(entry.public_summary);
        let by_postcode = ConcernForm {
            location: "b17 9qg".into(),
            ..typed()
        }
        .parse(&[2])
        .unwrap();
        assert_eq!(by_postcode.postcode.unwrap().to_string(), "B17 9QG");
    }

    #[test]
    fn each_problem_is_named_and_nothing_is_accepted() {
        let errors = ConcernForm {
            location: String::new(),
            category: Some(9),
            description: "Too short".into(),
            when_happens: "<b>nights</b>".into(),
            summary: None,
            latitude: "north".into(),
            longitude: "1".into(),
        }
        .parse(&[1, 2])
        .unwrap_err();
        let fields: Vec<_> = errors.iter().map(|e| e.field.as_str()).collect();
        assert_eq!(
            fields,
            vec![
                "location",
                "category",
                "description",
                "when_happens",
                "summary",
                "location"
            ]
        );
        let long = ConcernForm {
            description: "x".repeat(MOST_DESCRIPTION + 1),
            ..typed()
        };
        assert!(long.parse(&[2]).is_err());
    }
}
