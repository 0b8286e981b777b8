//! A partner's home: the problems neighbourhood teams share with their organisation, and the
//! residents' concerns they pass to it.

use super::{referred_concern_path, shared_problem_path};
use crate::components::form::{FeedbackBanner, page_title};
use crate::components::page::{PageError, page};
use crate::domain::forms::FormFeedback;
use crate::state::fault;
use leptos::prelude::*;
use leptos_meta::Title;

#[derive(Clone, Debug, PartialEq, Eq)]
struct SharedRow {
    link: String,
    reference: String,
    title: String,
    neighbourhood: String,
    stage: &'static str,
    shared_on: String,
}

#[derive(Clone, Debug, PartialEq, Eq)]
struct ReferredRow {
    link: String,
    reference: String,
    category: String,
    neighbourhood: String,
    status: &'static str,
    passed_on: String,
}

#[derive(Clone, Debug, PartialEq, Eq)]
struct PartnerHomeView {
    name: String,
    organisation: String,
    rows: Vec<SharedRow>,
    concerns: Vec<ReferredRow>,
    feedback: FormFeedback,
}

async fn partner_home() -> Result<PartnerHomeView, PageError> {
    use crate::services::clock::format_date;
    use crate::services::partners;
    let context = crate::request::RequestContext::new().await?;
    let permit = context
        .staff_page(crate::policy::partner::work_as_partner)
        .await?;
    let db = &context.state.db;
    let crate::policy::partner::PartnerOf(organisation_id) = *permit.subject();
    let organisation = partners::organisation_name(db, organisation_id)
        .await
        .map_err(|e| fault("reading a partner organisation", e))?
        .ok_or(PageError::NotFound)?;
    let rows = partners::shared_problems(db, &permit)
        .await
        .map_err(|e| fault("listing a partner's problems", e))?
        .into_iter()
        .map(|shared| SharedRow {
            link: shared_problem_path(&shared.problem.reference),
            reference: shared.problem.reference,
            title: shared.problem.title,
            neighbourhood: shared.neighbourhood,
            stage: shared.problem.stage.label(),
            shared_on: format_date(shared.shared_at),
        })
        .collect();
    let concerns = crate::services::referrals::queue(db, &permit)
        .await
        .map_err(|e| fault("listing the concerns passed to a partner", e))?
        .into_iter()
        .map(|referred| ReferredRow {
            link: referred_concern_path(&referred.reference),
            reference: referred.reference,
            category: referred.category,
            neighbourhood: referred.neighbourhood,
            status: crate::domain::concern::status_label(referred.status),
            passed_on: format_date(referred.passed_at),
        })
        .collect();
    Ok(PartnerHomeView {
        name: permit.member().name.clone(),
        organisation,
        rows,
        concerns,
        feedback: context.feedback().await?,
    })
}

#[component]
pub fn PartnerHomePage() -> impl IntoView {
    page(partner_home, |view| view! { <PartnerHome view /> })
}

#[component]
fn PartnerHome(view: PartnerHomeView) -> impl IntoView {
    let PartnerHomeView {
        name,
        organisation,
        rows,
        concerns,
        feedback,
    } = view;
    let none = rows.is_empty();
    let no_concerns = concerns.is_empty();
    view! {
        <Title text=page_title("Your organisation's work", &feedback) />
        <FeedbackBanner feedback=feedback.clone() />
        <span class="caption-l">{organisation.clone()}</span>
        <h1 class="heading-l">{format!("Hello, {name}")}</h1>
        <p class="lead">{format!("The problems neighbourhood policing teams are working on with {organisation}, and the residents' concerns they passed to you. Record what your organisation does on each problem: the team sees it, and residents see your organisation credited when the team publishes the problem.")}</p>
        <h2 class="heading-m" id="shared">"Problems shared with you"</h2>
        {none.then(|| view! { <p>"No team has shared a problem with your organisation yet."</p> })}
        <table class="table table--stacked" aria-labelledby="shared" hidden=none>
            <thead><tr><th scope="col">"Problem"</th><th scope="col">"Neighbourhood"</th><th scope="col">"Stage"</th><th scope="col">"Shared on"</th></tr></thead>
            <tbody>
                {rows.into_iter().map(|row| view! {
                    <tr>
                        <td data-label="Problem"><a href=row.link>{row.title}</a><br /><span class="hint">{row.reference}</span></td>
                        <td data-label="Neighbourhood">{row.neighbourhood}</td>
                        <td data-label="Stage">{row.stage}</td>
                        <td data-label="Shared on">{row.shared_on}</td>
                    </tr>
                }).collect_view()}
            </tbody>
        </table>
        <h2 class="heading-m" id="concerns">"Concerns passed to you"</h2>
        {no_concerns.then(|| view! { <p>"No team has passed a resident's concern to your organisation yet."</p> })}
        <table class="table table--stacked" aria-labelledby="concerns" hidden=no_concerns>
            <thead><tr><th scope="col">"Concern"</th><th scope="col">"Neighbourhood"</th><th scope="col">"Status"</th><th scope="col">"Passed on"</th></tr></thead>
            <tbody>
                {concerns.into_iter().map(|row| view! {
                    <tr>
                        <td data-label="Concern"><a href=row.link>{row.category}</a><br /><span class="hint">{row.reference}</span></td>
                        <td data-label="Neighbourhood">{row.neighbourhood}</td>
                        <td data-label="Status">{row.status}</td>
                        <td data-label="Passed on">{row.passed_on}</td>
                    </tr>
                }).collect_view()}
            </tbody>
        </table>
    }
    .into_any()
}
