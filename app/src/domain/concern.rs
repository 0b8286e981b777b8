//! Concerns: what a resident writes when raising one, the 72-hour reply clock the Neighbourhood
//! Policing Guarantee promises, and how each status reads to residents. Server only.

use crate::domain::forms::{FieldError, optional_text};
use crate::domain::geometry::Position;
use crate::domain::postcode::Postcode;
#[cfg(feature = "ssr")]
use crate::i18n::Language;
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

/// Why a concern was closed, read from what its change of status recorded: the reason's
/// English words and, for one the same as another, that concern's reference after a comma.
pub fn recorded_close_reason(detail: &str) -> Option<(CloseReason, Option<String>)> {
    use sea_orm::Iterable;
    CloseReason::iter().find_map(|reason| {
        match detail.strip_prefix(close_reason_words(reason))? {
            "" => Some((reason, None)),
            other => other
                .strip_prefix(", ")
                .map(|reference| (reason, Some(reference.to_string()))),
        }
    })
}

pub fn improved_words(improved: Improved) -> &'static str {
    match improved {
        Improved::Yes => "Yes, it has improved",
        Improved::No => "No, it has not improved",
        Improved::NotSure => "Not sure",
    }
}

/// A status as residents read it, in their language (`status_words` in English).
#[cfg(feature = "ssr")]
pub fn status_words_in(status: ConcernStatus, language: Language) -> String {
    language.text(match status {
        ConcernStatus::Received => "concern-status-words-received",
        ConcernStatus::Replied => "concern-status-words-replied",
        ConcernStatus::UnderReview => "concern-status-words-under-review",
        ConcernStatus::BeingWorkedOn => "concern-status-words-being-worked-on",
        ConcernStatus::PassedToPartner => "concern-status-words-passed-to-partner",
        ConcernStatus::Closed => "concern-status-words-closed",
    })
}

/// A status's short name, in the resident's language (`status_label` in English).
#[cfg(feature = "ssr")]
pub fn status_label_in(status: ConcernStatus, language: Language) -> String {
    language.text(match status {
        ConcernStatus::Received => "concern-status-received",
        ConcernStatus::Replied => "concern-status-replied",
        ConcernStatus::UnderReview => "concern-status-under-review",
        ConcernStatus::BeingWorkedOn => "concern-status-being-worked-on",
        ConcernStatus::PassedToPartner => "concern-status-passed-to-partner",
        ConcernStatus::Closed => "concern-status-closed",
    })
}

/// Why a concern was closed, in the resident's language (`close_reason_words` in English).
#[cfg(feature = "ssr")]
pub fn close_reason_words_in(reason: CloseReason, language: Language) -> String {
    language.text(match reason {
        CloseReason::ActionTaken => "concern-close-action-taken",
        CloseReason::NoFurtherAction => "concern-close-no-further-action",
        CloseReason::NotAPoliceMatter => "concern-close-not-a-police-matter",
        CloseReason::Duplicate => "concern-close-duplicate",
    })
}

/// The resident's answer to "Has it improved?", in their language (`improved_words` in English).
#[cfg(feature = "ssr")]
pub fn improved_words_in(improved: Improved, language: Language) -> String {
    language.text(match improved {
        Improved::Yes => "concern-improved-yes",
        Improved::No => "concern-improved-no",
        Improved::NotSure => "concern-not-sure",
    })
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

/// `plain_text` for a form residents fill in: the problems in their language. `label` names
/// the field in the length error, already in that language.
#[cfg(feature = "ssr")]
pub fn plain_text_in(
    language: Language,
    field: &str,
    label: &str,
    value: &str,
    max: usize,
    errors: &mut Vec<FieldError>,
) -> String {
    let text = crate::domain::forms::without_control_characters(value.trim())
        .trim()
        .to_string();
    if text.chars().count() > max {
        errors.push(FieldError::new(
            field,
            crate::t_in!(language, "concern-too-long", label = label, max = max),
        ));
    }
    if has_markup(&text) {
        errors.push(FieldError::new(field, language.text("concern-plain-words")));
    }
    text
}

/// `required_plain_text` for a form residents fill in: `missing` is the message, already in
/// their language, for nothing written.
#[cfg(feature = "ssr")]
pub fn required_plain_text_in(
    language: Language,
    field: &str,
    label: &str,
    value: &str,
    missing: &str,
    max: usize,
    errors: &mut Vec<FieldError>,
) -> String {
    let text = plain_text_in(language, field, label, value, max, errors);
    if text.is_empty() {
        errors.push(FieldError::new(field, missing));
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
    /// The entry, or a problem for each field that is wrong (in English). `categories` are
    /// those offered.
    pub fn parse(&self, categories: &[i32]) -> Result<ConcernEntry, Vec<FieldError>> {
        self.parse_in(categories, Language::English)
    }

    /// The entry, or a problem for each field that is wrong, in the resident's language.
    #[cfg(feature = "ssr")]
    pub fn parse_in(
        &self,
        categories: &[i32],
        language: Language,
    ) -> Result<ConcernEntry, Vec<FieldError>> {
        let mut errors = Vec::new();
        let problem = |field: &str, id: &str| FieldError::new(field, language.text(id));
        let location = plain_text_in(
            language,
            "location",
            &language.text("concern-where-name"),
            &self.location,
            200,
            &mut errors,
        )
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ");
        if location.is_empty() {
            errors.push(problem("location", "concern-where-missing"));
        }
        let category = self.category.filter(|id| categories.contains(id));
        if category.is_none() {
            errors.push(problem("category", "concern-kind-missing"));
        }
        let description = plain_text_in(
            language,
            "description",
            &language.text("concern-row-what"),
            &self.description,
            MOST_DESCRIPTION,
            &mut errors,
        );
        let length = description.chars().count();
        if length == 0 {
            errors.push(problem("description", "concern-what-missing"));
        } else if length < LEAST_DESCRIPTION {
            errors.push(FieldError::new(
                "description",
                crate::t_in!(
                    language,
                    "concern-what-too-short",
                    least = LEAST_DESCRIPTION
                ),
            ));
        }
        let when_happens = plain_text_in(
            language,
            "when_happens",
            &language.text("concern-row-when"),
            &self.when_happens,
            300,
            &mut errors,
        );
        if self.summary.is_none() {
            errors.push(problem("summary", "concern-summary-missing"));
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
                    errors.push(problem("location", "concern-pin-again"));
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
    fn a_close_reason_is_read_back_from_what_its_change_of_status_recorded() {
        assert_eq!(
            recorded_close_reason("action was taken"),
            Some((CloseReason::ActionTaken, None))
        );
        assert_eq!(
            recorded_close_reason("the same as another concern, NC-7K3M-Q9XD"),
            Some((CloseReason::Duplicate, Some("NC-7K3M-Q9XD".into())))
        );
        assert_eq!(recorded_close_reason("passed to the council"), None);
        assert_eq!(recorded_close_reason("action was taken by then"), None);
    }

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

    #[test]
    fn a_residents_problems_are_in_their_language_and_in_english_as_before() {
        let form = ConcernForm {
            location: String::new(),
            category: None,
            description: "Too short".into(),
            when_happens: "<b>nights</b>".into(),
            summary: None,
            latitude: "north".into(),
            longitude: "1".into(),
        };
        let messages = |errors: Vec<FieldError>| -> Vec<String> {
            errors.into_iter().map(|e| e.message).collect()
        };
        assert_eq!(
            messages(form.parse(&[1]).unwrap_err()),
            vec![
                "Enter where it is happening: a street, a landmark or a postcode",
                "Select what kind of concern it is",
                "Tell us a little more: at least 10 characters",
                "Write in plain words: remove anything that looks like web page code, such as <b>",
                "Select whether a summary may be shown publicly",
                "Place the pin on the map again",
            ]
        );
        let welsh = messages(form.parse_in(&[1], Language::Welsh).unwrap_err());
        assert_eq!(welsh.len(), 6);
        assert!(welsh[2].contains("10"), "{welsh:?}");
        assert!(!welsh.iter().any(|m| m.contains("Tell us")), "{welsh:?}");

        let mut english = Vec::new();
        let long = "x".repeat(MOST_REPLY + 1);
        plain_text_in(
            Language::English,
            "reply",
            "Your message",
            &long,
            MOST_REPLY,
            &mut english,
        );
        let mut before = Vec::new();
        plain_text("reply", "Your message", &long, MOST_REPLY, &mut before);
        assert_eq!(english, before);
        let mut missing = Vec::new();
        required_plain_text_in(
            Language::Welsh,
            "reply",
            "Eich neges",
            " ",
            "Ysgrifennwch",
            MOST_REPLY,
            &mut missing,
        );
        assert_eq!(missing, vec![FieldError::new("reply", "Ysgrifennwch")]);
    }

    #[test]
    fn every_status_reads_the_same_in_english_from_its_message() {
        use sea_orm::Iterable;
        for status in ConcernStatus::iter() {
            assert_eq!(
                status_words_in(status, Language::English),
                status_words(status)
            );
            assert_eq!(
                status_label_in(status, Language::English),
                status_label(status)
            );
            assert_ne!(
                status_words_in(status, Language::Welsh),
                status_words(status)
            );
        }
        for reason in CloseReason::iter() {
            assert_eq!(
                close_reason_words_in(reason, Language::English),
                close_reason_words(reason)
            );
        }
        for answer in Improved::iter() {
            assert_eq!(
                improved_words_in(answer, Language::English),
                improved_words(answer)
            );
        }
    }
}
