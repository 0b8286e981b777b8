//! `/api`: the open data API in words, each call with an example on this portal's own data
//! (the force, and the first neighbourhood that has a boundary).

use crate::components::page::{PageError, page};
use crate::state::{PortalState, fault};
use leptos::prelude::*;
use leptos_meta::Title;

use crate::services::open_data::ApiExamples as Examples;

async fn examples() -> Result<Examples, PageError> {
    let state = PortalState::from_context()?;
    crate::services::open_data::examples(&state.db, &state.gazetteer.current())
        .await
        .map_err(|e| fault("choosing the API's examples", e))?
        .ok_or(PageError::NotFound)
}

#[component]
pub fn OpenDataPage() -> impl IntoView {
    page(examples, |e: Examples| {
        let n = format!("/api/{}/{}", e.force, e.neighbourhood);
        let calls: Vec<(String, &'static str)> = [
            ("/api/forces".to_string(), "The force, as a list of one: its id and name."),
            (
                format!("/api/forces/{}", e.force),
                "The force: its website, telephone number, description and ways of engaging with residents.",
            ),
            (
                format!("/api/{}/neighbourhoods", e.force),
                "Every neighbourhood of the force, by name: its id and name.",
            ),
            (
                n.clone(),
                "A neighbourhood: its description, centre, contact details, links and the venues where its team meets residents.",
            ),
            (
                format!("{n}/boundary"),
                "The neighbourhood's outline, as one closed ring of points.",
            ),
            (
                format!("{n}/people"),
                "The neighbourhood team, with the named contact officer first.",
            ),
            (
                format!("{n}/events"),
                "Surgeries and meetings still to come, soonest first, each with the page to book a place.",
            ),
            (
                format!("{n}/priorities"),
                "The neighbourhood's current priorities, each with the latest action the team has taken.",
            ),
        ]
        .into_iter()
        .chain(e.point.map(|point| {
            (
                format!("/api/locate-neighbourhood?q={point}"),
                "The neighbourhood that a point (latitude, longitude) lies in.",
            )
        }))
        .chain(e.postcode.map(|postcode| {
            (
                format!("/api/postcodes/{}", postcode.replace(' ', "%20")),
                "A postcode's position and neighbourhood.",
            )
        }))
        .collect();
        view! {
            <Title text="Open data: the neighbourhood API" />
            <h1 class="heading-l">"Open data: the neighbourhood API"</h1>
            <p class="lead">"Everything this website publishes about neighbourhoods and their teams can be read by other programs, free, with no account."</p>
            <p>"The calls are the same as those of the national police data API at data.police.uk, and answer in the same form: a program written for that API works with this one by changing only the address it starts from."</p>
            <h2 class="heading-m">"The calls"</h2>
            <dl class="summary-list">
                {calls
                    .into_iter()
                    .map(|(path, what)| {
                        view! {
                            <div class="summary-list__row">
                                <dt class="summary-list__key"><a href=path.clone()><code>{path.clone()}</code></a></dt>
                                <dd class="summary-list__value">{what}</dd>
                            </div>
                        }
                    })
                    .collect_view()}
            </dl>
            <h2 class="heading-m">"Using the API"</h2>
            <ul class="list list--bullet">
                <li>"Answers are JSON. Numbers such as positions are written as text, and dates as UK time with no time zone, as data.police.uk writes them."</li>
                <li>"Ids are case-sensitive. Asking for a force, a neighbourhood or a point that is not there answers 404 Not Found."</li>
                <li>"Each program may make 15 requests a second, with bursts of up to 30. Beyond that it is answered 429 Too Many Requests, and told in Retry-After how many seconds to wait."</li>
                <li>"Web pages on any site may read the answers. Each answer has an ETag and a Last-Modified date, so a program can ask whether it has changed instead of fetching it again."</li>
                <li>"Where the portal knows more than data.police.uk gives, it adds keys of its own and never changes theirs: a neighbourhood's whole boundary as GeoJSON (every part and hole) under boundary, step-free access on locations, the named contact officer on people, and how to book on events."</li>
            </ul>
            <p>"The full description, for programs and tools that read OpenAPI: "<a href="/api/openapi.json">"the OpenAPI document"</a>"."</p>
        }
        .into_any()
    })
}
