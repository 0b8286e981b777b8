//! Administrators' view of emails the portal gave up on: after too many failed deliveries, or
//! because they could no longer be of use (a sign-in link that expired first). Each shows the
//! last error; one can be sent again.

use crate::components::form::{FeedbackBanner, page_title};
use crate::components::page::{PageError, page};
use crate::domain::forms::FormFeedback;
use leptos::prelude::*;
use leptos::server_fn::ServerFn;
use leptos_meta::Title;

const PATH: &str = "/staff/outbox";

#[derive(Clone, Debug, PartialEq, Eq)]
struct ParkedEmail {
    id: i32,
    recipient: String,
    subject: String,
    created: String,
    given_up: String,
    attempts: i32,
    last_error: String,
    /// False for a message whose time has passed.
    can_retry: bool,
}

#[derive(Clone, Debug, PartialEq, Eq)]
struct OutboxView {
    emails: Vec<ParkedEmail>,
    feedback: FormFeedback,
}

async fn outbox_page() -> Result<OutboxView, PageError> {
    use crate::services::clock::format_time;
    use crate::services::outbox;
    use crate::state::fault;
    let context = crate::request::RequestContext::new().await?;
    context.staff_page(crate::policy::administer).await?;
    let now = context.now();
    let emails = outbox::parked(&context.state.db, 200)
        .await
        .map_err(|e| fault("reading the emails given up", e))?
        .into_iter()
        .map(|m| ParkedEmail {
            id: m.id,
            recipient: m.recipient,
            subject: m.subject,
            created: format_time(m.created_at),
            given_up: m.failed_at.map(format_time).unwrap_or_default(),
            attempts: m.attempts,
            last_error: m.last_error.unwrap_or_default(),
            can_retry: m.expires_at.is_none_or(|at| at > now),
        })
        .collect();
    Ok(OutboxView {
        emails,
        feedback: context.feedback().await?,
    })
}

#[server(prefix = "/fn", endpoint = "staff/outbox/retry")]
pub async fn retry_email(message_id: i32) -> Result<(), ServerFnError> {
    use crate::services::outbox;
    use crate::state::fault;
    let context = crate::request::RequestContext::new().await?;
    let permit = context.require_staff(crate::policy::administer).await?;
    let retried = outbox::retry(&context.state.db, &context.state.clock, &permit, message_id)
        .await
        .map_err(|e| fault("sending an email again", e))?;
    let notice = if retried {
        "The email will be sent again"
    } else {
        "That email cannot be sent again: it has been sent, or its time has passed"
    };
    context
        .reply(PATH, FormFeedback::notice("retry", notice))
        .await
}

#[component]
pub fn StaffOutboxPage() -> impl IntoView {
    page(outbox_page, |view| view! { <Outbox view /> })
}

#[component]
fn Outbox(view: OutboxView) -> impl IntoView {
    let OutboxView { emails, feedback } = view;
    let none = emails.is_empty();
    view! {
        <Title text=page_title("Emails not sent", &feedback) />
        <FeedbackBanner feedback />
        <h1 class="heading-l">"Emails not sent"</h1>
        <p>"The portal tries each email again, waiting longer each time, then gives up and lists it here. Emails are kept for 30 days."</p>
        {none.then(|| view! { <p>"Every email has been sent."</p> })}
        <table class="table" hidden=none>
            <caption class="visually-hidden">"Emails given up, newest first"</caption>
            <thead><tr><th scope="col">"To"</th><th scope="col">"Subject"</th><th scope="col">"Written"</th><th scope="col">"Given up"</th><th scope="col">"Why"</th><th scope="col"><span class="visually-hidden">"Actions"</span></th></tr></thead>
            <tbody>
                {emails.into_iter().map(|e| view! {
                    <tr>
                        <td>{e.recipient}</td>
                        <td>{e.subject}</td>
                        <td>{e.created}</td>
                        <td>{e.given_up}<br /><span class="hint">{format!("after {} attempts", e.attempts)}</span></td>
                        <td>{e.last_error}</td>
                        <td>
                            {e.can_retry.then(|| view! {
                                <form method="post" action=RetryEmail::url()>
                                    <input type="hidden" name="message_id" value=e.id />
                                    <button type="submit" class="button button--secondary button--small">"Send again"</button>
                                </form>
                            })}
                        </td>
                    </tr>
                }).collect_view()}
            </tbody>
        </table>
    }
    .into_any()
}
