//! A neighbourhood's "How we're doing": each of the Neighbourhood Policing Guarantee's
//! commitments as a measured figure, with what it counts, its period and when it was computed.
//! Counts from 1 to 4 are written "fewer than 5", so no figure points to a person.

use crate::components::guarantee::MeasureDetails;
use crate::components::page::{PageError, page, route_param};
use crate::domain::guarantee::{Audience, Measure, Periods, measures};
use crate::state::{PortalState, fault};
use leptos::prelude::*;
use leptos_meta::Title;

#[derive(Clone, Debug, PartialEq, Eq)]
struct HowWeAreDoing {
    code: String,
    name: String,
    measures: Vec<Measure>,
    computed: String,
}

/// A neighbourhood's public figures (counted at most a minute ago, and since the last change),
/// and the sentence saying when they were computed.
pub(crate) async fn public_measures(
    state: &PortalState,
    neighbourhood_id: i32,
) -> Result<(Vec<Measure>, String), PageError> {
    let (counts, computed_at) = state
        .public_pages
        .guarantee_counts(&state.db, state.clock.now(), neighbourhood_id)
        .await
        .map_err(|e| fault("counting the Guarantee figures", e))?;
    Ok((
        measures(&counts, &Periods::at(computed_at), Audience::Public),
        format!(
            "Figures computed on {}.",
            crate::services::clock::format_time(computed_at)
        ),
    ))
}

async fn how_we_are_doing(code: String) -> Result<HowWeAreDoing, PageError> {
    let state = PortalState::from_context()?;
    let page = state
        .public_pages
        .neighbourhood(&state.db, &code)
        .await
        .map_err(|e| fault("reading a neighbourhood", e))?
        .ok_or(PageError::NotFound)?;
    let (measures, computed) = public_measures(&state, page.details.id).await?;
    Ok(HowWeAreDoing {
        code: page.details.code.clone(),
        name: page.details.name.clone(),
        measures,
        computed,
    })
}

#[component]
pub fn HowWeAreDoingPage() -> impl IntoView {
    let code = route_param("code");
    page(
        move || how_we_are_doing(code.clone()),
        |HowWeAreDoing {
             code,
             name,
             measures,
             computed,
         }| {
            view! {
                <Title text=format!("How we're doing: {name} neighbourhood team") />
                <p><a href=format!("/neighbourhoods/{code}") class="back-link">{format!("{name} neighbourhood team")}</a></p>
                <span class="caption-l">{format!("{name} neighbourhood team")}</span>
                <h1 class="heading-l">"How we're doing"</h1>
                <p class="lead">"The Neighbourhood Policing Guarantee promises every neighbourhood a named officer you can contact, an answer to local concerns within 72 hours, local priorities published and kept up to date, and regular public meetings. These are the team's figures."</p>
                <p class="hint">{computed}" Counts of concerns, bookings and answers from 1 to 4 are shown as \u{201c}fewer than 5\u{201d}, and a share of residents\u{2019} answers or attendance is not shown when it, or the rest, is fewer than 5, so no figure points to a person. Shares are rounded down."</p>
                <MeasureDetails measures />
            }
            .into_any()
        },
    )
}
