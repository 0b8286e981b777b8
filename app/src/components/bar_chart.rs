//! A horizontal bar chart drawn as inline SVG: no chart library, nothing loaded from elsewhere.
//! It is a picture of figures the page also gives as a table, so screen readers are pointed to
//! the table rather than read the picture.

use leptos::prelude::*;

/// Bars of `(label, value)`, longest drawn full width. `described_by` names the table that
/// carries the same figures.
#[component]
pub fn BarChart(bars: Vec<(String, u64)>, title: String, described_by: String) -> impl IntoView {
    // Each label on a line of its own above its bar, so a long one is never cut off at the
    // edge on a phone.
    const ROW: f64 = 46.0;
    const WIDTH: f64 = 520.0;
    const BAR: f64 = 460.0;
    const MOST_CHARACTERS: usize = 60;
    let most = bars.iter().map(|(_, v)| *v).max().unwrap_or(0).max(1) as f64;
    let height = ROW * bars.len() as f64 + 4.0;
    view! {
        <figure class="bar-chart">
            <svg
                class="bar-chart__svg"
                viewBox=format!("0 0 {WIDTH:.0} {height:.0}")
                role="img"
                aria-label=title
                aria-describedby=described_by
            >
                {bars.into_iter().enumerate().map(|(i, (label, value))| {
                    let y = i as f64 * ROW + 2.0;
                    let width = (value as f64 / most * BAR).max(if value > 0 { 2.0 } else { 0.0 });
                    let short: String = if label.chars().count() > MOST_CHARACTERS {
                        format!("{}…", label.chars().take(MOST_CHARACTERS - 1).collect::<String>())
                    } else {
                        label
                    };
                    view! {
                        <text class="bar-chart__label" x="0" y=y + 15.0>{short}</text>
                        <rect class="bar-chart__bar" x="0" y=y + 21.0 width=format!("{width:.1}") height="18" />
                        <text class="bar-chart__value" x=width + 6.0 y=y + 35.0>{value}</text>
                    }
                }).collect_view()}
            </svg>
        </figure>
    }
    .into_any()
}
