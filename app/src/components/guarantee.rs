//! The Guarantee's figures as pages show them: the short panel on a neighbourhood page, the
//! full list with each figure's definition and period, and column charts of a year's trend
//! drawn as inline SVG beside a table with the same figures.

use crate::domain::guarantee::Measure;
use crate::t;
use leptos::prelude::*;

/// "Met" or "Not met", as a tag.
fn met_tag(met: Option<bool>) -> impl IntoView {
    met.map(|met| {
        if met {
            view! { <strong class="tag tag--success">{t!("guarantee-met")}</strong> }.into_any()
        } else {
            view! { <strong class="tag tag--warning">{t!("guarantee-not-met")}</strong> }.into_any()
        }
    })
}

/// The short "How we're doing" panel on a neighbourhood page: each figure in a line, and a
/// link to the definitions.
#[component]
pub fn GuaranteePanel(code: String, measures: Vec<Measure>, computed: String) -> impl IntoView {
    view! {
        <section class="guarantee-panel" aria-labelledby="how-we-are-doing">
            <h2 class="heading-m" id="how-we-are-doing">{t!("guarantee-title")}</h2>
            <p class="hint">{format!("{} ", t!("guarantee-panel-hint"))}{computed}</p>
            <dl class="summary-list">
                {measures.into_iter().map(|m| view! {
                    <div class="summary-list__row">
                        <dt class="summary-list__key">{m.title}</dt>
                        <dd class="summary-list__value">{m.figure}" "{met_tag(m.met)}</dd>
                    </div>
                }).collect_view()}
            </dl>
            <p><a href=crate::domain::neighbourhood::how_we_are_doing_path(&code)>{t!("guarantee-panel-link")}</a></p>
            <p><a href=crate::domain::neighbourhood::survey_path(&code)>{t!("survey-invite")}</a></p>
        </section>
    }
}

/// Every figure with its counts, definition and period.
#[component]
pub fn MeasureDetails(measures: Vec<Measure>) -> impl IntoView {
    view! {
        {measures.into_iter().map(|m| view! {
            <h2 class="heading-m">{m.title}" "{met_tag(m.met)}</h2>
            <p class="lead">{m.figure}</p>
            <p>{m.detail}</p>
            <dl class="summary-list">
                <div class="summary-list__row">
                    <dt class="summary-list__key">{t!("guarantee-measured")}</dt>
                    <dd class="summary-list__value">{m.definition}</dd>
                </div>
                <div class="summary-list__row">
                    <dt class="summary-list__key">{t!("guarantee-period")}</dt>
                    <dd class="summary-list__value">{m.period}</dd>
                </div>
            </dl>
        }).collect_view()}
    }
}

/// Columns of `(label, value)`, oldest first, as a picture of the table `described_by` names.
#[component]
pub fn ColumnChart(
    columns: Vec<(String, u64)>,
    title: String,
    described_by: String,
) -> impl IntoView {
    const HEIGHT: f64 = 160.0;
    const WIDTH: f64 = 640.0;
    const AXIS: f64 = 40.0;
    let most = columns.iter().map(|(_, v)| *v).max().unwrap_or(0).max(1);
    let step = (WIDTH - AXIS) / columns.len().max(1) as f64;
    let first = columns.first().map(|(l, _)| l.clone()).unwrap_or_default();
    let last = columns.last().map(|(l, _)| l.clone()).unwrap_or_default();
    view! {
        <figure class="column-chart">
            <svg
                class="column-chart__svg"
                viewBox=format!("0 0 {WIDTH} {}", HEIGHT + 30.0)
                role="img"
                aria-label=title
                aria-describedby=described_by
            >
                <text class="column-chart__axis" x=AXIS - 6.0 y=14.0 text-anchor="end">{most}</text>
                <text class="column-chart__axis" x=AXIS - 6.0 y=HEIGHT text-anchor="end">"0"</text>
                <line class="column-chart__base" x1=AXIS y1=HEIGHT x2=WIDTH y2=HEIGHT />
                {columns.into_iter().enumerate().map(|(i, (_, value))| {
                    let height = value as f64 / most as f64 * (HEIGHT - 10.0);
                    view! {
                        <rect
                            class="column-chart__column"
                            x=format!("{:.1}", AXIS + i as f64 * step + step * 0.15)
                            y=format!("{:.1}", HEIGHT - height)
                            width=format!("{:.1}", step * 0.7)
                            height=format!("{height:.1}")
                        />
                    }
                }).collect_view()}
                <text class="column-chart__axis" x=AXIS y=HEIGHT + 22.0>{first}</text>
                <text class="column-chart__axis" x=WIDTH y=HEIGHT + 22.0 text-anchor="end">{last}</text>
            </svg>
        </figure>
    }
}
