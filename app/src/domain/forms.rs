//! What a form shows after it was sent: the problems with what was entered (and the values, so
//! nothing typed is lost), or a confirmation that it worked.

use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

/// A problem with one field: its id (the error summary links to it) and the message.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct FieldError {
    pub field: String,
    pub message: String,
}

impl FieldError {
    pub fn new(field: &str, message: impl ToString) -> Self {
        Self {
            field: field.to_string(),
            message: message.to_string(),
        }
    }
}

/// Carried in the session from the request that handled a form to the page shown next.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct FormFeedback {
    /// Which form on the page this is for.
    pub form: String,
    pub errors: Vec<FieldError>,
    pub values: BTreeMap<String, String>,
    /// A confirmation ("Team member added"), shown when there are no errors.
    pub notice: Option<String>,
}

impl FormFeedback {
    pub fn notice(form: &str, message: impl ToString) -> Self {
        Self {
            form: form.to_string(),
            notice: Some(message.to_string()),
            ..Self::default()
        }
    }

    pub fn errors(form: &str, errors: Vec<FieldError>, values: &[(&str, &str)]) -> Self {
        Self {
            form: form.to_string(),
            errors,
            values: values
                .iter()
                .map(|(k, v)| (k.to_string(), v.to_string()))
                .collect(),
            notice: None,
        }
    }

    /// The problems with `form`, keeping every field of `typed` (the form's struct) to show
    /// again: text as typed, a choice by its form value, nothing chosen as blank.
    #[cfg(feature = "ssr")]
    pub fn errors_keeping(form: &str, errors: Vec<FieldError>, typed: &impl Serialize) -> Self {
        let values = match serde_json::to_value(typed) {
            Ok(serde_json::Value::Object(fields)) => fields
                .into_iter()
                .map(|(name, value)| {
                    let shown = match value {
                        serde_json::Value::String(text) => text,
                        serde_json::Value::Null => String::new(),
                        other => other.to_string(),
                    };
                    (name, shown)
                })
                .collect(),
            _ => BTreeMap::new(),
        };
        Self {
            form: form.to_string(),
            errors,
            values,
            notice: None,
        }
    }

    /// This feedback if it is for `form`, or none: each form on a page shows only its own.
    /// Keeps the boxes ticked in a checkbox list (`name`), to tick them again.
    pub fn keeping_choices<T: ToString>(mut self, name: &str, chosen: &[T]) -> Self {
        let chosen: Vec<String> = chosen.iter().map(ToString::to_string).collect();
        self.values.insert(name.to_string(), chosen.join("\n"));
        self
    }

    /// The boxes ticked in the checkbox list `name` when the form was sent.
    pub fn choices(&self, name: &str) -> Vec<String> {
        self.value(name).lines().map(str::to_string).collect()
    }

    pub fn for_form(&self, form: &str) -> FormFeedback {
        if self.form == form {
            self.clone()
        } else {
            FormFeedback::default()
        }
    }

    /// The value typed into `field`, to show it again.
    pub fn value(&self, field: &str) -> String {
        self.values.get(field).cloned().unwrap_or_default()
    }

    pub fn error(&self, field: &str) -> Option<String> {
        self.errors
            .iter()
            .find(|e| e.field == field)
            .map(|e| e.message.clone())
    }
}

/// A GOV.UK date input's three fields, as typed.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct TypedDate {
    pub day: String,
    pub month: String,
    pub year: String,
}

impl TypedDate {
    /// A date typed as its day, month and year.
    pub fn typed(day: &str, month: &str, year: &str) -> Self {
        Self {
            day: day.to_string(),
            month: month.to_string(),
            year: year.to_string(),
        }
    }

    /// The fields `{name}_day`, `{name}_month` and `{name}_year` of a form.
    pub fn from_fields(get: impl Fn(&str) -> String, name: &str) -> Self {
        Self {
            day: get(&format!("{name}_day")),
            month: get(&format!("{name}_month")),
            year: get(&format!("{name}_year")),
        }
    }

    pub fn is_blank(&self) -> bool {
        [&self.day, &self.month, &self.year]
            .iter()
            .all(|part| part.trim().is_empty())
    }

    /// Year, month and day as numbers (not yet checked to be a real date); None when all three
    /// fields are blank.
    pub fn numbers(&self) -> Result<Option<(i32, u32, u32)>, &'static str> {
        if self.is_blank() {
            return Ok(None);
        }
        let number = |part: &str| part.trim().parse::<u32>().ok();
        match (number(&self.day), number(&self.month), number(&self.year)) {
            (Some(day), Some(month), Some(year)) if (1000..=9999).contains(&year) => {
                Ok(Some((year as i32, month, day)))
            }
            _ => Err("must include a day, month and year, like 27 3 2026"),
        }
    }

    /// The day's start or end in the UK, by `bound`; None when all three fields are blank.
    pub fn bound(
        &self,
        bound: fn(i32, u32, u32) -> Option<i64>,
    ) -> Result<Option<i64>, &'static str> {
        match self.numbers()? {
            None => Ok(None),
            Some((year, month, day)) => bound(year, month, day)
                .map(Some)
                .ok_or("must be a real date"),
        }
    }
}

/// "Try again in 1 minute" / "Try again in 15 minutes" / "Try again in 3 hours" (a wait of an
/// hour or more, in whole hours rounded up), after `reason`.
pub fn try_again_in(reason: &str, minutes: i64) -> String {
    let (count, unit) = minutes_or_hours(minutes);
    let plural = if count == 1 { "" } else { "s" };
    format!("{reason} Try again in {count} {unit}{plural}.")
}

/// A wait as people say it: minutes under an hour, else whole hours rounded up; the unit is
/// "minute" or "hour" (a message chooses its words by it).
pub fn minutes_or_hours(minutes: i64) -> (i64, &'static str) {
    if minutes < 60 {
        (minutes, "minute")
    } else {
        ((minutes + 59) / 60, "hour")
    }
}

/// Text as the portal keeps it: line breaks as "\n", and no control characters but tab and
/// new line. A vertical tab or a NUL is never typed on purpose, and XML (every feed) and some
/// spreadsheets cannot carry one.
pub fn without_control_characters(value: &str) -> String {
    value
        .replace("\r\n", "\n")
        .chars()
        .map(|c| if c == '\r' { '\n' } else { c })
        .filter(|c| !c.is_control() || matches!(c, '\n' | '\t'))
        .collect()
}

/// Whether a name holds characters that change how text around it is shown without showing
/// themselves: direction overrides and isolates (which can make "Sam" read as someone else's
/// name backwards), and zero-width spaces, joiners and marks that make two names look alike.
/// A joiner between two letters of a script that needs it (as Bengali and Urdu do) is kept.
pub fn has_invisible_formatting(name: &str) -> bool {
    let chars: Vec<char> = name.chars().collect();
    chars.iter().enumerate().any(|(at, c)| match c {
        '\u{200C}' | '\u{200D}' => {
            let letter = |c: Option<&char>| {
                c.is_some_and(|c| !c.is_ascii() && (c.is_alphanumeric() || is_combining(*c)))
            };
            !(at > 0 && letter(chars.get(at - 1)) && letter(chars.get(at + 1)))
        }
        '\u{200B}'
        | '\u{200E}'
        | '\u{200F}'
        | '\u{202A}'..='\u{202E}'
        | '\u{2060}'..='\u{2064}'
        | '\u{2066}'..='\u{2069}'
        | '\u{061C}'
        | '\u{FEFF}'
        | '\u{180E}'
        | '\u{00AD}' => true,
        _ => false,
    })
}

/// Marks that combine with the letter before them in the Brahmic scripts (a virama, a vowel
/// sign), where joiners are written.
fn is_combining(c: char) -> bool {
    matches!(c, '\u{0900}'..='\u{0DFF}')
}

/// What a field's length error says, naming the field as GOV.UK does: "Title must be 100
/// characters or fewer". `label` is what the field is called, as its label says it.
pub fn too_long(label: &str, max: usize) -> String {
    format!("{label} must be {max} characters or fewer")
}

/// A required line of text, tidied, at most `max` characters; `label` names it in errors.
pub fn required_text(
    field: &str,
    label: &str,
    value: &str,
    missing: &str,
    max: usize,
    errors: &mut Vec<FieldError>,
) -> String {
    let tidy = without_control_characters(value)
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ");
    if tidy.is_empty() {
        errors.push(FieldError::new(field, missing));
    } else if tidy.chars().count() > max {
        errors.push(FieldError::new(field, too_long(label, max)));
    }
    tidy
}

/// Required free text (line breaks kept), at most `max` characters: a reason, a reply.
pub fn required_paragraph(
    field: &str,
    label: &str,
    value: &str,
    missing: &str,
    max: usize,
    errors: &mut Vec<FieldError>,
) -> String {
    let text = optional_text(field, label, value, max, errors);
    if text.is_empty() {
        errors.push(FieldError::new(field, missing));
    }
    text
}

/// Text that may be left empty, as it is stored: `None` when empty.
pub fn given(text: String) -> Option<String> {
    Some(text).filter(|t| !t.is_empty())
}

/// Optional free text (line breaks kept), at most `max` characters.
pub fn optional_text(
    field: &str,
    label: &str,
    value: &str,
    max: usize,
    errors: &mut Vec<FieldError>,
) -> String {
    let tidy = without_control_characters(value.trim()).trim().to_string();
    if tidy.chars().count() > max {
        errors.push(FieldError::new(field, too_long(label, max)));
    }
    tidy
}

/// What a form sends for `choice` (an action, a role): its serde name, so the form and the
/// server function that reads it cannot disagree.
#[cfg(feature = "ssr")]
pub fn form_value<T: serde::Serialize>(choice: &T) -> String {
    match serde_json::to_value(choice) {
        Ok(serde_json::Value::String(name)) => name,
        _ => String::new(),
    }
}

/// What a select sent, as the choice it names (its serde name, as `form_value` writes it); None
/// when it sent nothing or its "choose one" option (an empty value).
#[cfg(feature = "ssr")]
pub fn chosen_value<T: serde::de::DeserializeOwned>(typed: &str) -> Option<T> {
    match typed.trim() {
        "" => None,
        name => serde_json::from_value(serde_json::Value::String(name.to_string())).ok(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn required_text_is_tidied_and_checked() {
        let mut errors = Vec::new();
        assert_eq!(
            required_text(
                "name",
                "Name",
                "  Sam   Jones ",
                "Enter a name",
                10,
                &mut errors
            ),
            "Sam Jones"
        );
        assert!(errors.is_empty());
        required_text("name", "Name", "   ", "Enter a name", 10, &mut errors);
        required_text(
            "rank",
            "Rank or role",
            "Police Community Support Officer",
            "Enter a rank",
            10,
            &mut errors,
        );
        assert_eq!(
            errors,
            vec![
                FieldError::new("name", "Enter a name"),
                FieldError::new("rank", "Rank or role must be 10 characters or fewer")
            ]
        );
        // Free text names its field too, so the error summary says which is too long.
        let mut long = Vec::new();
        optional_text(
            "topic",
            "What you would like to talk about",
            &"x".repeat(11),
            10,
            &mut long,
        );
        assert_eq!(
            long,
            vec![FieldError::new(
                "topic",
                "What you would like to talk about must be 10 characters or fewer"
            )]
        );
    }

    #[test]
    fn the_wait_is_given_in_whole_minutes() {
        assert_eq!(
            try_again_in("Too many.", 1),
            "Too many. Try again in 1 minute."
        );
        assert_eq!(
            try_again_in("Too many.", 15),
            "Too many. Try again in 15 minutes."
        );
        assert_eq!(
            try_again_in("Too many.", 60),
            "Too many. Try again in 1 hour."
        );
        assert_eq!(
            try_again_in("Too many.", 1381),
            "Too many. Try again in 24 hours."
        );
    }

    #[test]
    fn feedback_gives_back_the_boxes_ticked() {
        let feedback = FormFeedback::errors("update", vec![], &[])
            .keeping_choices("votes", &[3, 12])
            .keeping_choices("problems", &["PR-1", "PR-2"]);
        assert_eq!(feedback.choices("votes"), ["3", "12"]);
        assert_eq!(feedback.choices("problems"), ["PR-1", "PR-2"]);
        assert!(feedback.choices("priorities").is_empty());
    }

    #[test]
    fn feedback_gives_back_what_was_typed() {
        let feedback = FormFeedback::errors(
            "add",
            vec![FieldError::new("name", "Enter a name")],
            &[("rank", "PCSO")],
        );
        assert_eq!(feedback.value("rank"), "PCSO");
        assert_eq!(feedback.error("name").as_deref(), Some("Enter a name"));
        assert_eq!(feedback.error("rank"), None);
    }

    #[test]
    fn control_characters_never_enter_but_tabs_and_line_breaks_do() {
        assert_eq!(
            without_control_characters("a\x0bb\x01\r\nc\td\re\u{7f}\u{85}"),
            "ab\nc\td\ne"
        );
        let mut errors = Vec::new();
        assert_eq!(
            optional_text("text", "Text", " one\x0b\ntwo\x00 ", 100, &mut errors),
            "one\ntwo"
        );
        assert_eq!(
            required_text(
                "name",
                "Name",
                "Sam\x0b Jones\x1f",
                "Enter",
                100,
                &mut errors
            ),
            "Sam Jones"
        );
        assert!(errors.is_empty());
    }

    #[test]
    fn direction_overrides_and_zero_width_characters_are_found_in_names() {
        for name in [
            "Sam\u{202E}senoJ",
            "Sam\u{200B}Jones",
            "\u{2067}Sam\u{2069}",
            "Sam\u{FEFF}",
            "Sam\u{200D}Jones",
            "\u{200C}\u{0628}",
        ] {
            assert!(has_invisible_formatting(name), "{name:?}");
        }
        // Joiners inside words of the scripts that write them are part of the name.
        for name in [
            "Sam Jones",
            "র\u{200D}\u{09CD}য",
            "\u{0645}\u{200C}\u{0627}",
            "Zoë O'Neill-Smith",
        ] {
            assert!(!has_invisible_formatting(name), "{name:?}");
        }
    }
}
