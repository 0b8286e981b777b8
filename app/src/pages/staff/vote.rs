//! One vote for its team: changing its options until it opens; while open, closing it and
//! recording paper ballots from a meeting (counted apart); the results, and once closed,
//! setting local priorities from its options, one click each.

use super::votes::{state_words, votes_path};
use crate::components::form::{FeedbackBanner, TextArea, TextField, page_title};
use crate::components::page::{PageError, page, route_param};
use crate::components::summary::SummaryRow;
use crate::domain::forms::FormFeedback;
use crate::domain::vote::OptionResult;
use crate::request::RequestContext;
use crate::services::votes::{VoteState, team_vote_path, vote_path};
use crate::state::fault;
use leptos::prelude::*;
use leptos::server_fn::ServerFn;
use leptos_meta::Title;

#[derive(Clone, Debug, PartialEq, Eq)]
struct VoteView {
    code: String,
    neighbourhood: String,
    id: i32,
    question: String,
    state: VoteState,
    opens: String,
    closes: String,
    who_may_vote: &'static str,
    most_choices: i32,
    /// (option id, label, its line in the options box, already a priority)
    options: Vec<(i32, String, String, bool)>,
    /// The options in Welsh, one a line, as the Welsh box shows them (empty if none given).
    options_cy: String,
    online_ballots: u64,
    paper: Vec<(String, u64)>,
    ranked: Vec<OptionResult>,
    feedback: FormFeedback,
}

async fn team_vote(code: String, id: String) -> Result<VoteView, PageError> {
    use crate::services::clock::format_time;
    use crate::services::votes::{self, eligibility_words, state};
    use sea_orm::EntityTrait;
    let context = RequestContext::new().await?;
    let n = context.neighbourhood_page(&code).await?.into_subject();
    let id: i32 = id.parse().map_err(|_| PageError::NotFound)?;
    let db = &context.state.db;
    let detail = votes::detail(db, id)
        .await
        .map_err(|e| fault("reading a vote", e))?
        .filter(|d| d.neighbourhood.id == n.id)
        .ok_or(PageError::NotFound)?;
    let results = votes::results(db, &detail)
        .await
        .map_err(|e| fault("counting a vote", e))?;
    let option_ids: Vec<i32> = detail.options.iter().map(|o| o.id).collect();
    let set = crate::services::priorities::options_set(db, &option_ids)
        .await
        .map_err(|e| fault("reading priorities", e))?;
    let mut options = Vec::with_capacity(detail.options.len());
    for o in &detail.options {
        // The line as it would be typed again, with the references it links.
        let mut line = o.label.clone();
        if let Some(concern) = o.concern_id
            && let Some(c) = entity::concern::Entity::find_by_id(concern)
                .one(db)
                .await
                .map_err(|e| fault("reading a concern", e))?
        {
            line.push_str(&format!(" [{}]", c.reference));
        }
        if let Some(problem) = o.problem_id
            && let Some(p) = entity::problem::Entity::find_by_id(problem)
                .one(db)
                .await
                .map_err(|e| fault("reading a problem", e))?
        {
            line.push_str(&format!(" [{}]", p.reference));
        }
        options.push((o.id, o.label.clone(), line, set.contains(&o.id)));
    }
    // Options are given in Welsh all together, or not at all.
    let options_cy = detail
        .options
        .iter()
        .filter_map(|o| o.label_cy.as_deref())
        .collect::<Vec<_>>()
        .join("\n");
    Ok(VoteView {
        options_cy,
        code: n.code.clone(),
        neighbourhood: n.name.clone(),
        id,
        question: detail.vote.question.clone(),
        state: state(&detail.vote, context.now()),
        opens: format_time(detail.vote.opens_at),
        closes: format_time(detail.vote.closes_at),
        who_may_vote: eligibility_words(detail.vote.eligibility),
        most_choices: detail.vote.most_choices,
        options,
        online_ballots: results.online_ballots,
        paper: results.paper,
        ranked: results.ranked,
        feedback: context.feedback().await?,
    })
}

#[server(prefix = "/fn", endpoint = "staff/votes/options")]
pub async fn change_vote_options(
    code: String,
    vote_id: i32,
    options: String,
    /// Only when the force offers Welsh.
    options_cy: Option<String>,
    most_choices: String,
) -> Result<(), ServerFnError> {
    use crate::domain::forms::FieldError;
    use crate::domain::vote::{parse_options, with_welsh_options};
    use crate::services::votes::{self, OptionsSaved};
    let context = RequestContext::new().await?;
    let permit = context.neighbourhood_action(&code).await?;
    let n = permit.subject();
    let path = team_vote_path(&n.code, vote_id);
    let options_cy = options_cy.unwrap_or_default();
    let typed = |errors| {
        FormFeedback::errors(
            "options",
            errors,
            &[
                ("options", options.as_str()),
                ("options_cy", options_cy.as_str()),
                ("most_choices", most_choices.as_str()),
            ],
        )
    };
    let parsed = match parse_options(&options).map_err(|problem| ("options", problem)) {
        Ok(parsed) => with_welsh_options(parsed, &options_cy).map_err(|p| ("options_cy", p)),
        Err(problem) => Err(problem),
    };
    let parsed = match parsed {
        Ok(parsed) => parsed,
        Err((field, problem)) => {
            return context
                .reply(&path, typed(vec![FieldError::new(field, problem)]))
                .await;
        }
    };
    let most = match most_choices.trim().parse::<usize>() {
        Ok(most) if (1..=parsed.len()).contains(&most) => most as i32,
        _ => {
            return context
                .reply(
                    &path,
                    typed(vec![FieldError::new(
                        "most_choices",
                        "Enter how many options each person may choose, from 1 to the number of options",
                    )]),
                )
                .await;
        }
    };
    let outcome = votes::change_options(
        &context.state.db,
        &context.state.clock,
        &permit,
        vote_id,
        &parsed,
        most,
    )
    .await
    .map_err(|e| fault("changing a vote's options", e))?;
    let feedback = match outcome {
        OptionsSaved::Saved { .. } => {
            FormFeedback::notice("options", "The options have been saved")
        }
        OptionsSaved::NoSuchReference { reference } => typed(vec![FieldError::new(
            "options",
            format!("{reference} is not one of this neighbourhood's concerns or problems"),
        )]),
        OptionsSaved::AlreadyOpen => typed(vec![FieldError::new(
            "options",
            "The vote has opened: its options can no longer change",
        )]),
    };
    context.reply(&path, feedback).await
}

#[server(prefix = "/fn", endpoint = "staff/votes/close")]
pub async fn close_vote(code: String, vote_id: i32) -> Result<(), ServerFnError> {
    use crate::domain::forms::FieldError;
    use crate::services::votes::{self, VoteClosed};
    let context = RequestContext::new().await?;
    let permit = context.neighbourhood_action(&code).await?;
    let n = permit.subject();
    let outcome = votes::close_now(&context.state.db, &context.state.clock, &permit, vote_id)
        .await
        .map_err(|e| fault("closing a vote", e))?;
    let feedback = match outcome {
        VoteClosed::Closed => {
            FormFeedback::notice("close", "The vote is closed: its results are final")
        }
        VoteClosed::NotOpen => FormFeedback::errors(
            "close",
            vec![FieldError::new("close", "Only an open vote can be closed")],
            &[],
        ),
    };
    context
        .reply(&team_vote_path(&n.code, vote_id), feedback)
        .await
}

#[server(prefix = "/fn", endpoint = "staff/votes/paper")]
pub async fn record_paper_ballots(
    code: String,
    vote_id: i32,
    paper_label: String,
    paper_ballots: String,
    option_ids: Option<Vec<i32>>,
    counts: Option<Vec<String>>,
) -> Result<(), ServerFnError> {
    use crate::domain::forms::{FieldError, required_text};
    use crate::services::votes::{self, PaperBallots, PaperRecorded};
    let context = RequestContext::new().await?;
    let permit = context.neighbourhood_action(&code).await?;
    let n = permit.subject();
    let path = team_vote_path(&n.code, vote_id);
    let mut errors = Vec::new();
    let label_text = required_text(
        "paper_label",
        "Which meeting",
        &paper_label,
        "Say which meeting the ballots are from, like Residents' meeting, 3 December",
        120,
        &mut errors,
    );
    let number = |typed: &str| typed.trim().parse::<i32>().ok().filter(|n| *n >= 0);
    let ballots_number = number(&paper_ballots);
    if ballots_number.is_none() {
        errors.push(FieldError::new(
            "paper_ballots",
            "Enter how many people filled in a paper ballot, as a whole number",
        ));
    }
    let option_ids = option_ids.unwrap_or_default();
    let counts = counts.unwrap_or_default();
    let mut per_option = Vec::with_capacity(option_ids.len());
    for (i, option) in option_ids.iter().enumerate() {
        match counts.get(i).map(|c| c.trim()) {
            None | Some("") => per_option.push((*option, 0)),
            Some(typed) => match number(typed) {
                Some(count) => per_option.push((*option, count)),
                None => errors.push(FieldError::new(
                    &format!("count-{i}"),
                    "Enter each option's count as a whole number",
                )),
            },
        }
    }
    let (Some(ballots_number), true) = (ballots_number, errors.is_empty()) else {
        return context
            .reply(
                &path,
                FormFeedback::errors(
                    "paper",
                    errors,
                    &[
                        ("paper_label", paper_label.as_str()),
                        ("paper_ballots", paper_ballots.as_str()),
                    ],
                ),
            )
            .await;
    };
    let outcome = votes::record_paper(
        &context.state.db,
        &context.state.clock,
        &permit,
        vote_id,
        &PaperBallots {
            label: &label_text,
            ballots: ballots_number,
            counts: &per_option,
        },
    )
    .await
    .map_err(|e| fault("recording paper ballots", e))?;
    let problem = |message: &str| {
        FormFeedback::errors(
            "paper",
            vec![FieldError::new("paper_ballots", message)],
            &[
                ("paper_label", paper_label.as_str()),
                ("paper_ballots", paper_ballots.as_str()),
            ],
        )
    };
    let feedback = match outcome {
        PaperRecorded::Recorded => {
            FormFeedback::notice("paper", "The paper ballots have been counted")
        }
        PaperRecorded::NotOpen => problem("Paper ballots are recorded while the vote is open"),
        PaperRecorded::TooMany => problem(
            "The counts are more than the ballots allow: check each option's count against the number of ballots",
        ),
    };
    context.reply(&path, feedback).await
}

#[server(prefix = "/fn", endpoint = "staff/priorities/from-option")]
pub async fn priority_from_option(code: String, option_id: i32) -> Result<(), ServerFnError> {
    use crate::domain::forms::FieldError;
    use crate::services::priorities::{self, PrioritySet, PrioritySource};
    let context = RequestContext::new().await?;
    let permit = context.neighbourhood_action(&code).await?;
    let n = permit.subject();
    let vote_id = {
        use sea_orm::EntityTrait;
        entity::vote_option::Entity::find_by_id(option_id)
            .one(&context.state.db)
            .await
            .map_err(|e| fault("reading a vote's option", e))?
            .map(|o| o.vote_id)
    };
    let path = vote_id.map_or_else(|| votes_path(&n.code), |id| team_vote_path(&n.code, id));
    let outcome = priorities::set(
        &context.state.db,
        &context.state.clock,
        &permit,
        PrioritySource::VoteOption { option_id },
        // The option's Welsh, if it has one, comes with it.
        None,
    )
    .await
    .map_err(|e| fault("setting a priority", e))?;
    let problem = |message: &str| {
        FormFeedback::errors(
            "priorities",
            vec![FieldError::new("priorities", message)],
            &[],
        )
    };
    let feedback = match outcome {
        PrioritySet::Set { .. } => FormFeedback::notice(
            "priorities",
            "It is now one of the neighbourhood's priorities",
        ),
        PrioritySet::AlreadySet => problem("That option is a priority already"),
        PrioritySet::NotAvailable => {
            problem("Priorities are set from a vote's options once the vote has closed")
        }
    };
    context.reply(&path, feedback).await
}

#[component]
pub fn TeamVotePage() -> impl IntoView {
    let code = route_param("code");
    let id = route_param("id");
    page(
        move || team_vote(code.clone(), id.clone()),
        |view| view! { <TeamVote view /> },
    )
}

#[component]
fn TeamVote(view: VoteView) -> impl IntoView {
    let VoteView {
        code,
        neighbourhood,
        id,
        question,
        state,
        opens,
        closes,
        who_may_vote,
        most_choices,
        options,
        online_ballots,
        paper,
        ranked,
        feedback,
        options_cy,
    } = view;
    let options_feedback = feedback.for_form("options");
    let paper_feedback = feedback.for_form("paper");
    let lines: String = options
        .iter()
        .map(|(_, _, line, _)| line.as_str())
        .collect::<Vec<_>>()
        .join("\n");
    let paper_ballots: u64 = paper.iter().map(|(_, n)| n).sum();
    view! {
        <Title text=page_title(&question, &feedback) />
        <FeedbackBanner feedback=feedback.clone() />
        <span class="caption-l">{format!("Votes in {neighbourhood}")}</span>
        <h1 class="heading-l">{question.clone()}</h1>
        <p><a href=votes_path(&code)>"Back to the votes"</a>" · "<a href=vote_path(id)>"See the public page"</a></p>
        <dl class="summary-list">
            <SummaryRow key="State">{state_words(state)}</SummaryRow>
            <SummaryRow key="Opens">{opens}</SummaryRow>
            <SummaryRow key="Closes">{closes}</SummaryRow>
            <SummaryRow key="Who may vote">{who_may_vote}</SummaryRow>
            <SummaryRow key="Choices each">{most_choices}</SummaryRow>
            <SummaryRow key="Voted">{format!("{online_ballots} online, {paper_ballots} on paper")}</SummaryRow>
        </dl>

        <h2 class="heading-m" id="results">{if state == VoteState::Closed { "Results" } else { "Totals so far" }}</h2>
        <table class="table" aria-labelledby="results">
            <thead><tr>
                <th scope="col">"Place"</th><th scope="col">"Option"</th>
                <th scope="col" class="table__numeric">"Online"</th><th scope="col" class="table__numeric">"Paper"</th>
                <th scope="col" class="table__numeric">"Total"</th>
                {(state == VoteState::Closed).then(|| view! { <th scope="col"><span class="visually-hidden">"Priority"</span></th> })}
            </tr></thead>
            <tbody>
                {ranked.into_iter().map(|r| {
                    let is_priority = options.iter().any(|(o, _, _, set)| *o == r.option_id && *set);
                    let code = code.clone();
                    view! {
                        <tr>
                            <td>{if r.tied { format!("{} (tied)", r.rank) } else { r.rank.to_string() }}</td>
                            <td>{r.label.clone()}</td>
                            <td class="table__numeric">{r.online}</td>
                            <td class="table__numeric">{r.paper}</td>
                            <td class="table__numeric">{r.total()}</td>
                            {(state == VoteState::Closed).then(|| view! {
                                <td class="table__actions">
                                    {if is_priority {
                                        view! { <strong class="tag">"A priority"</strong> }.into_any()
                                    } else {
                                        view! {
                                            <form method="post" action=PriorityFromOption::url() class="inline-form">
                                                <input type="hidden" name="code" value=code />
                                                <input type="hidden" name="option_id" value=r.option_id />
                                                <button type="submit" class="button button--secondary button--small">
                                                    "Make it a priority"<span class="visually-hidden">{format!(": {}", r.label)}</span>
                                                </button>
                                            </form>
                                        }.into_any()
                                    }}
                                </td>
                            })}
                        </tr>
                    }
                }).collect_view()}
            </tbody>
        </table>

        {(state == VoteState::NotYetOpen).then(|| view! {
            <h2 class="heading-m">"Change the options"</h2>
            <p>"Options can change until the vote opens, never after."</p>
            <form method="post" action=ChangeVoteOptions::url() novalidate>
                <input type="hidden" name="code" value=code.clone() />
                <input type="hidden" name="vote_id" value=id />
                <TextArea name="options" label="Options" hint="One on each line; a line may end with a reference in square brackets" max=2000 rows=6 value=lines.clone() feedback=options_feedback.clone() />
                {crate::components::form::offers_welsh().then(|| view! {
                    <TextArea name="options_cy" label="Options in Welsh (optional)" hint="One on each line, in the same order as the English, without references" max=2000 rows=6 value=options_cy.clone() lang="cy" feedback=options_feedback.clone() />
                })}
                <TextField name="most_choices" label="How many options each person may choose" class="input input--width-2" value=most_choices.to_string() feedback=options_feedback />
                <button type="submit" class="button button--secondary">"Save the options"</button>
            </form>
        })}

        {(state == VoteState::Open).then(|| view! {
            <h2 class="heading-m">"Paper ballots from a meeting"</h2>
            <p>"Counted and shown apart from online ballots (assisted digital)."</p>
            <form method="post" action=RecordPaperBallots::url() novalidate>
                <input type="hidden" name="code" value=code.clone() />
                <input type="hidden" name="vote_id" value=id />
                <TextField name="paper_label" label="Which meeting" hint="For example, Residents' meeting at the library, 3 December" autocomplete="off" feedback=paper_feedback.clone() />
                <TextField name="paper_ballots" label="How many people filled in a paper ballot" class="input input--width-4" feedback=paper_feedback.clone() />
                {options.iter().enumerate().map(|(i, (option, label, _, _))| {
                    let field = format!("count-{i}");
                    let error = paper_feedback.error(&field);
                    let has_error = error.is_some();
                    view! {
                        <input type="hidden" name=format!("option_ids[{i}]") value=*option />
                        <div class="form-group" class:form-group--error=has_error>
                            <label class="label" for=field.clone()>{format!("Ballots for {label}")}</label>
                            {error.map(|message| view! { <p class="error-message"><span class="visually-hidden">"Error: "</span>{message}</p> })}
                            <input class="input input--width-4" id=field name=format!("counts[{i}]") inputmode="numeric" />
                        </div>
                    }
                }).collect_view()}
                <button type="submit" class="button button--secondary">"Count the paper ballots"</button>
            </form>

            <h2 class="heading-m">"Close the vote now"</h2>
            <p>"Its results become final. Residents can no longer vote or change their vote."</p>
            <form method="post" action=CloseVote::url()>
                <input type="hidden" name="code" value=code.clone() />
                <input type="hidden" name="vote_id" value=id />
                <button type="submit" class="button button--warning">"Close the vote"</button>
            </form>
        })}
    }
    .into_any()
}
