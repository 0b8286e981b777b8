//! "You said, we did" updates as residents read them: what residents said, what the team did,
//! the outcome and what happens next.

use crate::services::clock::format_date;
use crate::services::updates::UpdateDetail;
use leptos::prelude::*;

#[component]
pub fn UpdateList(updates: Vec<UpdateDetail>) -> impl IntoView {
    let none = updates.is_empty();
    view! {
        {none.then(|| view! { <p>"No updates have been published yet."</p> })}
        {updates.into_iter().map(|u| {
            let update = u.update;
            view! {
                <article class="update">
                    <h3 class="heading-s">{format_date(update.published_on)}</h3>
                    <dl class="update__list">
                        <dt>"You said"</dt><dd class="timeline__text">{update.you_said}</dd>
                        <dt>"We did"</dt><dd class="timeline__text">{update.we_did}</dd>
                        {(!update.outcome.is_empty()).then(|| view! { <dt>"The result"</dt><dd>{update.outcome.clone()}</dd> })}
                        {(!update.next_steps.is_empty()).then(|| view! { <dt>"What happens next"</dt><dd class="timeline__text">{update.next_steps.clone()}</dd> })}
                    </dl>
                    {(!u.answers.is_empty()).then(|| view! { <p class="hint">{format!("This answers {}.", u.answers.join(", "))}</p> })}
                    {update.edited_at.map(|at| view! { <p class="hint">{format!("Updated on {}.", format_date(at))}</p> })}
                </article>
            }
        }).collect_view()}
    }
    .into_any()
}
