//! `/staff/concerns`: every open concern in the member's neighbourhoods (every neighbourhood's,
//! for an administrator), with its 72-hour clock.

use crate::components::concern_queue::{ConcernQueue, QueueRow, parse_order, rows};
use crate::components::page::{PageError, page};
use crate::services::concerns::QueueOrder;
use crate::state::fault;
use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::hooks::use_query_map;

#[derive(Clone, Debug, PartialEq, Eq)]
struct QueueView {
    rows: Vec<QueueRow>,
    order: QueueOrder,
}

async fn your_queue(order: QueueOrder) -> Result<QueueView, PageError> {
    let context = crate::request::RequestContext::new().await?;
    let member = context.staff_page(crate::policy::answer_concerns).await?;
    let neighbourhoods: Vec<i32> = crate::services::management::neighbourhoods(&context.state.db)
        .await
        .map_err(|e| fault("listing neighbourhoods", e))?
        .into_iter()
        .filter(|n| crate::policy::neighbourhood::may_manage(member.member(), n.id))
        .map(|n| n.id)
        .collect();
    let items = crate::services::concerns::queue(&context.state.db, &neighbourhoods, order, false)
        .await
        .map_err(|e| fault("reading concerns", e))?;
    Ok(QueueView {
        rows: rows(items, context.now()),
        order,
    })
}

#[component]
pub fn StaffConcernsPage() -> impl IntoView {
    let order = parse_order(use_query_map().read_untracked().get("order"));
    page(
        move || your_queue(order),
        |QueueView { rows, order }| {
            view! {
                <Title text="Concerns in your neighbourhoods" />
                <h1 class="heading-l">"Concerns in your neighbourhoods"</h1>
                <p>"Reply to each within 72 hours of it being raised: the Neighbourhood Policing Guarantee. A note for the team does not count as a reply."</p>
                <ConcernQueue rows order here="/staff/concerns".to_string() show_neighbourhood=true />
                <p><a href="/staff">"Back to your dashboard"</a></p>
            }
        },
    )
}
