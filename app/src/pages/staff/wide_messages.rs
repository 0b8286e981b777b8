//! Messages for a Local Policing Area or the whole force, for administrators: those written and
//! writing one (`/staff/messages`), and each one's page (`/staff/messages/{reference}`), where a
//! message for the whole force waits for a second administrator's approval before it goes.

use super::message::{
    Holder, Message, MessageView, after_step, cancel, change_draft, no_such_message, send,
};
use super::messages::{MessageFields, kind_words, status_words};
use crate::components::form::{Choice, FeedbackBanner, Radios, Select, page_title};
use crate::components::page::{PageError, page, route_param};
use crate::domain::forms::{FormFeedback, form_value};
use crate::domain::team_message::{MessageForm, SendForm, WideChoice, WideForm};
use crate::services::team_messages::{self, Author};
use crate::state::fault;
use entity::team_message::Model;
use leptos::prelude::*;
use leptos::server_fn::ServerFn;
use leptos_meta::Title;

pub(super) const WIDE_MESSAGES: &str = "/staff/messages";

fn wide_message_path(reference: &str) -> String {
    format!("{WIDE_MESSAGES}/{reference}")
}

#[derive(Clone, Debug, PartialEq, Eq)]
struct WideView {
    messages: Vec<Model>,
    /// (id, name) of each Local Policing Area.
    lpas: Vec<(i32, String)>,
    feedback: FormFeedback,
}

async fn wide_messages() -> Result<WideView, PageError> {
    let context = crate::request::RequestContext::new().await?;
    context.staff_page(crate::policy::administer).await?;
    let db = &context.state.db;
    let messages = team_messages::wide(db, 100)
        .await
        .map_err(|e| fault("reading messages for areas", e))?;
    let lpas = crate::services::management::lpas(db)
        .await
        .map_err(|e| fault("reading Local Policing Areas", e))?
        .into_iter()
        .map(|lpa| (lpa.id, lpa.name))
        .collect();
    Ok(WideView {
        messages,
        lpas,
        feedback: context.feedback().await?,
    })
}

#[server(prefix = "/fn", endpoint = "staff/wide-messages/draft")]
pub async fn draft_wide_message(
    #[server(flatten)] whom: WideForm,
    #[server(flatten)] form: MessageForm,
) -> Result<(), ServerFnError> {
    let context = crate::request::RequestContext::new().await?;
    let permit = context.require_staff(crate::policy::administer).await?;
    let (entry, wide) = match (form.parse(context.now()), whom.parse()) {
        (Ok(entry), Ok(wide)) => (entry, wide),
        (entry, wide) => {
            /// Both parts of the form as typed, to send back.
            #[derive(serde::Serialize)]
            struct Typed<'a> {
                #[serde(flatten)]
                whom: &'a WideForm,
                #[serde(flatten)]
                form: &'a MessageForm,
            }
            let errors = [wide.err(), entry.err()]
                .into_iter()
                .flatten()
                .flatten()
                .collect();
            let typed = Typed {
                whom: &whom,
                form: &form,
            };
            let feedback = FormFeedback::errors_keeping("message", errors, &typed);
            return context.reply(WIDE_MESSAGES, feedback).await;
        }
    };
    let reference = team_messages::draft_wide(
        &context.state.db,
        &context.state.clock,
        &permit,
        wide,
        &entry,
    )
    .await
    .map_err(|e| fault("writing a message for an area", e))?
    .ok_or_else(no_such_message)?;
    context
        .reply(
            &wide_message_path(&reference),
            FormFeedback::notice(
                "message",
                "The message is saved as a draft. Check it as residents will see it, then send it.",
            ),
        )
        .await
}

#[server(prefix = "/fn", endpoint = "staff/wide-messages/change")]
pub async fn change_wide_message(
    reference: String,
    #[server(flatten)] form: MessageForm,
) -> Result<(), ServerFnError> {
    let context = crate::request::RequestContext::new().await?;
    let permit = context.require_staff(crate::policy::administer).await?;
    let back = wide_message_path(&reference);
    change_draft(&context, Author::Force(&permit), &reference, &back, &form).await
}

#[server(prefix = "/fn", endpoint = "staff/wide-messages/send")]
pub async fn send_wide_message(
    reference: String,
    #[server(flatten)] form: SendForm,
) -> Result<(), ServerFnError> {
    let context = crate::request::RequestContext::new().await?;
    let permit = context.require_staff(crate::policy::administer).await?;
    let back = wide_message_path(&reference);
    send(&context, Author::Force(&permit), &reference, &back, &form).await
}

#[server(prefix = "/fn", endpoint = "staff/wide-messages/cancel")]
pub async fn cancel_wide_message(reference: String) -> Result<(), ServerFnError> {
    let context = crate::request::RequestContext::new().await?;
    let permit = context.require_staff(crate::policy::administer).await?;
    let back = wide_message_path(&reference);
    cancel(&context, Author::Force(&permit), &reference, &back).await
}

#[server(prefix = "/fn", endpoint = "staff/wide-messages/approve")]
pub async fn approve_message(reference: String) -> Result<(), ServerFnError> {
    let context = crate::request::RequestContext::new().await?;
    let message = team_messages::find_wide(&context.state.db, &reference)
        .await
        .map_err(|e| fault("reading a message", e))?
        .ok_or_else(no_such_message)?;
    let permit = context
        .require_staff(|member| crate::policy::message::approve(member, message))
        .await?;
    let step = team_messages::approve(&context.state.db, &context.state.clock, &permit)
        .await
        .map_err(|e| fault("approving a message", e))?;
    let done = FormFeedback::notice(
        "send",
        "The message is approved. It goes at the time its author chose.",
    );
    context
        .reply(&wide_message_path(&reference), after_step(step, done)?)
        .await
}

async fn wide_message(reference: String) -> Result<MessageView, PageError> {
    let context = crate::request::RequestContext::new().await?;
    let permit = context.staff_page(crate::policy::administer).await?;
    let message = team_messages::find_wide(&context.state.db, &reference)
        .await
        .map_err(|e| fault("reading a message", e))?
        .ok_or(PageError::NotFound)?;
    let may_approve =
        crate::policy::message::approve(permit.into_member(), message.clone()).is_ok();
    MessageView::of(&context, Holder::Force, message, may_approve).await
}

#[component]
pub fn WideMessagesPage() -> impl IntoView {
    page(wide_messages, |view| view! { <WideMessages view /> })
}

#[component]
pub fn WideMessagePage() -> impl IntoView {
    let reference = route_param("reference");
    page(
        move || wide_message(reference.clone()),
        |view| view! { <Message view /> },
    )
}

#[component]
fn WideMessages(view: WideView) -> impl IntoView {
    let WideView {
        messages,
        lpas,
        feedback,
    } = view;
    let form = feedback.for_form("message");
    let none = messages.is_empty();
    let whom = vec![
        Choice::new(form_value(&WideChoice::Area), "A Local Policing Area").reveal(
            view! {
                <Select
                    id="lpa"
                    name="lpa"
                    label="Which Local Policing Area"
                    options=lpas.into_iter().map(|(id, name)| (id.to_string(), name)).collect()
                    chosen=form.value("lpa")
                    error=form.error("lpa")
                />
            }
            .into_any(),
        ),
        Choice::new(form_value(&WideChoice::Force), "The whole force")
            .hint("A second administrator must approve it before it goes."),
    ];
    view! {
        <Title text=page_title("Messages for an area or the whole force", &feedback) />
        <FeedbackBanner feedback=feedback.clone() />
        <h1 class="heading-l">"Messages for an area or the whole force"</h1>
        <p>"Residents who follow any neighbourhood of the area, or of the force, get these by email, kind by kind as they choose, and each neighbourhood's page shows them. A neighbourhood's own messages are on its team's pages."</p>
        <h2 class="heading-m" id="written">"Written"</h2>
        {none.then(|| view! { <p>"No messages yet."</p> })}
        <ul class="surgery-list" aria-labelledby="written" hidden=none>
            {messages.into_iter().map(|m| view! {
                <li>
                    <span class="tag">{kind_words(m.kind)}</span>
                    <p><a href=wide_message_path(&m.reference)>{m.title.clone()}</a></p>
                    <span class="hint">{format!("{} · {}", m.reference, status_words(&m))}</span>
                </li>
            }).collect_view()}
        </ul>

        <h2 class="heading-m">"Write a message"</h2>
        <form method="post" action=DraftWideMessage::url() novalidate>
            <Radios name="whom" legend="Who is it for?".to_string() choices=whom chosen=form.value("whom") error=form.error("whom") />
            <MessageFields form />
            <button type="submit" class="button">"Save and check the message"</button>
        </form>
    }
    .into_any()
}
