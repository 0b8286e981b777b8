//! Voting, step one: for a vote open only to the neighbourhood's residents, confirm a postcode in
//! it (the postcode is checked through the gazetteer and not kept); then choose. Only signed-in
//! residents vote, one ballot each, which they may change until the vote closes.

use crate::components::data::StaffText;
use crate::components::error_summary::{ErrorSummary, FieldError};
use crate::components::form::{FeedbackBanner, PostcodeField, page_title};
use crate::components::page::{PageError, page, route_param};
use crate::domain::forms::FormFeedback;
use crate::domain::ids::ResidentId;
use crate::request::RequestContext;
use crate::services::votes::{VoteDetail, VoteState, vote_path};
use crate::session::{VoteDraft, VoteFlow};
use crate::state::fault;
use crate::t;
use entity::vote::Eligibility;
use leptos::prelude::*;
use leptos::server_fn::ServerFn;
use leptos_meta::Title;

/// The vote, if it is open now; otherwise the page to go to instead (its own).
pub(super) async fn open_vote(
    context: &RequestContext,
    id: i32,
) -> Result<Result<VoteDetail, PageError>, ServerFnError> {
    use crate::services::votes;
    let Some(detail) = votes::detail(&context.state.db, id)
        .await
        .map_err(|e| fault("reading a vote", e))?
    else {
        return Ok(Err(PageError::NotFound));
    };
    if votes::state(&detail.vote, context.now()) != VoteState::Open {
        return Ok(Err(PageError::Redirect(vote_path(id))));
    }
    Ok(Ok(detail))
}

/// The signed-in resident; anyone else is sent to sign in and brought back to this vote.
pub(super) async fn voter(
    context: &RequestContext,
    vote_id: i32,
) -> Result<Result<ResidentId, PageError>, ServerFnError> {
    context
        .resident_or_sign_in(
            crate::session::AfterSignIn::Vote { vote_id },
            &context.language.text("vote-sign-in-to-vote"),
        )
        .await
}

/// Whether the resident may choose now, and with a postcode confirmed: a vote for the
/// neighbourhood's residents needs one confirmed first (None until it is).
pub(super) async fn may_choose(
    context: &RequestContext,
    detail: &VoteDetail,
) -> Result<Option<bool>, ServerFnError> {
    if detail.vote.eligibility == Eligibility::AnyResident {
        return Ok(Some(false));
    }
    let confirmed = context
        .session
        .vote_flow(detail.vote.id)
        .await?
        .is_some_and(|flow| flow.postcode_confirmed());
    Ok(confirmed.then_some(true))
}

#[derive(Clone, Debug, PartialEq, Eq)]
struct ChooseView {
    id: i32,
    question: StaffText,
    most_choices: i32,
    /// (option id, label, chosen)
    options: Vec<(i32, StaffText, bool)>,
    feedback: FormFeedback,
}

async fn choose(id: String) -> Result<ChooseView, PageError> {
    let id: i32 = id.parse().map_err(|_| PageError::NotFound)?;
    let context = RequestContext::new().await?;
    let detail = open_vote(&context, id).await??;
    let resident = voter(&context, id).await??;
    if may_choose(&context, &detail).await?.is_none() {
        return Err(PageError::Redirect(format!("/votes/{id}/postcode")));
    }
    let drafted = match context.session.vote_flow(id).await? {
        Some(VoteFlow::Chosen(draft)) => Some(draft.choices),
        _ => None,
    };
    let chosen = match drafted {
        Some(chosen) => chosen,
        None => crate::services::votes::resident_choices(&context.state.db, id, resident)
            .await
            .map_err(|e| fault("reading a ballot", e))?
            .unwrap_or_default(),
    };
    let language = context.language;
    Ok(ChooseView {
        id,
        question: StaffText::chosen(
            language,
            &detail.vote.question,
            detail.vote.question_cy.as_deref(),
        ),
        most_choices: detail.vote.most_choices,
        options: detail
            .options
            .into_iter()
            .map(|o| {
                let label = StaffText::chosen(language, &o.label, o.label_cy.as_deref());
                (o.id, label, chosen.contains(&o.id))
            })
            .collect(),
        feedback: context.feedback().await?,
    })
}

#[server(prefix = "/fn", endpoint = "votes/postcode")]
pub async fn confirm_postcode(vote_id: i32, postcode: String) -> Result<(), ServerFnError> {
    use crate::domain::find::FindOutcome;
    let context = RequestContext::new().await?;
    let detail = match open_vote(&context, vote_id).await? {
        Ok(detail) => detail,
        Err(_) => {
            leptos_axum::redirect(&vote_path(vote_id));
            return Ok(());
        }
    };
    if voter(&context, vote_id).await?.is_err() {
        leptos_axum::redirect("/sign-in");
        return Ok(());
    }
    let path = format!("/votes/{vote_id}/postcode");
    let outcome =
        crate::services::find::find_neighbourhood(&context.state.gazetteer.current(), &postcode)
            .map_err(|e| fault("finding a neighbourhood", e))?;
    let problem = match outcome {
        FindOutcome::Neighbourhood { code } if code == detail.neighbourhood.code => {
            context
                .session
                .set_vote_flow(Some(VoteFlow::Eligible { vote_id }))
                .await?;
            leptos_axum::redirect(&format!("/votes/{vote_id}/choose"));
            return Ok(());
        }
        FindOutcome::Neighbourhood { .. } => crate::t_in!(
            context.language,
            "vote-postcode-elsewhere",
            neighbourhood = detail.neighbourhood.name.as_str()
        ),
        FindOutcome::District { .. } => context.language.text("vote-postcode-district"),
        FindOutcome::Problem(problem) => problem.message(context.language),
    };
    context
        .reply(
            &path,
            FormFeedback::errors(
                "postcode",
                vec![crate::domain::forms::FieldError::new("postcode", problem)],
                &[("postcode", postcode.as_str())],
            ),
        )
        .await
}

#[server(prefix = "/fn", endpoint = "votes/choose")]
pub async fn choose_options(vote_id: i32, choices: Option<Vec<i32>>) -> Result<(), ServerFnError> {
    use crate::domain::vote::check_choices;
    let context = RequestContext::new().await?;
    let detail = match open_vote(&context, vote_id).await? {
        Ok(detail) => detail,
        Err(_) => {
            leptos_axum::redirect(&vote_path(vote_id));
            return Ok(());
        }
    };
    if voter(&context, vote_id).await?.is_err() {
        leptos_axum::redirect("/sign-in");
        return Ok(());
    }
    let Some(postcode_confirmed) = may_choose(&context, &detail).await? else {
        leptos_axum::redirect(&format!("/votes/{vote_id}/postcode"));
        return Ok(());
    };
    let options: Vec<i32> = detail.options.iter().map(|o| o.id).collect();
    match check_choices(
        &choices.unwrap_or_default(),
        &options,
        detail.vote.most_choices as usize,
    ) {
        Ok(choices) => {
            context
                .session
                .set_vote_flow(Some(VoteFlow::Chosen(VoteDraft {
                    vote_id,
                    choices,
                    postcode_confirmed,
                })))
                .await?;
            leptos_axum::redirect(&format!("/votes/{vote_id}/check"));
            Ok(())
        }
        Err(problem) => {
            context
                .reply(
                    &format!("/votes/{vote_id}/choose"),
                    FormFeedback::errors(
                        "choose",
                        vec![crate::domain::forms::FieldError::new(
                            "choices",
                            problem.message_in(context.language),
                        )],
                        &[],
                    ),
                )
                .await
        }
    }
}

#[component]
pub fn ChooseVotePage() -> impl IntoView {
    let id = route_param("id");
    page(move || choose(id.clone()), |view| view! { <Choose view /> })
}

#[component]
fn Choose(view: ChooseView) -> impl IntoView {
    let ChooseView {
        id,
        question,
        most_choices,
        options,
        feedback,
    } = view;
    let one = most_choices == 1;
    let error = feedback.error("choices");
    let has_error = error.is_some();
    let hint = t!("vote-select-limit", count = most_choices);
    view! {
        <Title text=page_title(&question.text, &feedback) />
        <FeedbackBanner feedback=feedback.clone() />
        <p><a href=vote_path(id) class="back-link">{t!("vote-back")}</a></p>
        <form method="post" action=ChooseOptions::url() novalidate>
            <input type="hidden" name="vote_id" value=id />
            <div class="form-group" class:form-group--error=has_error>
                <fieldset class="fieldset" aria-describedby=if has_error { "choices-hint choices-error" } else { "choices-hint" }>
                    <legend class="fieldset__legend fieldset__legend--l"><h1 class="heading-l" lang=question.lang>{question.text}</h1></legend>
                    <p id="choices-hint" class="hint">{hint}</p>
                    {error.map(|message| view! {
                        <p id="choices-error" class="error-message"><span class="visually-hidden">{t!("error-prefix")}" "</span>{message}</p>
                    })}
                    <div class=if one { "radios" } else { "checkboxes" }>
                        {options.into_iter().enumerate().map(|(i, (option, label, chosen))| {
                            let field = if i == 0 { "choices".to_string() } else { format!("choices-{i}") };
                            // Radios share one name; checkboxes each carry their place in the list.
                            let name = if one { "choices[0]".to_string() } else { format!("choices[{i}]") };
                            view! {
                                <div class=if one { "radios__item" } else { "checkbox" }>
                                    <input
                                        class=if one { "radios__input" } else { "checkbox__input" }
                                        id=field.clone()
                                        name=name
                                        type=if one { "radio" } else { "checkbox" }
                                        value=option
                                        checked=chosen
                                    />
                                    <label class=if one { "label radios__label" } else { "label checkbox__label" } for=field lang=label.lang>{label.text}</label>
                                </div>
                            }
                        }).collect_view()}
                    </div>
                </fieldset>
            </div>
            <button type="submit" class="button">{t!("vote-continue")}</button>
        </form>
    }
    .into_any()
}

#[derive(Clone, Debug, PartialEq, Eq)]
struct PostcodeView {
    id: i32,
    neighbourhood: String,
    entered: String,
    problem: Option<String>,
}

async fn postcode(id: String) -> Result<PostcodeView, PageError> {
    let id: i32 = id.parse().map_err(|_| PageError::NotFound)?;
    let context = RequestContext::new().await?;
    let detail = open_vote(&context, id).await??;
    voter(&context, id).await??;
    let feedback = context.feedback().await?;
    Ok(PostcodeView {
        id,
        neighbourhood: detail.neighbourhood.name,
        entered: feedback.value("postcode"),
        problem: feedback.error("postcode"),
    })
}

#[component]
pub fn VotePostcodePage() -> impl IntoView {
    let id = route_param("id");
    page(
        move || postcode(id.clone()),
        |PostcodeView {
             id,
             neighbourhood,
             entered,
             problem,
         }| {
            let title = t!(
                "vote-postcode-title",
                neighbourhood = neighbourhood.as_str()
            );
            view! {
                <Title text=if problem.is_some() { t!("error-title", title = title.as_str()) } else { title.clone() } />
                {problem.clone().map(|message| view! { <ErrorSummary errors=vec![FieldError::new("postcode", message)] /> })}
                <p><a href=vote_path(id) class="back-link">{t!("vote-back")}</a></p>
                <h1 class="heading-l">{title}</h1>
                <p>{t!("vote-postcode-why", neighbourhood = neighbourhood.as_str())}</p>
                <form method="post" action=ConfirmPostcode::url() novalidate>
                    <input type="hidden" name="vote_id" value=id />
                    <PostcodeField entered error=problem hint=t!("vote-postcode-hint") />
                    <button type="submit" class="button">{t!("vote-continue")}</button>
                </form>
            }
        },
    )
}
