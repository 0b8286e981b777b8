//! A vote's public page: the question and options; while it is open, how many have voted (and
//! the totals so far, if the team chose) and the way to vote; once closed, the results as a
//! table and a bar chart, with turnout, and ties shown as ties.

use crate::components::bar_chart::BarChart;
use crate::components::form::FeedbackBanner;
use crate::components::page::{PageError, page, route_param};
use crate::domain::forms::FormFeedback;
use crate::domain::neighbourhood::neighbourhood_path;
use crate::domain::vote::OptionResult;
use crate::services::votes::VoteState;
use crate::state::fault;
use leptos::prelude::*;
use leptos_meta::Title;

#[derive(Clone, Debug, PartialEq, Eq)]
struct VoteView {
    id: i32,
    code: String,
    neighbourhood: String,
    question: String,
    options: Vec<String>,
    most_choices: i32,
    state: VoteState,
    opens: String,
    closes: String,
    who_may_vote: &'static str,
    online_ballots: u64,
    /// (meeting, ballots)
    paper: Vec<(String, u64)>,
    /// Shown once closed, or while open if the team chose to.
    results: Option<Vec<OptionResult>>,
    /// The options the signed-in resident chose, if they have voted.
    your_choices: Option<Vec<String>>,
    feedback: FormFeedback,
}

async fn vote(id: String) -> Result<VoteView, PageError> {
    use crate::services::clock::format_time;
    use crate::services::votes::{self, eligibility_words, state};
    let id: i32 = id.parse().map_err(|_| PageError::NotFound)?;
    let context = crate::request::RequestContext::new().await?;
    let db = &context.state.db;
    let detail = votes::detail(db, id)
        .await
        .map_err(|e| fault("reading a vote", e))?
        .ok_or(PageError::NotFound)?;
    let now = context.now();
    let state = state(&detail.vote, now);
    let results = votes::results(db, &detail)
        .await
        .map_err(|e| fault("counting a vote", e))?;
    let your_choices = match context.session.resident_id().await? {
        Some(resident) => votes::resident_choices(db, id, resident)
            .await
            .map_err(|e| fault("reading a ballot", e))?
            .map(|chosen| {
                detail
                    .options
                    .iter()
                    .filter(|o| chosen.contains(&o.id))
                    .map(|o| o.label.clone())
                    .collect()
            }),
        None => None,
    };
    let show =
        state == VoteState::Closed || (state == VoteState::Open && detail.vote.show_running_totals);
    Ok(VoteView {
        id,
        code: detail.neighbourhood.code.clone(),
        neighbourhood: detail.neighbourhood.name.clone(),
        question: detail.vote.question.clone(),
        options: detail.options.iter().map(|o| o.label.clone()).collect(),
        most_choices: detail.vote.most_choices,
        state,
        opens: format_time(detail.vote.opens_at),
        closes: format_time(detail.vote.closes_at),
        who_may_vote: eligibility_words(detail.vote.eligibility),
        online_ballots: results.online_ballots,
        paper: results.paper,
        results: show.then_some(results.ranked),
        your_choices,
        feedback: context.feedback().await?,
    })
}

#[component]
pub fn VotePage() -> impl IntoView {
    let id = route_param("id");
    page(move || vote(id.clone()), |view| view! { <Vote view /> })
}

#[component]
fn Vote(view: VoteView) -> impl IntoView {
    let VoteView {
        id,
        code,
        neighbourhood,
        question,
        options,
        most_choices,
        state,
        opens,
        closes,
        who_may_vote,
        online_ballots,
        paper,
        results,
        your_choices,
        feedback,
    } = view;
    let just_voted = feedback.form == "voted" && feedback.errors.is_empty();
    let paper_ballots: u64 = paper.iter().map(|(_, n)| n).sum();
    let people = |n: u64| format!("{n} {}", if n == 1 { "person" } else { "people" });
    let limit = if most_choices == 1 {
        "Choose one option.".to_string()
    } else {
        format!("Choose up to {most_choices} options.")
    };
    view! {
        <Title text=question.clone() />
        {if just_voted {
            view! {
                <div class="panel--confirmation">
                    <h1 class="panel__title">"Vote recorded"</h1>
                    <p class="panel__body">"Thank you for voting"</p>
                </div>
            }
            .into_any()
        } else {
            view! {
                <FeedbackBanner feedback=feedback.clone() />
                <span class="caption-l">{format!("{neighbourhood}: have your say")}</span>
                <h1 class="heading-l">{question.clone()}</h1>
            }
            .into_any()
        }}
        <p><a href=neighbourhood_path(&code)>{format!("The {neighbourhood} neighbourhood team")}</a></p>
        {match state {
            VoteState::NotYetOpen => view! { <p>{format!("Voting opens on {opens} and closes on {closes}.")}</p> }.into_any(),
            VoteState::Open => view! {
                <p>{format!("Voting is open until {closes}. {limit} Open to {who_may_vote}.")}</p>
                <p>{format!("So far, {} {} voted online.", people(online_ballots), if online_ballots == 1 { "has" } else { "have" })}</p>
            }.into_any(),
            VoteState::Closed => view! { <p>{format!("Voting closed on {closes}. These results are final.")}</p> }.into_any(),
        }}

        {your_choices.clone().map(|chosen| view! {
            <div class="inset-text">
                <p>{format!("You voted for: {}.", chosen.join(", "))}</p>
                {(state == VoteState::Open).then(|| view! { <p>"You can change your vote until it closes: it is never counted twice."</p> })}
            </div>
        })}
        {(state == VoteState::Open).then(|| view! {
            <p><a href=format!("/votes/{id}/choose") class="button">{if your_choices.is_some() { "Change your vote" } else { "Vote" }}</a></p>
        })}

        {match results {
            Some(ranked) => {
                let bars = ranked.iter().map(|r| (r.label.clone(), r.total())).collect();
                let heading = if state == VoteState::Closed { "Results" } else { "Totals so far" };
                view! {
                    <h2 class="heading-m">{heading}</h2>
                    <p>{format!("{} voted online", people(online_ballots))}
                        {(paper_ballots > 0).then(|| format!(", and {} on paper", people(paper_ballots)))}
                        "."
                    </p>
                    <BarChart bars title=format!("{heading}: {question}") described_by="results".to_string() />
                    <table class="table" id="results">
                        <caption class="visually-hidden">{heading}</caption>
                        <thead><tr>
                            <th scope="col">"Place"</th><th scope="col">"Option"</th>
                            <th scope="col" class="table__numeric">"Online"</th>
                            <th scope="col" class="table__numeric">"Paper"</th>
                            <th scope="col" class="table__numeric">"Total"</th>
                        </tr></thead>
                        <tbody>
                            {ranked.into_iter().map(|r| view! {
                                <tr>
                                    <td>{if r.tied { format!("{} (tied)", r.rank) } else { r.rank.to_string() }}</td>
                                    <td>{r.label.clone()}</td>
                                    <td class="table__numeric">{r.online}</td>
                                    <td class="table__numeric">{r.paper}</td>
                                    <td class="table__numeric">{r.total()}</td>
                                </tr>
                            }).collect_view()}
                        </tbody>
                    </table>
                    {(!paper.is_empty()).then(|| view! {
                        <p class="hint">{format!("Paper ballots, counted apart by the team: {}.", paper.iter().map(|(label, n)| format!("{label} ({n})")).collect::<Vec<_>>().join("; "))}</p>
                    })}
                }
                .into_any()
            }
            None => view! {
                <h2 class="heading-m">"The options"</h2>
                <ul class="list">{options.into_iter().map(|o| view! { <li>{o}</li> }).collect_view()}</ul>
            }
            .into_any(),
        }}
        <crate::components::follow::FollowButton
            item=crate::domain::group::Item { kind: entity::follow::ItemKind::Vote, id }
            what="this vote"
        />
    }
    .into_any()
}
