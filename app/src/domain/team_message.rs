//! A message from a neighbourhood team to the residents who follow it: the form a team member
//! fills in, checked, and when they choose to send it.

use crate::domain::concern::required_plain_text;
use crate::domain::forms::{FieldError, TypedDate, required_text};
use crate::domain::vote::moment;
use entity::message_preference::MessageFrequency;
use entity::team_message::MessageKind;
use serde::{Deserialize, Serialize};

/// The longest a message's title may be.
pub const MOST_TITLE: usize = 120;
/// The longest a message's text may be.
pub const MOST_BODY: usize = 5000;
/// A message stays current for at most this long.
pub const LONGEST_CURRENT_DAYS: i64 = 90;
/// A message may be set to go at most this far ahead.
pub const FURTHEST_AHEAD_DAYS: i64 = 30;

/// Every kind, in the order forms and preferences list them.
pub const KINDS: [MessageKind; 5] = [
    MessageKind::Appeal,
    MessageKind::Advice,
    MessageKind::Warning,
    MessageKind::News,
    MessageKind::Event,
];

/// The key of a kind's name in residents' languages (`message-kind-…`).
pub fn kind_key(kind: MessageKind) -> &'static str {
    match kind {
        MessageKind::Appeal => "message-kind-appeal",
        MessageKind::Advice => "message-kind-advice",
        MessageKind::Warning => "message-kind-warning",
        MessageKind::News => "message-kind-news",
        MessageKind::Event => "message-kind-event",
    }
}

/// The message form as typed.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct MessageForm {
    pub kind: Option<MessageKind>,
    pub title: String,
    pub body: String,
    /// The last day it is current (blank: it does not expire; a warning must say).
    pub expires_day: String,
    pub expires_month: String,
    pub expires_year: String,
}

/// A message as the team writes it, checked.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct MessageEntry {
    pub kind: MessageKind,
    pub title: String,
    pub body: String,
    /// The end of the last UK day it is current.
    pub expires_at: Option<i64>,
}

impl MessageForm {
    /// The message, or a problem for each field that is wrong. Its last day may not be
    /// before today (the UK day `now` falls in), nor more than 90 days ahead.
    pub fn parse(&self, now: i64) -> Result<MessageEntry, Vec<FieldError>> {
        use crate::services::clock::end_of_uk_day;
        let mut errors = Vec::new();
        if self.kind.is_none() {
            errors.push(FieldError::new("kind", "Select what kind of message it is"));
        }
        let title = required_text(
            "title",
            "Title",
            &self.title,
            "Enter a title",
            MOST_TITLE,
            &mut errors,
        );
        let body = required_plain_text(
            "body",
            "Message",
            &self.body,
            "Enter the message",
            MOST_BODY,
            &mut errors,
        );
        let date = TypedDate::typed(&self.expires_day, &self.expires_month, &self.expires_year);
        let expires_at = match date.bound(end_of_uk_day) {
            Ok(None) if self.kind == Some(MessageKind::Warning) => {
                errors.push(FieldError::new(
                    "expires_day",
                    "Enter the last day the warning applies",
                ));
                None
            }
            Ok(None) => None,
            Ok(Some(end)) if end <= now => {
                errors.push(FieldError::new(
                    "expires_day",
                    "The last day must be today or later",
                ));
                None
            }
            Ok(Some(end)) if end > now + (LONGEST_CURRENT_DAYS + 1) * 86_400 => {
                errors.push(FieldError::new(
                    "expires_day",
                    format!("The last day must be within {LONGEST_CURRENT_DAYS} days"),
                ));
                None
            }
            Ok(Some(end)) => Some(end),
            Err(problem) => {
                errors.push(FieldError::new(
                    "expires_day",
                    format!("The date {problem}"),
                ));
                None
            }
        };
        match self.kind {
            Some(kind) if errors.is_empty() => Ok(MessageEntry {
                kind,
                title,
                body,
                expires_at,
            }),
            _ => Err(errors),
        }
    }
}

/// When the team chooses to send a message.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum SendWhen {
    Now,
    Later,
}

/// The sending form as typed: now, or a day and time.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct SendForm {
    pub when: Option<SendWhen>,
    pub send_day: String,
    pub send_month: String,
    pub send_year: String,
    pub send_time: String,
}

impl SendForm {
    /// When to send, as a time not before `now`; at most 30 days ahead, and before the
    /// message stops being current (`expires_at`).
    pub fn parse(&self, now: i64, expires_at: Option<i64>) -> Result<i64, Vec<FieldError>> {
        let mut errors = Vec::new();
        let at = match self.when {
            None => {
                errors.push(FieldError::new("when", "Select when to send the message"));
                None
            }
            Some(SendWhen::Now) if expires_at.is_some_and(|end| end <= now) => {
                errors.push(FieldError::new(
                    "when",
                    "Its last day has passed: change the draft's last day first",
                ));
                None
            }
            Some(SendWhen::Now) => Some(now),
            Some(SendWhen::Later) => {
                let date = TypedDate::typed(&self.send_day, &self.send_month, &self.send_year);
                match moment(
                    &date,
                    &self.send_time,
                    ("send_day", "send_time"),
                    "sending",
                    &mut errors,
                ) {
                    Some(at) if at <= now => {
                        errors.push(FieldError::new(
                            "send_day",
                            "The time to send must be in the future",
                        ));
                        None
                    }
                    Some(at) if at > now + FURTHEST_AHEAD_DAYS * 86_400 => {
                        errors.push(FieldError::new(
                            "send_day",
                            format!("The time to send must be within {FURTHEST_AHEAD_DAYS} days"),
                        ));
                        None
                    }
                    Some(at) if expires_at.is_some_and(|end| at >= end) => {
                        errors.push(FieldError::new(
                            "send_day",
                            "The time to send must be before the message's last day ends",
                        ));
                        None
                    }
                    at => at,
                }
            }
        };
        match at {
            Some(at) if errors.is_empty() => Ok(at),
            _ => Err(errors),
        }
    }
}

/// Whom an administrator's message is for.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Wide {
    /// Every neighbourhood of this Local Policing Area.
    Area(i32),
    /// Every neighbourhood of the force.
    Force,
}

/// The choice on an administrator's message form.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum WideChoice {
    Area,
    Force,
}

/// Whom an administrator's message is for, as typed: an area (and which) or the whole force.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct WideForm {
    pub whom: Option<WideChoice>,
    /// The Local Policing Area's id, when it is for one.
    pub lpa: String,
}

impl WideForm {
    pub fn parse(&self) -> Result<Wide, Vec<FieldError>> {
        match self.whom {
            None => Err(vec![FieldError::new(
                "whom",
                "Select whom the message is for",
            )]),
            Some(WideChoice::Force) => Ok(Wide::Force),
            Some(WideChoice::Area) => self
                .lpa
                .trim()
                .parse()
                .map(Wide::Area)
                .map_err(|_| vec![FieldError::new("lpa", "Select the Local Policing Area")]),
        }
    }
}

/// The UK hour from which a day's or a week's digest goes.
pub const DIGEST_HOUR: u32 = 7;

/// What a digest sent at `now` holds: the deliveries queued before the moment returned (the
/// start of today, or for a weekly digest of this week's Monday, once its 7am has passed; else
/// the period before). None for a frequency without a digest.
pub fn digest_cutoff(frequency: MessageFrequency, now: i64) -> Option<i64> {
    use crate::services::clock::start_of_uk_day;
    use chrono::{Datelike, Duration, Timelike};
    let local = crate::domain::schedule::uk_local(now);
    let today = local.date();
    let before_hour = local.hour() < DIGEST_HOUR;
    let start = match frequency {
        MessageFrequency::Daily if before_hour => today - Duration::days(1),
        MessageFrequency::Daily => today,
        MessageFrequency::Weekly => {
            let monday = today - Duration::days(i64::from(today.weekday().num_days_from_monday()));
            if monday == today && before_hour {
                monday - Duration::days(7)
            } else {
                monday
            }
        }
        MessageFrequency::Immediate | MessageFrequency::Never => return None,
    };
    start_of_uk_day(start.year(), start.month(), start.day())
}

/// A resident's choice of which kinds of message come by email, as the account page's form sends
/// it: one answer per kind (a kind not answered is left as it was).
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct MessageChoicesForm {
    pub appeal: Option<MessageFrequency>,
    pub advice: Option<MessageFrequency>,
    pub warning: Option<MessageFrequency>,
    pub news: Option<MessageFrequency>,
    pub event: Option<MessageFrequency>,
}

impl MessageChoicesForm {
    /// The name of a kind's question in the form.
    pub fn field(kind: MessageKind) -> &'static str {
        match kind {
            MessageKind::Appeal => "appeal",
            MessageKind::Advice => "advice",
            MessageKind::Warning => "warning",
            MessageKind::News => "news",
            MessageKind::Event => "event",
        }
    }

    /// Each kind answered, with its answer.
    pub fn chosen(&self) -> Vec<(MessageKind, MessageFrequency)> {
        KINDS
            .iter()
            .filter_map(|kind| {
                let answer = match kind {
                    MessageKind::Appeal => self.appeal,
                    MessageKind::Advice => self.advice,
                    MessageKind::Warning => self.warning,
                    MessageKind::News => self.news,
                    MessageKind::Event => self.event,
                };
                answer.map(|frequency| (*kind, frequency))
            })
            .collect()
    }
}

/// The longest a reply about a message (a resident's, or the team's answer) may be.
pub const MOST_REPLY: usize = 2000;

/// A reply about a message as typed: a resident's to the team, or the team's answer. The
/// reference names the message (for a resident) or the thread (for the team).
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct ReplyForm {
    pub reference: String,
    pub reply: String,
}

impl ReplyForm {
    /// The reply's plain text, or what is wrong with it in `language`.
    #[cfg(feature = "ssr")]
    pub fn parse(&self, language: crate::i18n::Language) -> Result<String, Vec<FieldError>> {
        let mut errors = Vec::new();
        let text = crate::domain::concern::required_plain_text_in(
            language,
            "reply",
            &language.text("message-reply-label"),
            &self.reply,
            &language.text("message-reply-missing"),
            MOST_REPLY,
            &mut errors,
        );
        if errors.is_empty() {
            Ok(text)
        } else {
            Err(errors)
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::Language;
    use crate::services::clock::start_of_uk_day;

    fn reply(text: &str) -> ReplyForm {
        ReplyForm {
            reference: "TM-AAAA-BBBB".into(),
            reply: text.into(),
        }
    }

    #[test]
    fn a_reply_is_kept_as_plain_text_and_must_say_something_short_enough() {
        assert_eq!(
            reply("  Thank you, I saw the van too.  ").parse(Language::English),
            Ok("Thank you, I saw the van too.".to_string())
        );
        let blank = reply("   ").parse(Language::English).unwrap_err();
        assert_eq!(blank[0].field, "reply");
        assert_eq!(blank[0].message, "Enter your reply");
        let long = reply(&"x".repeat(MOST_REPLY + 1))
            .parse(Language::English)
            .unwrap_err();
        assert!(long[0].message.contains("2000"), "{long:?}");
        let markup = reply("<script>alert(1)</script>")
            .parse(Language::English)
            .unwrap_err();
        assert_eq!(markup[0].field, "reply");
        let welsh = reply(" ").parse(Language::Welsh).unwrap_err();
        assert_ne!(welsh[0].message, "Enter your reply");
    }

    fn form(kind: Option<MessageKind>, expires: (&str, &str, &str)) -> MessageForm {
        MessageForm {
            kind,
            title: "  Bike thefts   at the station ".into(),
            body: "Lock your bike to the stands by the ticket office.\nThank you.".into(),
            expires_day: expires.0.into(),
            expires_month: expires.1.into(),
            expires_year: expires.2.into(),
        }
    }

    #[test]
    fn a_message_needs_a_kind_title_and_text_and_tidies_the_title() {
        let now = start_of_uk_day(2026, 12, 6).unwrap() + 36_000;
        let entry = form(Some(MessageKind::Advice), ("", "", ""))
            .parse(now)
            .unwrap();
        assert_eq!(entry.title, "Bike thefts at the station");
        assert!(entry.body.contains('\n'), "lines kept");
        assert_eq!(entry.expires_at, None);
        let errors = MessageForm::default().parse(now).unwrap_err();
        let fields: Vec<_> = errors.iter().map(|e| e.field.as_str()).collect();
        assert_eq!(fields, ["kind", "title", "body"]);
    }

    #[test]
    fn a_warning_needs_its_last_day_which_is_today_or_later_and_within_ninety_days() {
        let now = start_of_uk_day(2026, 12, 6).unwrap() + 36_000;
        let warning = Some(MessageKind::Warning);
        let missing = form(warning, ("", "", "")).parse(now).unwrap_err();
        assert_eq!(missing[0].message, "Enter the last day the warning applies");
        let today = form(warning, ("6", "12", "2026")).parse(now).unwrap();
        assert_eq!(today.expires_at, start_of_uk_day(2026, 12, 7));
        let past = form(warning, ("5", "12", "2026")).parse(now).unwrap_err();
        assert_eq!(past[0].message, "The last day must be today or later");
        let far = form(warning, ("6", "6", "2027")).parse(now).unwrap_err();
        assert_eq!(far[0].message, "The last day must be within 90 days");
        let unreal = form(warning, ("31", "2", "2027")).parse(now).unwrap_err();
        assert_eq!(unreal[0].message, "The date must be a real date");
    }

    #[test]
    fn a_digest_holds_what_came_before_its_day_or_week_once_its_seven_oclock_has_passed() {
        let day = |d: u32| start_of_uk_day(2026, 12, d).unwrap();
        // Thursday 10 December 2026.
        let daily = |at| digest_cutoff(MessageFrequency::Daily, at);
        assert_eq!(
            daily(day(10) + 6 * 3600),
            Some(day(9)),
            "before 7am: up to yesterday's start"
        );
        assert_eq!(
            daily(day(10) + 7 * 3600),
            Some(day(10)),
            "from 7am: up to today's start"
        );
        let weekly = |at| digest_cutoff(MessageFrequency::Weekly, at);
        assert_eq!(weekly(day(10) + 3600), Some(day(7)), "this week's Monday");
        assert_eq!(
            weekly(day(7) + 6 * 3600),
            Some(day(7) - 7 * 86_400),
            "Monday before 7am"
        );
        assert_eq!(weekly(day(7) + 8 * 3600), Some(day(7)), "Monday from 7am");
        assert_eq!(digest_cutoff(MessageFrequency::Immediate, day(10)), None);
    }

    #[test]
    fn a_message_goes_now_or_at_a_time_to_come_before_it_stops_being_current() {
        let now = start_of_uk_day(2026, 12, 6).unwrap() + 36_000;
        let send = |when, day: &str, time: &str| SendForm {
            when,
            send_day: day.into(),
            send_month: "12".into(),
            send_year: "2026".into(),
            send_time: time.into(),
        };
        assert_eq!(send(Some(SendWhen::Now), "", "").parse(now, None), Ok(now));
        let ended = send(Some(SendWhen::Now), "", "")
            .parse(now, Some(now - 1))
            .unwrap_err();
        assert_eq!(ended[0].field, "when", "not once its last day has passed");
        let later = send(Some(SendWhen::Later), "8", "9am")
            .parse(now, None)
            .unwrap();
        assert_eq!(later, start_of_uk_day(2026, 12, 8).unwrap() + 9 * 3600);
        let errors = send(None, "", "").parse(now, None).unwrap_err();
        assert_eq!(errors[0].field, "when");
        let past = send(Some(SendWhen::Later), "5", "9am")
            .parse(now, None)
            .unwrap_err();
        assert_eq!(past[0].message, "The time to send must be in the future");
        let after_end = send(Some(SendWhen::Later), "8", "9am")
            .parse(now, start_of_uk_day(2026, 12, 8))
            .unwrap_err();
        assert_eq!(
            after_end[0].message,
            "The time to send must be before the message's last day ends"
        );
        let no_time = send(Some(SendWhen::Later), "8", "")
            .parse(now, None)
            .unwrap_err();
        assert_eq!(no_time[0].field, "send_time");
    }
}
