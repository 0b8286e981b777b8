//! "You said, we did" updates as residents read them: what residents said, what the team did,
//! the outcome and what happens next, each in Welsh on a Welsh page where the team wrote it so.

use crate::services::updates::{Answered, UpdateDetail};
use crate::t;
use leptos::prelude::*;

use crate::components::data::{DATA, StaffText, split_at_data};

/// "This answers the local priority “Speeding”, a concern a resident raised."
fn answers_view(answers: Vec<Answered>) -> AnyView {
    let language = crate::i18n::current();
    let separator = t!("updates-separator");
    let items = answers
        .iter()
        .enumerate()
        .map(|(i, answer)| {
            let item = match answer.message(language) {
                (id, Some(name)) => StaffText::of(language, name).inside(t!(id, name = DATA)),
                (id, None) => t!(id).into_any(),
            };
            view! { {(i > 0).then(|| separator.clone())}{item} }
        })
        .collect_view();
    let (before, after) = split_at_data(&t!("updates-answers", answers = DATA));
    view! { {before}{items}{after} }.into_any()
}

#[component]
pub fn UpdateList(updates: Vec<UpdateDetail>) -> impl IntoView {
    let language = crate::i18n::current();
    let none = updates.is_empty();
    view! {
        {none.then(|| view! { <p>{t!("updates-none")}</p> })}
        {updates.into_iter().map(|u| {
            let update = u.update;
            let chosen = |english: &str, welsh: &Option<String>| {
                StaffText::chosen(language, english, welsh.as_deref())
            };
            let you_said = chosen(&update.you_said, &update.you_said_cy);
            let we_did = chosen(&update.we_did, &update.we_did_cy);
            let outcome = chosen(&update.outcome, &update.outcome_cy);
            let next_steps = chosen(&update.next_steps, &update.next_steps_cy);
            view! {
                <article class="update">
                    <h3 class="heading-s">{language.date(update.published_on)}</h3>
                    <dl class="update__list">
                        <dt>{t!("updates-you-said")}</dt><dd class="timeline__text" lang=you_said.lang>{you_said.text}</dd>
                        <dt>{t!("updates-we-did")}</dt><dd class="timeline__text" lang=we_did.lang>{we_did.text}</dd>
                        {(!outcome.text.is_empty()).then(|| view! { <dt>{t!("updates-result")}</dt><dd lang=outcome.lang>{outcome.text.clone()}</dd> })}
                        {(!next_steps.text.is_empty()).then(|| view! { <dt>{t!("updates-next")}</dt><dd class="timeline__text" lang=next_steps.lang>{next_steps.text.clone()}</dd> })}
                    </dl>
                    {(!u.answers.is_empty()).then(|| view! { <p class="hint">{answers_view(u.answers)}</p> })}
                    {update.edited_at.map(|at| view! { <p class="hint">{t!("updates-edited", date = language.date(at))}</p> })}
                </article>
            }
        }).collect_view()}
    }
    .into_any()
}
