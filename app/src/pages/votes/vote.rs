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
use crate::t;
use leptos::prelude::*;
use leptos_meta::Title;

use crate::components::data::{DATA, StaffText, with_data};

#[derive(Clone, Debug, PartialEq, Eq)]
struct VoteView {
    id: i32,
    code: String,
    neighbourhood: String,
    question: StaffText,
    options: Vec<StaffText>,
    most_choices: i32,
    state: VoteState,
    opens: String,
    closes: String,
    /// "Open to any signed-in resident.", in the page's language.
    open_to: String,
    online_ballots: u64,
    /// (meeting, ballots)
    paper: Vec<(String, u64)>,
    /// Shown once closed, or while open if the team chose to.
    results: Option<Vec<(OptionResult, StaffText)>>,
    /// The options the signed-in resident chose, if they have voted.
    your_choices: Option<StaffText>,
    feedback: FormFeedback,
}

async fn vote(id: String) -> Result<VoteView, PageError> {
    use crate::services::votes::{self, state};
    use entity::vote::Eligibility;
    let id: i32 = id.parse().map_err(|_| PageError::NotFound)?;
    let context = crate::request::RequestContext::new().await?;
    let language = context.language;
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
    let label = |option: &entity::vote_option::Model| {
        StaffText::chosen(language, &option.label, option.label_cy.as_deref())
    };
    let your_choices = match context.session.resident_id().await? {
        Some(resident) => votes::resident_choices(db, id, resident)
            .await
            .map_err(|e| fault("reading a ballot", e))?
            .map(|chosen| {
                let labels: Vec<StaffText> = detail
                    .options
                    .iter()
                    .filter(|o| chosen.contains(&o.id))
                    .map(label)
                    .collect();
                // Options are in Welsh all together or not at all: one `lang` for the list.
                StaffText {
                    lang: labels.first().and_then(|l| l.lang),
                    text: labels
                        .into_iter()
                        .map(|l| l.text)
                        .collect::<Vec<_>>()
                        .join(", "),
                }
            }),
        None => None,
    };
    let ranked = results
        .ranked
        .into_iter()
        .map(|r| {
            let option = detail.options.iter().find(|o| o.id == r.option_id);
            let words = option.map(label).unwrap_or_else(|| StaffText {
                text: r.label.clone(),
                lang: None,
            });
            (r, words)
        })
        .collect();
    let show =
        state == VoteState::Closed || (state == VoteState::Open && detail.vote.show_running_totals);
    Ok(VoteView {
        id,
        code: detail.neighbourhood.code.clone(),
        neighbourhood: detail.neighbourhood.name.clone(),
        question: StaffText::chosen(
            language,
            &detail.vote.question,
            detail.vote.question_cy.as_deref(),
        ),
        options: detail.options.iter().map(label).collect(),
        most_choices: detail.vote.most_choices,
        state,
        opens: language.time(detail.vote.opens_at),
        closes: language.time(detail.vote.closes_at),
        open_to: language.text(match detail.vote.eligibility {
            Eligibility::AnyResident => "vote-open-to-any",
            Eligibility::PostcodeInNeighbourhood => "vote-open-to-postcode",
        }),
        online_ballots: results.online_ballots,
        paper: results.paper,
        results: show.then_some(ranked),
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
        open_to,
        online_ballots,
        paper,
        results,
        your_choices,
        feedback,
    } = view;
    let just_voted = feedback.form == "voted" && feedback.errors.is_empty();
    let paper_ballots: u64 = paper.iter().map(|(_, n)| n).sum();
    view! {
        // A confirmation is titled as its panel is (GOV.UK).
        <Title text=if just_voted { t!("vote-recorded") } else { question.text.clone() } />
        {if just_voted {
            view! {
                <div class="panel--confirmation">
                    <h1 class="panel__title">{t!("vote-recorded")}</h1>
                    <p class="panel__body">{t!("vote-thank-you")}</p>
                </div>
            }
            .into_any()
        } else {
            view! {
                <FeedbackBanner feedback=feedback.clone() />
                <span class="caption-l">{t!("vote-have-your-say", neighbourhood = neighbourhood.as_str())}</span>
                <h1 class="heading-l" lang=question.lang>{question.text.clone()}</h1>
            }
            .into_any()
        }}
        <p><a href=neighbourhood_path(&code)>{t!("vote-team-link", neighbourhood = neighbourhood.as_str())}</a></p>
        {match state {
            VoteState::NotYetOpen => view! {
                <p>{t!("vote-opens", opens = opens, closes = closes.as_str())}</p>
            }.into_any(),
            VoteState::Open => view! {
                <p>{format!(
                    "{} {} {}",
                    t!("vote-open-until", closes = closes.as_str()),
                    t!("vote-choose-limit", count = most_choices),
                    open_to,
                )}</p>
                <p>{t!("vote-so-far", count = online_ballots)}</p>
            }.into_any(),
            VoteState::Closed => view! {
                <p>{t!("vote-closed", closes = closes.as_str())}</p>
            }.into_any(),
        }}

        {your_choices.clone().map(|chosen| view! {
            <div class="inset-text">
                <p>{chosen.inside(t!("vote-you-voted", choices = DATA))}</p>
                {(state == VoteState::Open).then(|| view! { <p>{t!("vote-change-until-closes")}</p> })}
            </div>
        })}
        {(state == VoteState::Open).then(|| view! {
            <p><a href=format!("/votes/{id}/choose") class="button">{if your_choices.is_some() { t!("vote-change-button") } else { t!("vote-button") }}</a></p>
        })}

        {match results {
            Some(ranked) => {
                let bars = ranked.iter().map(|(r, label)| (label.text.clone(), r.total())).collect();
                let heading = if state == VoteState::Closed { t!("vote-results") } else { t!("vote-totals-so-far") };
                let turnout = if paper_ballots > 0 {
                    t!("vote-turnout-with-paper", online = online_ballots, paper = paper_ballots)
                } else {
                    t!("vote-turnout", online = online_ballots)
                };
                let chart_title = t!(
                    "vote-chart-title",
                    heading = heading.as_str(),
                    question = question.text.as_str()
                );
                view! {
                    <h2 class="heading-m">{heading.clone()}</h2>
                    <p>{turnout}</p>
                    <BarChart bars title=chart_title described_by="results".to_string() />
                    <table class="table" id="results">
                        <caption class="visually-hidden">{heading}</caption>
                        <thead><tr>
                            <th scope="col">{t!("vote-place")}</th><th scope="col">{t!("vote-option")}</th>
                            <th scope="col" class="table__numeric">{t!("vote-online")}</th>
                            <th scope="col" class="table__numeric">{t!("vote-paper")}</th>
                            <th scope="col" class="table__numeric">{t!("vote-total")}</th>
                        </tr></thead>
                        <tbody>
                            {ranked.into_iter().map(|(r, label)| view! {
                                <tr>
                                    <td>{if r.tied { t!("vote-rank-tied", rank = r.rank) } else { r.rank.to_string() }}</td>
                                    <td lang=label.lang>{label.text}</td>
                                    <td class="table__numeric">{r.online}</td>
                                    <td class="table__numeric">{r.paper}</td>
                                    <td class="table__numeric">{r.total()}</td>
                                </tr>
                            }).collect_view()}
                        </tbody>
                    </table>
                    {(!paper.is_empty()).then(|| {
                        let meetings = paper
                            .iter()
                            .map(|(label, n)| format!("{label} ({n})"))
                            .collect::<Vec<_>>()
                            .join("; ");
                        view! {
                            <p class="hint">{with_data(t!("vote-paper-ballots", meetings = DATA), meetings)}</p>
                        }
                    })}
                }
                .into_any()
            }
            None => view! {
                <h2 class="heading-m">{t!("vote-the-options")}</h2>
                <ul class="list">{options.into_iter().map(|o| view! { <li lang=o.lang>{o.text}</li> }).collect_view()}</ul>
            }
            .into_any(),
        }}
        <crate::components::follow::FollowButton
            item=crate::domain::group::Item { kind: entity::follow::ItemKind::Vote, id }
        />
    }
    .into_any()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::Language;
    use crate::t_in;

    #[test]
    fn turnout_reads_as_it_did_in_english_and_follows_welsh_plurals() {
        let english = Language::English;
        assert_eq!(
            t_in!(english, "vote-so-far", count = 1),
            "So far, 1 person has voted online."
        );
        assert_eq!(
            t_in!(english, "vote-so-far", count = 4),
            "So far, 4 people have voted online."
        );
        assert_eq!(
            t_in!(english, "vote-turnout-with-paper", online = 2, paper = 1),
            "2 people voted online, and 1 person on paper."
        );
        assert_eq!(
            t_in!(english, "vote-choose-limit", count = 1),
            "Choose one option."
        );
        assert_eq!(
            t_in!(Language::Welsh, "vote-so-far", count = 0),
            "Hyd yma, nid oes neb wedi pleidleisio ar-lein."
        );
        assert_eq!(
            t_in!(
                Language::Welsh,
                "vote-turnout-with-paper",
                online = 1,
                paper = 3
            ),
            "Pleidleisiodd 1 person ar-lein, a phleidleisiodd 3 o bobl ar bapur."
        );
    }

    #[test]
    fn data_in_a_sentence_is_marked_as_english_in_every_other_language() {
        for language in Language::ALL {
            let sentence = t_in!(language, "vote-you-voted", choices = DATA);
            assert!(sentence.contains(DATA), "{language:?}: {sentence}");
            let html = crate::i18n::render_in(language, || {
                with_data(sentence, "Parking".into()).to_html()
            });
            let marked = html.contains(r#"<span lang="en">Parking</span>"#)
                || html.contains(r#"<span lang="en" dir="ltr">Parking</span>"#);
            // An English page is left as it was.
            assert_eq!(
                marked,
                language != Language::English,
                "{language:?}: {html}"
            );
            assert!(html.contains("Parking"), "{language:?}: {html}");
        }
    }
}
