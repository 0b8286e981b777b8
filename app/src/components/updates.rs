//! "You said, we did" updates as residents read them: what residents said, what the team did,
//! the outcome and what happens next.
//!
//! Also how these pages show data (what a team or a resident wrote) inside translated text:
//! marked `lang="en"` on a page in another language. An English page needs no mark, so it
//! stays as it was.

use crate::services::updates::UpdateDetail;
use crate::t;
use leptos::prelude::*;

use crate::components::data::{DATA, data_lang, with_data};

/// What an update answers, read from the English `services::updates` writes: (message, data).
fn answered(answer: &str) -> (&'static str, Option<&str>) {
    let quoted = |prefix: &str| {
        answer
            .strip_prefix(prefix)
            .and_then(|rest| rest.strip_suffix('”'))
    };
    if let Some(issue) = quoted("the local priority “") {
        ("updates-answers-priority", Some(issue))
    } else if let Some(question) = quoted("the vote “") {
        ("updates-answers-vote", Some(question))
    } else if let Some(title) = quoted("the problem “") {
        ("updates-answers-problem", Some(title))
    } else if answer == "a concern a resident raised" {
        ("updates-answers-concern", None)
    } else {
        ("", Some(answer))
    }
}

/// "This answers the local priority “Speeding”, a concern a resident raised."
fn answers_view(answers: Vec<String>) -> AnyView {
    if data_lang().is_none() {
        return t!("updates-answers", answers = answers.join(", ")).into_any();
    }
    let separator = t!("updates-separator");
    let items = answers
        .iter()
        .enumerate()
        .map(|(i, answer)| {
            let item = match answered(answer) {
                ("", data) => with_data(DATA.to_string(), data.unwrap_or_default().to_string()),
                (id, Some(data)) => with_data(t!(id, name = DATA), data.to_string()),
                (id, None) => t!(id).into_any(),
            };
            view! { {(i > 0).then(|| separator.clone())}{item} }
        })
        .collect_view();
    let sentence = t!("updates-answers", answers = DATA);
    let (before, after) = sentence
        .split_once(DATA)
        .map(|(b, a)| (b.to_string(), a.to_string()))
        .unwrap_or((sentence.clone(), String::new()));
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
            view! {
                <article class="update">
                    <h3 class="heading-s">{language.date(update.published_on)}</h3>
                    <dl class="update__list">
                        <dt>{t!("updates-you-said")}</dt><dd class="timeline__text" lang=data_lang()>{update.you_said}</dd>
                        <dt>{t!("updates-we-did")}</dt><dd class="timeline__text" lang=data_lang()>{update.we_did}</dd>
                        {(!update.outcome.is_empty()).then(|| view! { <dt>{t!("updates-result")}</dt><dd lang=data_lang()>{update.outcome.clone()}</dd> })}
                        {(!update.next_steps.is_empty()).then(|| view! { <dt>{t!("updates-next")}</dt><dd class="timeline__text" lang=data_lang()>{update.next_steps.clone()}</dd> })}
                    </dl>
                    {(!u.answers.is_empty()).then(|| view! { <p class="hint">{answers_view(u.answers)}</p> })}
                    {update.edited_at.map(|at| view! { <p class="hint">{t!("updates-edited", date = language.date(at))}</p> })}
                </article>
            }
        }).collect_view()}
    }
    .into_any()
}
