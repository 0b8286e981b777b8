//! A neighbourhood team's time: recording hours spent in the community (patrol, surgery,
//! school visit, meeting, and where) or taken away from neighbourhood duties (response cover,
//! guarding a scene, court, training, other), and the latest records. The engagement dashboard
//! adds them up by neighbourhood and LPA.

use super::neighbourhood::manage_path;
use crate::components::form::{Choice, DateInput, FeedbackBanner, Radios, TextField, page_title};
use crate::components::page::{PageError, page, route_param};
use crate::domain::duty::hours_words;
use crate::domain::forms::{FormFeedback, TypedDate, chosen_value, form_value};
use crate::services::clock::format_date;
use crate::state::fault;
use entity::duty_time::DutyKind;
use leptos::prelude::*;
use leptos::server_fn::ServerFn;
use leptos_meta::Title;

/// How many records the page lists.
const RECORDS_SHOWN: u64 = 50;

#[derive(Clone, Debug, PartialEq, Eq)]
struct DutyView {
    code: String,
    name: String,
    /// (day, kind, hours, place, recorded by)
    records: Vec<(String, &'static str, String, String, String)>,
    feedback: FormFeedback,
}

fn time_path(code: &str) -> String {
    format!("{}/time", manage_path(code))
}

async fn duty_page(code: String) -> Result<DutyView, PageError> {
    let context = crate::request::RequestContext::new().await?;
    let n = context.neighbourhood_page(&code).await?.into_subject();
    let records = crate::services::duty_time::recent(&context.state.db, n.id, RECORDS_SHOWN)
        .await
        .map_err(|e| fault("reading recorded time", e))?
        .into_iter()
        .map(|r| {
            (
                format_date(r.record.worked_on),
                r.record.kind.label(),
                hours_words(r.record.minutes as u64),
                r.record.place,
                r.by.unwrap_or_else(|| "A former member of staff".to_string()),
            )
        })
        .collect();
    Ok(DutyView {
        code: n.code,
        name: n.name,
        records,
        feedback: context.feedback().await?,
    })
}

#[server(prefix = "/fn", endpoint = "staff/time/record")]
pub async fn record_duty_time(
    code: String,
    // A radio button left unchosen sends nothing.
    kind: Option<String>,
    worked_on_day: String,
    worked_on_month: String,
    worked_on_year: String,
    hours: String,
    place: String,
) -> Result<(), ServerFnError> {
    use crate::domain::duty::DutyForm;
    use crate::services::duty_time::{self, Recording};
    let context = crate::request::RequestContext::new().await?;
    let permit = context.neighbourhood_action(&code).await?;
    let n = permit.subject();
    let path = time_path(&n.code);
    let worked_on = TypedDate {
        day: worked_on_day.clone(),
        month: worked_on_month.clone(),
        year: worked_on_year.clone(),
    };
    let form = DutyForm {
        kind: kind.as_deref().and_then(chosen_value),
        worked_on: &worked_on,
        hours: &hours,
        place: &place,
    };
    // What was typed goes back with any problem, to be put right.
    let sent_back = |errors| {
        FormFeedback::errors(
            "time",
            errors,
            &[
                ("kind", kind.as_deref().unwrap_or_default()),
                ("worked_on_day", worked_on_day.as_str()),
                ("worked_on_month", worked_on_month.as_str()),
                ("worked_on_year", worked_on_year.as_str()),
                ("hours", hours.as_str()),
                ("place", place.as_str()),
            ],
        )
    };
    let entry = match form.parse(context.now()) {
        Ok(entry) => entry,
        Err(errors) => return context.reply(&path, sent_back(errors)).await,
    };
    let recorded = duty_time::record(&context.state.db, &context.state.clock, &permit, &entry)
        .await
        .map_err(|e| fault("recording time", e))?;
    if let Recording::OverADay { already } = recorded {
        let message = format!(
            "You have already recorded {} for {}: a day holds at most 24 hours",
            hours_words(already as u64),
            format_date(entry.worked_on)
        );
        let problem = crate::domain::forms::FieldError::new("hours", message);
        return context.reply(&path, sent_back(vec![problem])).await;
    }
    context
        .reply(
            &path,
            FormFeedback::notice(
                "time",
                format!(
                    "{} of {} recorded for {}",
                    hours_words(entry.minutes as u64),
                    entry.kind.label().to_lowercase(),
                    format_date(entry.worked_on)
                ),
            ),
        )
        .await
}

#[component]
pub fn DutyTimePage() -> impl IntoView {
    let code = route_param("code");
    page(
        move || duty_page(code.clone()),
        |DutyView {
             code,
             name,
             records,
             feedback,
         }| {
            let form = feedback.for_form("time");
            let choices = DutyKind::ALL
                .into_iter()
                .map(|kind| {
                    let choice = Choice::new(form_value(&kind), kind.label());
                    match kind {
                        DutyKind::Patrol => {
                            choice.hint("Time in the community: on foot, cycle or in a vehicle")
                        }
                        DutyKind::ResponseCover => {
                            choice.hint("Abstraction: taken away to answer emergency calls")
                        }
                        DutyKind::OtherAbstraction => {
                            choice.hint("Abstraction: any other duty away from the neighbourhood")
                        }
                        _ => choice,
                    }
                })
                .collect();
            let none = records.is_empty();
            view! {
                <Title text=page_title(&format!("Time in the community: {name}"), &feedback) />
                <FeedbackBanner feedback=feedback.clone() />
                <p><a href=manage_path(&code) class="back-link">{name.clone()}</a></p>
                <span class="caption-l">{name.clone()}</span>
                <h1 class="heading-l">"Time in the community and abstractions"</h1>
                <p>"Record the hours the team spent in the community, and the hours it was taken away from neighbourhood duties (abstractions). The engagement dashboard shows each team's visible hours a week and the share of time abstracted."</p>
                <h2 class="heading-m">"Record time"</h2>
                <form method="post" action=RecordDutyTime::url() novalidate>
                    <input type="hidden" name="code" value=code.clone() />
                    <Radios name="kind" legend="What was the time spent on?".to_string() choices chosen=form.value("kind") error=form.error("kind") />
                    <DateInput name="worked_on" legend="Which day?" typed=TypedDate::from_fields(|f| form.value(f), "worked_on") error=form.error("worked_on_day") />
                    <TextField name="hours" label="How many hours?" hint="For example, 1.5 for an hour and a half" class="input input--width-4" feedback=form.clone() />
                    <TextField name="place" label="Where? (for time in the community)" hint="A street, a park, a school or a library. Do not include anyone's name or address." feedback=form.clone() />
                    <button type="submit" class="button">"Record the time"</button>
                </form>
                <h2 class="heading-m">"Recorded lately"</h2>
                {none.then(|| view! { <p>"Nothing recorded yet."</p> })}
                <table class="table" tabindex="0" hidden=none>
                    <caption class="visually-hidden">"Time recorded lately"</caption>
                    <thead><tr><th scope="col">"Day"</th><th scope="col">"Spent on"</th><th scope="col">"Hours"</th><th scope="col">"Where"</th><th scope="col">"Recorded by"</th></tr></thead>
                    <tbody>
                        {records.into_iter().map(|(day, kind, hours, place, by)| view! {
                            <tr><td>{day}</td><td>{kind}</td><td>{hours}</td><td>{place}</td><td>{by}</td></tr>
                        }).collect_view()}
                    </tbody>
                </table>
            }
            .into_any()
        },
    )
}
