//! A resident's concern a team passed to the partner's organisation: what the resident wrote,
//! the thread of replies (not the team's notes), who raised it only where the resident agreed,
//! and the partner's reply to the resident, which reaches them under the organisation's name.

use super::{HOME, referred_concern_path};
use crate::components::form::{FeedbackBanner, TextArea, page_title};
use crate::components::page::{PageError, page, route_param};
use crate::components::summary::SummaryRow;
use crate::domain::concern::MOST_REPLY;
use crate::domain::forms::FormFeedback;
use crate::policy::partner::ReferredConcern;
use crate::policy::{Denied, Permit};
use crate::request::RequestContext;
use crate::services::concerns::TimelineEntry;
use crate::state::fault;
use entity::concern::ConcernStatus;
use entity::concern_referral::ContactConsent;
use leptos::prelude::*;
use leptos::server_fn::ServerFn;
use leptos_meta::Title;

#[derive(Clone, Debug, PartialEq, Eq)]
struct ReferredView {
    organisation: String,
    reference: String,
    neighbourhood: String,
    status: &'static str,
    passed_on: String,
    category: String,
    location: String,
    description: String,
    when_happens: String,
    /// Who raised it, as the resident let the organisation see; or why it does not.
    resident: String,
    timeline: Vec<TimelineEntry>,
    open: bool,
    feedback: FormFeedback,
}

/// The permit for the concern with `reference`, if it was passed to the member's organisation.
async fn permit_for(
    context: &RequestContext,
    reference: &str,
) -> Result<Result<Permit<ReferredConcern>, Denied>, ServerFnError> {
    let referred = crate::services::referrals::referred_concern(&context.state.db, reference)
        .await
        .map_err(|e| fault("reading a concern passed to a partner", e))?;
    super::permit_for(context, referred, crate::policy::partner::work_on_referred).await
}

async fn referred_concern(reference: String) -> Result<ReferredView, PageError> {
    use crate::domain::concern::status_label;
    use crate::services::clock::format_time;
    let context = RequestContext::new().await?;
    let permit = permit_for(&context, &reference).await??;
    let found = crate::services::referrals::for_partner(&context.state.db, &permit)
        .await
        .map_err(|e| fault("reading a concern passed to a partner", e))?
        .ok_or(PageError::NotFound)?;
    let c = &found.detail.concern;
    let organisation = found.organisation.clone();
    let resident = match (&found.resident, found.contact_details, &found.detail.group) {
        (_, _, Some(group)) => format!(
            "Put forward for the community group {}: the team replies to its organisers",
            group.name
        ),
        (Some((Some(name), email)), _, _) => format!("{name}, {email}"),
        (Some((None, email)), _, _) => email.clone(),
        (None, ContactConsent::Given, _) => "The resident has deleted their account".into(),
        (None, ContactConsent::Refused, _) => format!(
            "The resident chose not to share their name and email address with {organisation}: reply here, and the portal emails them"
        ),
        (None, ContactConsent::Asked, _) => format!(
            "The resident has not yet said whether {organisation} may see their name and email address: reply here, and the portal emails them"
        ),
    };
    Ok(ReferredView {
        reference: c.reference.clone(),
        neighbourhood: found.detail.neighbourhood.name.clone(),
        status: status_label(c.status),
        passed_on: format_time(found.passed_at),
        category: found.detail.category.clone(),
        location: c.location.clone(),
        description: c.description.clone(),
        when_happens: c.when_happens.clone(),
        open: c.status != ConcernStatus::Closed,
        timeline: found.detail.timeline,
        resident,
        organisation,
        feedback: context.feedback().await?,
    })
}

#[server(prefix = "/fn", endpoint = "partner/concerns/reply")]
pub async fn reply_as_partner(reference: String, reply: String) -> Result<(), ServerFnError> {
    use crate::services::referrals::{self, PartnerReplied};
    let context = RequestContext::new().await?;
    let permit = permit_for(&context, &reference)
        .await?
        .map_err(crate::request::deny_access)?;
    let path = referred_concern_path(&permit.subject().concern.reference);
    let text = match crate::pages::staff::concern::written(
        "reply",
        ("reply", "Your reply"),
        &reply,
        "Enter your reply to the resident",
    ) {
        Ok(text) => text,
        Err(feedback) => return context.reply(&path, feedback).await,
    };
    let outcome = referrals::reply(
        &context.state.db,
        &context.state.clock,
        &context.email_site(),
        &permit,
        &text,
    )
    .await
    .map_err(|e| fault("replying to a resident for a partner", e))?;
    let feedback = match outcome {
        PartnerReplied::Sent => FormFeedback::notice(
            "reply",
            "Your reply has been sent to the resident, and the team sees it",
        ),
        PartnerReplied::Closed => FormFeedback::errors(
            "reply",
            vec![crate::domain::forms::FieldError::new(
                "reply",
                "The team has closed this concern: your reply was not sent",
            )],
            &[("reply", reply.as_str())],
        ),
    };
    context.reply(&path, feedback).await
}

#[component]
pub fn ReferredConcernPage() -> impl IntoView {
    let reference = route_param("reference");
    page(
        move || referred_concern(reference.clone()),
        |view| view! { <Referred view /> },
    )
}

#[component]
fn Referred(view: ReferredView) -> impl IntoView {
    use crate::services::clock::format_time;
    let ReferredView {
        organisation,
        reference,
        neighbourhood,
        status,
        passed_on,
        category,
        location,
        description,
        when_happens,
        resident,
        timeline,
        open,
        feedback,
    } = view;
    let no_timeline = timeline.is_empty();
    let title = format!("Concern {reference}");
    view! {
        <Title text=page_title(&title, &feedback) />
        <FeedbackBanner feedback=feedback.clone() />
        <span class="caption-l">{format!("Passed to {organisation} by the {neighbourhood} team")}</span>
        <h1 class="heading-l">{title.clone()}</h1>
        <p><a href=HOME class="back-link">"Your organisation's work"</a></p>
        <dl class="summary-list">
            <SummaryRow key="Status">{status}</SummaryRow>
            <SummaryRow key="Passed to you">{passed_on}</SummaryRow>
            <SummaryRow key="Kind of concern">{category}</SummaryRow>
            <SummaryRow key="Where">{location}</SummaryRow>
            <SummaryRow key="What is happening">{description}</SummaryRow>
            <SummaryRow key="When it happens">{if when_happens.is_empty() { "Not given".to_string() } else { when_happens }}</SummaryRow>
            <SummaryRow key="Resident">{resident}</SummaryRow>
        </dl>

        <h2 class="heading-m" id="timeline">"What has happened"</h2>
        {no_timeline.then(|| view! { <p>"Nothing yet."</p> })}
        <ol class="timeline" aria-labelledby="timeline" hidden=no_timeline>
            {timeline.into_iter().map(|entry| view! {
                <li class="timeline__item">
                    <p class="timeline__when">{format!("{}, {}", entry.who, format_time(entry.at))}</p>
                    <p class="timeline__text">{entry.text}</p>
                </li>
            }).collect_view()}
        </ol>

        {if open {
            view! {
                <h2 class="heading-m">"Reply to the resident"</h2>
                <form method="post" action=ReplyAsPartner::url() novalidate>
                    <input type="hidden" name="reference" value=reference.clone() />
                    <TextArea name="reply" label="Your reply" hint=format!("The resident is emailed it and reads it under {organisation}'s name; the team sees it too. Keep to what your organisation will do.") max=MOST_REPLY rows=5 feedback=feedback.for_form("reply") />
                    <button type="submit" class="button">"Send reply"</button>
                </form>
            }
            .into_any()
        } else {
            view! { <p>"The team has closed this concern."</p> }.into_any()
        }}
    }
    .into_any()
}
