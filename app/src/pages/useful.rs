//! "Was this message useful?": the page a link in a team message's email opens. Opening it
//! records nothing (a mail scanner following links changes nothing); the resident's button does,
//! once per message, without signing in: the link is signed for them and the message.

use crate::components::form::{Choice, FeedbackBanner, Radios, page_title};
use crate::components::page::{PageError, page, route_param};
use crate::domain::forms::{FieldError, FormFeedback, form_value};
use crate::domain::ids::ResidentId;
use crate::services::message_ratings::{Rated, Useful};
use crate::state::{PortalState, fault};
use crate::t;
use leptos::prelude::*;
use leptos::server_fn::ServerFn;
use leptos_meta::Title;
use leptos_router::hooks::use_query_map;
use sea_orm::{ColumnTrait, EntityTrait, QueryFilter};

fn useful_path(reference: &str) -> String {
    format!("/messages/{reference}/useful")
}

#[server(prefix = "/fn", endpoint = "messages/useful")]
pub async fn answer_useful(
    reference: String,
    resident: ResidentId,
    signature: String,
    answer: Option<Useful>,
) -> Result<(), ServerFnError> {
    let context = crate::request::RequestContext::new().await?;
    // The page again with its link's own query, so the resident can answer again after a
    // refusal.
    let back = format!(
        "{}?resident={resident}&signature={}{}",
        useful_path(&reference),
        url::form_urlencoded::byte_serialize(signature.as_bytes()).collect::<String>(),
        answer
            .map(|answer| format!("&answer={}", form_value(&answer)))
            .unwrap_or_default()
    );
    let language = context.language;
    let refuse = |message: &str| {
        FormFeedback::errors(
            "useful",
            vec![FieldError::new("answer", language.text(message))],
            &[],
        )
    };
    let Some(answer) = answer else {
        return context.reply(&back, refuse("useful-missing")).await;
    };
    let rated = crate::services::message_ratings::rate(
        &context.state.db,
        &context.state.bucket_keys,
        context.now(),
        resident,
        &reference,
        &signature,
        answer,
    )
    .await
    .map_err(|e| fault("recording whether a message was useful", e))?;
    let feedback = match rated {
        Rated::Recorded => FormFeedback::notice("useful", language.text("useful-thanks")),
        Rated::NotRecognised => refuse("useful-not-recognised"),
        Rated::NotSentToThem => refuse("useful-not-sent"),
    };
    context.reply(&back, feedback).await
}

#[derive(Clone, Debug, PartialEq, Eq)]
struct UsefulView {
    reference: String,
    title: String,
    feedback: FormFeedback,
}

async fn useful(reference: String) -> Result<UsefulView, PageError> {
    let state = PortalState::from_context()?;
    let message = entity::team_message::Entity::find()
        .filter(entity::team_message::Column::Reference.eq(reference.trim().to_uppercase()))
        .one(&state.db)
        .await
        .map_err(|e| fault("reading a message", e))?
        .filter(|m| m.status.is_out())
        .ok_or(PageError::NotFound)?;
    Ok(UsefulView {
        reference: message.reference,
        title: message.title,
        feedback: crate::request::feedback().await?,
    })
}

#[component]
pub fn UsefulPage() -> impl IntoView {
    let reference = route_param("reference");
    let (resident, signature, answer) = {
        let query = use_query_map().read_untracked();
        (
            query.get("resident").unwrap_or_default(),
            query.get("signature").unwrap_or_default(),
            query.get("answer").unwrap_or_default(),
        )
    };
    page(
        move || useful(reference.clone()),
        move |UsefulView {
                  reference,
                  title,
                  feedback,
              }| {
            let language = crate::i18n::current();
            let done = feedback.form == "useful"
                && feedback.errors.is_empty()
                && feedback.notice.is_some();
            let heading = t!("useful-title");
            let title = crate::components::data::StaffText::of(language, (&title, true));
            let chosen = if feedback.value("answer").is_empty() {
                answer.clone()
            } else {
                feedback.value("answer")
            };
            view! {
                <Title text=page_title(&heading, &feedback) />
                <FeedbackBanner feedback=feedback.clone() />
                <h1 class="heading-l">{heading}</h1>
                <p class="lead" lang=title.lang>{title.text}</p>
                {(!done).then(|| view! {
                    <p>{t!("useful-intro")}</p>
                    <form method="post" action=AnswerUseful::url() novalidate>
                        <input type="hidden" name="reference" value=reference.clone() />
                        <input type="hidden" name="resident" value=resident.clone() />
                        <input type="hidden" name="signature" value=signature.clone() />
                        <Radios
                            name="answer"
                            legend=t!("useful-title")
                            choices=vec![
                                Choice::new(form_value(&Useful::Yes), t!("useful-yes")),
                                Choice::new(form_value(&Useful::No), t!("useful-no")),
                            ]
                            chosen=chosen.clone()
                            error=feedback.error("answer")
                        />
                        <button type="submit" class="button">{t!("useful-send")}</button>
                    </form>
                })}
            }
            .into_any()
        },
    )
}
