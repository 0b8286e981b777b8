//! "Find your neighbourhood policing team": the one question on the home page.
//!
//! The form is a plain GET to `/?postcode=…`, so it works without JavaScript and the address
//! can be shared; once hydrated the router submits it without a page reload.

use crate::components::error_summary::{ErrorSummary, FieldError};
use crate::components::form::{FeedbackBanner, take_form_feedback};
use crate::domain::find::{FindOutcome, FindProblem, NeighbourhoodChoice};
use crate::domain::neighbourhood::neighbourhood_path;
use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::{components::Form, hooks::use_query_map};

const FIELD: &str = "postcode";
const TITLE: &str = "Find your neighbourhood policing team";

#[server(prefix = "/fn", endpoint = "find-neighbourhood")]
pub async fn find_neighbourhood(postcode: String) -> Result<FindOutcome, ServerFnError> {
    use crate::state::{PortalState, fault};
    let state = PortalState::from_context()?;
    crate::services::find::find_neighbourhood(&state.gazetteer.current(), &postcode)
        .map_err(|e| fault("finding a neighbourhood", e))
}

#[component]
pub fn HomePage() -> impl IntoView {
    let query = use_query_map();
    let entered = move || query.read().get(FIELD);
    let outcome = Resource::new_blocking(entered, |entered| async move {
        match entered {
            Some(postcode) => find_neighbourhood(postcode).await.map(Some),
            None => Ok(None),
        }
    });
    #[cfg(not(feature = "ssr"))]
    let navigate = leptos_router::hooks::use_navigate();
    // "You have signed out", "Your account has been deleted".
    let notice = Resource::new_blocking(|| (), |_| take_form_feedback());

    view! {
        <Suspense fallback=|| ()>
            {move || Suspend::new(async move {
                notice.await.ok().flatten().map(|feedback| view! { <FeedbackBanner feedback /> })
            })}
        </Suspense>
        <Transition fallback=|| view! { <PostcodeForm entered=String::new() problem=None /> }>
            {move || {
                #[cfg(not(feature = "ssr"))]
                let navigate = navigate.clone();
                Suspend::new(async move {
                let entered = entered().unwrap_or_default();
                match outcome.await {
                    Ok(None) => view! { <PostcodeForm entered problem=None /> }.into_any(),
                    Ok(Some(FindOutcome::Problem(problem))) => {
                        view! { <PostcodeForm entered problem=Some(problem) /> }.into_any()
                    }
                    Ok(Some(FindOutcome::District { district, neighbourhoods })) => {
                        view! { <DistrictChoice district neighbourhoods /> }.into_any()
                    }
                    Ok(Some(FindOutcome::Neighbourhood { code })) => {
                        let path = neighbourhood_path(&code);
                        #[cfg(feature = "ssr")]
                        leptos_axum::redirect(&path);
                        #[cfg(not(feature = "ssr"))]
                        navigate(&path, leptos_router::NavigateOptions { replace: true, ..Default::default() });
                        view! {
                            <Title text=TITLE />
                            <p><a href=path>"Go to your neighbourhood policing team"</a></p>
                        }
                            .into_any()
                    }
                    Err(error) => view! { <ServiceProblem error /> }.into_any(),
                }
            })}}
        </Transition>
    }
}

#[component]
fn PostcodeForm(entered: String, problem: Option<FindProblem>) -> impl IntoView {
    let message = problem.as_ref().map(FindProblem::message);
    let title = if message.is_some() {
        format!("Error: {TITLE}")
    } else {
        TITLE.to_string()
    };
    let has_error = message.is_some();
    let described_by = if has_error {
        "postcode-hint postcode-error"
    } else {
        "postcode-hint"
    };
    view! {
        <Title text=title />
        {message.clone().map(|message| view! { <ErrorSummary errors=vec![FieldError::new(FIELD, message)] /> })}
        <Form method="GET" action="/">
            <div class="form-group" class:form-group--error=has_error>
                <h1 class="label-wrapper">
                    <label class="label label--l" for=FIELD>"Enter your postcode"</label>
                </h1>
                <p id="postcode-hint" class="hint">
                    "We will show you your neighbourhood policing team. For example, B15 2TT. "
                    "If you only know the first part, enter that, like B15."
                </p>
                {message.map(|message| view! {
                    <p id="postcode-error" class="error-message">
                        <span class="visually-hidden">"Error: "</span>{message}
                    </p>
                })}
                <input
                    class="input input--width-10"
                    class:input--error=has_error
                    id=FIELD
                    name=FIELD
                    type="text"
                    autocomplete="postal-code"
                    spellcheck="false"
                    aria-describedby=described_by
                    value=entered
                />
            </div>
            <button type="submit" class="button">"Find your team"</button>
        </Form>
    }
}

#[component]
fn DistrictChoice(district: String, neighbourhoods: Vec<NeighbourhoodChoice>) -> impl IntoView {
    let heading = format!("Neighbourhoods in {district}");
    view! {
        <Title text=heading.clone() />
        <h1 class="heading-l">{heading}</h1>
        <p>
            {format!("{district} is a postcode district. It touches these neighbourhoods. ")}
            "Choose yours, or enter your full postcode to go straight to your team."
        </p>
        <ul class="choice-list">
            {neighbourhoods
                .into_iter()
                .map(|n| view! {
                    <li>
                        <a href=neighbourhood_path(&n.code)>{n.name}</a>
                        <span class="hint">{format!(" ({})", n.lpa)}</span>
                    </li>
                })
                .collect_view()}
        </ul>
        <p><a href="/">"Search for a different postcode"</a></p>
    }
}

/// Shown when the service itself failed (status 500); the cause is in the server's log.
#[component]
pub fn ServiceProblem(error: ServerFnError) -> impl IntoView {
    #[cfg(feature = "ssr")]
    if let Some(response) = use_context::<leptos_axum::ResponseOptions>() {
        response.set_status(http::StatusCode::INTERNAL_SERVER_ERROR);
    }
    let detail = match error {
        ServerFnError::ServerError(message) => message,
        _ => "Sorry, there is a problem with the service. Try again later.".to_string(),
    };
    view! {
        <Title text="Sorry, there is a problem with the service" />
        <h1 class="heading-l">"Sorry, there is a problem with the service"</h1>
        <p>{detail}</p>
        <p>"In an emergency, call 999."</p>
    }
}
