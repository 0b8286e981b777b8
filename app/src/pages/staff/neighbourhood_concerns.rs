//! One neighbourhood's concerns for its team: open ones with their 72-hour clock (and closed
//! ones on request), and its SARA problems.

use super::neighbourhood::manage_path;
use crate::components::concern_queue::{ConcernQueue, QueueRow, parse_order, rows};
use crate::components::page::{PageError, page, route_param};
use crate::services::concerns::QueueOrder;
use crate::state::fault;
use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::hooks::use_query_map;

#[derive(Clone, Debug, PartialEq, Eq)]
struct QueueView {
    code: String,
    name: String,
    rows: Vec<QueueRow>,
    order: QueueOrder,
    closed: bool,
}

pub(super) fn concerns_path(code: &str) -> String {
    format!("{}/concerns", manage_path(code))
}

async fn neighbourhood_queue(
    code: String,
    order: QueueOrder,
    closed: bool,
) -> Result<QueueView, PageError> {
    let context = crate::request::RequestContext::new().await?;
    let n = context.neighbourhood_page(&code).await?.into_subject();
    let items = crate::services::concerns::queue(&context.state.db, &[n.id], order, closed)
        .await
        .map_err(|e| fault("reading concerns", e))?;
    Ok(QueueView {
        rows: rows(items, context.now()),
        code: n.code,
        name: n.name,
        order,
        closed,
    })
}

#[component]
pub fn NeighbourhoodConcernsPage() -> impl IntoView {
    let code = route_param("code");
    let (order, closed) = {
        let query = use_query_map().read_untracked();
        (
            parse_order(query.get("order")),
            query.get("closed").as_deref() == Some("yes"),
        )
    };
    page(
        move || neighbourhood_queue(code.clone(), order, closed),
        |QueueView {
             code,
             name,
             rows,
             order,
             closed,
         }| {
            let here = concerns_path(&code);
            view! {
                <Title text=format!("Concerns in {name}") />
                <span class="caption-l">{name.clone()}</span>
                <h1 class="heading-l">"Concerns"</h1>
                <p>
                    <a href=manage_path(&code)>"Back to managing "{name}</a>
                    " · "<a href=format!("{}/problems", manage_path(&code))>"Problems (SARA)"</a>
                </p>
                <ConcernQueue rows order here=here.clone() show_neighbourhood=false />
                <p>
                    {if closed {
                        view! { <a href=here>"Show open concerns only"</a> }.into_any()
                    } else {
                        view! { <a href=format!("{here}?closed=yes")>"Show closed concerns too"</a> }.into_any()
                    }}
                </p>
            }
        },
    )
}
