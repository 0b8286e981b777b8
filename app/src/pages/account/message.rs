//! A team message the resident was sent, in their account: the message, their conversation with
//! the team about it, and writing back. Only residents it was sent to see it here; the team
//! reads replies in the portal and never sees the resident's email address.

use crate::components::emergency::NotForEmergencies;
use crate::components::form::{FeedbackBanner, TextArea, page_title};
use crate::components::page::{PageError, page, route_param};
use crate::components::team_messages::{MessageCard, ShownMessage};
use crate::domain::forms::{FieldError, FormFeedback, minutes_or_hours};
use crate::domain::team_message::{MOST_REPLY, ReplyForm};
use crate::request::RequestContext;
use crate::services::message_replies::{self, Replied, resident_path};
use crate::state::fault;
use crate::{t, t_in};
use entity::message_reply::ReplyAuthor;
use entity::team_message::MessageScope;
use leptos::prelude::*;
use leptos::server_fn::ServerFn;
use leptos_meta::Title;

/// One reply as the resident reads it: who and when, in their language, and what was written.
#[derive(Clone, Debug, PartialEq, Eq)]
struct Said {
    who_and_when: String,
    text: String,
    /// The team write in English; the resident in whatever they chose.
    lang: Option<&'static str>,
}

#[derive(Clone, Debug, PartialEq, Eq)]
struct MessageView {
    message: ShownMessage,
    /// Who it is from: the team, or the force.
    from: String,
    replies: Vec<Said>,
    now: i64,
    feedback: FormFeedback,
}

async fn your_message(reference: String) -> Result<MessageView, PageError> {
    let context = RequestContext::new().await?;
    let language = context.language;
    let Some(resident) = context.session.resident_id().await? else {
        return Err(PageError::Redirect("/sign-in".into()));
    };
    let found = message_replies::of_resident(&context.state.db, resident, &reference)
        .await
        .map_err(|e| fault("reading a message sent to a resident", e))?
        .ok_or(PageError::NotFound)?;
    let from = match found.message.scope {
        MessageScope::Neighbourhood => t_in!(
            language,
            "message-reply-caption",
            neighbourhood = found.neighbourhood.name.as_str()
        ),
        MessageScope::Area | MessageScope::Force => t_in!(
            language,
            "message-reply-caption-force",
            force = context.state.force_name()
        ),
    };
    Ok(MessageView {
        from,
        replies: found
            .replies
            .into_iter()
            .map(|reply| {
                let time = language.time(reply.created_at);
                Said {
                    who_and_when: match reply.author {
                        ReplyAuthor::Resident => t_in!(language, "message-reply-you", time = time),
                        ReplyAuthor::Team => t_in!(language, "message-reply-team", time = time),
                    },
                    text: reply.body,
                    lang: (reply.author == ReplyAuthor::Team).then_some("en"),
                }
            })
            .collect(),
        message: found.message.into(),
        now: context.now(),
        feedback: context.feedback().await?,
    })
}

#[server(prefix = "/fn", endpoint = "account/messages/reply")]
pub async fn write_to_team(#[server(flatten)] form: ReplyForm) -> Result<(), ServerFnError> {
    let context = RequestContext::new().await?;
    let language = context.language;
    let Some(resident) = context.session.resident_id().await? else {
        leptos_axum::redirect("/sign-in");
        return Ok(());
    };
    let path = resident_path(form.reference.trim());
    let text = match form.parse(language) {
        Ok(text) => text,
        Err(errors) => {
            let feedback = FormFeedback::errors_keeping("reply", errors, &form);
            return context.reply(&path, feedback).await;
        }
    };
    let outcome = message_replies::reply(
        &context.state.db,
        &context.state.clock,
        resident,
        &form.reference,
        &text,
    )
    .await
    .map_err(|e| fault("writing to a team about a message", e))?;
    let refuse = |message: String| {
        FormFeedback::errors_keeping("reply", vec![FieldError::new("reply", message)], &form)
    };
    let feedback = match outcome {
        Replied::Sent => FormFeedback::notice("reply", language.text("message-reply-sent")),
        // Back to the account: the message's page is not theirs to show the problem on.
        Replied::NotSentToThem => {
            let refused = FormFeedback::errors(
                "reply",
                vec![FieldError::new(
                    "messages",
                    language.text("message-reply-not-sent"),
                )],
                &[],
            );
            return context.reply("/account", refused).await;
        }
        Replied::TryLater { minutes } => {
            let (count, unit) = minutes_or_hours(minutes);
            refuse(t_in!(
                language,
                "message-reply-too-many",
                limit = message_replies::REPLIES_PER_DAY.attempts,
                count = count,
                unit = unit
            ))
        }
    };
    context.reply(&path, feedback).await
}

#[component]
pub fn YourMessagePage() -> impl IntoView {
    let reference = route_param("reference");
    page(
        move || your_message(reference.clone()),
        |view| view! { <YourMessage view /> },
    )
}

#[component]
fn YourMessage(view: MessageView) -> impl IntoView {
    let MessageView {
        message,
        from,
        replies,
        now,
        feedback,
    } = view;
    let reference = message.reference.clone();
    let title = message.title.clone();
    let none = replies.is_empty();
    view! {
        <Title text=page_title(&title, &feedback) />
        <FeedbackBanner feedback=feedback.clone() />
        <p><a href="/account" class="back-link">{t!("message-reply-back")}</a></p>
        <span class="caption-l">{from}</span>
        <MessageCard message now level=1 />

        <h2 class="heading-m" id="conversation">{t!("message-reply-thread-title")}</h2>
        {none.then(|| view! { <p>{t!("message-reply-thread-none")}</p> })}
        <ol class="timeline" aria-labelledby="conversation" hidden=none>
            {replies.into_iter().map(|Said { who_and_when, text, lang }| view! {
                <li class="timeline__item">
                    <p class="timeline__when">{who_and_when}</p>
                    <p class="timeline__text" lang=lang>{text}</p>
                </li>
            }).collect_view()}
        </ol>

        <h2 class="heading-m">{t!("message-reply-write-title")}</h2>
        <NotForEmergencies />
        <form method="post" action=WriteToTeam::url() novalidate>
            <input type="hidden" name="reference" value=reference />
            <TextArea name="reply" label=t!("message-reply-label") hint=t!("message-reply-hint") max=MOST_REPLY rows=4 feedback=feedback.for_form("reply") />
            <button type="submit" class="button button--secondary">{t!("message-reply-send")}</button>
        </form>
    }
    .into_any()
}
