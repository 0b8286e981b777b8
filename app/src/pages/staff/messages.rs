//! Messages from a neighbourhood's team to the residents who follow it: those written, set to
//! go and sent (with how far each has gone), and writing a new one, which is kept as a draft to
//! read as residents will see it before it is sent.

use super::neighbourhood::manage_path;
use crate::components::form::{
    Choice, DateInput, FeedbackBanner, Radios, TextArea, TextField, page_title,
};
use crate::components::page::{PageError, page, route_param};
use crate::domain::forms::{FormFeedback, TypedDate, form_value};
use crate::domain::team_message::{KINDS, MOST_BODY, MOST_TITLE, MessageForm, kind_key};
use crate::i18n::Language;
use crate::state::fault;
use entity::team_message::{MessageStatus, Model};
use leptos::prelude::*;
use leptos::server_fn::ServerFn;
use leptos_meta::Title;

pub(super) fn messages_path(code: &str) -> String {
    format!("{}/messages", manage_path(code))
}

pub(super) fn message_path(code: &str, reference: &str) -> String {
    format!("{}/{reference}", messages_path(code))
}

/// A resident's thread about a message, in its team's inbox.
pub(super) fn thread_path(code: &str, reference: &str) -> String {
    format!("{}/replies/{reference}", manage_path(code))
}

/// A kind's name, as staff pages write it.
pub(super) fn kind_words(kind: entity::team_message::MessageKind) -> String {
    Language::English.text(kind_key(kind))
}

/// Where a message is, in words for its team.
pub(super) fn status_words(message: &Model) -> String {
    use crate::services::clock::format_time;
    match message.status {
        MessageStatus::Draft => "Draft: not sent".into(),
        MessageStatus::AwaitingApproval => "Waiting for a second administrator's approval".into(),
        MessageStatus::Scheduled => format!(
            "Goes on {}",
            message.send_at.map(format_time).unwrap_or_default()
        ),
        MessageStatus::Sending => "Sending".into(),
        MessageStatus::Sent => format!(
            "Sent on {}",
            message.send_at.map(format_time).unwrap_or_default()
        ),
        MessageStatus::Cancelled => "Cancelled: not sent".into(),
    }
}

#[derive(Clone, Debug, PartialEq, Eq)]
struct MessagesView {
    code: String,
    name: String,
    messages: Vec<Model>,
    /// Residents' replies to the team's messages (and the force's that reached them here).
    inbox: Vec<crate::services::message_replies::ThreadSummary>,
    feedback: FormFeedback,
}

async fn team_messages(code: String) -> Result<MessagesView, PageError> {
    let context = crate::request::RequestContext::new().await?;
    let n = context.neighbourhood_page(&code).await?.into_subject();
    let messages = crate::services::team_messages::for_team(&context.state.db, n.id, 100)
        .await
        .map_err(|e| fault("reading a team's messages", e))?;
    let inbox = crate::services::message_replies::inbox(&context.state.db, n.id, 100)
        .await
        .map_err(|e| fault("reading a team's replies from residents", e))?;
    Ok(MessagesView {
        code: n.code,
        name: n.name,
        messages,
        inbox,
        feedback: context.feedback().await?,
    })
}

#[server(prefix = "/fn", endpoint = "staff/messages/draft")]
pub async fn draft_message(
    code: String,
    #[server(flatten)] form: MessageForm,
) -> Result<(), ServerFnError> {
    let context = crate::request::RequestContext::new().await?;
    let permit = context.neighbourhood_action(&code).await?;
    let code = permit.subject().code.clone();
    let entry = match form.parse(context.now()) {
        Ok(entry) => entry,
        Err(errors) => {
            let feedback = FormFeedback::errors_keeping("message", errors, &form);
            return context.reply(&messages_path(&code), feedback).await;
        }
    };
    let reference = crate::services::team_messages::draft(
        &context.state.db,
        &context.state.clock,
        &permit,
        &entry,
    )
    .await
    .map_err(|e| fault("writing a message", e))?;
    context
        .reply(
            &message_path(&code, &reference),
            FormFeedback::notice(
                "message",
                "The message is saved as a draft. Check it as residents will see it, then send it.",
            ),
        )
        .await
}

#[component]
pub fn TeamMessagesStaffPage() -> impl IntoView {
    let code = route_param("code");
    page(
        move || team_messages(code.clone()),
        |view| view! { <Messages view /> },
    )
}

#[component]
fn Messages(view: MessagesView) -> impl IntoView {
    let MessagesView {
        code,
        name,
        messages,
        inbox,
        feedback,
    } = view;
    let form = feedback.for_form("message");
    let none = messages.is_empty();
    let no_replies = inbox.is_empty();
    let waiting = inbox.iter().filter(|t| t.waiting).count();
    view! {
        <Title text=page_title(&format!("Messages to residents in {name}"), &feedback) />
        <FeedbackBanner feedback=feedback.clone() />
        <span class="caption-l">{name.clone()}</span>
        <h1 class="heading-l">"Messages to residents"</h1>
        <p>
            <a href=manage_path(&code)>"Back to managing "{name.clone()}</a>
            " · "<a href=crate::domain::neighbourhood::messages_path(&code)>"The public page of messages"</a>
        </p>
        <p>"Residents who follow "{name}" get the team's messages by email, kind by kind as they choose. Sent messages are also public on the neighbourhood's page and in its feed."</p>
        <h2 class="heading-m" id="written">"Written"</h2>
        {none.then(|| view! { <p>"No messages yet."</p> })}
        <ul class="surgery-list" aria-labelledby="written" hidden=none>
            {messages.into_iter().map(|m| view! {
                <li>
                    <span class="tag">{kind_words(m.kind)}</span>
                    <p><a href=message_path(&code, &m.reference)>{m.title.clone()}</a></p>
                    <span class="hint">{format!("{} · {}", m.reference, status_words(&m))}</span>
                </li>
            }).collect_view()}
        </ul>

        <h2 class="heading-m" id="replies">"Replies from residents"</h2>
        <p>{match waiting {
            0 => "None waiting for an answer.".to_string(),
            1 => "1 waiting for an answer.".to_string(),
            n => format!("{n} waiting for an answer."),
        }}" Residents write back from their account; neither side sees the other's email address."</p>
        <ul class="surgery-list" aria-labelledby="replies" hidden=no_replies>
            {inbox.into_iter().map(|t| view! {
                <li>
                    {t.waiting.then(|| view! { <strong class="tag tag--warning">"Waiting for an answer"</strong><br /> })}
                    <a href=thread_path(&code, &t.reference)>{format!("About “{}”", t.message_title)}</a>
                    <br /><span class="hint">{format!("{} · last written {}", t.reference, crate::services::clock::format_time(t.updated_at))}</span>
                </li>
            }).collect_view()}
        </ul>

        <h2 class="heading-m">"Write a message"</h2>
        <form method="post" action=DraftMessage::url() novalidate>
            <input type="hidden" name="code" value=code />
            <MessageFields form />
            <button type="submit" class="button">"Save and check the message"</button>
        </form>
    }
    .into_any()
}

/// The message form's fields, for writing one and changing a draft, with what was typed kept.
#[component]
pub(super) fn MessageFields(form: FormFeedback) -> impl IntoView {
    let kinds = KINDS
        .iter()
        .map(|kind| Choice::new(form_value(kind), kind_words(*kind)))
        .collect();
    view! {
        <Radios name="kind" legend="What kind of message is it?".to_string() choices=kinds chosen=form.value("kind") error=form.error("kind") hint="Residents choose which kinds they get by email." />
        <TextField name="title" label="Title" hint=format!("What it is about, in a few words (at most {MOST_TITLE} characters)") autocomplete="off" feedback=form.clone() />
        <TextArea name="body" label="Message" hint="Plain text. Leave a blank line between paragraphs; web addresses become links. No names of residents or victims." max=MOST_BODY rows=8 value=form.value("body") feedback=form.clone() />
        <DateInput name="expires" legend="Last day it applies (optional; a warning needs one)" typed=TypedDate::from_fields(|f| form.value(f), "expires") hint="A warning shows on the neighbourhood page until the end of this day. For example, 27 3 2026" error=form.error("expires_day") />
    }
}
