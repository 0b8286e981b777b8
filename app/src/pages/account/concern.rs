//! One of the resident's concerns: the confirmation panel just after sending it, its status in
//! plain words, the timeline of replies, writing back, and once it is closed, whether things
//! have improved and reopening it.

use crate::components::emergency::NotForEmergencies;
use crate::components::form::{Choice, FeedbackBanner, Radios, TextArea, page_title};
use crate::components::page::{PageError, page, route_param};
use crate::components::summary::SummaryRow;
use crate::domain::concern::MOST_REPLY;
use crate::domain::forms::{FormFeedback, form_value};
use crate::domain::ids::ResidentId;
use crate::i18n::Language;
use crate::request::RequestContext;
use crate::services::concerns::TimelineEntry;
use crate::state::fault;
use crate::{t, t_in};
use entity::concern::Improved;
use entity::concern_referral::ContactConsent;
use leptos::prelude::*;
use leptos::server_fn::ServerFn;
use leptos_meta::Title;

#[derive(Clone, Debug, PartialEq, Eq)]
struct ConcernView {
    reference: String,
    neighbourhood: String,
    category: String,
    location: String,
    description: String,
    when_happens: String,
    /// The status in plain words, with why it was closed.
    status: String,
    /// Who it was passed to (as the team wrote it).
    partner: Option<String>,
    /// When the team will reply by, while no reply has come.
    reply_by: Option<String>,
    public_summary: String,
    timeline: Vec<Said>,
    open: bool,
    ask_improved: bool,
    improved: Option<String>,
    can_reopen: bool,
    /// Where to answer the confidence survey: offered once the concern is closed, if they have
    /// not answered this quarter.
    survey: Option<String>,
    /// The partner organisations it was passed to: (id, name, what the resident let it see).
    passed_to: Vec<(i32, String, ContactConsent)>,
    /// Put forward for a community group: its partners see the group, never the resident.
    for_group: bool,
    feedback: FormFeedback,
}

/// One entry of the timeline as the resident reads it: who, when, and what, in their language
/// where the portal wrote it, as written where a person did.
#[derive(Clone, Debug, PartialEq, Eq)]
struct Said {
    who: String,
    when: String,
    /// The portal's words ("The team has replied").
    words: Option<String>,
    /// What someone wrote (a reply, a partner's name), after the words if there are any.
    written: Option<String>,
}

/// The timeline's entries come with their text in English: the portal's words are found in it
/// again (a status, a close reason, "Reopened the concern") and put in the resident's language;
/// anything else is what someone wrote.
fn said(language: Language, entry: TimelineEntry) -> Said {
    use entity::concern_event::EventKind;
    let (who, (words, written)) = match entry.kind {
        EventKind::TeamReply | EventKind::Note => {
            ("concern-timeline-team", (None, Some(entry.text)))
        }
        EventKind::ResidentReply => ("concern-timeline-you", (None, Some(entry.text))),
        EventKind::Reopened => ("concern-timeline-you", reopened_words(language, entry.text)),
        EventKind::StatusChanged => (
            "concern-timeline-team",
            status_change_words(language, entry.text),
        ),
        // The organisation's name, as it is registered.
        EventKind::PartnerReply => {
            return Said {
                who: entry.who,
                when: language.time(entry.at),
                words: None,
                written: Some(entry.text),
            };
        }
    };
    Said {
        who: language.text(who),
        when: language.time(entry.at),
        words,
        written,
    }
}

/// The portal's words and what someone wrote after them.
type Parts = (Option<String>, Option<String>);

fn reopened_words(language: Language, text: String) -> Parts {
    match text.strip_prefix("Reopened the concern") {
        Some("") => (Some(language.text("concern-timeline-reopened")), None),
        Some(rest) => match rest.strip_prefix(": ") {
            Some(why) => (
                Some(language.text("concern-timeline-reopened-why")),
                Some(why.to_string()),
            ),
            None => (None, Some(text)),
        },
        None => (None, Some(text)),
    }
}

fn status_change_words(language: Language, text: String) -> Parts {
    use crate::domain::concern::{recorded_close_reason, status_words, status_words_in};
    use entity::concern::ConcernStatus;
    use sea_orm::Iterable;
    for status in ConcernStatus::iter() {
        let Some(rest) = text.strip_prefix(status_words(status)) else {
            continue;
        };
        let words = status_words_in(status, language);
        if rest.is_empty() {
            return (Some(words), None);
        }
        let Some(detail) = rest.strip_prefix(": ") else {
            continue;
        };
        if status == ConcernStatus::Closed {
            let reason = recorded_close_reason(detail).map(|(reason, same_as)| match same_as {
                None => crate::domain::concern::close_reason_words_in(reason, language),
                Some(reference) => t_in!(
                    language,
                    "concern-close-duplicate-of",
                    reference = reference
                ),
            });
            if let Some(reason) = reason {
                let words = t_in!(
                    language,
                    "concern-status-with-reason",
                    status = words,
                    reason = reason
                );
                return (Some(words), None);
            }
        }
        // A partner's name, or the title of the local problem it is part of.
        let words = t_in!(language, "concern-timeline-status", status = words);
        return (Some(words), Some(detail.to_string()));
    }
    (None, Some(text))
}

async fn your_concern(reference: String) -> Result<ConcernView, PageError> {
    use crate::domain::concern::{
        can_reopen, close_reason_words_in, improved_words_in, status_words_in,
    };
    use entity::concern::{ConcernStatus, SummaryStatus};
    let context = RequestContext::new().await?;
    let language = context.language;
    let Some(resident) = context.session.resident_id().await? else {
        return Err(PageError::Redirect("/sign-in".into()));
    };
    let detail =
        crate::services::concerns::resident_concern(&context.state.db, resident, &reference)
            .await
            .map_err(|e| fault("reading a concern", e))?
            .ok_or(PageError::NotFound)?;
    let c = detail.concern;
    let closed = c.status == ConcernStatus::Closed;
    let survey =
        crate::pages::survey::offered(&context, resident, closed, &detail.neighbourhood.code)
            .await?;
    let mut status = status_words_in(c.status, language);
    if let (true, Some(reason)) = (closed, c.close_reason) {
        status = t_in!(
            language,
            "concern-status-with-reason",
            status = status,
            reason = close_reason_words_in(reason, language)
        );
    }
    Ok(ConcernView {
        reply_by: c.first_reply_at.is_none().then(|| language.time(c.due_at)),
        public_summary: language.text(match c.summary_status {
            SummaryStatus::None => "concern-public-summary-none",
            SummaryStatus::Pending => "concern-public-summary-pending",
            SummaryStatus::Approved => "concern-public-summary-approved",
            SummaryStatus::Rejected => "concern-public-summary-rejected",
        }),
        open: !closed,
        ask_improved: closed && c.improved.is_none(),
        improved: c.improved.map(|answer| improved_words_in(answer, language)),
        can_reopen: closed && can_reopen(c.closed_at, context.now()),
        survey,
        passed_to: detail
            .passed_to
            .into_iter()
            .map(|p| (p.organisation_id, p.organisation, p.contact_details))
            .collect(),
        for_group: c.group_id.is_some(),
        reference: c.reference,
        neighbourhood: detail.neighbourhood.name,
        category: detail.category,
        location: c.location,
        description: c.description,
        when_happens: c.when_happens,
        status,
        partner: c.partner,
        timeline: detail
            .timeline
            .into_iter()
            .map(|entry| said(language, entry))
            .collect(),
        feedback: context.feedback().await?,
    })
}

/// The signed-in resident, or (for an action) a redirect to sign in.
async fn signed_in(context: &RequestContext) -> Result<Option<ResidentId>, ServerFnError> {
    let resident = context.session.resident_id().await?;
    if resident.is_none() {
        leptos_axum::redirect("/sign-in");
    }
    Ok(resident)
}

fn not_now(form: &str, field: &str, message: &str) -> FormFeedback {
    use crate::domain::forms::FieldError;
    FormFeedback::errors(form, vec![FieldError::new(field, message)], &[])
}

#[server(prefix = "/fn", endpoint = "account/concerns/reply")]
pub async fn write_back(reference: String, reply: String) -> Result<(), ServerFnError> {
    use crate::domain::concern::required_plain_text_in;
    use crate::services::concerns::{self, Replied, concern_path};
    let context = RequestContext::new().await?;
    let language = context.language;
    let Some(resident) = signed_in(&context).await? else {
        return Ok(());
    };
    let path = concern_path(&reference);
    let mut errors = Vec::new();
    let text = required_plain_text_in(
        language,
        "reply",
        &language.text("concern-your-message"),
        &reply,
        &language.text("concern-write-missing"),
        MOST_REPLY,
        &mut errors,
    );
    if !errors.is_empty() {
        return context
            .reply(
                &path,
                FormFeedback::errors("reply", errors, &[("reply", reply.as_str())]),
            )
            .await;
    }
    let outcome = concerns::resident_reply(
        &context.state.db,
        &context.state.clock,
        &context.email_site(),
        resident,
        &reference,
        &text,
    )
    .await
    .map_err(|e| fault("writing to the team about a concern", e))?;
    let feedback = match outcome {
        Replied::Sent => FormFeedback::notice("reply", language.text("concern-message-sent")),
        Replied::NotAllowed => not_now(
            "reply",
            "reply",
            &language.text("concern-closed-reopen-to-write"),
        ),
        Replied::TryLater { minutes } => {
            let (count, unit) = crate::domain::forms::minutes_or_hours(minutes);
            FormFeedback::errors(
                "reply",
                vec![crate::domain::forms::FieldError::new(
                    "reply",
                    t_in!(
                        language,
                        "concern-too-many-messages",
                        limit = concerns::REPLIES_PER_DAY.attempts,
                        count = count,
                        unit = unit
                    ),
                )],
                &[("reply", reply.as_str())],
            )
        }
    };
    context.reply(&path, feedback).await
}

#[server(prefix = "/fn", endpoint = "account/concerns/improved")]
pub async fn say_if_improved(
    reference: String,
    improved: Option<Improved>,
) -> Result<(), ServerFnError> {
    use crate::services::concerns::{self, ResidentAction, concern_path};
    let context = RequestContext::new().await?;
    let language = context.language;
    let Some(resident) = signed_in(&context).await? else {
        return Ok(());
    };
    let path = concern_path(&reference);
    let Some(answer) = improved else {
        return context
            .reply(
                &path,
                not_now(
                    "improved",
                    "improved",
                    &language.text("concern-select-improved"),
                ),
            )
            .await;
    };
    let outcome = concerns::answer_improved(
        &context.state.db,
        &context.state.clock,
        resident,
        &reference,
        answer,
    )
    .await
    .map_err(|e| fault("answering whether a concern improved", e))?;
    let feedback = match outcome {
        ResidentAction::Done => FormFeedback::notice("improved", language.text("concern-thanks")),
        ResidentAction::NotAllowed => not_now(
            "improved",
            "improved",
            &language.text("concern-improved-once"),
        ),
    };
    context.reply(&path, feedback).await
}

#[server(prefix = "/fn", endpoint = "account/concerns/reopen")]
pub async fn reopen_concern(reference: String, reason: String) -> Result<(), ServerFnError> {
    use crate::domain::concern::plain_text_in;
    use crate::services::concerns::{self, ResidentAction, concern_path};
    let context = RequestContext::new().await?;
    let language = context.language;
    let Some(resident) = signed_in(&context).await? else {
        return Ok(());
    };
    let path = concern_path(&reference);
    let mut errors = Vec::new();
    let why = plain_text_in(
        language,
        "reason",
        &language.text("concern-still-happening"),
        &reason,
        MOST_REPLY,
        &mut errors,
    );
    if !errors.is_empty() {
        return context
            .reply(
                &path,
                FormFeedback::errors("reopen", errors, &[("reason", reason.as_str())]),
            )
            .await;
    }
    let outcome = concerns::reopen(
        &context.state.db,
        &context.state.clock,
        &context.email_site(),
        resident,
        &reference,
        &why,
    )
    .await
    .map_err(|e| fault("reopening a concern", e))?;
    let feedback = match outcome {
        ResidentAction::Done => FormFeedback::notice("reopen", language.text("concern-reopened")),
        ResidentAction::NotAllowed => not_now(
            "reopen",
            "reason",
            &language.text("concern-reopen-too-late"),
        ),
    };
    context.reply(&path, feedback).await
}

#[server(prefix = "/fn", endpoint = "account/concerns/partner-contact")]
pub async fn let_partner_contact(
    reference: String,
    organisation_id: i32,
    contact_details: ContactConsent,
) -> Result<(), ServerFnError> {
    use crate::services::concerns::concern_path;
    let context = RequestContext::new().await?;
    let language = context.language;
    let Some(resident) = signed_in(&context).await? else {
        return Ok(());
    };
    let path = concern_path(&reference);
    let saved = match contact_details {
        ContactConsent::Asked => false,
        answer => crate::services::referrals::answer_consent(
            &context.state.db,
            &context.state.clock,
            resident,
            &reference,
            organisation_id,
            answer == ContactConsent::Given,
        )
        .await
        .map_err(|e| fault("answering whether a partner sees a resident's details", e))?,
    };
    let feedback = if saved {
        FormFeedback::notice("partners", language.text("concern-partner-saved"))
    } else {
        not_now(
            "partners",
            "partners",
            &language.text("concern-partner-not-now"),
        )
    };
    context.reply(&path, feedback).await
}

#[component]
pub fn YourConcernPage() -> impl IntoView {
    let reference = route_param("reference");
    page(
        move || your_concern(reference.clone()),
        |view| view! { <YourConcern view /> },
    )
}

#[component]
fn YourConcern(view: ConcernView) -> impl IntoView {
    let ConcernView {
        reference,
        neighbourhood,
        category,
        location,
        description,
        when_happens,
        status,
        partner,
        reply_by,
        public_summary,
        timeline,
        open,
        ask_improved,
        improved,
        can_reopen,
        survey,
        passed_to,
        for_group,
        feedback,
    } = view;
    let no_partners = passed_to.is_empty();
    let just_sent = feedback.form == "raised" && feedback.errors.is_empty();
    let improved_choices = vec![
        Choice::new(
            form_value(&Improved::Yes),
            t!("concern-improved-choice-yes"),
        ),
        Choice::new(form_value(&Improved::No), t!("concern-improved-choice-no")),
        Choice::new(form_value(&Improved::NotSure), t!("concern-not-sure")),
    ];
    let no_timeline = timeline.is_empty();
    let title = t!("concern-your-concern-title", reference = reference.as_str());
    // What the resident wrote, and the category's name (set by the force), are not translated.
    let data = |text: String| view! { <span lang="en">{text}</span> };
    view! {
        <Title text=page_title(&title, &feedback) />
        {if just_sent {
            view! {
                <div class="panel--confirmation">
                    <h1 class="panel__title">{t!("concern-sent")}</h1>
                    <p class="panel__body">{t!("concern-your-reference")}<br /><strong>{reference.clone()}</strong></p>
                </div>
                <p>{t!("concern-emailed")}" "{reply_by.clone().map(|time| t!("concern-reply-by-sentence", time = time))}</p>
                <NotForEmergencies />
            }
            .into_any()
        } else {
            view! {
                <FeedbackBanner feedback=feedback.clone() />
                <span class="caption-l">{t!("concern-team-caption", name = neighbourhood.as_str())}</span>
                <h1 class="heading-l">{title.clone()}</h1>
            }
            .into_any()
        }}
        <p><a href="/account">{t!("concern-back-to-account")}</a></p>
        <dl class="summary-list">
            <SummaryRow key=t!("concern-row-status")>
                <strong>{status}{partner.map(|partner| view! { " ("<span lang="en">{partner}</span>")" })}</strong>
                {reply_by.map(|time| view! { <br /><span class="hint">{t!("concern-reply-by", time = time)}</span> })}
            </SummaryRow>
            <SummaryRow key=t!("concern-row-where")>{data(location)}</SummaryRow>
            <SummaryRow key=t!("concern-row-kind")>{data(category)}</SummaryRow>
            <SummaryRow key=t!("concern-row-what")>{data(description)}</SummaryRow>
            <SummaryRow key=t!("concern-row-when")>
                {if when_happens.is_empty() { t!("concern-not-given").into_any() } else { data(when_happens).into_any() }}
            </SummaryRow>
            <SummaryRow key=t!("concern-row-summary")>{public_summary}</SummaryRow>
            {improved.map(|words| view! { <SummaryRow key=t!("concern-row-improved")>{words}</SummaryRow> })}
        </dl>

        <h2 class="heading-m" id="timeline">{t!("concern-timeline-title")}</h2>
        {no_timeline.then(|| view! { <p>{t!("concern-timeline-nothing")}</p> })}
        <ol class="timeline" aria-labelledby="timeline" hidden=no_timeline>
            {timeline.into_iter().map(|said| {
                let Said { who, when, words, written } = said;
                let gap = (words.is_some() && written.is_some()).then_some(" ");
                view! {
                    <li class="timeline__item">
                        <p class="timeline__when">{t!("concern-timeline-when", who = who, time = when)}</p>
                        <p class="timeline__text">{words}{gap}{written.map(|text| view! { <span lang="en">{text}</span> })}</p>
                    </li>
                }
            }).collect_view()}
        </ol>

        <div hidden=no_partners>
            <h2 class="heading-m" id="partners">{t!("concern-partners-title")}</h2>
            <p>{t!("concern-partners-intro")}</p>
            {for_group.then(|| view! { <p>{t!("concern-partners-group")}</p> })}
            <ul class="list" aria-labelledby="partners">
                {passed_to.into_iter().map(|(id, name, answer)| {
                    let organisation = || view! { <span lang="en">{name.clone()}</span> };
                    let state = match answer {
                        ContactConsent::Given => "concern-partner-given",
                        ContactConsent::Refused => "concern-partner-refused",
                        ContactConsent::Asked => "concern-partner-asked",
                    };
                    let button = |choice: ContactConsent, key: &'static str| view! {
                        <button type="submit" name="contact_details" value=form_value(&choice) class="button button--secondary">
                            {crate::t!(key, organisation = name.clone())}
                        </button>
                    };
                    view! {
                        <li>
                            <p><strong>{organisation()}</strong><br />{crate::t!(state, organisation = name.clone())}</p>
                            {(!for_group).then(|| view! {
                                <form method="post" action=LetPartnerContact::url() class="button-group">
                                    <input type="hidden" name="reference" value=reference.clone() />
                                    <input type="hidden" name="organisation_id" value=id />
                                    {(answer != ContactConsent::Given).then(|| button(ContactConsent::Given, "concern-partner-yes"))}
                                    {(answer != ContactConsent::Refused).then(|| button(ContactConsent::Refused, "concern-partner-no"))}
                                </form>
                            })}
                        </li>
                    }
                }).collect_view()}
            </ul>
        </div>

        {open.then(|| view! {
            <h2 class="heading-m">{t!("concern-write-title")}</h2>
            <form method="post" action=WriteBack::url() novalidate>
                <input type="hidden" name="reference" value=reference.clone() />
                <TextArea name="reply" label=t!("concern-your-message") hint=t!("concern-write-hint") max=MOST_REPLY rows=4 feedback=feedback.for_form("reply") />
                <button type="submit" class="button button--secondary">{t!("concern-send-message")}</button>
            </form>
        })}

        {ask_improved.then(|| {
            let answered = feedback.for_form("improved");
            view! {
                <h2 class="heading-m">{t!("concern-row-improved")}</h2>
                <form method="post" action=SayIfImproved::url() novalidate>
                    <input type="hidden" name="reference" value=reference.clone() />
                    <Radios name="improved" legend=t!("concern-improved-legend") choices=improved_choices chosen=String::new() error=answered.error("improved") />
                    <button type="submit" class="button button--secondary">{t!("concern-send-answer")}</button>
                </form>
            }
        })}

        {survey.map(|path| view! { <crate::components::survey::SurveyInvitation path /> })}

        {can_reopen.then(|| view! {
            <h2 class="heading-m">{t!("concern-reopen-title")}</h2>
            <p>{t!("concern-reopen-body")}</p>
            <form method="post" action=ReopenConcern::url() novalidate>
                <input type="hidden" name="reference" value=reference.clone() />
                <TextArea name="reason" label=t!("concern-reopen-label") max=MOST_REPLY rows=3 feedback=feedback.for_form("reopen") />
                <button type="submit" class="button button--secondary">{t!("concern-reopen-button")}</button>
            </form>
        })}
    }
    .into_any()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parts(language: Language, text: &str) -> Parts {
        status_change_words(language, text.to_string())
    }

    #[test]
    fn the_portals_words_in_the_timeline_are_found_again_and_what_people_wrote_is_kept() {
        let english = Language::English;
        assert_eq!(
            parts(english, "Closed: action was taken"),
            (Some("Closed: action was taken".into()), None)
        );
        assert_eq!(
            parts(english, "Closed: the same as another concern, NC-7K3M-Q9XD"),
            (
                Some("Closed: the same as another concern, NC-7K3M-Q9XD".into()),
                None
            )
        );
        assert_eq!(
            parts(
                english,
                "Passed to a partner who can act on it: Birmingham City Council"
            ),
            (
                Some("Passed to a partner who can act on it:".into()),
                Some("Birmingham City Council".into())
            )
        );
        assert_eq!(
            parts(english, "The team is looking into it"),
            (Some("The team is looking into it".into()), None)
        );
        assert_eq!(
            parts(english, "Something else entirely"),
            (None, Some("Something else entirely".into()))
        );
        let (welsh, written) = parts(Language::Welsh, "Closed: no further action");
        assert_eq!(written, None);
        assert!(!welsh.unwrap().contains("Closed"));
        assert_eq!(
            reopened_words(english, "Reopened the concern: They are back.".into()),
            (
                Some("Reopened the concern:".into()),
                Some("They are back.".into())
            )
        );
        assert_eq!(
            reopened_words(english, "Reopened the concern".into()),
            (Some("Reopened the concern".into()), None)
        );
    }
}
