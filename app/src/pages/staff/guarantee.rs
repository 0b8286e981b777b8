//! The force's engagement dashboard: every neighbourhood's Guarantee figures, grouped by Local
//! Policing Area with each area's totals and the force's, filtered by area and by a commitment
//! missed, sorted worst first on a measure, and downloadable as CSV. For every member of staff.

use crate::components::form::Select;
use crate::components::page::{PageError, page};
use crate::domain::forms::form_value;
use crate::domain::guarantee::{Audience, Commitment, Counts, percent};
use crate::domain::words::plural;
use crate::services::clock::{format_date, format_time};
pub use crate::services::guarantee::scope_of;
use crate::services::guarantee::{AreaFigures, DashboardQuery, MissingFilter, SortBy};
use crate::state::fault;
use leptos::prelude::*;
use leptos_meta::Title;

#[derive(Clone, Debug, PartialEq)]
struct DashboardView {
    query: DashboardQuery,
    lpas: Vec<(String, String)>,
    areas: Vec<AreaFigures>,
    force: Counts,
    now: i64,
}

async fn dashboard(query: DashboardQuery) -> Result<DashboardView, PageError> {
    let context = crate::request::RequestContext::new().await?;
    context.staff_page(crate::policy::see_staff_pages).await?;
    let (lpas, areas, force) =
        crate::services::guarantee::dashboard(&context.state.db, context.now(), &query)
            .await
            .map_err(|e| fault("counting the Guarantee figures", e))?;
    Ok(DashboardView {
        query,
        lpas,
        areas,
        force,
        now: context.state.clock.now(),
    })
}

/// The links under the dashboard's heading to its other views, keeping the chosen LPA.
#[component]
pub fn GuaranteeNavigation(lpa: String, current: &'static str) -> impl IntoView {
    let links = [
        ("/staff/guarantee", "Neighbourhoods"),
        ("/staff/guarantee/trends", "Trends"),
        ("/staff/guarantee/visibility", "Visibility and abstractions"),
        ("/staff/guarantee/hotspots", "Hotspots"),
        ("/staff/guarantee/confidence", "Confidence and feeling safe"),
    ];
    let lpa = url::form_urlencoded::byte_serialize(lpa.as_bytes()).collect::<String>();
    view! {
        <nav class="sub-navigation" aria-label="Engagement dashboard">
            <ul class="sub-navigation__list">
                {links.into_iter().map(|(path, label)| {
                    let here = path == current;
                    view! {
                        <li class="sub-navigation__item">
                            <a href=format!("{path}?lpa={lpa}") aria-current=here.then_some("page")>{label}</a>
                        </li>
                    }
                }).collect_view()}
            </ul>
        </nav>
    }
}

/// The LPA chooser every dashboard view starts with, sent by GET so it works without scripts.
#[component]
pub fn AreaFilter(
    lpas: Vec<(String, String)>,
    chosen: String,
    #[prop(optional)] children: Option<Children>,
) -> impl IntoView {
    view! {
        <form method="get" class="filter">
            <Select id="lpa" name="lpa" label="Local Policing Area" options=lpas chosen error=None placeholder="The whole force" />
            {children.map(|c| c())}
            <button type="submit" class="button button--secondary">"Show"</button>
        </form>
    }
}

fn share_words(part: u64, whole: u64) -> String {
    match percent(part, whole, Audience::Staff) {
        Some(share) => format!("{share}% ({part} of {whole})"),
        None => "None due".to_string(),
    }
}

/// Whether a neighbourhood meets a commitment, at a glance: a tag for a neighbourhood's row,
/// "3 of 5 meet it" for a total's.
fn met_or_not(counts: &Counts, total: bool, commitment: Commitment) -> AnyView {
    if total {
        let i = Commitment::ALL
            .iter()
            .position(|c| *c == commitment)
            .unwrap_or_default();
        return view! {
            <span class="dashboard__met">{format!("{} of {} meet it", counts.meeting[i], counts.neighbourhoods)}</span>
        }
        .into_any();
    }
    if commitment.met(counts) {
        view! { <strong class="tag tag--success dashboard__met">"Met"</strong> }.into_any()
    } else {
        view! { <strong class="tag tag--warning dashboard__met">"Not met"</strong> }.into_any()
    }
}

/// The cells every row has, for a neighbourhood or a total.
fn cells(counts: &Counts, total: bool) -> impl IntoView + use<> {
    let met = |commitment| met_or_not(counts, total, commitment);
    let commitments_met = Commitment::ALL.len() - counts.missing().len();
    let priorities = format!(
        "{} current{}",
        counts.priorities,
        match counts.oldest_priority_update {
            Some(at) if counts.priorities_due > 0 => format!(
                ", {} due an update (oldest {})",
                counts.priorities_due,
                format_date(at)
            ),
            _ => String::new(),
        }
    );
    let held = format!(
        "{}, {}. Next: {}",
        plural(counts.surgeries_held, "surgery", "surgeries"),
        plural(counts.group_meetings, "group meeting", "group meetings"),
        counts
            .next_surgery
            .map_or_else(|| "none arranged".to_string(), format_time)
    );
    let attendance = counts.attended + counts.did_not_attend;
    let improved = counts.improved_answers();
    view! {
        <td>{if total { String::new() } else { format!("{commitments_met} of {}", Commitment::ALL.len()) }}</td>
        <td>{met(Commitment::ContactOfficer)}</td>
        <td>{met(Commitment::AnswerWithin72Hours)}" "{share_words(counts.answered_in_time, counts.concerns_due())}
            {(counts.open_past_due > 0).then(|| format!(", {} waiting", counts.open_past_due))}</td>
        <td>{met(Commitment::PrioritiesUpToDate)}" "{priorities}</td>
        <td>{met(Commitment::RegularMeetings)}" "{held}</td>
        <td>{format!("{} booked; ", counts.places_booked)}{share_words(counts.attended, attendance)}</td>
        <td class="table__numeric">{counts.updates}</td>
        <td>{share_words(counts.improved_yes, improved)}</td>
        <td>{format!("{} sent; useful: ", counts.messages_sent)}{share_words(counts.messages_useful, counts.messages_useful + counts.messages_not_useful)}</td>
        <td class="table__numeric">{counts.problems_with_partners}</td>
    }
}

#[component]
pub fn GuaranteeDashboardPage() -> impl IntoView {
    let query = DashboardQuery::from_query(|name| {
        leptos_router::hooks::use_query_map()
            .read_untracked()
            .get(name)
    });
    page(
        move || dashboard(query.clone()),
        |DashboardView {
             query,
             lpas,
             areas,
             force,
             now,
         }| {
            let missing_options: Vec<(String, String)> = std::iter::once((
                form_value(&MissingFilter::Any),
                "Missing any commitment".to_string(),
            ))
            .chain(Commitment::ALL.into_iter().map(|c| {
                (
                    form_value(&MissingFilter::One(c)),
                    format!("Missing: {}", c.label()),
                )
            }))
            .collect();
            let header = |label: &'static str, sort: SortBy| {
                let sorted = query.sort == sort;
                view! {
                    <th scope="col" aria-sort=sorted.then_some(if sort == SortBy::Name { "ascending" } else { "other" })>
                        <a href=format!("/staff/guarantee?{}", query.query(sort))>{label}</a>
                    </th>
                }
            };
            let none = areas.is_empty();
            view! {
                <Title text="Engagement dashboard" />
                <p><a href="/staff" class="back-link">"Staff dashboard"</a></p>
                <h1 class="heading-l">"Engagement dashboard"</h1>
                <p class="lead">"The Neighbourhood Policing Guarantee's commitments, measured for every neighbourhood. "{format!("Computed on {}.", format_time(now))}</p>
                <GuaranteeNavigation lpa=query.lpa.clone() current="/staff/guarantee" />
                <AreaFilter lpas chosen=query.lpa.clone()>
                    <Select id="missing" name="missing" label="Neighbourhoods" options=missing_options chosen=form_value(&query.missing) error=None placeholder="All neighbourhoods" />
                    <input type="hidden" name="sort" value=form_value(&query.sort) />
                </AreaFilter>
                <p>
                    <a href=format!("/staff/guarantee.csv?{}", query.query(query.sort)) download="">"Download these figures (CSV)"</a>
                </p>
                <p class="hint">"Select a column heading to sort by it, worst first. Concerns: raised in the last 90 days. Meetings, places, attendance, updates and messages to residents: the last 3 months. Improved: answers given in the last 12 months. Messages: how many the team (or the force) sent, and the share of residents' answers that found them useful. Problems worked with partners: a partner organisation recorded an action on them in the last 12 months."</p>
                {none.then(|| view! { <p>"No neighbourhoods match."</p> })}
                <div class="table-scroll" hidden=none>
                    <table class="table table--dashboard">
                        <caption class="visually-hidden">"Guarantee figures by neighbourhood, grouped by Local Policing Area"</caption>
                        <thead>
                            <tr>
                                {header("Neighbourhood", SortBy::Name)}
                                {header("Commitments met", SortBy::Missing)}
                                <th scope="col">"Contact officer"</th>
                                {header("Answered within 72 hours", SortBy::AnsweredInTime)}
                                {header("Priorities", SortBy::Priorities)}
                                {header("Public meetings", SortBy::Held)}
                                <th scope="col">"Places and attendance"</th>
                                {header("Updates", SortBy::Updates)}
                                {header("Improved", SortBy::Improved)}
                                {header("Messages", SortBy::Messages)}
                                <th scope="col">"Problems worked with partners"</th>
                            </tr>
                        </thead>
                        {areas.into_iter().map(|area| view! {
                            <tbody>
                                <tr class="table__group"><th scope="rowgroup" colspan="11">{area.lpa.clone()}</th></tr>
                                {area.neighbourhoods.into_iter().map(|f| view! {
                                    <tr>
                                        <th scope="row"><a href=crate::domain::neighbourhood::how_we_are_doing_path(&f.place.code)>{f.place.name}</a></th>
                                        {cells(&f.counts, false)}
                                    </tr>
                                }).collect_view()}
                                <tr class="table__total">
                                    <th scope="row">{format!("{} total", area.lpa)}</th>
                                    {cells(&area.totals, true)}
                                </tr>
                            </tbody>
                        }).collect_view()}
                        <tfoot>
                            <tr class="table__total">
                                <th scope="row">{format!("All listed ({})", force.neighbourhoods)}</th>
                                {cells(&force, true)}
                            </tr>
                        </tfoot>
                    </table>
                </div>
            }
            .into_any()
        },
    )
}
