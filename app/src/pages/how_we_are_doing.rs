//! A neighbourhood's "How we're doing": each of the Neighbourhood Policing Guarantee's
//! commitments as a measured figure, with what it counts, its period and when it was computed.
//! Counts from 1 to 4 are written "fewer than 5", so no figure points to a person. Then residents'
//! confidence and feeling safe, from the quarterly survey: this quarter and the three before,
//! each shown only once at least 10 residents answered.

use crate::components::guarantee::MeasureDetails;
use crate::components::page::{PageError, page, route_param};
use crate::domain::guarantee::{Audience, Measure, Periods, measures};
use crate::domain::survey::{LEAST_ANSWERS, QuarterResult, quarter_name};
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
    confidence: Vec<QuarterResult>,
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
    let confidence =
        crate::services::survey::results(&state.db, page.details.id, state.clock.now(), 3)
            .await
            .map_err(|e| fault("reading the confidence survey's results", e))?;
    Ok(HowWeAreDoing {
        code: page.details.code.clone(),
        name: page.details.name.clone(),
        measures,
        computed,
        confidence,
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
             confidence,
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
                <Confidence code confidence />
            }
            .into_any()
        },
    )
}

/// Residents' confidence and feeling safe: each quarter's shares, newest first, or "not enough
/// answers yet" where fewer than `LEAST_ANSWERS` answered.
#[component]
fn Confidence(code: String, confidence: Vec<QuarterResult>) -> impl IntoView {
    let language = crate::i18n::current();
    view! {
        <h2 class="heading-m" id="confidence">{t!("survey-results-title")}</h2>
        <p>{t!("survey-results-intro", least = LEAST_ANSWERS)}</p>
        // Quarters before anyone answered (before the survey began) are left out.
        {confidence.into_iter().filter(|r| r.current || r.answered > 0).map(|result| {
            let heading = quarter_name(result.quarter, language);
            view! {
                <h3 class="heading-s">{heading}</h3>
                {match result.shares {
                    None if result.current => view! {
                        <p>{t!("survey-so-far", count = crate::domain::disclosure::public_count_in(u64::try_from(result.answered).unwrap_or(0), language), least = LEAST_ANSWERS)}</p>
                    }.into_any(),
                    None => view! {
                        <p>{t!("survey-not-enough", least = LEAST_ANSWERS)}</p>
                    }.into_any(),
                    Some(shares) => {
                        let agree = |share: i64| t_in!(language, "survey-share-agree", share = share);
                        view! {
                            <dl class="summary-list">
                                <div class="summary-list__row">
                                    <dt class="summary-list__key">{t!("survey-understand")}</dt>
                                    <dd class="summary-list__value">{agree(shares.understand)}</dd>
                                </div>
                                <div class="summary-list__row">
                                    <dt class="summary-list__key">{t!("survey-deal")}</dt>
                                    <dd class="summary-list__value">{agree(shares.deal)}</dd>
                                </div>
                                <div class="summary-list__row">
                                    <dt class="summary-list__key">{t!("survey-rely")}</dt>
                                    <dd class="summary-list__value">{agree(shares.rely)}</dd>
                                </div>
                                <div class="summary-list__row">
                                    <dt class="summary-list__key">{t!("survey-safe")}</dt>
                                    <dd class="summary-list__value">{match shares.safe {
                                        Some(share) => t_in!(language, "survey-share-safe", share = share),
                                        None => t!("survey-safe-none"),
                                    }}</dd>
                                </div>
                            </dl>
                            <p class="hint">{t!("survey-answered-count", count = result.answered)}</p>
                        }.into_any()
                    }
                }}
            }
        }).collect_view()}
        <p><a href=crate::domain::neighbourhood::survey_path(&code)>{t!("survey-invite")}</a></p>
    }
}
