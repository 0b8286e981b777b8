//! The emails the portal sends: each has a plain-text and an HTML part and says who sent it.

use crate::i18n::Language;
use crate::services::outbox::OutgoingEmail;
use crate::t_in;

/// Escapes text for HTML element content and attribute values.
pub fn escape_html(text: &str) -> String {
    let mut escaped = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => escaped.push_str("&amp;"),
            '<' => escaped.push_str("&lt;"),
            '>' => escaped.push_str("&gt;"),
            '"' => escaped.push_str("&quot;"),
            '\'' => escaped.push_str("&#39;"),
            _ => escaped.push(c),
        }
    }
    escaped
}

/// A message of paragraphs, with an optional button link, from `sender`.
struct Letter<'a> {
    /// The language it is written in: its own words, and the greeting, signature and footer.
    language: Language,
    /// "Hello Sam,"; by default the language's "Hello,".
    greeting: Option<String>,
    paragraphs: Vec<String>,
    link: Option<(&'a str, &'a str)>,
    after: Vec<String>,
    sender: &'a str,
}

impl Letter<'_> {
    fn into_email(self, to: &str, subject: &str) -> OutgoingEmail {
        let language = self.language;
        let greeting = self
            .greeting
            .unwrap_or_else(|| language.text("email-greeting"));
        let signature = t_in!(language, "email-sent-by", sender = self.sender);
        let footer = language.text("email-footer");

        let mut text = format!("{greeting}\n\n");
        for paragraph in &self.paragraphs {
            text.push_str(paragraph);
            text.push_str("\n\n");
        }
        if let Some((label, url)) = self.link {
            text.push_str(&format!("{label}:\n{url}\n\n"));
        }
        for paragraph in &self.after {
            text.push_str(paragraph);
            text.push_str("\n\n");
        }
        text.push_str(&format!("{signature}\n{footer}\n"));

        let paragraph = |p: &String| format!("<p>{}</p>\n", escape_html(p));
        let mut html = format!(
            "<!DOCTYPE html>\n<html lang=\"{}\" dir=\"{}\"><head><meta charset=\"utf-8\"></head>\n\
             <body style=\"font-family: Arial, sans-serif; font-size: 19px; line-height: 1.4; color: #0b0c0c;\">\n",
            language.tag(),
            language.direction().as_str(),
        );
        html.push_str(&paragraph(&greeting));
        self.paragraphs
            .iter()
            .for_each(|p| html.push_str(&paragraph(p)));
        if let Some((label, url)) = self.link {
            html.push_str(&format!(
                "<p><a href=\"{url}\" style=\"color: #1d70b8;\">{label}</a></p>\n<p>{fallback}<br>{url}</p>\n",
                url = escape_html(url),
                label = escape_html(label),
                fallback = escape_html(&language.text("email-link-fallback")),
            ));
        }
        self.after.iter().for_each(|p| html.push_str(&paragraph(p)));
        html.push_str(&format!(
            "<p>{}</p>\n<p style=\"color: #505a5f; font-size: 16px;\">{}</p>\n</body></html>\n",
            escape_html(&signature),
            escape_html(&footer)
        ));

        OutgoingEmail {
            to: to.to_string(),
            sender: self.sender.to_string(),
            subject: subject.to_string(),
            text,
            html,
            expires_at: None,
            calendar: None,
            list_unsubscribe: None,
            not_before: None,
        }
    }
}

/// What emails need to know about the site: whom they are from, and where links lead.
#[derive(Clone, Debug)]
pub struct EmailSite {
    pub force_name: String,
    /// The languages the force offers: an email is written in the one on the resident's account
    /// only while it is offered.
    pub languages: crate::i18n::Languages,
    /// The public address, without a trailing slash.
    pub site_url: String,
}

impl EmailSite {
    /// The language to write to a resident in: their account's, while the force offers it;
    /// else English.
    pub fn language_of(&self, account: &entity::resident::Model) -> Language {
        self.language_on_account(&account.language)
    }

    /// The same, from the language code an account records.
    pub fn language_on_account(&self, code: &str) -> Language {
        Some(Language::of_account(code))
            .filter(|language| self.languages.contains(*language))
            .unwrap_or_default()
    }

    /// The site's host name, which names calendar events (their UIDs) and stands in for a
    /// team without an address of its own.
    pub fn host(&self) -> String {
        url::Url::parse(&self.site_url)
            .ok()
            .and_then(|u| u.host_str().map(str::to_string))
            .unwrap_or_else(|| "localhost".into())
    }

    /// Who organises a neighbourhood's surgeries in calendars: its team, at its contact address
    /// (or the site's no-reply address if it has none).
    pub fn team_organiser(&self, n: &entity::neighbourhood::Model) -> (String, String) {
        (
            team_sender(&n.name, &self.force_name),
            n.contact_email
                .clone()
                .unwrap_or_else(|| format!("no-reply@{}", self.host())),
        )
    }
}

/// Who sends account emails: the force's neighbourhood policing teams as a whole.
pub fn force_sender(force_name: &str) -> String {
    t_in!(Language::English, "email-force-sender", force = force_name)
}

pub fn sign_in_link(
    language: Language,
    to: &str,
    force_name: &str,
    link: &str,
    minutes: i64,
) -> OutgoingEmail {
    let sender = t_in!(language, "email-force-sender", force = force_name);
    let label = language.text("sign-in-email-link");
    Letter {
        language,
        greeting: None,
        paragraphs: vec![language.text("sign-in-email-asked")],
        link: Some((&label, link)),
        after: vec![
            t_in!(language, "sign-in-email-works-once", minutes = minutes),
            language.text("sign-in-email-ignore"),
        ],
        sender: &sender,
    }
    .into_email(to, &language.text("sign-in-email-subject"))
}

/// A new staff account: a single-use link to choose the first password.
pub fn staff_invitation(
    to: &str,
    name: &str,
    role: &str,
    force_name: &str,
    link: &str,
    days: i64,
) -> OutgoingEmail {
    let sender = force_sender(force_name);
    Letter {
        language: Language::English,
        greeting: Some(format!("Hello {name},")),
        paragraphs: vec![
            format!("A force administrator has given you a staff account on the neighbourhood policing website, as {role}."),
            "Choose your password to start using it. Nobody else knows it or chooses it for you.".into(),
        ],
        link: Some(("Choose your password", link)),
        after: vec![
            format!("The link works once, for {days} days. After that, ask your force administrator to send a new one."),
            "If you were not expecting this, tell your force administrator.".into(),
        ],
        sender: &sender,
    }
    .into_email(to, "Your staff account for neighbourhood policing: choose your password")
}

/// What happened to a member of staff's sign-in, for the notice emailed to them.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SecurityChange {
    PasswordChanged,
    PasswordReset,
    /// An administrator made the member choose a new password.
    PasswordResetForced,
    SecondFactorOn,
    SecondFactorReplaced,
    /// An administrator cleared the member's second factor.
    SecondFactorReset,
}

impl SecurityChange {
    fn sentence(self) -> &'static str {
        match self {
            SecurityChange::PasswordChanged => "The password of your staff account was changed.",
            SecurityChange::PasswordReset => {
                "A new password was chosen for your staff account with an emailed link."
            }
            SecurityChange::PasswordResetForced => {
                "A force administrator has asked you to choose a new password. Your old password no longer works, and you have been signed out."
            }
            SecurityChange::SecondFactorOn => {
                "A second factor (an authenticator app) was turned on for your staff account."
            }
            SecurityChange::SecondFactorReplaced => {
                "The second factor of your staff account was moved to a new authenticator app. Codes from the old one no longer work."
            }
            SecurityChange::SecondFactorReset => {
                "A force administrator reset the second factor of your staff account. You will set up a new one when you next sign in."
            }
        }
    }
}

/// Tells a member of staff that their password or second factor changed.
pub fn security_notice(
    to: &str,
    name: &str,
    change: SecurityChange,
    force_name: &str,
    at: &str,
) -> OutgoingEmail {
    let sender = force_sender(force_name);
    Letter {
        language: Language::English,
        greeting: Some(format!("Hello {name},")),
        paragraphs: vec![format!("{} This happened on {at}.", change.sentence())],
        link: None,
        after: vec![
            "If this was not you, tell your force administrator straight away: someone else may know your password.".into(),
        ],
        sender: &sender,
    }
    .into_email(to, "A change to your neighbourhood policing staff sign-in")
}

/// A single-use link to choose a new staff password.
pub fn password_reset_link(
    to: &str,
    name: &str,
    force_name: &str,
    link: &str,
    minutes: i64,
    forced: bool,
) -> OutgoingEmail {
    let sender = force_sender(force_name);
    let opening = if forced {
        "A force administrator has asked you to choose a new password for your staff account."
    } else {
        "Someone asked to reset the password of your staff account on the neighbourhood policing website."
    };
    Letter {
        language: Language::English,
        greeting: Some(format!("Hello {name},")),
        paragraphs: vec![opening.into()],
        link: Some(("Choose a new password", link)),
        after: vec![
            format!("The link works once, for {minutes} minutes. If your account has a second factor, you will also need a code from your authenticator app."),
            if forced {
                "If you were not expecting this, ask your force administrator.".into()
            } else {
                "If you did not ask for this, you can ignore this email: your password stays as it is.".into()
            },
        ],
        sender: &sender,
    }
    .into_email(to, "Choose a new password for neighbourhood policing")
}

/// Who sends a neighbourhood's surgery emails: its team.
pub fn team_sender(neighbourhood_name: &str, force_name: &str) -> String {
    team_sender_in(Language::English, neighbourhood_name, force_name)
}

/// The team, as an email in `language` names it.
pub fn team_sender_in(language: Language, neighbourhood_name: &str, force_name: &str) -> String {
    t_in!(
        language,
        "email-team-sender",
        neighbourhood = neighbourhood_name,
        force = force_name
    )
}

/// What a booking email says about the surgery.
pub struct BookingLetter<'a> {
    /// The language the resident reads the portal in.
    pub language: Language,
    pub to: &'a str,
    pub reference: &'a str,
    pub surgery_title: &'a str,
    /// "Saturday 5 December 2026 at 10:15am to 10:30am", in the resident's language.
    pub when: String,
    /// The venue's name and address.
    pub place: &'a str,
    /// The venue's own words on finding the room once there; empty if it gave none.
    pub how_to_find: &'a str,
    /// The booking's page on the site, where the resident can see, move or cancel it.
    pub booking_link: String,
    pub sender: String,
}

impl BookingLetter<'_> {
    fn text(&self, id: &str) -> String {
        t_in!(
            self.language,
            id,
            title = self.surgery_title,
            reference = self.reference,
            when = self.when.as_str()
        )
    }

    /// Where to see the booking, move it to another time or cancel it.
    fn see_or_change(&self) -> String {
        t_in!(
            self.language,
            "email-booking-see-or-change",
            link = self.booking_link.as_str()
        )
    }

    /// `opening`, then when, where (and how to find the room) and the reference, and (if
    /// attached) the calendar file.
    fn details(&self, opening: &str, calendar_attached: bool) -> Vec<String> {
        let language = self.language;
        let mut paragraphs = vec![
            self.text(opening),
            t_in!(language, "email-booking-when", when = self.when.as_str()),
            t_in!(language, "email-booking-where", place = self.place),
        ];
        if !self.how_to_find.is_empty() {
            paragraphs.push(t_in!(
                language,
                "email-booking-finding",
                how = self.how_to_find
            ));
        }
        paragraphs.push(self.text("email-booking-reference"));
        if calendar_attached {
            paragraphs.push(language.text("email-booking-calendar-adds"));
        }
        paragraphs
    }

    /// A letter from the team: `paragraphs`, then a link (label and address), then `after`.
    fn letter<'a>(
        &'a self,
        paragraphs: Vec<String>,
        link: Option<(&'a str, &'a str)>,
        after: Vec<String>,
    ) -> Letter<'a> {
        Letter {
            language: self.language,
            greeting: None,
            paragraphs,
            link,
            after,
            sender: &self.sender,
        }
    }
}

/// A booking made: the place, the reference, the calendar file and a link to cancel.
pub fn booking_confirmed(letter: &BookingLetter<'_>, cancel_link: &str) -> OutgoingEmail {
    let label = letter.language.text("email-booking-cancel-link");
    letter
        .letter(
            letter.details("email-booking-confirmed-opening", true),
            Some((&label, cancel_link)),
            vec![
                letter.text("email-booking-confirmed-please-cancel"),
                letter.see_or_change(),
            ],
        )
        .into_email(letter.to, &letter.text("email-booking-confirmed-subject"))
}

/// The team booked a place for the resident (at the surgery, or when they telephoned).
pub fn booked_by_team(letter: &BookingLetter<'_>, cancel_link: &str) -> OutgoingEmail {
    let label = letter.language.text("email-booking-cancel-link");
    letter
        .letter(
            letter.details("email-booked-by-team-opening", true),
            Some((&label, cancel_link)),
            vec![
                letter.text("email-booked-by-team-please-cancel"),
                letter.see_or_change(),
            ],
        )
        .into_email(letter.to, &letter.text("email-booking-confirmed-subject"))
}

/// The team moved the surgery the resident had booked: the new time and place, and a calendar
/// file that updates the event.
pub fn surgery_moved_by_team(letter: &BookingLetter<'_>, reason: &str) -> OutgoingEmail {
    let mut paragraphs = letter.details("email-surgery-moved-opening", true);
    if !reason.is_empty() {
        paragraphs.insert(
            1,
            t_in!(letter.language, "email-reason-given", reason = reason),
        );
    }
    let label = letter.language.text("email-booking-see-or-cancel-link");
    letter
        .letter(
            paragraphs,
            Some((&label, &letter.booking_link)),
            vec![letter.text("email-surgery-moved-please-cancel")],
        )
        .into_email(letter.to, &letter.text("email-surgery-moved-subject"))
}

/// The resident moved their booking to another time at the same surgery.
pub fn booking_time_changed(letter: &BookingLetter<'_>) -> OutgoingEmail {
    let label = letter.language.text("email-booking-see-or-cancel-link");
    letter
        .letter(
            letter.details("email-booking-time-changed-opening", true),
            Some((&label, &letter.booking_link)),
            vec![letter.text("email-booking-time-changed-not-you")],
        )
        .into_email(
            letter.to,
            &letter.text("email-booking-time-changed-subject"),
        )
}

/// A place came free and the resident, first on the waiting list, now has it.
pub fn waiting_list_place(letter: &BookingLetter<'_>, cancel_link: &str) -> OutgoingEmail {
    let label = letter.language.text("email-booking-cancel-link");
    letter
        .letter(
            letter.details("email-waiting-list-place-opening", true),
            Some((&label, cancel_link)),
            vec![
                letter.text("email-waiting-list-place-please-cancel"),
                letter.see_or_change(),
            ],
        )
        .into_email(letter.to, &letter.text("email-waiting-list-place-subject"))
}

/// A booking cancelled (by the resident, or with their account).
pub fn booking_cancelled(letter: &BookingLetter<'_>) -> OutgoingEmail {
    letter
        .letter(
            vec![
                letter.text("email-booking-cancelled-opening"),
                letter.text("email-booking-calendar-removes"),
            ],
            None,
            vec![letter.text("email-booking-cancelled-not-you")],
        )
        .into_email(letter.to, &letter.text("email-booking-cancelled-subject"))
}

/// The team cancelled the surgery the resident had booked.
pub fn surgery_cancelled_by_team(letter: &BookingLetter<'_>, reason: &str) -> OutgoingEmail {
    letter
        .letter(
            vec![
                letter.text("email-surgery-cancelled-opening"),
                t_in!(letter.language, "email-reason-given", reason = reason),
                letter.text("email-booking-calendar-removes"),
            ],
            None,
            vec![letter.text("email-surgery-cancelled-book-another")],
        )
        .into_email(letter.to, &letter.text("email-surgery-cancelled-subject"))
}

/// The day before: where and when, and how to cancel if plans changed.
pub fn booking_reminder(letter: &BookingLetter<'_>) -> OutgoingEmail {
    let label = letter.language.text("email-booking-see-or-cancel-link");
    letter
        .letter(
            letter.details("email-booking-reminder-opening", false),
            Some((&label, &letter.booking_link)),
            vec![letter.text("email-booking-reminder-please-cancel")],
        )
        .into_email(letter.to, &letter.text("email-booking-reminder-subject"))
}

/// What the emails about one concern say of it.
pub struct ConcernLetter<'a> {
    /// The language the resident reads the portal in.
    pub language: Language,
    pub to: &'a str,
    pub reference: &'a str,
    /// The neighbourhood's team, who send it.
    pub sender: &'a str,
    /// The concern's page in the resident's account.
    pub link: &'a str,
}

impl ConcernLetter<'_> {
    fn letter<'a>(
        &'a self,
        paragraphs: Vec<String>,
        label: &'a str,
        after: Vec<String>,
    ) -> Letter<'a> {
        Letter {
            language: self.language,
            greeting: None,
            paragraphs,
            link: Some((label, self.link)),
            after,
            sender: self.sender,
        }
    }

    fn subject(&self, id: &str) -> String {
        t_in!(self.language, id, reference = self.reference)
    }
}

/// A concern received: its reference, and by when the team will reply.
pub fn concern_acknowledged(letter: &ConcernLetter<'_>, reply_by: i64) -> OutgoingEmail {
    let language = letter.language;
    let label = language.text("email-concern-see");
    letter
        .letter(
            vec![
                letter.subject("email-concern-thanks"),
                t_in!(
                    language,
                    "email-concern-reply-by",
                    when = language.time(reply_by)
                ),
                language.text("email-concern-not-for-emergencies"),
            ],
            &label,
            vec![language.text("email-concern-never-published")],
        )
        .into_email(letter.to, &letter.subject("email-concern-received-subject"))
}

/// The team wrote to the resident about their concern (in the team's words).
pub fn concern_reply(letter: &ConcernLetter<'_>, reply: &str) -> OutgoingEmail {
    let language = letter.language;
    let label = language.text("email-concern-read-and-answer");
    letter
        .letter(
            vec![letter.subject("email-concern-replied"), reply.to_string()],
            &label,
            vec![language.text("email-concern-to-answer")],
        )
        .into_email(letter.to, &letter.subject("email-concern-reply-subject"))
}

/// The concern's status changed, in plain words (`status`, from `domain::concern`), with what
/// the team added (`detail`, in their words); a closed concern asks whether things improved.
pub fn concern_status_changed(
    letter: &ConcernLetter<'_>,
    status: &str,
    detail: &str,
    closed: bool,
) -> OutgoingEmail {
    let language = letter.language;
    let mut paragraphs = vec![
        letter.subject("email-concern-news"),
        if detail.is_empty() {
            t_in!(language, "email-concern-status", status = status)
        } else {
            t_in!(
                language,
                "email-concern-status-detail",
                status = status,
                detail = detail
            )
        },
    ];
    if closed {
        paragraphs.push(language.text("email-concern-improved-ask"));
    }
    let label = language.text("email-concern-see");
    letter
        .letter(paragraphs, &label, vec![])
        .into_email(letter.to, &letter.subject("email-concern-update-subject"))
}

/// The team passed the concern to a partner organisation: its new status, and the resident's
/// choice, on the concern's page, of whether the organisation sees their name and email address.
pub fn concern_referred(
    letter: &ConcernLetter<'_>,
    status: &str,
    organisation: &str,
) -> OutgoingEmail {
    let language = letter.language;
    let paragraphs = vec![
        letter.subject("email-concern-news"),
        t_in!(
            language,
            "email-concern-status-detail",
            status = status,
            detail = organisation
        ),
        t_in!(
            language,
            "email-concern-partner-consent",
            organisation = organisation
        ),
    ];
    let label = language.text("email-concern-see");
    letter
        .letter(paragraphs, &label, vec![])
        .into_email(letter.to, &letter.subject("email-concern-update-subject"))
}

/// A partner organisation the concern was passed to wrote to the resident.
pub fn concern_partner_reply(
    letter: &ConcernLetter<'_>,
    organisation: &str,
    reply: &str,
) -> OutgoingEmail {
    let language = letter.language;
    let label = language.text("email-concern-read-and-answer");
    letter
        .letter(
            vec![
                t_in!(
                    language,
                    "email-concern-partner-replied",
                    organisation = organisation,
                    reference = letter.reference
                ),
                reply.to_string(),
            ],
            &label,
            vec![language.text("email-concern-to-answer")],
        )
        .into_email(letter.to, &letter.subject("email-concern-reply-subject"))
}

/// A resident wrote back (or reopened their concern): the team's address is told.
pub fn concern_resident_wrote(
    to: &str,
    reference: &str,
    sender: &str,
    link: &str,
    reopened: bool,
) -> OutgoingEmail {
    let what = if reopened {
        format!("The resident who raised concern {reference} has reopened it.")
    } else {
        format!("The resident who raised concern {reference} has written back.")
    };
    Letter {
        language: Language::English,
        greeting: None,
        paragraphs: vec![what, "Sign in to the staff pages to read it.".into()],
        link: Some(("Open the concern", link)),
        after: vec![],
        sender,
    }
    .into_email(
        to,
        &format!("Concern {reference}: the resident has written"),
    )
}

/// What a "you said, we did" email says.
pub struct UpdateLetter<'a> {
    /// The language the resident reads the portal in.
    pub language: Language,
    pub to: &'a str,
    pub sender: &'a str,
    pub neighbourhood: &'a str,
    pub you_said: &'a str,
    pub we_did: &'a str,
    pub next_steps: &'a str,
    pub outcome: &'a str,
    /// The update on the neighbourhood page.
    pub link: &'a str,
    /// Stops these emails in one click.
    pub unsubscribe: &'a str,
}

/// An update answering a concern the resident raised or a vote they voted in. What the team
/// wrote stays in their words.
pub fn update_published(letter: &UpdateLetter<'_>) -> OutgoingEmail {
    let language = letter.language;
    let mut paragraphs = vec![
        t_in!(
            language,
            "email-update-opening",
            neighbourhood = letter.neighbourhood
        ),
        t_in!(language, "email-update-you-said", text = letter.you_said),
        t_in!(language, "email-update-we-did", text = letter.we_did),
    ];
    if !letter.outcome.is_empty() {
        paragraphs.push(t_in!(
            language,
            "email-update-outcome",
            text = letter.outcome
        ));
    }
    if !letter.next_steps.is_empty() {
        paragraphs.push(t_in!(
            language,
            "email-update-next-steps",
            text = letter.next_steps
        ));
    }
    let label = language.text("email-update-link");
    Letter {
        language,
        greeting: None,
        paragraphs,
        link: Some((&label, letter.link)),
        after: vec![t_in!(
            language,
            "email-update-why",
            link = letter.unsubscribe
        )],
        sender: letter.sender,
    }
    .into_email(
        letter.to,
        &t_in!(
            language,
            "email-update-subject",
            neighbourhood = letter.neighbourhood
        ),
    )
}

/// A team hears that a group working in its neighbourhood asks to be verified.
pub fn group_to_verify(
    to: &str,
    group: &str,
    neighbourhood: &str,
    force_name: &str,
    link: &str,
) -> OutgoingEmail {
    let sender = force_sender(force_name);
    Letter {
        language: Language::English,
        greeting: None,
        paragraphs: vec![
            format!("A community group, {group}, has registered on the neighbourhood policing website and says it works in {neighbourhood}."),
            "It appears publicly once a member of the team or a moderator has checked it is a real group and verified it.".into(),
        ],
        link: Some(("Check the group", link)),
        after: vec![],
        sender: &sender,
    }
    .into_email(to, &format!("A community group to verify: {group}"))
}

/// A group's organisers hear that it was verified, or declined and why, each in the language
/// they read the portal in.
pub fn group_decided(
    language: Language,
    to: &str,
    group: &str,
    force_name: &str,
    link: &str,
    declined_because: Option<&str>,
) -> OutgoingEmail {
    let sender = t_in!(language, "email-force-sender", force = force_name);
    let label = language.text("email-group-decided-link");
    let (subject, paragraphs) = match declined_because {
        None => (
            t_in!(language, "email-group-verified-subject", group = group),
            vec![t_in!(language, "email-group-verified", group = group)],
        ),
        Some(reason) => (
            t_in!(language, "email-group-declined-subject", group = group),
            vec![
                t_in!(language, "email-group-declined", group = group),
                t_in!(language, "email-group-declined-reason", reason = reason),
            ],
        ),
    };
    Letter {
        language,
        greeting: None,
        paragraphs,
        link: Some((&label, link)),
        after: vec![],
        sender: &sender,
    }
    .into_email(to, &subject)
}

/// An invitation to join a group: the link works once. In the language of the invitee's
/// account, if they have one.
pub fn group_invitation(
    language: Language,
    to: &str,
    group: &str,
    force_name: &str,
    link: &str,
) -> OutgoingEmail {
    let sender = t_in!(language, "email-force-sender", force = force_name);
    let label = language.text("email-group-invitation-link");
    Letter {
        language,
        greeting: None,
        paragraphs: vec![t_in!(
            language,
            "email-group-invitation-opening",
            group = group
        )],
        link: Some((&label, link)),
        after: vec![
            language.text("email-group-invitation-works-once"),
            language.text("email-group-invitation-ignore"),
        ],
        sender: &sender,
    }
    .into_email(
        to,
        &t_in!(language, "email-group-invitation-subject", group = group),
    )
}

/// Organisers hear that someone asks to join, in the language they read the portal in.
pub fn group_join_request(
    language: Language,
    to: &str,
    group: &str,
    force_name: &str,
    link: &str,
) -> OutgoingEmail {
    let messages = GroupNote {
        subject: "email-group-join-request-subject",
        opening: "email-group-join-request-opening",
        link: "email-group-join-request-link",
    };
    group_note(language, to, group, force_name, link, messages)
}

/// A member hears that their request was approved, in the language they read the portal in.
pub fn group_joined(
    language: Language,
    to: &str,
    group: &str,
    force_name: &str,
    link: &str,
) -> OutgoingEmail {
    let messages = GroupNote {
        subject: "email-group-joined-subject",
        opening: "email-group-joined-opening",
        link: "email-group-joined-link",
    };
    group_note(language, to, group, force_name, link, messages)
}

/// The messages of a short note about a group, each given the group's name.
struct GroupNote {
    subject: &'static str,
    opening: &'static str,
    link: &'static str,
}

/// A short note about a group, in the force's name, in `language`.
fn group_note(
    language: Language,
    to: &str,
    group: &str,
    force_name: &str,
    link: &str,
    messages: GroupNote,
) -> OutgoingEmail {
    let sender = t_in!(language, "email-force-sender", force = force_name);
    let label = language.text(messages.link);
    Letter {
        language,
        greeting: None,
        paragraphs: vec![t_in!(language, messages.opening, group = group)],
        link: Some((&label, link)),
        after: vec![],
        sender: &sender,
    }
    .into_email(to, &t_in!(language, messages.subject, group = group))
}

/// A message from the group's public contact form, passed on to an organiser in the language
/// they read the portal in (the message as it was written).
pub fn group_contact(
    language: Language,
    to: &str,
    group: &str,
    force_name: &str,
    from: (&str, &str),
    message: &str,
) -> OutgoingEmail {
    let (name, email) = from;
    let sender = t_in!(language, "email-force-sender", force = force_name);
    Letter {
        language,
        greeting: None,
        paragraphs: vec![
            t_in!(
                language,
                "email-group-contact-opening",
                name = name,
                group = group
            ),
            message.to_string(),
            t_in!(
                language,
                "email-group-contact-answer",
                name = name,
                email = email
            ),
        ],
        link: None,
        after: vec![],
        sender: &sender,
    }
    .into_email(
        to,
        &t_in!(
            language,
            "email-group-contact-subject",
            group = group,
            name = name
        ),
    )
}

/// What changed on what someone follows, in `language`: `heading` says over which time.
pub fn follow_alert(
    language: Language,
    to: &str,
    force_name: &str,
    heading: &str,
    news: &[String],
    account_link: &str,
    unsubscribe: &str,
) -> OutgoingEmail {
    let sender = t_in!(language, "email-force-sender", force = force_name);
    let mut paragraphs = vec![t_in!(language, "email-alert-opening", heading = heading)];
    paragraphs.extend(news.iter().cloned());
    let label = language.text("email-alert-link");
    Letter {
        language,
        greeting: None,
        paragraphs,
        link: Some((&label, account_link)),
        after: vec![t_in!(language, "email-alert-why", link = unsubscribe)],
        sender: &sender,
    }
    .into_email(to, &language.text("email-alert-subject"))
}

/// What an email of a team message says.
pub struct TeamMessageLetter<'a> {
    /// The language the resident reads the portal in (the portal's words; the team's stay
    /// theirs).
    pub language: Language,
    pub to: &'a str,
    pub from: MessageFrom,
    pub force: &'a str,
    /// The neighbourhood the resident follows that it came through.
    pub neighbourhood: &'a str,
    /// The kind, in `language` ("Appeal for information").
    pub kind: &'a str,
    pub title: &'a str,
    pub body: &'a str,
    /// The message on the neighbourhood's messages page.
    pub link: &'a str,
    /// Where the resident answers "Was this useful?": yes, and no.
    pub useful: (&'a str, &'a str),
    /// Where the resident writes back to the team.
    pub reply: &'a str,
    /// Stops this kind of message.
    pub unsubscribe: &'a str,
}

/// Who a message is from: the neighbourhood's team, or the force (for a Local Policing Area or
/// the whole force).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum MessageFrom {
    Team,
    Force,
}

/// A message from a neighbourhood team (or the force) to a resident who follows the
/// neighbourhood: its words, paragraph by paragraph, then why it came and how to stop that kind.
pub fn team_message(letter: &TeamMessageLetter<'_>) -> OutgoingEmail {
    let language = letter.language;
    let (opening, sender) = match letter.from {
        MessageFrom::Team => (
            t_in!(
                language,
                "email-message-opening",
                neighbourhood = letter.neighbourhood,
                kind = letter.kind
            ),
            team_sender_in(language, letter.neighbourhood, letter.force),
        ),
        MessageFrom::Force => (
            t_in!(
                language,
                "email-message-opening-force",
                force = letter.force,
                kind = letter.kind
            ),
            force_sender(letter.force),
        ),
    };
    let mut paragraphs = vec![opening];
    paragraphs.push(letter.title.to_string());
    paragraphs.extend(
        letter
            .body
            .split("\n\n")
            .map(str::trim)
            .filter(|p| !p.is_empty())
            .map(str::to_string),
    );
    let label = language.text("email-message-link");
    Letter {
        language,
        greeting: None,
        paragraphs,
        link: Some((&label, letter.link)),
        after: vec![
            t_in!(
                language,
                "email-message-useful",
                yes = letter.useful.0,
                no = letter.useful.1
            ),
            t_in!(language, "email-message-reply", link = letter.reply),
            t_in!(
                language,
                "email-message-why",
                neighbourhood = letter.neighbourhood,
                kind = letter.kind,
                link = letter.unsubscribe
            ),
        ],
        sender: &sender,
    }
    .into_email(
        letter.to,
        &t_in!(
            language,
            "email-message-subject",
            kind = letter.kind,
            title = letter.title
        ),
    )
}

/// What the email of the team's answer to a resident's reply says.
pub struct AnswerLetter<'a> {
    /// The language the resident reads the portal in.
    pub language: Language,
    pub to: &'a str,
    /// The neighbourhood's team, who answer.
    pub sender: &'a str,
    /// The message's title.
    pub title: &'a str,
    /// The team's answer, in their words.
    pub answer: &'a str,
    /// The thread in the resident's account.
    pub link: &'a str,
}

/// The team answered what the resident wrote about one of its messages.
pub fn message_answered(letter: &AnswerLetter<'_>) -> OutgoingEmail {
    let language = letter.language;
    let label = language.text("email-message-answer-link");
    Letter {
        language,
        greeting: None,
        paragraphs: vec![
            t_in!(language, "email-message-answered", title = letter.title),
            letter.answer.to_string(),
        ],
        link: Some((&label, letter.link)),
        after: vec![language.text("email-message-answer-to-write")],
        sender: letter.sender,
    }
    .into_email(
        letter.to,
        &t_in!(
            language,
            "email-message-answer-subject",
            title = letter.title
        ),
    )
}

/// One message in a digest, in the resident's language where it is the portal's words.
pub struct DigestItem {
    pub kind: String,
    pub neighbourhood: String,
    pub title: String,
    pub body: String,
    pub link: String,
}

/// What a digest of team messages says.
pub struct DigestLetter<'a> {
    pub language: Language,
    pub to: &'a str,
    pub force_name: &'a str,
    /// The weekly digest (else the daily).
    pub weekly: bool,
    /// A moment in the last day it covers.
    pub last_day: i64,
    pub items: &'a [DigestItem],
    /// Stops this digest.
    pub unsubscribe: &'a str,
}

/// The messages the teams a resident follows sent in a day or a week, in one email: each with
/// its kind and team, its words and a link to it.
pub fn team_digest(letter: &DigestLetter<'_>) -> OutgoingEmail {
    let language = letter.language;
    let mut paragraphs = vec![language.text("email-digest-opening")];
    for item in letter.items {
        paragraphs.push(t_in!(
            language,
            "email-digest-item",
            kind = item.kind.as_str(),
            neighbourhood = item.neighbourhood.as_str(),
            title = item.title.as_str()
        ));
        paragraphs.extend(
            item.body
                .split("\n\n")
                .map(str::trim)
                .filter(|p| !p.is_empty())
                .map(str::to_string),
        );
        paragraphs.push(t_in!(
            language,
            "email-digest-read",
            link = item.link.as_str()
        ));
    }
    let subject = if letter.weekly {
        t_in!(
            language,
            "email-digest-weekly-subject",
            date = language.date(letter.last_day)
        )
    } else {
        t_in!(
            language,
            "email-digest-daily-subject",
            date = language.date(letter.last_day)
        )
    };
    Letter {
        language,
        greeting: None,
        paragraphs,
        link: None,
        after: vec![t_in!(
            language,
            "email-digest-why",
            link = letter.unsubscribe
        )],
        sender: &force_sender(letter.force_name),
    }
    .into_email(letter.to, &subject)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_sign_in_email_has_both_parts_the_link_and_its_sender() {
        let email = sign_in_link(
            Language::English,
            "sam@example.org",
            "West Midlands Police",
            "https://portal.example/sign-in/confirm?token=a&b",
            20,
        );
        assert!(
            email
                .text
                .contains("https://portal.example/sign-in/confirm?token=a&b")
        );
        assert!(
            email
                .html
                .contains("href=\"https://portal.example/sign-in/confirm?token=a&amp;b\"")
        );
        assert!(
            email
                .text
                .contains("Sent by West Midlands Police neighbourhood policing teams.")
        );
        assert!(
            email
                .html
                .contains("Sent by West Midlands Police neighbourhood policing teams.")
        );
        assert!(email.text.contains("20 minutes"));
    }

    #[test]
    fn a_resident_is_written_to_in_their_language_only_while_the_force_offers_it() {
        let account = |language: &str| entity::resident::Model {
            id: 1,
            email: "sam@example.org".into(),
            mailbox: "sam@example.org".into(),
            display_name: None,
            created_at: 0,
            last_signed_in_at: 0,
            update_emails: true,
            follow_alerts: Default::default(),
            alerted_until: None,
            language: language.into(),
        };
        let site = |languages: &str| EmailSite {
            force_name: "West Midlands Police".into(),
            languages: crate::i18n::Languages::parse(languages).unwrap(),
            site_url: "https://portal.example".into(),
        };
        assert_eq!(site("cy,ur").language_of(&account("cy")), Language::Welsh);
        assert_eq!(site("ur").language_of(&account("cy")), Language::English);
        assert_eq!(site("cy").language_of(&account("xx")), Language::English);
        // The tests' pseudo-locale is never an account's language.
        assert_eq!(
            site("en-xa").language_of(&account("en-xa")),
            Language::English
        );
    }

    #[test]
    fn a_reply_from_the_team_says_do_not_reply_once() {
        let letter = ConcernLetter {
            language: Language::English,
            to: "sam@example.org",
            reference: "CON-7K3M-Q9XD",
            link: "https://portal.example/account/concerns/CON-7K3M-Q9XD",
            sender: "Harborne neighbourhood team, West Midlands Police",
        };
        let email = concern_reply(&letter, "We will patrol on Friday evening.");
        assert_eq!(email.text.matches("Do not reply").count(), 1);
        assert!(email.text.contains("We will patrol on Friday evening."));
    }

    #[test]
    fn names_are_escaped_in_the_html_part() {
        let email = staff_invitation(
            "a@example.org",
            "<b>Sam</b>",
            "Moderator",
            "West Midlands Police",
            "https://portal.example/staff/reset-password?token=abc",
            7,
        );
        assert!(email.html.contains("Hello &lt;b&gt;Sam&lt;/b&gt;,"));
        assert!(email.text.contains("Hello <b>Sam</b>,"));
    }

    #[test]
    fn a_booking_confirmation_gives_the_time_the_place_the_reference_and_the_cancel_link() {
        let letter = BookingLetter {
            language: Language::English,
            to: "sam@example.org",
            reference: "SRG-7K3M-Q9XD",
            surgery_title: "PCSO surgery at Harborne Library",
            when: "Saturday 5 December 2026 at 10:15am to 10:30am".into(),
            place: "Harborne Library, High Street, Harborne, Birmingham, B17 9QG",
            how_to_find: "The community room is on the first floor, by the lift.",
            booking_link: "https://portal.example/account/bookings/SRG-7K3M-Q9XD".into(),
            sender: "Harborne neighbourhood team, West Midlands Police".into(),
        };
        let email = booking_confirmed(&letter, "https://portal.example/bookings/cancel?token=abc");
        assert_eq!(
            email.subject,
            "Booked: PCSO surgery at Harborne Library (SRG-7K3M-Q9XD)"
        );
        for part in [&email.text, &email.html] {
            assert!(part.contains("Saturday 5 December 2026 at 10:15am to 10:30am"));
            assert!(part.contains("Harborne Library, High Street"));
            assert!(part.contains("SRG-7K3M-Q9XD"));
            assert!(part.contains("https://portal.example/bookings/cancel?token=abc"));
            assert!(part.contains("Finding the room: The community room is on the first floor"));
            assert!(part.contains("https://portal.example/account/bookings/SRG-7K3M-Q9XD"));
        }
        let reminder = booking_reminder(&letter);
        assert!(
            reminder
                .text
                .contains("https://portal.example/account/bookings/SRG-7K3M-Q9XD")
        );
        assert!(
            !reminder.text.contains("calendar file"),
            "a reminder attaches none"
        );
    }
}
