//! The engagement dashboard's confidence and feeling safe: an ended quarter's survey results
//! for each neighbourhood where residents answered, with each LPA's and the force's, to compare
//! them; and the same as a CSV.

use super::guarantee::{AreaFilter, GuaranteeNavigation};
use crate::components::form::Select;
use crate::components::page::{PageError, page};
use crate::domain::survey::{
    LEAST_ANSWERS, Quarter, QuarterResult, chosen_quarter, ended_quarters, quarter_name, share_cell,
};
use crate::i18n::Language;
use crate::services::survey::{ComparedArea, comparison};
use leptos::prelude::*;
use leptos_meta::Title;

#[derive(Clone, Debug, PartialEq, Eq)]
struct ConfidenceView {
    lpa: String,
    quarter: Quarter,
    quarters: Vec<Quarter>,
    lpas: Vec<(String, String)>,
    areas: Vec<ComparedArea>,
    force: QuarterResult,
}

async fn confidence(lpa: String, quarter: String) -> Result<ConfidenceView, PageError> {
    let context = crate::request::RequestContext::new().await?;
    context.staff_page(crate::policy::see_staff_pages).await?;
    let now = context.now();
    let quarter = chosen_quarter(now, &quarter);
    let (lpas, areas, force) = comparison(&context.state.db, quarter, &lpa)
        .await
        .map_err(|e| crate::state::fault("comparing the survey's results", e))?;
    Ok(ConfidenceView {
        lpa,
        quarter,
        quarters: ended_quarters(now),
        lpas,
        areas,
        force,
    })
}

fn result_cells(result: &QuarterResult) -> impl IntoView + use<> {
    view! {
        <td class="table__numeric">{result.answered}</td>
        <td class="table__numeric">{share_cell(result, |s| Some(s.understand))}</td>
        <td class="table__numeric">{share_cell(result, |s| Some(s.deal))}</td>
        <td class="table__numeric">{share_cell(result, |s| Some(s.rely))}</td>
        <td class="table__numeric">{share_cell(result, |s| s.safe)}</td>
    }
}

#[component]
pub fn GuaranteeConfidencePage() -> impl IntoView {
    let query = leptos_router::hooks::use_query_map();
    let lpa = query.read_untracked().get("lpa").unwrap_or_default();
    let quarter = query.read_untracked().get("quarter").unwrap_or_default();
    page(
        move || confidence(lpa.clone(), quarter.clone()),
        |ConfidenceView {
             lpa,
             quarter,
             quarters,
             lpas,
             areas,
             force,
         }| {
            let options = quarters
                .iter()
                .map(|q| (q.code(), quarter_name(*q, Language::English)))
                .collect();
            let none = areas.is_empty();
            let csv = format!(
                "/staff/guarantee/confidence.csv?lpa={}&quarter={}",
                url::form_urlencoded::byte_serialize(lpa.as_bytes()).collect::<String>(),
                quarter.code()
            );
            view! {
                <Title text="Confidence and feeling safe" />
                <p><a href="/staff" class="back-link">"Staff dashboard"</a></p>
                <h1 class="heading-l">"Confidence and feeling safe"</h1>
                <p class="lead">{format!("What residents answered in the confidence survey in {}, by neighbourhood. Shares are shown where at least {LEAST_ANSWERS} answered, as on each neighbourhood's public page; the share who feel safe is of those who walk alone after dark. Totals add only the neighbourhoods whose results are shown, so that no total gives away answers too few to show.", quarter_name(quarter, Language::English))}</p>
                <GuaranteeNavigation lpa=lpa.clone() current="/staff/guarantee/confidence" />
                <AreaFilter lpas chosen=lpa>
                    <Select id="quarter" name="quarter" label="Quarter" options chosen=quarter.code() error=None />
                </AreaFilter>
                {none.then(|| view! { <p>"Nobody answered the survey in this quarter."</p> })}
                <div class="table-scroll" hidden=none>
                    <table class="table" tabindex="0">
                        <caption class="visually-hidden">"Confidence survey results by neighbourhood, grouped by Local Policing Area"</caption>
                        <thead><tr>
                            <th scope="col">"Neighbourhood"</th>
                            <th scope="col" class="table__numeric">"Answered"</th>
                            <th scope="col" class="table__numeric">"Understand the issues"</th>
                            <th scope="col" class="table__numeric">"Deal with what matters"</th>
                            <th scope="col" class="table__numeric">"Can be relied on"</th>
                            <th scope="col" class="table__numeric">"Feel safe after dark"</th>
                        </tr></thead>
                        {areas.into_iter().map(|area| view! {
                            <tbody>
                                <tr class="table__group"><th scope="rowgroup" colspan="6">{area.lpa.clone()}</th></tr>
                                {area.neighbourhoods.into_iter().map(|row| view! {
                                    <tr><th scope="row">{row.name}</th>{result_cells(&row.result)}</tr>
                                }).collect_view()}
                                <tr class="table__total"><th scope="row">{format!("{} total", area.lpa)}</th>{result_cells(&area.total)}</tr>
                            </tbody>
                        }).collect_view()}
                        <tfoot>
                            <tr class="table__total"><th scope="row">"All listed"</th>{result_cells(&force)}</tr>
                        </tfoot>
                    </table>
                </div>
                <p hidden=none><a href=csv download="">"Download these figures (CSV)"</a></p>
            }
            .into_any()
        },
    )
}
