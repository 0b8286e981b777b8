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
use crate::request::RequestContext;
use crate::services::concerns::TimelineEntry;
use crate::state::fault;
use entity::concern::Improved;
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
    status: String,
    /// "The team will reply by …", while no reply has come.
    reply_by: Option<String>,
    public_summary: &'static str,
    timeline: Vec<TimelineEntry>,
    open: bool,
    ask_improved: bool,
    improved: Option<&'static str>,
    can_reopen: bool,
    feedback: FormFeedback,
}

async fn your_concern(reference: String) -> Result<ConcernView, PageError> {
    use crate::domain::concern::{can_reopen, improved_words, status_words};
    use crate::services::clock::format_time;
    use entity::concern::{ConcernStatus, SummaryStatus};
    let context = RequestContext::new().await?;
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
    let mut status = status_words(c.status).to_string();
    if let (true, Some(reason)) = (closed, c.close_reason) {
        status = format!(
            "{status}: {}",
            crate::domain::concern::close_reason_words(reason)
        );
    }
    if let Some(partner) = &c.partner {
        status = format!("{status} ({partner})");
    }
    Ok(ConcernView {
        reply_by: c
            .first_reply_at
            .is_none()
            .then(|| format!("The team will reply by {}", format_time(c.due_at))),
        public_summary: match c.summary_status {
            SummaryStatus::None => "Not shown: you asked for it to be seen by the team only",
            SummaryStatus::Pending => "Waiting for a moderator to check it",
            SummaryStatus::Approved => "Shown on the neighbourhood's page, without your name",
            SummaryStatus::Rejected => "Not shown: a moderator decided it should not be published",
        },
        open: !closed,
        ask_improved: closed && c.improved.is_none(),
        improved: c.improved.map(improved_words),
        can_reopen: closed && can_reopen(c.closed_at, context.now()),
        reference: c.reference,
        neighbourhood: detail.neighbourhood.name,
        category: detail.category,
        location: c.location,
        description: c.description,
        when_happens: c.when_happens,
        status,
        timeline: detail.timeline,
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
    use crate::domain::concern::required_plain_text;
    use crate::services::concerns::{self, Replied, concern_path};
    let context = RequestContext::new().await?;
    let Some(resident) = signed_in(&context).await? else {
        return Ok(());
    };
    let path = concern_path(&reference);
    let mut errors = Vec::new();
    let text = required_plain_text(
        "reply",
        "Your message",
        &reply,
        "Write your message to the team",
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
        Replied::Sent => FormFeedback::notice("reply", "Your message has been sent to the team"),
        Replied::NotAllowed => not_now(
            "reply",
            "reply",
            "This concern is closed: reopen it to write to the team",
        ),
        Replied::TryLater { minutes } => FormFeedback::errors(
            "reply",
            vec![crate::domain::forms::FieldError::new(
                "reply",
                crate::domain::forms::try_again_in(
                    &format!(
                        "You have sent {} messages about this concern today. The team will read them and reply.",
                        concerns::REPLIES_PER_DAY.attempts
                    ),
                    minutes,
                ),
            )],
            &[("reply", reply.as_str())],
        ),
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
                    "Select whether things have improved",
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
        ResidentAction::Done => FormFeedback::notice("improved", "Thank you for telling us"),
        ResidentAction::NotAllowed => not_now(
            "improved",
            "improved",
            "You can say whether things improved once, after the concern is closed",
        ),
    };
    context.reply(&path, feedback).await
}

#[server(prefix = "/fn", endpoint = "account/concerns/reopen")]
pub async fn reopen_concern(reference: String, reason: String) -> Result<(), ServerFnError> {
    use crate::domain::concern::plain_text;
    use crate::services::concerns::{self, ResidentAction, concern_path};
    let context = RequestContext::new().await?;
    let Some(resident) = signed_in(&context).await? else {
        return Ok(());
    };
    let path = concern_path(&reference);
    let mut errors = Vec::new();
    let why = plain_text(
        "reason",
        "What is still happening",
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
        ResidentAction::Done => FormFeedback::notice(
            "reopen",
            "Your concern has been reopened: the team has been told",
        ),
        ResidentAction::NotAllowed => not_now(
            "reopen",
            "reason",
            "A concern can be reopened for 28 days after it was closed",
        ),
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
    use crate::services::clock::format_time;
    let ConcernView {
        reference,
        neighbourhood,
        category,
        location,
        description,
        when_happens,
        status,
        reply_by,
        public_summary,
        timeline,
        open,
        ask_improved,
        improved,
        can_reopen,
        feedback,
    } = view;
    let just_sent = feedback.form == "raised" && feedback.errors.is_empty();
    let improved_choices = vec![
        Choice::new(form_value(&Improved::Yes), "Yes"),
        Choice::new(form_value(&Improved::No), "No"),
        Choice::new(form_value(&Improved::NotSure), "Not sure"),
    ];
    let no_timeline = timeline.is_empty();
    view! {
        <Title text=page_title(&format!("Your concern {reference}"), &feedback) />
        {if just_sent {
            view! {
                <div class="panel--confirmation">
                    <h1 class="panel__title">"Concern sent"</h1>
                    <p class="panel__body">"Your reference is"<br /><strong>{reference.clone()}</strong></p>
                </div>
                <p>"We have emailed you to say we have it. "{reply_by.clone().map(|by| format!("{by}."))}</p>
                <NotForEmergencies />
            }
            .into_any()
        } else {
            view! {
                <FeedbackBanner feedback=feedback.clone() />
                <span class="caption-l">{format!("{neighbourhood} neighbourhood team")}</span>
                <h1 class="heading-l">{format!("Your concern {reference}")}</h1>
            }
            .into_any()
        }}
        <p><a href="/account">"Back to your account"</a></p>
        <dl class="summary-list">
            <SummaryRow key="Status">
                <strong>{status}</strong>
                {reply_by.map(|by| view! { <br /><span class="hint">{by}</span> })}
            </SummaryRow>
            <SummaryRow key="Where">{location}</SummaryRow>
            <SummaryRow key="Kind of concern">{category}</SummaryRow>
            <SummaryRow key="What is happening">{description}</SummaryRow>
            <SummaryRow key="When it happens">{if when_happens.is_empty() { "Not given".to_string() } else { when_happens }}</SummaryRow>
            <SummaryRow key="Public summary">{public_summary}</SummaryRow>
            {improved.map(|words| view! { <SummaryRow key="Has it improved?">{words}</SummaryRow> })}
        </dl>

        <h2 class="heading-m" id="timeline">"What has happened"</h2>
        {no_timeline.then(|| view! { <p>"Nothing yet: the team will reply within 72 hours."</p> })}
        <ol class="timeline" aria-labelledby="timeline" hidden=no_timeline>
            {timeline.into_iter().map(|entry| view! {
                <li class="timeline__item">
                    <p class="timeline__when">{format!("{}, {}", entry.who, format_time(entry.at))}</p>
                    <p class="timeline__text">{entry.text}</p>
                </li>
            }).collect_view()}
        </ol>

        {open.then(|| view! {
            <h2 class="heading-m">"Write to the team"</h2>
            <form method="post" action=WriteBack::url() novalidate>
                <input type="hidden" name="reference" value=reference.clone() />
                <TextArea name="reply" label="Your message" hint="The team is emailed that you have written." max=MOST_REPLY rows=4 feedback=feedback.for_form("reply") />
                <button type="submit" class="button button--secondary">"Send message"</button>
            </form>
        })}

        {ask_improved.then(|| {
            let answered = feedback.for_form("improved");
            view! {
                <h2 class="heading-m">"Has it improved?"</h2>
                <form method="post" action=SayIfImproved::url() novalidate>
                    <input type="hidden" name="reference" value=reference.clone() />
                    <Radios name="improved" legend="Since you raised it, have things improved?".to_string() choices=improved_choices chosen=String::new() error=answered.error("improved") />
                    <button type="submit" class="button button--secondary">"Send answer"</button>
                </form>
            }
        })}

        {can_reopen.then(|| view! {
            <h2 class="heading-m">"Reopen your concern"</h2>
            <p>"If it is still happening, you can reopen it for 28 days after it was closed."</p>
            <form method="post" action=ReopenConcern::url() novalidate>
                <input type="hidden" name="reference" value=reference.clone() />
                <TextArea name="reason" label="What is still happening? (optional)" max=MOST_REPLY rows=3 feedback=feedback.for_form("reopen") />
                <button type="submit" class="button button--secondary">"Reopen concern"</button>
            </form>
        })}
    }
    .into_any()
}
