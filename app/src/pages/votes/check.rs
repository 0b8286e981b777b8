//! Voting, step two: check your answers, then cast the ballot. Casting replaces any earlier
//! ballot of the resident's; casting twice counts once.

use super::choose::{open_vote, voter};
use crate::components::data::StaffText;
use crate::components::form::FeedbackBanner;
use crate::components::page::{PageError, page, route_param};
use crate::domain::forms::FormFeedback;
use crate::request::RequestContext;
use crate::services::votes::vote_path;
use crate::session::VoteFlow;
use crate::state::fault;
use crate::t;
use leptos::prelude::*;
use leptos::server_fn::ServerFn;
use leptos_meta::Title;

#[derive(Clone, Debug, PartialEq, Eq)]
struct CheckView {
    id: i32,
    question: StaffText,
    chosen: Vec<StaffText>,
    changing: bool,
    feedback: FormFeedback,
}

async fn check(id: String) -> Result<CheckView, PageError> {
    let id: i32 = id.parse().map_err(|_| PageError::NotFound)?;
    let context = RequestContext::new().await?;
    let detail = open_vote(&context, id).await??;
    let resident = voter(&context, id).await??;
    // Only the state this page is for: options chosen for this vote.
    let Some(VoteFlow::Chosen(draft)) = context.session.vote_flow(id).await? else {
        return Err(PageError::Redirect(format!("/votes/{id}/choose")));
    };
    let changing = crate::services::votes::resident_choices(&context.state.db, id, resident)
        .await
        .map_err(|e| fault("reading a ballot", e))?
        .is_some();
    let language = context.language;
    Ok(CheckView {
        id,
        question: StaffText::chosen(
            language,
            &detail.vote.question,
            detail.vote.question_cy.as_deref(),
        ),
        chosen: detail
            .options
            .into_iter()
            .filter(|o| draft.choices.contains(&o.id))
            .map(|o| StaffText::chosen(language, &o.label, o.label_cy.as_deref()))
            .collect(),
        changing,
        feedback: context.feedback().await?,
    })
}

#[server(prefix = "/fn", endpoint = "votes/confirm")]
pub async fn cast_ballot(vote_id: i32) -> Result<(), ServerFnError> {
    use crate::domain::forms::FieldError;
    use crate::services::votes::{self, BallotRequest, Voted};
    let context = RequestContext::new().await?;
    let Some(resident_id) = context.session.resident_id().await? else {
        leptos_axum::redirect("/sign-in");
        return Ok(());
    };
    let Some(VoteFlow::Chosen(draft)) = context.session.vote_flow(vote_id).await? else {
        leptos_axum::redirect(&format!("/votes/{vote_id}/choose"));
        return Ok(());
    };
    let outcome = votes::cast(
        &context.state.db,
        &context.state.clock,
        &BallotRequest {
            vote_id,
            resident_id,
            choices: draft.choices.clone(),
            postcode_confirmed: draft.postcode_confirmed,
        },
    )
    .await
    .map_err(|e| fault("casting a ballot", e))?;
    let problem = |path: String, message: String| {
        (
            path,
            FormFeedback::errors("choose", vec![FieldError::new("choices", message)], &[]),
        )
    };
    let (path, feedback) = match outcome {
        Voted::Counted => {
            context.session.set_vote_flow(None).await?;
            (
                vote_path(vote_id),
                FormFeedback::notice("voted", context.language.text("vote-recorded")),
            )
        }
        Voted::NotOpen => {
            context.session.set_vote_flow(None).await?;
            (
                vote_path(vote_id),
                FormFeedback::errors(
                    "vote",
                    vec![FieldError::new(
                        "vote",
                        context.language.text("vote-has-closed"),
                    )],
                    &[],
                ),
            )
        }
        Voted::NotEligible => {
            context.session.set_vote_flow(None).await?;
            (
                format!("/votes/{vote_id}/postcode"),
                FormFeedback::default(),
            )
        }
        Voted::Refused(refused) => problem(
            format!("/votes/{vote_id}/choose"),
            refused.message_in(context.language),
        ),
    };
    context.reply(&path, feedback).await
}

#[component]
pub fn CheckVotePage() -> impl IntoView {
    let id = route_param("id");
    page(move || check(id.clone()), |view| view! { <Check view /> })
}

#[component]
fn Check(view: CheckView) -> impl IntoView {
    let CheckView {
        id,
        question,
        chosen,
        changing,
        feedback,
    } = view;
    let change = format!("/votes/{id}/choose");
    view! {
        <Title text=t!("vote-check-title") />
        <FeedbackBanner feedback />
        <p><a href=change.clone() class="back-link">{t!("vote-back")}</a></p>
        <span class="caption-l" lang=question.lang>{question.text}</span>
        <h1 class="heading-l">{t!("vote-check-title")}</h1>
        <dl class="summary-list">
            <div class="summary-list__row">
                <dt class="summary-list__key">{t!("vote-voting-for")}</dt>
                <dd class="summary-list__value">
                    <ul class="list">{chosen.into_iter().map(|c| view! { <li lang=c.lang>{c.text}</li> }).collect_view()}</ul>
                </dd>
                <dd class="summary-list__actions"><a href=change>{t!("vote-change")}<span class="visually-hidden">" "{t!("vote-change-hidden")}</span></a></dd>
            </div>
        </dl>
        {changing.then(|| view! { <p>{t!("vote-replaces")}</p> })}
        <form method="post" action=CastBallot::url()>
            <input type="hidden" name="vote_id" value=id />
            <button type="submit" class="button">{t!("vote-cast")}</button>
        </form>
    }
    .into_any()
}
