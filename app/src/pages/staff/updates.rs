//! "You said, we did" for a neighbourhood's team: the updates published, and publishing one
//! linked to what it answers (priorities, votes, problems, concerns). Residents who raised a
//! linked concern or voted in a linked vote are emailed.

use super::neighbourhood::manage_path;
use crate::components::form::{
    DateInput, FeedbackBanner, TextArea, TextField, checkbox_list, page_title,
};
use crate::components::page::{PageError, page, route_param};
use crate::domain::forms::{FieldError, FormFeedback, TypedDate};
use crate::domain::update::{UpdateEntry, UpdateForm};
use crate::state::fault;
use leptos::prelude::*;
use leptos::server_fn::ServerFn;
use leptos_meta::Title;

#[derive(Clone, Debug, PartialEq, Eq)]
struct UpdatesView {
    code: String,
    name: String,
    published: Vec<PublishedUpdate>,
    choices: AnswerChoices,
    feedback: FormFeedback,
}

#[derive(Clone, Debug, PartialEq, Eq)]
struct PublishedUpdate {
    id: i32,
    date: String,
    you_said: String,
    answers: Vec<crate::services::updates::Answered>,
    /// "Updated on …", once corrected.
    edited: Option<String>,
}

/// What an update may answer: the neighbourhood's priorities, votes and problems.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct AnswerChoices {
    pub priorities: Vec<(i32, String)>,
    pub votes: Vec<(i32, String)>,
    /// (reference, title)
    pub problems: Vec<(String, String)>,
}

pub(super) fn updates_path(code: &str) -> String {
    format!("{}/updates", manage_path(code))
}

pub(super) fn update_path(code: &str, id: i32) -> String {
    format!("{}/{id}", updates_path(code))
}

/// The neighbourhood's priorities, votes and problems an update may answer.
pub(super) async fn answer_choices(
    db: &crate::services::write::Database,
    neighbourhood_id: i32,
) -> Result<AnswerChoices, PageError> {
    use crate::services::{priorities, problems, votes};
    Ok(AnswerChoices {
        priorities: priorities::for_neighbourhood(db, neighbourhood_id, false)
            .await
            .map_err(|e| fault("reading priorities", e))?
            .into_iter()
            .map(|p| (p.priority.id, p.priority.issue))
            .collect(),
        votes: votes::for_neighbourhood(db, neighbourhood_id)
            .await
            .map_err(|e| fault("reading votes", e))?
            .into_iter()
            .map(|v| (v.id, v.question))
            .collect(),
        problems: problems::for_neighbourhood(db, neighbourhood_id)
            .await
            .map_err(|e| fault("reading problems", e))?
            .into_iter()
            .map(|p| (p.reference, p.title))
            .collect(),
    })
}

/// The update form as sent (publishing or correcting): its text and the boxes ticked.
pub(super) struct SentUpdate {
    pub form: UpdateForm,
    pub priorities: Vec<i32>,
    pub votes: Vec<i32>,
    pub problems: Vec<String>,
}

impl SentUpdate {
    pub(super) fn new(
        form: UpdateForm,
        priorities: Option<Vec<i32>>,
        votes: Option<Vec<i32>>,
        problems: Option<Vec<String>>,
    ) -> Self {
        Self {
            form,
            priorities: priorities.unwrap_or_default(),
            votes: votes.unwrap_or_default(),
            problems: problems.unwrap_or_default(),
        }
    }

    /// The update, checked, published on the day typed or today (the UK day `now` falls in);
    /// or the form sent back with its problems.
    pub(super) fn parse(&self, now: i64) -> Result<UpdateEntry, FormFeedback> {
        use crate::domain::update::Answers;
        let chosen = self
            .priorities
            .iter()
            .map(|id| Answers::Priority { id: *id })
            .chain(self.votes.iter().map(|id| Answers::Vote { id: *id }))
            .chain(self.problems.iter().map(|reference| Answers::Problem {
                reference: reference.clone(),
            }))
            .collect();
        self.form
            .parse(start_of_uk_day_of(now), chosen)
            .map_err(|errors| self.sent_back(errors))
    }

    /// The form with `errors`, everything typed kept and every box still ticked.
    pub(super) fn sent_back(&self, errors: Vec<FieldError>) -> FormFeedback {
        FormFeedback::errors_keeping("update", errors, &self.form)
            .keeping_choices("priorities", &self.priorities)
            .keeping_choices("votes", &self.votes)
            .keeping_choices("problems", &self.problems)
    }

    /// The form sent back because `what` it answers is not the neighbourhood's.
    pub(super) fn not_ours(&self, what: &str) -> FormFeedback {
        self.sent_back(vec![FieldError::new(
            "concerns",
            format!("{what} is not one of this neighbourhood's"),
        )])
    }
}

async fn neighbourhood_updates(code: String) -> Result<UpdatesView, PageError> {
    use crate::services::clock::format_date;
    use crate::services::updates;
    let context = crate::request::RequestContext::new().await?;
    let n = context.neighbourhood_page(&code).await?.into_subject();
    let db = &context.state.db;
    let published = updates::newest(db, n.id, 50)
        .await
        .map_err(|e| fault("reading updates", e))?
        .into_iter()
        .map(|u| PublishedUpdate {
            id: u.update.id,
            date: format_date(u.update.published_on),
            you_said: u.update.you_said,
            answers: u.answers,
            edited: u.update.edited_at.map(format_date),
        })
        .collect();
    Ok(UpdatesView {
        published,
        choices: answer_choices(db, n.id).await?,
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
    use crate::services::updates::{self, Published};
    let context = crate::request::RequestContext::new().await?;
    let permit = context.neighbourhood_action(&code).await?;
    let path = updates_path(&permit.subject().code);
    let sent = SentUpdate::new(form, priorities, votes, problems);
    let entry = match sent.parse(context.now()) {
        Ok(entry) => entry,
        Err(feedback) => return context.reply(&path, feedback).await,
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
        Published::NoSuchLink { what } => context.reply(&path, sent.not_ours(&what)).await,
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
        choices,
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
            {published.into_iter().map(|u| view! {
                <li>
                    <strong>{u.date.clone()}</strong>
                    <p class="timeline__text">{u.you_said}</p>
                    {(!u.answers.is_empty()).then(|| view! { <span class="hint">{format!("Answers {}", u.answers.iter().map(|a| a.words(crate::i18n::Language::English)).collect::<Vec<_>>().join(", "))}</span> })}
                    {u.edited.map(|on| view! { <span class="hint">{format!(" Updated on {on}.")}</span> })}
                    <p><a href=update_path(&code, u.id)>"Correct or withdraw"<span class="visually-hidden">{format!(" the update of {}", u.date)}</span></a></p>
                </li>
            }).collect_view()}
        </ul>

        <h2 class="heading-m">"Publish an update"</h2>
        <form method="post" action=PublishUpdate::url() novalidate>
            <input type="hidden" name="code" value=code />
            <UpdateFields form choices />
            <button type="submit" class="button">"Publish the update"</button>
        </form>
    }
    .into_any()
}

/// The update form's fields, shared by publishing and correcting, with what was typed and
/// ticked kept.
#[component]
pub(super) fn UpdateFields(form: FormFeedback, choices: AnswerChoices) -> impl IntoView {
    let AnswerChoices {
        priorities,
        votes,
        problems,
    } = choices;
    let offers_welsh = crate::components::form::offers_welsh();
    view! {
        <TextArea name="you_said" label="You said" hint="What residents told you, in their words where you can (no names)" max=2000 rows=3 value=form.value("you_said") feedback=form.clone() />
        <TextArea name="we_did" label="We did" hint="What the team did about it" max=2000 rows=4 value=form.value("we_did") feedback=form.clone() />
        <TextArea name="next_steps" label="What happens next (optional)" max=2000 rows=2 value=form.value("next_steps") feedback=form.clone() />
        <TextField name="outcome" label="Outcome figure (optional)" hint="For example, 12 vehicles stopped, 3 seized" autocomplete="off" feedback=form.clone() />
        // Residents who read the portal in Welsh see these instead, where given.
        {if offers_welsh {
            view! {
                <fieldset class="fieldset" aria-describedby="welsh-hint">
                    <legend class="fieldset__legend">"In Welsh (optional)"</legend>
                    <p class="hint" id="welsh-hint">"Residents reading the portal in Welsh see these instead of the English, where you give them."</p>
                    <TextArea name="you_said_cy" label="You said, in Welsh" max=2000 rows=3 value=form.value("you_said_cy") lang="cy" feedback=form.clone() />
                    <TextArea name="we_did_cy" label="We did, in Welsh" max=2000 rows=4 value=form.value("we_did_cy") lang="cy" feedback=form.clone() />
                    <TextArea name="next_steps_cy" label="What happens next, in Welsh" max=2000 rows=2 value=form.value("next_steps_cy") lang="cy" feedback=form.clone() />
                    <TextField name="outcome_cy" label="Outcome figure, in Welsh" autocomplete="off" lang="cy" feedback=form.clone() />
                </fieldset>
            }
            .into_any()
        } else {
            // A force that no longer offers Welsh keeps what was written in it through a
            // correction.
            ["you_said_cy", "we_did_cy", "next_steps_cy", "outcome_cy"]
                .map(|name| view! { <input type="hidden" name=name value=form.value(name) /> })
                .collect_view()
                .into_any()
        }}
        <DateInput name="published_on" legend="Date (leave blank for today)" typed=TypedDate::from_fields(|f| form.value(f), "published_on") error=form.error("published_on_day") />
        {checkbox_list("priorities", "Local priorities it answers", priorities.into_iter().map(|(id, issue)| (id.to_string(), issue)).collect(), form.choices("priorities"))}
        {checkbox_list("votes", "Votes it answers", votes.into_iter().map(|(id, question)| (id.to_string(), question)).collect(), form.choices("votes"))}
        {checkbox_list("problems", "Problems it answers", problems.into_iter().map(|(reference, title)| (reference.clone(), format!("{title} ({reference})"))).collect(), form.choices("problems"))}
        <TextField name="concerns" label="Concerns it answers (optional)" hint="Their references, separated by commas, like NC-7K3M-Q9XD. The residents who raised them are emailed when it is first published." autocomplete="off" feedback=form />
    }
}
