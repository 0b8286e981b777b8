//! The engagement dashboard's hotspots: concerns raised over a period, by kind, counted by
//! neighbourhood and drawn on a map of the force or an LPA as circles at each neighbourhood's
//! centre, with the same counts in a table. Counts only: nothing a resident wrote, and no place
//! more exact than the neighbourhood.

use super::guarantee::{AreaFilter, GuaranteeNavigation, scope_of};
use crate::components::form::Select;
use crate::components::page::{PageError, page};
use crate::services::clock::format_date;
use crate::state::fault;
use leptos::prelude::*;
use leptos_meta::Title;
use std::collections::HashMap;

/// The periods offered, in days.
const PERIODS: [i64; 3] = [30, 90, 365];

/// A neighbourhood's concerns: its name, LPA, centre, and counts by category (in the order of
/// `HotspotsView::categories`), most first.
#[derive(Clone, Debug, PartialEq)]
struct Hotspot {
    name: String,
    lpa: String,
    centre: Option<(f64, f64)>,
    by_category: Vec<u64>,
    total: u64,
}

#[derive(Clone, Debug, PartialEq)]
struct HotspotsView {
    lpa: String,
    days: i64,
    category: String,
    from: i64,
    lpas: Vec<(String, String)>,
    /// (id, name) of the categories shown as columns.
    categories: Vec<(String, String)>,
    hotspots: Vec<Hotspot>,
    /// The centre of every neighbourhood in the area, so the map shows the whole area (each a
    /// faint dot) and not only where concerns were raised.
    area: Vec<(f64, f64)>,
}

async fn hotspots(lpa: String, days: i64, category: String) -> Result<HotspotsView, PageError> {
    let context = crate::request::RequestContext::new().await?;
    context.staff_page(crate::policy::see_staff_pages).await?;
    let db = &context.state.db;
    let (lpas, scope) = scope_of(db, &lpa)
        .await
        .map_err(|e| fault("reading LPAs", e))?;
    let now = context.state.clock.now();
    let from = now - days * 86_400;
    let (places, counts, categories) = tokio::try_join!(
        crate::services::guarantee::places(db, scope),
        crate::services::guarantee::concerns_by_category(db, from, now, scope),
        crate::services::concerns::categories(db, true),
    )
    .map_err(|e| fault("counting concerns by kind", e))?;
    let chosen: Option<i32> = category.parse().ok();
    let columns: Vec<i32> = categories
        .iter()
        .map(|c| c.id)
        .filter(|id| chosen.is_none_or(|c| c == *id))
        .collect();
    let mut by_place: HashMap<i32, Vec<u64>> = HashMap::new();
    for (neighbourhood, category, raised) in counts {
        if let Some(column) = columns.iter().position(|c| *c == category) {
            by_place
                .entry(neighbourhood)
                .or_insert_with(|| vec![0; columns.len()])[column] += raised;
        }
    }
    let area: Vec<(f64, f64)> = places.iter().filter_map(|p| p.centre).collect();
    let mut hotspots: Vec<Hotspot> = places
        .into_iter()
        .filter_map(|place| {
            let by_category = by_place.remove(&place.id)?;
            Some(Hotspot {
                total: by_category.iter().sum(),
                by_category,
                name: place.name,
                lpa: place.lpa,
                centre: place.centre,
            })
        })
        .collect();
    hotspots.sort_by(|a, b| b.total.cmp(&a.total).then_with(|| a.name.cmp(&b.name)));
    Ok(HotspotsView {
        lpa,
        days,
        category,
        from,
        lpas,
        categories: categories
            .into_iter()
            .map(|c| (c.id.to_string(), c.name))
            .collect(),
        hotspots,
        area,
    })
}

/// Circles at each neighbourhood's centre, their area in proportion to its count, over a faint
/// dot for every neighbourhood in the area; north at the top (longitudes narrowed by the
/// latitude, so distances look right). The frame is the whole area, centred, with room for the
/// largest circle at its edges.
#[component]
fn HotspotMap(hotspots: Vec<Hotspot>, area: Vec<(f64, f64)>) -> impl IntoView {
    const WIDTH: f64 = 600.0;
    /// Room at each edge for the largest circle (its radius is at most 25).
    const MARGIN: f64 = 30.0;
    let placed: Vec<(f64, f64, &Hotspot)> = hotspots
        .iter()
        .filter_map(|h| h.centre.map(|(lat, lng)| (lat, lng, h)))
        .collect();
    if placed.is_empty() {
        return view! { <p>"There is nothing to map."</p> }.into_any();
    }
    let (mut south, mut north, mut west, mut east) = (90.0f64, -90.0f64, 180.0f64, -180.0f64);
    for (lat, lng) in area
        .iter()
        .copied()
        .chain(placed.iter().map(|(lat, lng, _)| (*lat, *lng)))
    {
        south = south.min(lat);
        north = north.max(lat);
        west = west.min(lng);
        east = east.max(lng);
    }
    let squeeze = ((south + north) / 2.0).to_radians().cos();
    let (wide, tall) = ((east - west) * squeeze, north - south);
    // An area of one neighbourhood is drawn as about 2 km across, its circle in the middle.
    let (span_x, span_y) = (wide.max(0.02), tall.max(0.02));
    let scale = (WIDTH / span_x).min(WIDTH / span_y);
    let height = span_y * scale;
    // What is drawn is centred in the frame when it is narrower or shorter than the frame.
    let (left, top) = (
        MARGIN + (WIDTH - wide * scale) / 2.0,
        MARGIN + (height - tall * scale) / 2.0,
    );
    let at = |lat: f64, lng: f64| {
        (
            left + (lng - west) * squeeze * scale,
            top + (north - lat) * scale,
        )
    };
    let dots = area
        .iter()
        .map(|(lat, lng)| {
            let (x, y) = at(*lat, *lng);
            view! { <circle class="hotspot-map__place" cx=format!("{x:.1}") cy=format!("{y:.1}") r="2.5" /> }
        })
        .collect_view();
    let most = placed
        .iter()
        .map(|(_, _, h)| h.total)
        .max()
        .unwrap_or(1)
        .max(1) as f64;
    let circles = placed
        .iter()
        .map(|(lat, lng, h)| {
            let (x, y) = at(*lat, *lng);
            let r = 3.0 + 22.0 * (h.total as f64 / most).sqrt();
            view! {
                <circle class="hotspot-map__spot" cx=format!("{x:.1}") cy=format!("{y:.1}") r=format!("{r:.1}")>
                    <title>{format!("{}: {}", h.name, h.total)}</title>
                </circle>
            }
        })
        .collect_view();
    view! {
        <figure class="hotspot-map">
            <svg
                class="hotspot-map__svg"
                viewBox=format!("0 0 {:.0} {:.0}", WIDTH + 2.0 * MARGIN, height + 2.0 * MARGIN)
                role="img"
                aria-label="Map of concerns raised, a circle for each neighbourhood"
                aria-describedby="hotspot-figures"
            >
                {dots}
                {circles}
            </svg>
            <figcaption class="hint">"A red circle at the centre of each neighbourhood where concerns were raised, larger where more were; a grey dot for each of the area's other neighbourhoods. North is at the top. The counts are in the table below."</figcaption>
        </figure>
    }
    .into_any()
}

#[component]
pub fn GuaranteeHotspotsPage() -> impl IntoView {
    let query = leptos_router::hooks::use_query_map();
    let lpa = query.read_untracked().get("lpa").unwrap_or_default();
    let category = query.read_untracked().get("category").unwrap_or_default();
    let days = query
        .read_untracked()
        .get("days")
        .and_then(|d| d.parse::<i64>().ok())
        .filter(|d| PERIODS.contains(d))
        .unwrap_or(90);
    page(
        move || hotspots(lpa.clone(), days, category.clone()),
        |HotspotsView {
             lpa,
             days,
             category,
             from,
             lpas,
             categories,
             hotspots,
             area,
         }| {
            let periods = PERIODS
                .into_iter()
                .map(|d| (d.to_string(), format!("The last {d} days")))
                .collect();
            let columns: Vec<String> = categories
                .iter()
                .filter(|(id, _)| category.is_empty() || *id == category)
                .map(|(_, name)| name.clone())
                .collect();
            let none = hotspots.is_empty();
            view! {
                <Title text="Hotspots" />
                <p><a href="/staff" class="back-link">"Staff dashboard"</a></p>
                <h1 class="heading-l">"Hotspots"</h1>
                <p class="lead">{format!("Concerns raised since {}, by neighbourhood.", format_date(from))}</p>
                <GuaranteeNavigation lpa=lpa.clone() current="/staff/guarantee/hotspots" />
                <AreaFilter lpas chosen=lpa>
                    <Select id="days" name="days" label="Period" options=periods chosen=days.to_string() error=None />
                    <Select id="category" name="category" label="Kind of concern" options=categories chosen=category.clone() error=None placeholder="Every kind" />
                </AreaFilter>
                {if none {
                    view! { <p>"No concerns were raised in this period."</p> }.into_any()
                } else {
                    view! {
                        <HotspotMap hotspots=hotspots.clone() area />
                        <div class="table-scroll">
                            <table class="table" id="hotspot-figures" tabindex="0">
                                <caption class="caption-m">"Concerns raised, by neighbourhood, most first"</caption>
                                <thead><tr>
                                    <th scope="col">"Neighbourhood"</th>
                                    <th scope="col">"LPA"</th>
                                    {columns.into_iter().map(|name| view! { <th scope="col" class="table__numeric">{name}</th> }).collect_view()}
                                    <th scope="col" class="table__numeric">"All"</th>
                                </tr></thead>
                                <tbody>
                                    {hotspots.into_iter().map(|h| view! {
                                        <tr>
                                            <th scope="row">{h.name}</th>
                                            <td>{h.lpa}</td>
                                            {h.by_category.into_iter().map(|n| view! { <td class="table__numeric">{n}</td> }).collect_view()}
                                            <td class="table__numeric">{h.total}</td>
                                        </tr>
                                    }).collect_view()}
                                </tbody>
                            </table>
                        </div>
                    }.into_any()
                }}
            }
            .into_any()
        },
    )
}
