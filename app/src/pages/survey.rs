//! "How do you feel about policing here?": the confidence survey for one neighbourhood, four
//! questions a signed-in resident answers once a quarter. Their answers are counted at once and
//! kept nowhere with their name.

use crate::components::form::{Choice, FeedbackBanner, Radios, page_title};
use crate::components::page::{PageError, page, route_param};
use crate::domain::forms::{FormFeedback, form_value};
use crate::domain::neighbourhood::{how_we_are_doing_path, survey_path};
use crate::domain::survey::{AGREEMENTS, QUESTIONS, Quarter, SAFETIES, SurveyForm, field};
use crate::request::RequestContext;
use crate::services::survey::{self, Answered};
use crate::state::fault;
use crate::t;
use entity::survey_tally::SurveyQuestion;
use leptos::prelude::*;
use leptos::server_fn::ServerFn;
use leptos_meta::Title;

#[derive(Clone, Debug, PartialEq, Eq)]
struct SurveyView {
    code: String,
    name: String,
    /// When they may answer again, if they have answered this quarter.
    answered: Option<String>,
    feedback: FormFeedback,
}

/// The first day of the quarter after the one `now` is in, as the page writes it.
fn next_quarter_starts(language: crate::i18n::Language, now: i64) -> String {
    let next = Quarter::of(now).next();
    let (first_month, _) = next.months();
    crate::services::clock::start_of_uk_day(next.year, first_month, 1)
        .map(|start| language.date(start))
        .unwrap_or_default()
}

async fn survey_page(code: String) -> Result<SurveyView, PageError> {
    let context = RequestContext::new().await?;
    let language = context.language;
    let next = crate::session::AfterSignIn::Survey { code: code.clone() };
    let resident = context
        .resident_or_sign_in(next, &language.text("survey-sign-in-first"))
        .await??;
    let page = context
        .state
        .public_pages
        .neighbourhood(&context.state.db, &code)
        .await
        .map_err(|e| fault("reading a neighbourhood", e))?
        .ok_or(PageError::NotFound)?;
    let now = context.now();
    let answered = survey::answered_this_quarter(&context.state.db, resident, now)
        .await
        .map_err(|e| fault("finding whether a resident answered the survey", e))?
        .then(|| next_quarter_starts(language, now));
    Ok(SurveyView {
        code: page.details.code.clone(),
        name: page.details.name.clone(),
        answered,
        feedback: context.feedback().await?,
    })
}

/// The confidence survey of neighbourhood `code`, offered to resident `resident` just after
/// they met the team (`met`: their concern closed, or they came to a surgery), unless they have
/// answered this quarter; its address.
pub async fn offered(
    context: &RequestContext,
    resident: crate::domain::ids::ResidentId,
    met: bool,
    code: &str,
) -> Result<Option<String>, PageError> {
    if !met {
        return Ok(None);
    }
    let answered = survey::answered_this_quarter(&context.state.db, resident, context.now())
        .await
        .map_err(|e| fault("reading whether a resident answered the survey", e))?;
    Ok((!answered).then(|| survey_path(code)))
}

#[server(prefix = "/fn", endpoint = "survey/answer")]
pub async fn answer_survey(#[server(flatten)] form: SurveyForm) -> Result<(), ServerFnError> {
    let context = RequestContext::new().await?;
    let language = context.language;
    let Some(resident) = context.session.resident_id().await? else {
        leptos_axum::redirect("/sign-in");
        return Ok(());
    };
    let found = context
        .state
        .public_pages
        .neighbourhood(&context.state.db, &form.code)
        .await
        .map_err(|e| fault("reading a neighbourhood", e))?;
    let Some(found) = found else {
        leptos_axum::redirect("/");
        return Ok(());
    };
    let path = survey_path(&found.details.code);
    let answers = match form.parse() {
        Ok(answers) => answers,
        Err(missing) => {
            let problems = crate::domain::survey::problems(language, &missing);
            return context
                .reply(
                    &path,
                    FormFeedback::errors_keeping("survey", problems, &form),
                )
                .await;
        }
    };
    let answered = survey::answer(
        &context.state.db,
        &context.state.clock,
        resident,
        found.details.id,
        &answers,
    )
    .await
    .map_err(|e| fault("counting a resident's survey answers", e))?;
    let feedback = match answered {
        Answered::Counted => FormFeedback::notice("survey", language.text("survey-thanks")),
        // Nothing changed: the page says when they may answer again.
        Answered::AlreadyThisQuarter => {
            FormFeedback::notice("survey", language.text("survey-already"))
        }
    };
    context.reply(&path, feedback).await
}

#[component]
pub fn SurveyPage() -> impl IntoView {
    let code = route_param("code");
    page(
        move || survey_page(code.clone()),
        |view| view! { <Survey view /> },
    )
}

#[component]
fn Survey(view: SurveyView) -> impl IntoView {
    let SurveyView {
        code,
        name,
        answered,
        feedback,
    } = view;
    let title = t!("survey-title", neighbourhood = name.as_str());
    let form = feedback.for_form("survey");
    view! {
        <Title text=page_title(&title, &feedback) />
        <FeedbackBanner feedback=feedback.clone() />
        <p><a href=format!("/neighbourhoods/{code}") class="back-link">{t!("neighbourhood-title", name = name.as_str())}</a></p>
        <h1 class="heading-l">{title}</h1>
        <p>{t!("survey-intro")}</p>
        {match answered {
            Some(again) => view! {
                <div class="inset-text">
                    <p>{t!("survey-answered", date = again)}</p>
                </div>
                <p><a href=how_we_are_doing_path(&code)>{t!("survey-see-results")}</a></p>
            }.into_any(),
            None => view! {
                <form method="post" action=AnswerSurvey::url() novalidate>
                    <input type="hidden" name="code" value=code.clone() />
                    {QUESTIONS.iter().map(|(question, words, _)| {
                        let choices = if *question == SurveyQuestion::Safe {
                            SAFETIES.iter().map(|a| Choice::new(form_value(a), t!(a.key()))).collect()
                        } else {
                            AGREEMENTS.iter().map(|a| Choice::new(form_value(a), t!(a.key()))).collect()
                        };
                        let name = field(*question);
                        view! {
                            <Radios
                                name=name
                                legend=t!(*words)
                                choices=choices
                                chosen=form.value(name)
                                error=form.error(name)
                            />
                        }
                    }).collect_view()}
                    <button type="submit" class="button">{t!("survey-send")}</button>
                </form>
            }.into_any(),
        }}
        <p class="hint">{t!("survey-private")}</p>
    }
    .into_any()
}
