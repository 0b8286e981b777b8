//! A resident's replies to a team message and the team's answers, in the team's inbox: reading
//! the conversation and answering it. The resident is emailed to read the answer in their
//! account; neither side sees the other's email address.

use super::messages::{message_path, messages_path, thread_path};
use super::neighbourhood::manage_path;
use crate::components::form::{FeedbackBanner, TextArea, page_title};
use crate::components::page::{PageError, page, route_param};
use crate::domain::forms::{FieldError, FormFeedback};
use crate::domain::team_message::{MOST_REPLY, ReplyForm};
use crate::i18n::Language;
use crate::services::clock::format_time;
use crate::services::message_replies::{self, Answered, TeamReply};
use crate::state::fault;
use entity::message_reply::ReplyAuthor;
use entity::team_message::MessageScope;
use leptos::prelude::*;
use leptos::server_fn::ServerFn;
use leptos_meta::Title;

#[derive(Clone, Debug, PartialEq, Eq)]
struct ThreadView {
    code: String,
    name: String,
    reference: String,
    title: String,
    /// The team's own message's page (a message from the force has none here).
    message_link: Option<String>,
    replies: Vec<TeamReply>,
    feedback: FormFeedback,
}

async fn thread(code: String, reference: String) -> Result<ThreadView, PageError> {
    let context = crate::request::RequestContext::new().await?;
    let n = context.neighbourhood_page(&code).await?.into_subject();
    let found = message_replies::team_thread(&context.state.db, n.id, &reference)
        .await
        .map_err(|e| fault("reading a resident's replies to a message", e))?
        .ok_or(PageError::NotFound)?;
    Ok(ThreadView {
        message_link: (found.message.scope == MessageScope::Neighbourhood)
            .then(|| message_path(&n.code, &found.message.reference)),
        reference: found.thread.reference,
        title: found.message.title,
        replies: found.replies,
        code: n.code,
        name: n.name,
        feedback: context.feedback().await?,
    })
}

#[server(prefix = "/fn", endpoint = "staff/messages/answer")]
pub async fn answer_resident(
    code: String,
    seen: i32,
    #[server(flatten)] form: ReplyForm,
) -> Result<(), ServerFnError> {
    let context = crate::request::RequestContext::new().await?;
    let permit = context.neighbourhood_action(&code).await?;
    let code = permit.subject().code.clone();
    let path = thread_path(&code, form.reference.trim());
    let text = match form.parse(Language::English) {
        Ok(text) => text,
        Err(errors) => {
            let feedback = FormFeedback::errors_keeping("answer", errors, &form);
            return context.reply(&path, feedback).await;
        }
    };
    let answered = message_replies::answer(
        &context.state.db,
        &context.state.clock,
        &context.email_site(),
        &permit,
        &form.reference,
        seen,
        &text,
    )
    .await
    .map_err(|e| fault("answering a resident's reply to a message", e))?;
    match answered {
        Answered::Sent => {
            let sent = FormFeedback::notice(
                "answer",
                "Your answer is sent. The resident is emailed to read it in their account.",
            );
            context.reply(&path, sent).await
        }
        // Back to the inbox: there is no such conversation's page to show the problem on.
        Answered::NotFound => {
            let missing = FormFeedback::errors(
                "answer",
                vec![FieldError::new(
                    "replies",
                    "That conversation is not in your team's inbox",
                )],
                &[],
            );
            context.reply(&messages_path(&code), missing).await
        }
    }
}

#[component]
pub fn MessageThreadStaffPage() -> impl IntoView {
    let code = route_param("code");
    let reference = route_param("reference");
    page(
        move || thread(code.clone(), reference.clone()),
        |view| view! { <Thread view /> },
    )
}

#[component]
fn Thread(view: ThreadView) -> impl IntoView {
    let ThreadView {
        code,
        name,
        reference,
        title,
        message_link,
        replies,
        feedback,
    } = view;
    let heading = format!("Replies about “{title}”");
    // The answer settles what was shown: a reply written meanwhile keeps the thread waiting.
    let seen = replies.last().map_or(0, |reply| reply.id);
    view! {
        <Title text=page_title(&heading, &feedback) />
        <FeedbackBanner feedback=feedback.clone() />
        <span class="caption-l">{name.clone()}</span>
        <h1 class="heading-l">{heading.clone()}</h1>
        <p>
            <a href=format!("{}#replies", messages_path(&code))>"Back to the replies from residents"</a>
            {message_link.map(|link| view! { " · "<a href=link>"The message"</a> })}
            " · "<a href=manage_path(&code)>"Managing "{name}</a>
        </p>
        <p class="hint">{format!("Reference {reference}")}</p>
        <ol class="timeline" aria-label="The conversation">
            {replies.into_iter().map(|reply| {
                let who = match (reply.author, reply.name) {
                    (ReplyAuthor::Resident, Some(name)) => format!("{name} (resident) wrote"),
                    (ReplyAuthor::Resident, None) => "The resident wrote".to_string(),
                    (ReplyAuthor::Team, Some(name)) => format!("{name} answered"),
                    (ReplyAuthor::Team, None) => "The team answered".to_string(),
                };
                view! {
                    <li class="timeline__item">
                        <p class="timeline__when">{format!("{who}, {}", format_time(reply.at))}</p>
                        <p class="timeline__text">{reply.body}</p>
                    </li>
                }
            }).collect_view()}
        </ol>
        <h2 class="heading-m">"Answer the resident"</h2>
        <form method="post" action=AnswerResident::url() novalidate>
            <input type="hidden" name="code" value=code />
            <input type="hidden" name="reference" value=reference />
            <input type="hidden" name="seen" value=seen />
            <TextArea name="reply" label="Your reply" hint="The resident is emailed to read it in their account. Neither of you sees the other's email address. Plain text." max=MOST_REPLY rows=5 feedback=feedback.for_form("answer") />
            <button type="submit" class="button">"Send answer"</button>
        </form>
    }
    .into_any()
}
