//! Community groups: what registering one asks for, recording a meeting with one, following
//! items, when a followed item counts as stale, and the weeks alerts are sent for. Server only.

use crate::domain::concern::{plain_text, required_plain_text};
use crate::domain::forms::{FieldError, required_text};
use crate::domain::schedule::uk_local;
#[cfg(feature = "ssr")]
use crate::i18n::Language;
use chrono::{Datelike, Duration, NaiveTime, TimeZone};
use entity::community_group::GroupKind;
use entity::follow::ItemKind;
use serde::{Deserialize, Serialize};

pub const MOST_NAME: usize = 120;
pub const MOST_DESCRIPTION: usize = 2000;
pub const MOST_MESSAGE: usize = 2000;
pub const MOST_NOTES: usize = 2000;
/// How many neighbourhoods a registration may name.
pub const MOST_NEIGHBOURHOODS: usize = 3;
/// How long an invitation link works.
pub const INVITATION_SECONDS: i64 = 14 * 86_400;

/// The group's public page.
pub fn group_path(reference: &str) -> String {
    format!("/groups/{reference}")
}

/// Where its members follow the team's responses.
pub fn dashboard_path(reference: &str) -> String {
    format!("/groups/{reference}/dashboard")
}

/// Where its organisers manage members.
pub fn members_path(reference: &str) -> String {
    format!("/groups/{reference}/members")
}

/// The group as staff see it (verification, meetings).
pub fn staff_group_path(reference: &str) -> String {
    format!("/staff/groups/{reference}")
}

/// A group's status as staff pages and the audit log name it.
pub fn status_words(status: entity::community_group::GroupStatus) -> &'static str {
    use entity::community_group::GroupStatus;
    match status {
        GroupStatus::Pending => "Waiting for verification",
        GroupStatus::Verified => "Verified",
        GroupStatus::Declined => "Declined",
        GroupStatus::Closed => "Closed",
    }
}

/// A registration, checked.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct GroupEntry {
    pub name: String,
    pub kind: GroupKind,
    /// The neighbourhoods' ids, in the order chosen, without repeats.
    pub neighbourhood_ids: Vec<i32>,
    pub description: String,
}

/// The registration form's fields, as typed.
#[derive(Clone, Debug, Default)]
pub struct GroupForm {
    pub name: String,
    pub kind: Option<GroupKind>,
    /// Codes chosen in the neighbourhood selects (blank for "none").
    pub neighbourhoods: Vec<String>,
    pub description: String,
}

impl GroupForm {
    /// The entry, or every problem with it, in English. `known` maps the codes offered to
    /// their ids.
    pub fn parse(&self, known: &[(i32, String)]) -> Result<GroupEntry, Vec<FieldError>> {
        self.parse_in(known, Language::English)
    }

    /// The entry, or every problem with it in `language` (the resident's).
    #[cfg(feature = "ssr")]
    pub fn parse_in(
        &self,
        known: &[(i32, String)],
        language: Language,
    ) -> Result<GroupEntry, Vec<FieldError>> {
        let mut errors = Vec::new();
        let name = required_line(
            "name",
            &self.name,
            MOST_NAME,
            language,
            ("group-name-missing", "group-name-too-long"),
            &mut errors,
        );
        if crate::domain::concern::has_markup(&name) {
            errors.push(FieldError::new("name", language.text("group-name-markup")));
        } else if crate::domain::forms::has_invisible_formatting(&name) {
            errors.push(FieldError::new(
                "name",
                language.text("group-name-invisible"),
            ));
        }
        if self.kind.is_none() {
            errors.push(FieldError::new("kind", language.text("group-kind-missing")));
        }
        let mut neighbourhood_ids = Vec::new();
        for code in self
            .neighbourhoods
            .iter()
            .map(|c| c.trim())
            .filter(|c| !c.is_empty())
        {
            match known
                .iter()
                .find(|(_, known)| known.eq_ignore_ascii_case(code))
            {
                Some((id, _)) if !neighbourhood_ids.contains(id) => neighbourhood_ids.push(*id),
                Some(_) => {}
                None => errors.push(FieldError::new(
                    "neighbourhood_1",
                    language.text("group-neighbourhood-unknown"),
                )),
            }
        }
        if neighbourhood_ids.is_empty() && !errors.iter().any(|e| e.field == "neighbourhood_1") {
            errors.push(FieldError::new(
                "neighbourhood_1",
                language.text("group-neighbourhood-missing"),
            ));
        }
        neighbourhood_ids.truncate(MOST_NEIGHBOURHOODS);
        let description = required_words(
            "description",
            &self.description,
            MOST_DESCRIPTION,
            language,
            ("group-description-missing", "group-description-too-long"),
            &mut errors,
        );
        match (self.kind, errors.is_empty()) {
            (Some(kind), true) => Ok(GroupEntry {
                name,
                kind,
                neighbourhood_ids,
                description,
            }),
            _ => Err(errors),
        }
    }
}

/// A required line of text, tidied as `forms::required_text` tidies it, with its problems in
/// `language`: `messages` are the ids for "missing" and "too long" (given `$max`).
#[cfg(feature = "ssr")]
fn required_line(
    field: &str,
    value: &str,
    max: usize,
    language: Language,
    messages: (&str, &str),
    errors: &mut Vec<FieldError>,
) -> String {
    let tidy = required_text(field, "", value, "", max, &mut Vec::new());
    length_problem(field, &tidy, max, language, messages, errors);
    tidy
}

/// Required free text a person writes, tidied as `concern::required_plain_text` tidies it,
/// with its problems in `language` (and refused if it looks like web page code).
#[cfg(feature = "ssr")]
fn required_words(
    field: &str,
    value: &str,
    max: usize,
    language: Language,
    messages: (&str, &str),
    errors: &mut Vec<FieldError>,
) -> String {
    let text = required_plain_text(field, "", value, "", max, &mut Vec::new());
    length_problem(field, &text, max, language, messages, errors);
    if crate::domain::concern::has_markup(&text) {
        errors.push(FieldError::new(field, language.text("group-markup")));
    }
    text
}

#[cfg(feature = "ssr")]
fn length_problem(
    field: &str,
    text: &str,
    max: usize,
    language: Language,
    (missing, too_long): (&str, &str),
    errors: &mut Vec<FieldError>,
) {
    if text.is_empty() {
        errors.push(FieldError::new(field, language.text(missing)));
    } else if text.chars().count() > max {
        errors.push(FieldError::new(
            field,
            crate::t_in!(language, too_long, max = max),
        ));
    }
}

/// A message to a group through its contact form, checked, with its problems in English.
pub fn contact_message(
    from_name: &str,
    from_email: &str,
    message: &str,
) -> Result<(String, crate::domain::email_address::EmailAddress, String), Vec<FieldError>> {
    contact_message_in(from_name, from_email, message, Language::English)
}

/// A message to a group through its contact form, checked, with its problems in `language`.
#[cfg(feature = "ssr")]
pub fn contact_message_in(
    from_name: &str,
    from_email: &str,
    message: &str,
    language: Language,
) -> Result<(String, crate::domain::email_address::EmailAddress, String), Vec<FieldError>> {
    let mut errors = Vec::new();
    let name = required_line(
        "from_name",
        from_name,
        100,
        language,
        ("group-contact-name-missing", "group-contact-name-too-long"),
        &mut errors,
    );
    let email = match crate::domain::email_address::EmailAddress::parse(from_email) {
        Ok(email) => Some(email),
        Err(problem) => {
            errors.push(FieldError::new("from_email", problem.message(language)));
            None
        }
    };
    let text = required_words(
        "message",
        message,
        MOST_MESSAGE,
        language,
        (
            "group-contact-message-missing",
            "group-contact-message-too-long",
        ),
        &mut errors,
    );
    match (email, errors.is_empty()) {
        (Some(email), true) => Ok((name, email, text)),
        _ => Err(errors),
    }
}

/// A meeting with a group, as a team member records it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct MeetingEntry {
    pub neighbourhood_id: i32,
    pub met_on: i64,
    pub attendees: i32,
    pub notes: String,
    pub priority_ids: Vec<i32>,
}

/// The meeting form's fields, as typed.
pub struct MeetingForm<'a> {
    pub neighbourhood: Option<i32>,
    pub met_on: &'a crate::domain::forms::TypedDate,
    pub attendees: &'a str,
    pub notes: &'a str,
    pub priorities: Vec<i32>,
}

impl MeetingForm<'_> {
    /// The entry, or every problem with it: the neighbourhood must be one the recorder acts
    /// for, the date not in the future, the priorities that neighbourhood's.
    pub fn parse(
        &self,
        neighbourhoods: &[i32],
        priorities: &[(i32, i32)],
        now: i64,
    ) -> Result<MeetingEntry, Vec<FieldError>> {
        let mut errors = Vec::new();
        let neighbourhood = self.neighbourhood.filter(|id| neighbourhoods.contains(id));
        if neighbourhood.is_none() {
            errors.push(FieldError::new(
                "neighbourhood",
                "Choose the neighbourhood team that met the group",
            ));
        }
        let met_on = match self.met_on.bound(crate::services::clock::start_of_uk_day) {
            Ok(Some(day)) if day > now => {
                errors.push(FieldError::new(
                    "met_on_day",
                    "The date of the meeting must be today or in the past",
                ));
                None
            }
            Ok(Some(day)) => Some(day),
            Ok(None) => {
                errors.push(FieldError::new(
                    "met_on_day",
                    "Enter the date of the meeting",
                ));
                None
            }
            Err(problem) => {
                errors.push(FieldError::new(
                    "met_on_day",
                    format!("The date of the meeting {problem}"),
                ));
                None
            }
        };
        let attendees = match self.attendees.trim().parse::<i32>() {
            Ok(count) if (0..=10_000).contains(&count) => Some(count),
            _ => {
                errors.push(FieldError::new(
                    "attendees",
                    "Enter how many people attended, as a number like 12",
                ));
                None
            }
        };
        let notes = plain_text("notes", "Notes", self.notes, MOST_NOTES, &mut errors);
        let priority_ids: Vec<i32> = self
            .priorities
            .iter()
            .copied()
            .filter(|id| {
                priorities
                    .iter()
                    .any(|(p, n)| p == id && Some(*n) == neighbourhood)
            })
            .collect();
        if priority_ids.len() != self.priorities.len() && neighbourhood.is_some() {
            errors.push(FieldError::new(
                "priorities",
                "Choose only priorities of the neighbourhood that met the group",
            ));
        }
        match (neighbourhood, met_on, attendees, errors.is_empty()) {
            (Some(neighbourhood_id), Some(met_on), Some(attendees), true) => Ok(MeetingEntry {
                neighbourhood_id,
                met_on,
                attendees,
                notes,
                priority_ids,
            }),
            _ => Err(errors),
        }
    }
}

/// Something to follow, as a form names it.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub struct Item {
    pub kind: ItemKind,
    pub id: i32,
}

/// A kind of group, in `language`.
#[cfg(feature = "ssr")]
pub fn kind_words(kind: GroupKind, language: Language) -> String {
    language.text(match kind {
        GroupKind::ResidentsAssociation => "group-kind-residents-association",
        GroupKind::NeighbourhoodWatch => "group-kind-neighbourhood-watch",
        GroupKind::FaithGroup => "group-kind-faith-group",
        GroupKind::YouthGroup => "group-kind-youth-group",
        GroupKind::TenantsAssociation => "group-kind-tenants-association",
        GroupKind::BusinessAssociation => "group-kind-business-association",
        GroupKind::SchoolOrCollege => "group-kind-school-or-college",
        GroupKind::Other => "group-kind-other",
    })
}

/// What kind of thing is followed, in `language`: "Priority".
#[cfg(feature = "ssr")]
pub fn item_kind_words(kind: ItemKind, language: Language) -> String {
    language.text(match kind {
        ItemKind::Priority => "group-item-priority",
        ItemKind::Problem => "group-item-problem",
        ItemKind::Vote => "group-item-vote",
        ItemKind::Neighbourhood => "group-item-neighbourhood",
    })
}

pub fn item_kind_label(kind: ItemKind) -> &'static str {
    match kind {
        ItemKind::Priority => "Priority",
        ItemKind::Problem => "Problem",
        ItemKind::Vote => "Vote",
        ItemKind::Neighbourhood => "Neighbourhood",
    }
}

/// Whether an item whose team last touched it at `last` is stale at `now`: three calendar
/// months without an update, the Guarantee's rule for priorities.
pub fn is_stale(last: i64, now: i64) -> bool {
    crate::domain::priority::update_due(last, now)
}

/// A week that alerts are sent for: Monday 00:00 to the next Monday 00:00, UK time.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct AlertWeek {
    /// Its ISO week, like "2026-W49": one alert per person for it.
    pub key: String,
    pub starts_at: i64,
    pub ends_at: i64,
}

/// The last whole UK week before `now`.
pub fn last_whole_week(now: i64) -> AlertWeek {
    let today = uk_local(now).date();
    let this_monday = today - Duration::days(i64::from(today.weekday().num_days_from_monday()));
    let last_monday = this_monday - Duration::days(7);
    let start = |day: chrono::NaiveDate| {
        chrono_tz::Europe::London
            .from_local_datetime(&day.and_time(NaiveTime::MIN))
            .earliest()
            .map_or(0, |t| t.timestamp())
    };
    let week = last_monday.iso_week();
    AlertWeek {
        key: format!("{}-W{:02}", week.year(), week.week()),
        starts_at: start(last_monday),
        ends_at: start(this_monday),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn known() -> Vec<(i32, String)> {
        vec![(1, "BW001".into()), (3, "BW003".into())]
    }

    #[test]
    fn a_registration_needs_a_name_a_kind_a_neighbourhood_and_a_description() {
        let errors = GroupForm::default().parse(&known()).unwrap_err();
        let fields: Vec<&str> = errors.iter().map(|e| e.field.as_str()).collect();
        assert_eq!(fields, ["name", "kind", "neighbourhood_1", "description"]);
    }

    #[test]
    fn a_registration_says_what_is_wrong_in_the_residents_language() {
        let form = GroupForm {
            name: "x".repeat(MOST_NAME + 1),
            description: "<b>We meet</b>".into(),
            ..GroupForm::default()
        };
        let english: Vec<String> = form
            .parse(&known())
            .unwrap_err()
            .into_iter()
            .map(|e| e.message)
            .collect();
        assert_eq!(
            english,
            [
                "Name must be 120 characters or fewer",
                "Choose what kind of group it is",
                "Choose the neighbourhood your group works in",
                "Write in plain words: remove anything that looks like web page code, such as <b>",
            ]
        );
        let welsh = form.parse_in(&known(), Language::Welsh).unwrap_err();
        assert_eq!(welsh[0].message, "Rhaid i'r enw fod yn 120 nod neu lai");
        assert_eq!(welsh[1].message, "Dewiswch pa fath o grŵp yw e");
        let errors = contact_message_in("", "not an address", "", Language::Welsh).unwrap_err();
        let fields: Vec<&str> = errors.iter().map(|e| e.field.as_str()).collect();
        assert_eq!(fields, ["from_name", "from_email", "message"]);
        assert_eq!(errors[0].message, "Rhowch eich enw");
        assert_eq!(
            contact_message("", "", "").unwrap_err()[1].message,
            "Enter your email address"
        );
    }

    #[test]
    fn a_registration_keeps_each_neighbourhood_once_in_the_order_chosen() {
        let entry = GroupForm {
            name: "  Court Oak   Residents ".into(),
            kind: Some(GroupKind::ResidentsAssociation),
            neighbourhoods: vec!["bw003".into(), "".into(), "BW003".into(), "BW001".into()],
            description: "We meet monthly.".into(),
        }
        .parse(&known())
        .unwrap();
        assert_eq!(entry.name, "Court Oak Residents");
        assert_eq!(entry.neighbourhood_ids, [3, 1]);
    }

    #[test]
    fn a_neighbourhood_not_offered_is_refused() {
        let errors = GroupForm {
            name: "Watch".into(),
            kind: Some(GroupKind::NeighbourhoodWatch),
            neighbourhoods: vec!["XX999".into()],
            description: "We watch.".into(),
        }
        .parse(&known())
        .unwrap_err();
        assert_eq!(errors[0].field, "neighbourhood_1");
    }

    #[test]
    fn a_meeting_in_the_future_or_with_another_teams_priority_is_refused() {
        let now = 1_795_348_800; // 22 November 2026, midday
        let tomorrow = crate::domain::forms::TypedDate {
            day: "23".into(),
            month: "11".into(),
            year: "2026".into(),
        };
        let form = MeetingForm {
            neighbourhood: Some(1),
            met_on: &tomorrow,
            attendees: "12",
            notes: "",
            priorities: vec![7],
        };
        let errors = form.parse(&[1], &[(7, 3)], now).unwrap_err();
        let fields: Vec<&str> = errors.iter().map(|e| e.field.as_str()).collect();
        assert_eq!(fields, ["met_on_day", "priorities"]);
        let today = crate::domain::forms::TypedDate {
            day: "22".into(),
            ..tomorrow.clone()
        };
        let entry = MeetingForm {
            met_on: &today,
            priorities: vec![],
            ..form
        }
        .parse(&[1], &[(7, 3)], now)
        .unwrap();
        assert_eq!(entry.attendees, 12);
    }

    #[test]
    fn alerts_are_for_the_last_whole_uk_week() {
        // Thursday 3 December 2026, 6pm: the week before is Monday 23 to Monday 30 November.
        let thursday = 1_796_320_800;
        let week = last_whole_week(thursday);
        assert_eq!(week.key, "2026-W48");
        assert_eq!(week.starts_at, 1_795_392_000);
        assert_eq!(week.ends_at - week.starts_at, 7 * 86_400);
        // A week across the change to summer time is an hour short, and still UK Mondays.
        let spring = last_whole_week(1_806_580_800); // Thursday 1 April 2027, after 28 March
        assert_eq!(spring.ends_at - spring.starts_at, 7 * 86_400 - 3600);
    }

    #[test]
    fn an_item_is_stale_after_three_calendar_months() {
        let nov_22 = 1_795_348_800;
        assert!(!is_stale(nov_22, nov_22 + 91 * 86_400));
        assert!(is_stale(nov_22, nov_22 + 92 * 86_400));
    }
}
