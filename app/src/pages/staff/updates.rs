//! "You said, we did" for a neighbourhood's team: the updates published, and publishing one
//! linked to what it answers (priorities, votes, problems, concerns). Residents who raised a
//! linked concern or voted in a linked vote are emailed.

use super::neighbourhood::manage_path;
use crate::components::form::{
    DateInput, FeedbackBanner, TextArea, TextField, checkbox_list, page_title,
};
use crate::components::page::{PageError, page, route_param};
use crate::domain::forms::{FormFeedback, TypedDate};
use crate::domain::update::UpdateForm;
use crate::state::fault;
use leptos::prelude::*;
use leptos::server_fn::ServerFn;
use leptos_meta::Title;

#[derive(Clone, Debug, PartialEq, Eq)]
struct UpdatesView {
    code: String,
    name: String,
    /// (date, what residents said, answers)
    published: Vec<(String, String, Vec<String>)>,
    priorities: Vec<(i32, String)>,
    votes: Vec<(i32, String)>,
    problems: Vec<(String, String)>,
    feedback: FormFeedback,
}

pub(super) fn updates_path(code: &str) -> String {
    format!("{}/updates", manage_path(code))
}

async fn neighbourhood_updates(code: String) -> Result<UpdatesView, PageError> {
    use crate::services::clock::format_date;
    use crate::services::{priorities, problems, updates, votes};
    let context = crate::request::RequestContext::new().await?;
    let n = context.neighbourhood_page(&code).await?.into_subject();
    let db = &context.state.db;
    let published = updates::newest(db, n.id, 50)
        .await
        .map_err(|e| fault("reading updates", e))?
        .into_iter()
        .map(|u| {
            (
                format_date(u.update.published_on),
                u.update.you_said,
                u.answers,
            )
        })
        .collect();
    Ok(UpdatesView {
        published,
        priorities: priorities::for_neighbourhood(db, n.id, false)
            .await
            .map_err(|e| fault("reading priorities", e))?
            .into_iter()
            .map(|p| (p.priority.id, p.priority.issue))
            .collect(),
        votes: votes::for_neighbourhood(db, n.id)
            .await
            .map_err(|e| fault("reading votes", e))?
            .into_iter()
            .map(|v| (v.id, v.question))
            .collect(),
        problems: problems::for_neighbourhood(db, n.id)
            .await
            .map_err(|e| fault("reading problems", e))?
            .into_iter()
            .map(|p| (p.reference, p.title))
            .collect(),
        code: n.code,
        name: n.name,
        feedback: context.feedback().await?,
    })
}

#[server(prefix = "/fn", endpoint = "staff/updates/publish")]
pub async fn publish_update(
    code: String,
    priorities: Option<Vec<i32>>,
    votes: Option<Vec<i32>>,
    problems: Option<Vec<String>>,
    #[server(flatten)] form: UpdateForm,
) -> Result<(), ServerFnError> {
    use crate::domain::forms::FieldError;
    use crate::domain::update::Answers;
    use crate::services::updates::{self, Published};
    let context = crate::request::RequestContext::new().await?;
    let permit = context.neighbourhood_action(&code).await?;
    let path = updates_path(&permit.subject().code);
    let chosen: Vec<Answers> = priorities
        .unwrap_or_default()
        .into_iter()
        .map(|id| Answers::Priority { id })
        .chain(
            votes
                .unwrap_or_default()
                .into_iter()
                .map(|id| Answers::Vote { id }),
        )
        .chain(
            problems
                .unwrap_or_default()
                .into_iter()
                .map(|reference| Answers::Problem { reference }),
        )
        .collect();
    let entry = match form.parse(start_of_uk_day_of(context.now()), chosen) {
        Ok(entry) => entry,
        Err(errors) => {
            let feedback = FormFeedback::errors_keeping("update", errors, &form);
            return context.reply(&path, feedback).await;
        }
    };
    let outcome = updates::publish(
        &context.state.db,
        &context.state.clock,
        &context.email_site(),
        &context.state.bucket_keys,
        &permit,
        &entry,
    )
    .await
    .map_err(|e| fault("publishing an update", e))?;
    match outcome {
        Published::Published { emailed, .. } => {
            let told = match emailed {
                0 => "Nobody linked to it was emailed".to_string(),
                1 => "1 resident linked to it has been emailed".to_string(),
                n => format!("{n} residents linked to it have been emailed"),
            };
            context
                .reply(
                    &path,
                    FormFeedback::notice("update", format!("The update is published. {told}.")),
                )
                .await
        }
        Published::NoSuchLink { what } => {
            let problem = FieldError::new(
                "concerns",
                format!("{what} is not one of this neighbourhood's"),
            );
            let feedback = FormFeedback::errors_keeping("update", vec![problem], &form);
            context.reply(&path, feedback).await
        }
    }
}

/// The start of the UK day a moment falls in.
fn start_of_uk_day_of(at: i64) -> i64 {
    use chrono::Datelike;
    let day = crate::domain::schedule::uk_local(at).date();
    crate::services::clock::start_of_uk_day(day.year(), day.month(), day.day()).unwrap_or(at)
}

#[component]
pub fn NeighbourhoodUpdatesPage() -> impl IntoView {
    let code = route_param("code");
    page(
        move || neighbourhood_updates(code.clone()),
        |view| view! { <Updates view /> },
    )
}

#[component]
fn Updates(view: UpdatesView) -> impl IntoView {
    let UpdatesView {
        code,
        name,
        published,
        priorities,
        votes,
        problems,
        feedback,
    } = view;
    let form = feedback.for_form("update");
    let none = published.is_empty();
    view! {
        <Title text=page_title(&format!("You said, we did in {name}"), &feedback) />
        <FeedbackBanner feedback=feedback.clone() />
        <span class="caption-l">{name.clone()}</span>
        <h1 class="heading-l">"You said, we did"</h1>
        <p>
            <a href=manage_path(&code)>"Back to managing "{name}</a>
            " · "<a href=format!("{}/priorities", manage_path(&code))>"Priorities"</a>
            " · "<a href=format!("{}/votes", manage_path(&code))>"Votes"</a>
        </p>
        <h2 class="heading-m" id="published">"Published"</h2>
        {none.then(|| view! { <p>"No updates yet."</p> })}
        <ul class="surgery-list" aria-labelledby="published" hidden=none>
            {published.into_iter().map(|(date, said, answers)| view! {
                <li>
                    <strong>{date}</strong>
                    <p class="timeline__text">{said}</p>
                    {(!answers.is_empty()).then(|| view! { <span class="hint">{format!("Answers {}", answers.join(", "))}</span> })}
                </li>
            }).collect_view()}
        </ul>

        <h2 class="heading-m">"Publish an update"</h2>
        <form method="post" action=PublishUpdate::url() novalidate>
            <input type="hidden" name="code" value=code />
            <TextArea name="you_said" label="You said" hint="What residents told you, in their words where you can (no names)" max=2000 rows=3 feedback=form.clone() />
            <TextArea name="we_did" label="We did" hint="What the team did about it" max=2000 rows=4 feedback=form.clone() />
            <TextArea name="next_steps" label="What happens next (optional)" max=2000 rows=2 feedback=form.clone() />
            <TextField name="outcome" label="Outcome figure (optional)" hint="For example, 12 vehicles stopped, 3 seized" autocomplete="off" feedback=form.clone() />
            <DateInput name="published_on" legend="Date (leave blank for today)" typed=TypedDate::from_fields(|f| form.value(f), "published_on") error=form.error("published_on_day") />
            {checkbox_list("priorities", "Local priorities it answers", priorities.into_iter().map(|(id, issue)| (id.to_string(), issue)).collect())}
            {checkbox_list("votes", "Votes it answers", votes.into_iter().map(|(id, question)| (id.to_string(), question)).collect())}
            {checkbox_list("problems", "Problems it answers", problems.into_iter().map(|(reference, title)| (reference.clone(), format!("{title} ({reference})"))).collect())}
            <TextField name="concerns" label="Concerns it answers (optional)" hint="Their references, separated by commas, like NC-7K3M-Q9XD. The residents who raised them are emailed." autocomplete="off" feedback=form />
            <button type="submit" class="button">"Publish the update"</button>
        </form>
    }
    .into_any()
}
