//! The engagement dashboard's visibility and abstractions: from the time teams record, each
//! neighbourhood's visible hours a week in the community and the share of its recorded time
//! taken away from neighbourhood duties, with each LPA's and the force's totals, and the hours
//! abstracted by reason.

use super::guarantee::{AreaFilter, GuaranteeNavigation, scope_of};
use crate::components::form::Select;
use crate::components::page::{PageError, page};
use crate::domain::duty::hours_words;
use crate::domain::guarantee::{Audience, percent};
use crate::services::clock::format_date;
use entity::duty_time::DutyKind;
use leptos::prelude::*;
use leptos_meta::Title;
use std::collections::HashMap;

/// The periods offered, in weeks.
const PERIODS: [u64; 4] = [4, 12, 26, 52];

/// Visible and abstracted minutes.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
struct Time {
    visible: u64,
    abstracted: u64,
}

impl Time {
    fn add(&mut self, kind: DutyKind, minutes: u64) {
        if kind.is_abstraction() {
            self.abstracted += minutes;
        } else {
            self.visible += minutes;
        }
    }

    fn plus(&mut self, other: Time) {
        self.visible += other.visible;
        self.abstracted += other.abstracted;
    }
}

/// An LPA's name, its neighbourhoods that recorded time, and its total.
type AreaTime = (String, Vec<(String, Time)>, Time);

#[derive(Clone, Debug, PartialEq, Eq)]
struct VisibilityView {
    lpa: String,
    weeks: u64,
    from: i64,
    lpas: Vec<(String, String)>,
    areas: Vec<AreaTime>,
    force: Time,
    /// Neighbourhoods that recorded nothing in the period.
    silent: usize,
    /// Minutes by kind across the area chosen.
    by_kind: Vec<(DutyKind, u64)>,
}

async fn visibility(lpa: String, weeks: u64) -> Result<VisibilityView, PageError> {
    let context = crate::request::RequestContext::new().await?;
    context.staff_page(crate::policy::see_staff_pages).await?;
    let db = &context.state.db;
    let (lpas, scope) = scope_of(db, &lpa)
        .await
        .map_err(|e| crate::state::fault("reading LPAs", e))?;
    let now = context.state.clock.now();
    let from = now - weeks as i64 * 7 * 86_400;
    let (places, minutes) = tokio::try_join!(
        crate::services::guarantee::places(db, scope),
        crate::services::guarantee::duty_minutes(db, from, now, scope),
    )
    .map_err(|e| crate::state::fault("adding up recorded time", e))?;
    let mut areas: Vec<AreaTime> = Vec::new();
    let mut force = Time::default();
    let mut silent = 0;
    let mut by_kind: HashMap<DutyKind, u64> = HashMap::new();
    for place in places {
        let Some(kinds) = minutes.get(&place.id) else {
            silent += 1;
            continue;
        };
        let mut time = Time::default();
        for (kind, minutes) in kinds {
            time.add(*kind, *minutes);
            *by_kind.entry(*kind).or_default() += minutes;
        }
        force.plus(time);
        match areas.last_mut() {
            Some((name, rows, total)) if *name == place.lpa => {
                rows.push((place.name, time));
                total.plus(time);
            }
            _ => areas.push((place.lpa, vec![(place.name, time)], time)),
        }
    }
    Ok(VisibilityView {
        lpa,
        weeks,
        from,
        lpas,
        areas,
        force,
        silent,
        by_kind: DutyKind::ALL
            .into_iter()
            .map(|k| (k, by_kind.get(&k).copied().unwrap_or(0)))
            .collect(),
    })
}

/// Visible hours a week, hours abstracted and the share abstracted.
fn time_cells(time: Time, weeks: u64) -> impl IntoView + use<> {
    let recorded = time.visible + time.abstracted;
    view! {
        <td>{hours_words(time.visible / weeks.max(1))}</td>
        <td>{hours_words(time.abstracted)}</td>
        <td class="table__numeric">{percent(time.abstracted, recorded, Audience::Staff).map_or_else(|| "None recorded".to_string(), |p| format!("{p}%"))}</td>
    }
}

#[component]
pub fn GuaranteeVisibilityPage() -> impl IntoView {
    let query = leptos_router::hooks::use_query_map();
    let lpa = query.read_untracked().get("lpa").unwrap_or_default();
    let weeks = query
        .read_untracked()
        .get("weeks")
        .and_then(|w| w.parse::<u64>().ok())
        .filter(|w| PERIODS.contains(w))
        .unwrap_or(12);
    page(
        move || visibility(lpa.clone(), weeks),
        |VisibilityView {
             lpa,
             weeks,
             from,
             lpas,
             areas,
             force,
             silent,
             by_kind,
         }| {
            let options = PERIODS
                .into_iter()
                .map(|w| (w.to_string(), format!("The last {w} weeks")))
                .collect();
            let none = areas.is_empty();
            view! {
                <Title text="Visibility and abstractions" />
                <p><a href="/staff" class="back-link">"Staff dashboard"</a></p>
                <h1 class="heading-l">"Visibility and abstractions"</h1>
                <p class="lead">{format!("From the time teams recorded since {}: hours a week spent in the community, and the share of recorded time taken away from neighbourhood duties.", format_date(from))}</p>
                <GuaranteeNavigation lpa=lpa.clone() current="/staff/guarantee/visibility" />
                <AreaFilter lpas chosen=lpa>
                    <Select id="weeks" name="weeks" label="Period" options chosen=weeks.to_string() error=None />
                </AreaFilter>
                {none.then(|| view! { <p>"No time has been recorded in this period."</p> })}
                <div class="table-scroll" hidden=none>
                    <table class="table" tabindex="0">
                        <caption class="visually-hidden">"Visible hours and abstractions by neighbourhood, grouped by Local Policing Area"</caption>
                        <thead><tr>
                            <th scope="col">"Neighbourhood"</th>
                            <th scope="col">"Visible hours a week"</th>
                            <th scope="col">"Hours abstracted"</th>
                            <th scope="col" class="table__numeric">"Share of time abstracted"</th>
                        </tr></thead>
                        {areas.into_iter().map(|(area, rows, total)| view! {
                            <tbody>
                                <tr class="table__group"><th scope="rowgroup" colspan="4">{area.clone()}</th></tr>
                                {rows.into_iter().map(|(name, time)| view! {
                                    <tr><th scope="row">{name}</th>{time_cells(time, weeks)}</tr>
                                }).collect_view()}
                                <tr class="table__total"><th scope="row">{format!("{area} total")}</th>{time_cells(total, weeks)}</tr>
                            </tbody>
                        }).collect_view()}
                        <tfoot>
                            <tr class="table__total"><th scope="row">"All listed"</th>{time_cells(force, weeks)}</tr>
                        </tfoot>
                    </table>
                </div>
                {(silent > 0).then(|| view! {
                    <p>{format!("{silent} neighbourhood{} recorded no time in this period.", if silent == 1 { "" } else { "s" })}</p>
                })}
                <h2 class="heading-m">"Time by what it was spent on"</h2>
                <table class="table" tabindex="0">
                    <caption class="visually-hidden">"Time recorded by what it was spent on"</caption>
                    <thead><tr><th scope="col">"Spent on"</th><th scope="col">"Kind"</th><th scope="col">"Hours"</th></tr></thead>
                    <tbody>
                        {by_kind.into_iter().map(|(kind, minutes)| view! {
                            <tr>
                                <th scope="row">{kind.label()}</th>
                                <td>{if kind.is_abstraction() { "Abstraction" } else { "In the community" }}</td>
                                <td>{hours_words(minutes)}</td>
                            </tr>
                        }).collect_view()}
                    </tbody>
                </table>
            }
            .into_any()
        },
    )
}
