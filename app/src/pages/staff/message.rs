//! One message, for its team (or, for an area or the whole force, for administrators): read as
//! residents will see it; a draft changed, sent now or set to go at a time (for the whole force,
//! once a second administrator approves it); cancelled before it goes; and, once it goes, how
//! many emails are queued, sent and failed.

use super::messages::{MessageFields, kind_words, message_path, messages_path, status_words};
use super::neighbourhood::manage_path;
use crate::components::form::{Choice, DateInput, FeedbackBanner, Radios, TextField, page_title};
use crate::components::page::{PageError, page, route_param};
use crate::components::team_messages::{MessageCard, ShownMessage};
use crate::domain::forms::{FieldError, FormFeedback, TypedDate, form_value};
use crate::domain::team_message::{MessageForm, SendForm, SendWhen};
use crate::services::team_messages::{self, Author, Progress, Step};
use crate::state::fault;
use entity::team_message::{MessageStatus, Model};
use leptos::prelude::*;
use leptos::server_fn::ServerFn;
use leptos_meta::Title;

/// Whose messages: a neighbourhood team's, or administrators' for an area or the whole force.
/// It decides the page's links and which server functions its forms post to.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Holder {
    Team { code: String, name: String },
    Force,
}

impl Holder {
    /// The hidden fields naming the message, for each form on its page.
    fn fields(&self, reference: &str) -> AnyView {
        let code = match self {
            Holder::Team { code, .. } => {
                Some(view! { <input type="hidden" name="code" value=code.clone() /> })
            }
            Holder::Force => None,
        };
        view! { {code}<input type="hidden" name="reference" value=reference.to_string() /> }
            .into_any()
    }

    fn actions(&self) -> [String; 3] {
        use super::wide_messages::{CancelWideMessage, ChangeWideMessage, SendWideMessage};
        match self {
            Holder::Team { .. } => [
                SendMessage::url(),
                ChangeMessage::url(),
                CancelMessage::url(),
            ],
            Holder::Force => [
                SendWideMessage::url(),
                ChangeWideMessage::url(),
                CancelWideMessage::url(),
            ],
        }
        .map(str::to_string)
    }
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct MessageView {
    pub holder: Holder,
    pub message: Model,
    pub progress: Progress,
    pub now: i64,
    /// The draft's form as sent back with a problem, or filled in from the draft.
    pub form: FormFeedback,
    pub feedback: FormFeedback,
    /// Whether the viewer may approve it (a message for the whole force they did not write).
    pub may_approve: bool,
    /// Residents who answered "Was this useful?": yes, and no.
    pub useful: (u64, u64),
}

async fn team_message(code: String, reference: String) -> Result<MessageView, PageError> {
    use crate::services::team_messages;
    let context = crate::request::RequestContext::new().await?;
    let n = context.neighbourhood_page(&code).await?.into_subject();
    let db = &context.state.db;
    let message = team_messages::find(db, n.id, &reference)
        .await
        .map_err(|e| fault("reading a message", e))?
        .ok_or(PageError::NotFound)?;
    let holder = Holder::Team {
        code: n.code,
        name: n.name,
    };
    MessageView::of(&context, holder, message, false).await
}

impl MessageView {
    /// The page of `message`, with how far it has gone and the feedback of the last form.
    pub(super) async fn of(
        context: &crate::request::RequestContext,
        holder: Holder,
        message: Model,
        may_approve: bool,
    ) -> Result<Self, PageError> {
        let progress = crate::services::team_messages::progress(&context.state.db, message.id)
            .await
            .map_err(|e| fault("counting a message's emails", e))?;
        let useful = crate::services::message_ratings::counts(&context.state.db, message.id)
            .await
            .map_err(|e| fault("counting answers about a message", e))?;
        let feedback = context.feedback().await?;
        let form = if feedback.form == "message" && !feedback.errors.is_empty() {
            feedback.clone()
        } else {
            as_typed(&message)
        };
        Ok(MessageView {
            holder,
            message,
            progress,
            now: context.now(),
            form,
            feedback,
            may_approve,
            useful,
        })
    }
}

/// The form as the draft stands, to change.
pub(super) fn as_typed(message: &Model) -> FormFeedback {
    let last_day = message
        .expires_at
        .map(|end| crate::domain::schedule::uk_local(end - 1).date());
    let part = |format: &str| {
        last_day
            .map(|day| day.format(format).to_string())
            .unwrap_or_default()
    };
    let typed = MessageForm {
        kind: Some(message.kind),
        title: message.title.clone(),
        body: message.body.clone(),
        expires_day: part("%-d"),
        expires_month: part("%-m"),
        expires_year: part("%Y"),
    };
    FormFeedback::errors_keeping("message", Vec::new(), &typed)
}

/// What a step refused says, on the message's page.
pub(super) fn refused(status: MessageStatus) -> FormFeedback {
    let why = match status {
        MessageStatus::Draft => "It is still a draft",
        MessageStatus::AwaitingApproval => {
            "It waits for a second administrator's approval, so it can no longer be changed"
        }
        MessageStatus::Scheduled => "It is already set to go, so it can no longer be changed",
        MessageStatus::Sending | MessageStatus::Sent => "It has already been sent",
        MessageStatus::Cancelled => "It was cancelled",
    };
    FormFeedback::errors(
        "message-step",
        vec![FieldError::new(
            "message-step",
            format!("{why}: nothing was changed"),
        )],
        &[],
    )
}

#[server(prefix = "/fn", endpoint = "staff/messages/change")]
pub async fn change_message(
    code: String,
    reference: String,
    #[server(flatten)] form: MessageForm,
) -> Result<(), ServerFnError> {
    let context = crate::request::RequestContext::new().await?;
    let permit = context.neighbourhood_action(&code).await?;
    let back = message_path(&permit.subject().code, &reference);
    change_draft(&context, Author::Team(&permit), &reference, &back, &form).await
}

#[server(prefix = "/fn", endpoint = "staff/messages/send")]
pub async fn send_message(
    code: String,
    reference: String,
    #[server(flatten)] form: SendForm,
) -> Result<(), ServerFnError> {
    let context = crate::request::RequestContext::new().await?;
    let permit = context.neighbourhood_action(&code).await?;
    let back = message_path(&permit.subject().code, &reference);
    send(&context, Author::Team(&permit), &reference, &back, &form).await
}

#[server(prefix = "/fn", endpoint = "staff/messages/cancel")]
pub async fn cancel_message(code: String, reference: String) -> Result<(), ServerFnError> {
    let context = crate::request::RequestContext::new().await?;
    let permit = context.neighbourhood_action(&code).await?;
    let back = message_path(&permit.subject().code, &reference);
    cancel(&context, Author::Team(&permit), &reference, &back).await
}

/// Changes `author`'s draft `reference` as the form says, then answers on its page `back`.
/// The team's and the administrators' server functions differ only in who acts and where.
pub(super) async fn change_draft(
    context: &crate::request::RequestContext,
    author: Author<'_>,
    reference: &str,
    back: &str,
    form: &MessageForm,
) -> Result<(), ServerFnError> {
    let entry = match form.parse(context.now()) {
        Ok(entry) => entry,
        Err(errors) => {
            let feedback = FormFeedback::errors_keeping("message", errors, form);
            return context.reply(back, feedback).await;
        }
    };
    let step = team_messages::change_draft(
        &context.state.db,
        &context.state.clock,
        author,
        reference,
        &entry,
    )
    .await
    .map_err(|e| fault("changing a message", e))?;
    let done = FormFeedback::notice(
        "message",
        "The draft is changed. Check it again, then send it.",
    );
    context.reply(back, after_step(step, done)?).await
}

/// Sends `author`'s draft `reference` when the form says, then answers on its page `back`.
pub(super) async fn send(
    context: &crate::request::RequestContext,
    author: Author<'_>,
    reference: &str,
    back: &str,
    form: &SendForm,
) -> Result<(), ServerFnError> {
    let db = &context.state.db;
    let message = author
        .find(db, reference)
        .await
        .map_err(|e| fault("reading a message", e))?
        .ok_or_else(no_such_message)?;
    let at = match form.parse(context.now(), message.expires_at) {
        Ok(at) => at,
        Err(errors) => {
            let feedback = FormFeedback::errors_keeping("send", errors, form);
            return context.reply(back, feedback).await;
        }
    };
    let step = team_messages::send(db, &context.state.clock, author, reference, at)
        .await
        .map_err(|e| fault("sending a message", e))?;
    context
        .reply(back, sent(step, &message, at, context.now())?)
        .await
}

/// Cancels `author`'s message `reference`, then answers on its page `back`.
pub(super) async fn cancel(
    context: &crate::request::RequestContext,
    author: Author<'_>,
    reference: &str,
    back: &str,
) -> Result<(), ServerFnError> {
    let step = team_messages::cancel(&context.state.db, &context.state.clock, author, reference)
        .await
        .map_err(|e| fault("cancelling a message", e))?;
    let done = FormFeedback::notice("message", "The message is cancelled. It will not be sent.");
    context.reply(back, after_step(step, done)?).await
}

/// What a step on a message says: `done`, or why nothing changed.
pub(super) fn after_step(step: Step, done: FormFeedback) -> Result<FormFeedback, ServerFnError> {
    match step {
        Step::Done => Ok(done),
        Step::NotFound => Err(no_such_message()),
        Step::TooLate(status) => Ok(refused(status)),
        Step::Refused(why) => Ok(refusal(why)),
    }
}

/// What sending said: on its way, set to go at a time, or waiting for approval.
pub(super) fn sent(
    step: Step,
    message: &Model,
    at: i64,
    now: i64,
) -> Result<FormFeedback, ServerFnError> {
    use entity::team_message::MessageScope;
    Ok(match step {
        Step::Done if message.scope == MessageScope::Force => FormFeedback::notice(
            "send",
            "The message waits for a second administrator to approve it. It goes once they do.",
        ),
        Step::Done if at <= now => FormFeedback::notice(
            "send",
            "The message is on its way to the residents who follow its neighbourhoods",
        ),
        Step::Done => FormFeedback::notice(
            "send",
            format!(
                "The message will go on {}",
                crate::services::clock::format_time(at)
            ),
        ),
        other => return after_step(other, FormFeedback::default()),
    })
}

/// What a refused step says, on the message's page.
pub(super) fn refusal(why: crate::services::team_messages::Refusal) -> FormFeedback {
    use crate::services::team_messages::Refusal;
    let message = match why {
        Refusal::NotTheAuthor => {
            "Only the administrator who wrote a message for the whole force may change or send it: nothing was changed"
        }
        Refusal::Ended => "Its last day has passed: nothing was sent",
    };
    FormFeedback::errors(
        "message-step",
        vec![FieldError::new("message-step", message)],
        &[],
    )
}

pub(super) fn no_such_message() -> ServerFnError {
    crate::request::deny(http::StatusCode::NOT_FOUND, "No such message")
}

#[component]
pub fn TeamMessageStaffPage() -> impl IntoView {
    let code = route_param("code");
    let reference = route_param("reference");
    page(
        move || team_message(code.clone(), reference.clone()),
        |view| view! { <Message view /> },
    )
}

#[component]
pub(super) fn Message(view: MessageView) -> impl IntoView {
    let MessageView {
        holder,
        message,
        progress,
        now,
        form,
        feedback,
        may_approve,
        useful: (useful_yes, useful_no),
    } = view;
    let reference = message.reference.clone();
    let status = message.status;
    let send_feedback = feedback.for_form("send");
    let step_feedback = feedback.for_form("message-step");
    let preview = ShownMessage {
        sent_at: message.send_at.or(Some(now)),
        ..ShownMessage::from(message.clone())
    };
    let went = status.is_out();
    let Progress {
        queued,
        sent,
        failed,
        skipped,
        in_digests,
    } = progress;
    let [send_action, change_action, cancel_action] = holder.actions();
    let (caption, back) = match &holder {
        Holder::Team { code, name } => (
            name.clone(),
            view! {
                <a href=messages_path(code)>"All messages to residents"</a>
                " · "<a href=manage_path(code)>"Back to managing "{name.clone()}</a>
            }
            .into_any(),
        ),
        Holder::Force => (
            "Messages for an area or the whole force".to_string(),
            view! { <a href=super::wide_messages::WIDE_MESSAGES>"All messages for areas and the whole force"</a> }.into_any(),
        ),
    };
    let waits = status == MessageStatus::AwaitingApproval;
    view! {
        <Title text=page_title(&format!("Message {reference}"), &feedback) />
        <FeedbackBanner feedback=feedback.clone() />
        {step_feedback.error("message-step").map(|why| view! { <p class="error-message">{why}</p> })}
        <span class="caption-l">{caption}</span>
        <h1 class="heading-l">{message.title.clone()}</h1>
        <p>{back}</p>
        <dl class="summary-list">
            <div class="summary-list__row"><dt class="summary-list__key">"Reference"</dt><dd class="summary-list__value">{reference.clone()}</dd></div>
            <div class="summary-list__row"><dt class="summary-list__key">"Kind"</dt><dd class="summary-list__value">{kind_words(message.kind)}</dd></div>
            <div class="summary-list__row"><dt class="summary-list__key">"Status"</dt><dd class="summary-list__value">{status_words(&message)}</dd></div>
            {went.then(|| view! {
                <div class="summary-list__row"><dt class="summary-list__key">"Residents"</dt><dd class="summary-list__value">{format!("{} following when it went", message.recipients)}</dd></div>
                <div class="summary-list__row"><dt class="summary-list__key">"Was it useful?"</dt><dd class="summary-list__value">{format!("{useful_yes} residents said yes, {useful_no} said no")}</dd></div>
                <div class="summary-list__row"><dt class="summary-list__key">"Emails"</dt><dd class="summary-list__value">{format!("{queued} queued, {sent} sent, {failed} failed")}{(in_digests > 0).then(|| format!(" ({in_digests} of those queued wait for residents' daily or weekly digests)"))}{(skipped > 0).then(|| format!(", {skipped} not sent (the resident stopped this kind)"))}</dd></div>
            })}
        </dl>

        <h2 class="heading-m">"As residents will see it"</h2>
        <div class="preview">
            <MessageCard message=preview now level=3 />
        </div>

        {(waits && may_approve).then(|| view! {
            <h2 class="heading-m">"Approve the message"</h2>
            <p>"It goes to every resident who follows a neighbourhood of the force, at the time its author chose, once you approve it."</p>
            <form method="post" action=super::wide_messages::ApproveMessage::url()>
                <input type="hidden" name="reference" value=reference.clone() />
                <button type="submit" class="button">"Approve and send the message"</button>
            </form>
        })}
        {(waits && !may_approve).then(|| view! {
            <p class="inset-text">"It waits for another administrator to approve it: a message for the whole force needs two."</p>
        })}
        {(status == MessageStatus::Draft).then(|| {
            let choices = vec![
                Choice::new(form_value(&SendWhen::Now), "Now"),
                Choice::new(form_value(&SendWhen::Later), "At a time I choose").reveal(view! {
                    <DateInput name="send" legend="Day it goes" typed=TypedDate::from_fields(|f| send_feedback.value(f), "send") error=send_feedback.error("send_day") />
                    <TextField name="send_time" label="Time" hint="For example, 9am or 2:30pm" autocomplete="off" feedback=send_feedback.clone() />
                }.into_any()),
            ];
            let hint = if holder == Holder::Force && message.scope == entity::team_message::MessageScope::Force {
                "It goes by email to every resident who follows a neighbourhood of the force and gets this kind, once a second administrator approves it."
            } else {
                "It goes by email to every resident who follows its neighbourhoods and gets this kind, and shows on their public pages."
            };
            view! {
                <h2 class="heading-m">"Send the message"</h2>
                <form method="post" action=send_action.clone() novalidate>
                    {holder.fields(&reference)}
                    <Radios name="when" legend="When should it go?".to_string() choices chosen=send_feedback.value("when") error=send_feedback.error("when") hint=hint />
                    <button type="submit" class="button">"Send the message"</button>
                </form>
                <h2 class="heading-m">"Change the draft"</h2>
                <form method="post" action=change_action.clone() novalidate>
                    {holder.fields(&reference)}
                    <MessageFields form=form.clone() />
                    <button type="submit" class="button button--secondary">"Save the changes"</button>
                </form>
            }
        })}
        {matches!(status, MessageStatus::Draft | MessageStatus::AwaitingApproval | MessageStatus::Scheduled).then(|| view! {
            <h2 class="heading-m">"Cancel the message"</h2>
            <p>"A cancelled message is never sent. It stays in the list."</p>
            <form method="post" action=cancel_action.clone()>
                {holder.fields(&reference)}
                <button type="submit" class="button button--warning">"Cancel the message"</button>
            </form>
        })}
    }
    .into_any()
}
