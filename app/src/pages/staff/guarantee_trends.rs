//! The engagement dashboard's trends: each measure week by week or month by month over the
//! last year, for the force or an LPA, as column charts drawn as inline SVG with a table of the
//! same figures (the charts' text alternative, and what screen readers are pointed to).

use super::guarantee::{AreaFilter, GuaranteeNavigation, scope_of};
use crate::components::form::Select;
use crate::components::guarantee::ColumnChart;
use crate::components::page::{PageError, page};
use crate::domain::forms::{chosen_value, form_value};
use crate::domain::guarantee::{Audience, percent};
use crate::domain::schedule::uk_local;
use crate::services::guarantee::{Bucketing, Trend};
use leptos::prelude::*;
use leptos_meta::Title;
use serde::{Deserialize, Serialize};

/// Weeks or months, as the address names them.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
enum By {
    Week,
    #[default]
    Month,
}

#[derive(Clone, Debug, PartialEq, Eq)]
struct TrendsView {
    lpa: String,
    by: By,
    lpas: Vec<(String, String)>,
    trends: Vec<Trend>,
}

async fn trends(lpa: String, by: By) -> Result<TrendsView, PageError> {
    let context = crate::request::RequestContext::new().await?;
    context.staff_page(crate::policy::see_staff_pages).await?;
    let (lpas, scope) = scope_of(&context.state.db, &lpa)
        .await
        .map_err(|e| crate::state::fault("reading LPAs", e))?;
    let bucketing = match by {
        By::Week => Bucketing::Week,
        By::Month => Bucketing::Month,
    };
    let trends = crate::services::guarantee::trends(
        &context.state.db,
        context.state.clock.now(),
        scope,
        bucketing,
    )
    .await
    .map_err(|e| crate::state::fault("counting the trends", e))?;
    Ok(TrendsView {
        lpa,
        by,
        lpas,
        trends,
    })
}

#[component]
pub fn GuaranteeTrendsPage() -> impl IntoView {
    let query = leptos_router::hooks::use_query_map();
    let lpa = query.read_untracked().get("lpa").unwrap_or_default();
    let by = query
        .read_untracked()
        .get("by")
        .and_then(|b| chosen_value(&b))
        .unwrap_or_default();
    page(
        move || trends(lpa.clone(), by),
        |TrendsView {
             lpa,
             by,
             lpas,
             trends,
         }| {
            let label = move |t: &Trend| {
                let day = uk_local(t.starts_at);
                match by {
                    By::Week => day.format("%-d %b %Y").to_string(),
                    By::Month => day.format("%b %Y").to_string(),
                }
            };
            let series = |value: &dyn Fn(&Trend) -> u64| -> Vec<(String, u64)> {
                trends.iter().map(|t| (label(t), value(t))).collect()
            };
            let in_time_share = |t: &Trend| {
                percent(
                    t.answered_in_time,
                    t.answered_in_time + t.not_in_time,
                    Audience::Staff,
                )
                .unwrap_or(0)
            };
            let charts = vec![
                ("Concerns raised", series(&|t| t.concerns)),
                (
                    "Concerns answered within 72 hours (%)",
                    series(&in_time_share),
                ),
                (
                    "Surgeries and group meetings held",
                    series(&|t| t.surgeries_held + t.group_meetings),
                ),
                (
                    "\"You said, we did\" updates published",
                    series(&|t| t.updates),
                ),
                (
                    "Visible hours in the community",
                    series(&|t| t.visible_minutes / 60),
                ),
                ("Hours abstracted", series(&|t| t.abstracted_minutes / 60)),
            ];
            let period = match by {
                By::Week => "Week from",
                By::Month => "Month",
            };
            let rows: Vec<_> = trends
                .iter()
                .map(|t| {
                    let due = t.answered_in_time + t.not_in_time;
                    (
                        label(t),
                        t.concerns,
                        percent(t.answered_in_time, due, Audience::Staff)
                            .map_or_else(|| "None due".to_string(), |p| format!("{p}% of {due}")),
                        t.surgeries_held,
                        t.group_meetings,
                        t.updates,
                        crate::domain::duty::hours_words(t.visible_minutes),
                        crate::domain::duty::hours_words(t.abstracted_minutes),
                    )
                })
                .collect();
            let by_options = vec![
                (form_value(&By::Month), "By month".to_string()),
                (form_value(&By::Week), "By week".to_string()),
            ];
            view! {
                <Title text="Engagement trends" />
                <p><a href="/staff" class="back-link">"Staff dashboard"</a></p>
                <h1 class="heading-l">"Engagement trends"</h1>
                <p class="lead">"Each measure over the last year. The figures are in the table below the charts."</p>
                <GuaranteeNavigation lpa=lpa.clone() current="/staff/guarantee/trends" />
                <AreaFilter lpas chosen=lpa>
                    <Select id="by" name="by" label="Show" options=by_options chosen=form_value(&by) error=None />
                </AreaFilter>
                <div class="chart-grid">
                    {charts.into_iter().map(|(title, columns)| view! {
                        <div class="chart-grid__item">
                            <h2 class="heading-s">{title}</h2>
                            <ColumnChart columns title=title.to_string() described_by="trend-figures".to_string() />
                        </div>
                    }).collect_view()}
                </div>
                <div class="table-scroll">
                    <table class="table" id="trend-figures" tabindex="0">
                        <caption class="caption-m">"The figures"</caption>
                        <thead><tr>
                            <th scope="col">{period}</th>
                            <th scope="col" class="table__numeric">"Concerns raised"</th>
                            <th scope="col">"Answered within 72 hours"</th>
                            <th scope="col" class="table__numeric">"Surgeries held"</th>
                            <th scope="col" class="table__numeric">"Group meetings"</th>
                            <th scope="col" class="table__numeric">"Updates"</th>
                            <th scope="col">"Visible time"</th>
                            <th scope="col">"Abstracted"</th>
                        </tr></thead>
                        <tbody>
                            {rows.into_iter().map(|(label, raised, in_time, held, meetings, updates, visible, abstracted)| view! {
                                <tr>
                                    <th scope="row">{label}</th>
                                    <td class="table__numeric">{raised}</td>
                                    <td>{in_time}</td>
                                    <td class="table__numeric">{held}</td>
                                    <td class="table__numeric">{meetings}</td>
                                    <td class="table__numeric">{updates}</td>
                                    <td>{visible}</td>
                                    <td>{abstracted}</td>
                                </tr>
                            }).collect_view()}
                        </tbody>
                    </table>
                </div>
            }
            .into_any()
        },
    )
}
