//! A neighbourhood's priority votes for its team, and opening one: a question, 2 to 12 options
//! (each may name the concern or problem it comes from), how many each person may choose, when
//! it opens and closes (UK time), and who may vote.

use super::neighbourhood::manage_path;
use crate::components::form::{
    Choice, DateInput, FeedbackBanner, Radios, TextArea, TextField, page_title,
};
use crate::components::page::{PageError, page, route_param};
use crate::domain::forms::{FormFeedback, TypedDate, form_value};
use crate::domain::vote::VoteForm;
use crate::services::votes::{VoteState, team_vote_path};
use crate::state::fault;
use entity::vote::Eligibility;
use leptos::prelude::*;
use leptos::server_fn::ServerFn;
use leptos_meta::Title;

#[derive(Clone, Debug, PartialEq, Eq)]
struct VoteRow {
    id: i32,
    question: String,
    state: &'static str,
    when: String,
}

#[derive(Clone, Debug, PartialEq, Eq)]
struct VotesView {
    code: String,
    name: String,
    votes: Vec<VoteRow>,
    proposals: Vec<crate::services::concerns::Proposal>,
    feedback: FormFeedback,
}

pub(super) fn votes_path(code: &str) -> String {
    format!("{}/votes", manage_path(code))
}

pub(super) fn state_words(state: VoteState) -> &'static str {
    match state {
        VoteState::NotYetOpen => "Not open yet",
        VoteState::Open => "Open",
        VoteState::Closed => "Closed",
    }
}

async fn neighbourhood_votes(code: String) -> Result<VotesView, PageError> {
    use crate::services::clock::format_time;
    use crate::services::votes::{for_neighbourhood, state};
    let context = crate::request::RequestContext::new().await?;
    let n = context.neighbourhood_page(&code).await?.into_subject();
    let now = context.now();
    let votes = for_neighbourhood(&context.state.db, n.id)
        .await
        .map_err(|e| fault("reading votes", e))?
        .into_iter()
        .map(|v| VoteRow {
            id: v.id,
            state: state_words(state(&v, now)),
            when: format!(
                "{} to {}",
                format_time(v.opens_at),
                format_time(v.closes_at)
            ),
            question: v.question,
        })
        .collect();
    Ok(VotesView {
        proposals: crate::services::concerns::proposals(&context.state.db, n.id)
            .await
            .map_err(|e| fault("reading proposals", e))?,
        code: n.code,
        name: n.name,
        votes,
        feedback: context.feedback().await?,
    })
}

#[server(prefix = "/fn", endpoint = "staff/votes/open")]
pub async fn open_vote(
    code: String,
    #[server(flatten)] form: VoteForm,
) -> Result<(), ServerFnError> {
    use crate::domain::forms::FieldError;
    use crate::services::votes::{self, OptionsSaved};
    let context = crate::request::RequestContext::new().await?;
    let permit = context.neighbourhood_action(&code).await?;
    let code = &permit.subject().code;
    let path = votes_path(code);
    let typed = |errors| FormFeedback::errors_keeping("vote", errors, &form);
    let entry = match form.parse(context.now()) {
        Ok(entry) => entry,
        Err(errors) => return context.reply(&path, typed(errors)).await,
    };
    let outcome = votes::open(&context.state.db, &context.state.clock, &permit, &entry)
        .await
        .map_err(|e| fault("opening a vote", e))?;
    match outcome {
        OptionsSaved::Saved { vote_id } => {
            context
                .reply(
                    &team_vote_path(code, vote_id),
                    FormFeedback::notice("vote", "The vote has been set up"),
                )
                .await
        }
        OptionsSaved::NoSuchReference { reference } => {
            context
                .reply(
                    &path,
                    typed(vec![FieldError::new(
                        "options",
                        format!(
                            "{reference} is not one of this neighbourhood's concerns or problems"
                        ),
                    )]),
                )
                .await
        }
        OptionsSaved::AlreadyOpen => context.reply(&path, typed(vec![])).await,
    }
}

#[component]
pub fn NeighbourhoodVotesPage() -> impl IntoView {
    let code = route_param("code");
    page(
        move || neighbourhood_votes(code.clone()),
        |view| view! { <Votes view /> },
    )
}

#[component]
fn Votes(view: VotesView) -> impl IntoView {
    let VotesView {
        code,
        name,
        votes,
        proposals,
        feedback,
    } = view;
    let none = votes.is_empty();
    let form = feedback.for_form("vote");
    let typed = |field: &str| form.value(field);
    let who = vec![
        Choice::new(
            form_value(&Eligibility::AnyResident),
            "Any signed-in resident",
        ),
        Choice::new(
            form_value(&Eligibility::PostcodeInNeighbourhood),
            "Only residents who confirm a postcode in the neighbourhood",
        )
        .hint("The postcode is checked and not kept."),
    ];
    view! {
        <Title text=page_title(&format!("Votes in {name}"), &feedback) />
        <FeedbackBanner feedback=feedback.clone() />
        <span class="caption-l">{name.clone()}</span>
        <h1 class="heading-l">"Priority votes"</h1>
        <p>
            <a href=manage_path(&code)>"Back to managing "{name}</a>
            " · "<a href=format!("{}/priorities", manage_path(&code))>"Priorities"</a>
            " · "<a href=format!("{}/updates", manage_path(&code))>"You said, we did"</a>
        </p>
        {none.then(|| view! { <p>"No votes yet."</p> })}
        <table class="table" hidden=none>
            <caption class="visually-hidden">"Votes"</caption>
            <thead><tr><th scope="col">"Question"</th><th scope="col">"Open"</th><th scope="col">"State"</th></tr></thead>
            <tbody>
                {votes.into_iter().map(|v| view! {
                    <tr>
                        <td><a href=team_vote_path(&code, v.id)>{v.question}</a></td>
                        <td>{v.when}</td>
                        <td>{v.state}</td>
                    </tr>
                }).collect_view()}
            </tbody>
        </table>

        <h2 class="heading-m">"Open a vote"</h2>
        {(!proposals.is_empty()).then(|| view! {
            <h3 class="heading-s" id="proposals">"Proposed by community groups"</h3>
            <p class="hint">"To make one an option, end its line with the reference in square brackets."</p>
            <ul class="list list--bullet" aria-labelledby="proposals">
                {proposals.into_iter().map(|p| view! {
                    <li>{format!("{} ({}, {}): {} [{}]", p.group, p.category, p.reference, p.description, p.reference)}</li>
                }).collect_view()}
            </ul>
        })}
        <form method="post" action=OpenVote::url() novalidate>
            <input type="hidden" name="code" value=code.clone() />
            <TextField name="question" label="Question" hint="For example, Which of these should the team work on first?" autocomplete="off" feedback=form.clone() />
            <TextArea
                name="options"
                label="Options"
                hint="Between 2 and 12, one on each line. To link an option to a concern or a problem, end its line with the reference in square brackets, like: Speeding by the park [PRB-7K3M-Q9XD]"
                max=2000
                rows=6
                feedback=form.clone()
            />
            {crate::components::form::offers_welsh().then(|| view! {
                <TextField name="question_cy" label="Question in Welsh (optional)" hint="Residents reading the portal in Welsh see this instead" autocomplete="off" lang="cy" feedback=form.clone() />
                <TextArea name="options_cy" label="Options in Welsh (optional)" hint="One on each line, in the same order as the English, without references" max=2000 rows=6 lang="cy" feedback=form.clone() />
            })}
            <TextField name="most_choices" label="How many options each person may choose" class="input input--width-2" value="1".to_string() feedback=form.clone() />
            <DateInput name="opens_date" legend="Opens on" typed=TypedDate::from_fields(typed, "opens_date") error=form.error("opens_date_day") />
            <TextField name="opens_time" label="Opens at" hint="UK time, for example 9am" class="input input--width-10" feedback=form.clone() />
            <DateInput name="closes_date" legend="Closes on" typed=TypedDate::from_fields(typed, "closes_date") error=form.error("closes_date_day") />
            <TextField name="closes_time" label="Closes at" hint="UK time, for example 5pm" class="input input--width-10" feedback=form.clone() />
            <Radios name="eligibility" legend="Who may vote".to_string() choices=who chosen=form.value("eligibility") error=form.error("eligibility") />
            <div class="form-group">
                <div class="checkbox">
                    <input class="checkbox__input" id="show_running_totals" name="show_running_totals" type="checkbox" value="yes" />
                    <label class="label checkbox__label" for="show_running_totals">"Show the totals so far while the vote is open"</label>
                </div>
            </div>
            <button type="submit" class="button">"Set up the vote"</button>
        </form>
    }
    .into_any()
}
