//! A neighbourhood's "How we're doing": each of the Neighbourhood Policing Guarantee's
//! commitments as a measured figure, with what it counts, its period and when it was computed.
//! Counts from 1 to 4 are written "fewer than 5", so no figure points to a person.

use crate::components::guarantee::MeasureDetails;
use crate::components::page::{PageError, page, route_param};
use crate::domain::guarantee::{Audience, Measure, Periods, measures};
use crate::i18n::Language;
use crate::state::{PortalState, fault};
use crate::{t, t_in};
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
/// and the sentence saying when they were computed, in `language`.
pub(crate) async fn public_measures(
    state: &PortalState,
    neighbourhood_id: i32,
    language: Language,
) -> Result<(Vec<Measure>, String), PageError> {
    let (counts, computed_at) = state
        .public_pages
        .guarantee_counts(&state.db, state.clock.now(), neighbourhood_id)
        .await
        .map_err(|e| fault("counting the Guarantee figures", e))?;
    Ok((
        measures(
            &counts,
            &Periods::at(computed_at),
            Audience::Public,
            language,
        ),
        t_in!(
            language,
            "guarantee-computed",
            time = language.time(computed_at)
        ),
    ))
}

async fn how_we_are_doing(code: String) -> Result<HowWeAreDoing, PageError> {
    // Read from the context before the first await.
    let (state, language) = (PortalState::from_context()?, crate::i18n::current());
    let page = state
        .public_pages
        .neighbourhood(&state.db, &code)
        .await
        .map_err(|e| fault("reading a neighbourhood", e))?
        .ok_or(PageError::NotFound)?;
    let (measures, computed) = public_measures(&state, page.details.id, language).await?;
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
            let team = t!("neighbourhood-title", name = name.as_str());
            view! {
                <Title text=t!("guarantee-page-title", name = name.as_str()) />
                <p><a href=format!("/neighbourhoods/{code}") class="back-link">{team.clone()}</a></p>
                <span class="caption-l">{team}</span>
                <h1 class="heading-l">{t!("guarantee-title")}</h1>
                <p class="lead">{t!("guarantee-lead")}</p>
                <p class="hint">{computed}{format!(" {}", t!("guarantee-disclosure"))}</p>
                <MeasureDetails measures />
            }
            .into_any()
        },
    )
}
