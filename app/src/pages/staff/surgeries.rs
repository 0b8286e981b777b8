//! A neighbourhood's surgeries for its team: what is coming up, with places booked, those of the
//! last four weeks (to record attendance afterwards), and the form that schedules a surgery
//! (once or repeating, drop-in or booked slots).

use super::neighbourhood::manage_path;
use super::occurrence::occurrence_path;
use crate::components::form::{
    Choice, DateInput, FeedbackBanner, Radios, Select, TextArea, TextField, page_title,
};
use crate::components::page::{PageError, page, route_param};
use crate::domain::forms::{FormFeedback, TypedDate, form_value};
use crate::domain::schedule::{RepeatChoice, SurgeryForm, UntilChoice, WeekOfMonth};
use crate::domain::surgery::BookingChoice;
use crate::state::fault;
use leptos::prelude::*;
use leptos::server_fn::ServerFn;
use leptos_meta::Title;

#[derive(Clone, Debug, PartialEq, Eq)]
struct OccurrenceRow {
    id: i32,
    when: String,
    title: String,
    venue: String,
    booking: String,
    cancelled: bool,
}

impl OccurrenceRow {
    /// An occurrence as its row shows it, with what its places column says.
    fn of(o: crate::services::surgeries::OccurrenceSummary, booking: String) -> Self {
        use crate::services::clock::format_span;
        Self {
            id: o.id,
            when: format_span(o.starts_at, o.ends_at),
            title: o.title,
            venue: o.venue_name,
            booking,
            cancelled: o.cancelled,
        }
    }
}

#[derive(Clone, Debug, PartialEq, Eq)]
struct SurgeriesView {
    code: String,
    name: String,
    venues: Vec<(i32, String)>,
    upcoming: Vec<OccurrenceRow>,
    /// Ended in the last four weeks, the most recent first.
    recent: Vec<OccurrenceRow>,
    feedback: FormFeedback,
}

/// How far back the team's list keeps surgeries that have ended.
const RECENT_DAYS: i64 = 28;

fn surgeries_path(code: &str) -> String {
    format!("{}/surgeries", manage_path(code))
}

/// "3 of 16 places booked", or "Drop-in".
fn booking_words(places: Option<(i32, i32)>) -> String {
    match places {
        Some((places, booked)) => format!("{booked} of {places} places booked"),
        None => "Drop-in".to_string(),
    }
}

async fn neighbourhood_surgeries(code: String) -> Result<SurgeriesView, PageError> {
    use crate::services::surgeries;
    let context = crate::request::RequestContext::new().await?;
    let n = context.neighbourhood_page(&code).await?.into_subject();
    let db = &context.state.db;
    let venues = crate::services::venues::serving(db, n.id)
        .await
        .map_err(|e| fault("reading venues", e))?
        .into_iter()
        .map(|v| (v.id, v.name))
        .collect();
    let upcoming = surgeries::upcoming(db, n.id, context.now(), true, 200)
        .await
        .map_err(|e| fault("reading surgeries", e))?
        .into_iter()
        .map(|o| {
            let booking = booking_words(o.places);
            OccurrenceRow::of(o, booking)
        })
        .collect();
    let ended = surgeries::recent(
        db,
        n.id,
        context.now(),
        context.now() - RECENT_DAYS * 86_400,
    )
    .await
    .map_err(|e| fault("reading surgeries", e))?;
    let ids: Vec<i32> = ended.iter().map(|o| o.id).collect();
    let to_record = crate::services::occurrences::attendance_to_record(db, &ids)
        .await
        .map_err(|e| fault("counting attendance to record", e))?;
    let recent = ended
        .into_iter()
        .map(|o| {
            let booking = match (o.places, to_record.get(&o.id)) {
                (Some(_), Some(n)) => format!(
                    "{}; attendance not recorded for {n}",
                    booking_words(o.places)
                ),
                (Some(_), None) => format!("{}; attendance recorded", booking_words(o.places)),
                (None, _) => booking_words(None),
            };
            OccurrenceRow::of(o, booking)
        })
        .collect();
    Ok(SurgeriesView {
        code: n.code,
        name: n.name,
        venues,
        upcoming,
        recent,
        feedback: context.feedback().await?,
    })
}

#[server(prefix = "/fn", endpoint = "staff/neighbourhood/surgeries/schedule")]
pub async fn schedule_surgery(
    code: String,
    #[server(flatten)] form: SurgeryForm,
) -> Result<(), ServerFnError> {
    use crate::domain::forms::FieldError;
    use crate::domain::schedule::uk_local;
    use crate::services::clock::format_date;
    use crate::services::surgeries::{self, Scheduled};
    let context = crate::request::RequestContext::new().await?;
    let permit = context.neighbourhood_action(&code).await?;
    let path = surgeries_path(&permit.subject().code);
    let today = uk_local(context.now()).date();
    let entry = match form.parse(today) {
        Ok(entry) => entry,
        Err(errors) => {
            let feedback = FormFeedback::errors_keeping("schedule", errors, &form);
            return context.reply(&path, feedback).await;
        }
    };
    let outcome = surgeries::schedule(&context.state.db, &context.state.clock, &permit, entry)
        .await
        .map_err(|e| fault("scheduling a surgery", e))?;
    let problem = match outcome {
        Scheduled::Scheduled { occurrences, first } => {
            let notice = if occurrences == 1 {
                format!("Surgery scheduled for {}", format_date(first))
            } else {
                format!(
                    "{occurrences} surgeries scheduled, the first on {}",
                    format_date(first)
                )
            };
            return context
                .reply(&path, FormFeedback::notice("schedule", notice))
                .await;
        }
        Scheduled::NoSuchVenue => {
            FieldError::new("venue_id", "Select one of the neighbourhood's venues")
        }
        Scheduled::NoneInFuture => FieldError::new("start", "The surgery must start in the future"),
    };
    let feedback = FormFeedback::errors_keeping("schedule", vec![problem], &form);
    context.reply(&path, feedback).await
}

#[component]
pub fn NeighbourhoodSurgeriesPage() -> impl IntoView {
    let code = route_param("code");
    page(
        move || neighbourhood_surgeries(code.clone()),
        |view| view! { <Surgeries view /> },
    )
}

#[component]
fn Surgeries(view: SurgeriesView) -> impl IntoView {
    let SurgeriesView {
        code,
        name,
        venues,
        upcoming,
        recent,
        feedback,
    } = view;
    let none_coming = upcoming.is_empty();
    let none_recent = recent.is_empty();
    let no_venues = venues.is_empty();
    view! {
        <Title text=page_title(&format!("Surgeries in {name}"), &feedback) />
        <FeedbackBanner feedback=feedback.clone() />
        <span class="caption-l">{name.clone()}</span>
        <h1 class="heading-l">"Surgeries"</h1>
        <p><a href=manage_path(&code)>"Back to managing "{name.clone()}</a>" · "<a href=super::venues::venues_path(&code)>"Venues"</a></p>

        <h2 class="heading-m" id="coming-up">"Coming up"</h2>
        {none_coming.then(|| view! { <p>"No surgeries are scheduled."</p> })}
        <OccurrenceTable code=code.clone() rows=upcoming labelled_by="coming-up" hidden=none_coming />

        <h2 class="heading-m" id="recent">"In the last four weeks"</h2>
        <p class="hint">"Open a surgery to record who came."</p>
        {none_recent.then(|| view! { <p>"No surgeries ended in the last four weeks."</p> })}
        <OccurrenceTable code=code.clone() rows=recent labelled_by="recent" hidden=none_recent />

        <h2 class="heading-m">"Schedule a surgery"</h2>
        {if no_venues {
            view! { <p>"This neighbourhood has no venues yet. "<a href=super::venues::venues_path(&code)>"Add the places where your team meets residents"</a>" first."</p> }.into_any()
        } else {
            view! { <ScheduleForm code venues feedback /> }.into_any()
        }}
    }
    .into_any()
}

/// Occurrences as rows: when, which (a link to its page), where and its places.
#[component]
fn OccurrenceTable(
    code: String,
    rows: Vec<OccurrenceRow>,
    labelled_by: &'static str,
    hidden: bool,
) -> impl IntoView {
    view! {
        <table class="table table--stacked" aria-labelledby=labelled_by hidden=hidden>
            <thead><tr><th scope="col">"When"</th><th scope="col">"Surgery"</th><th scope="col">"Where"</th><th scope="col">"Places"</th></tr></thead>
            <tbody>
                {rows.into_iter().map(|o| view! {
                    <tr>
                        <td data-label="When">{o.when}</td>
                        <td data-label="Surgery">
                            <a href=occurrence_path(&code, o.id)>{o.title}</a>
                            {o.cancelled.then(|| view! { <strong class="tag tag--warning">"Cancelled"</strong> })}
                        </td>
                        <td data-label="Where">{o.venue}</td>
                        <td data-label="Places">{o.booking}</td>
                    </tr>
                }).collect_view()}
            </tbody>
        </table>
    }
}

#[component]
fn ScheduleForm(code: String, venues: Vec<(i32, String)>, feedback: FormFeedback) -> impl IntoView {
    let offers_welsh = crate::components::form::offers_welsh();
    let feedback = feedback.for_form("schedule");
    let typed = |field: &str| feedback.value(field);
    let chosen_venue = typed("venue_id");
    let weeks = typed("weeks");
    let week_of_month = typed("week_of_month");
    let number_field = |name: &'static str, label: &'static str, hint: &'static str| {
        view! {
            <TextField name label hint class="input input--width-4" feedback=feedback.clone() />
        }
        .into_any()
    };
    let booking_choices = vec![
        Choice::new(form_value(&BookingChoice::DropIn), "Drop-in: residents come without booking")
            .reveal(number_field("expected", "How many people you expect (optional)", "")),
        Choice::new(form_value(&BookingChoice::BookedSlots), "Booked slots: residents book a time")
            .reveal(view! {
                {number_field("slot_minutes", "Length of each slot, in minutes", "For example, 15")}
                {number_field("places", "Places in each slot", "How many residents can book the same slot, for example 2")}
            }.into_any()),
    ];
    let repeat_choices = vec![
        Choice::new(form_value(&RepeatChoice::Once), "Once"),
        Choice::new(form_value(&RepeatChoice::Weekly), "Every week, or every few weeks").reveal(
            view! {
                <div class="form-group" class:form-group--error=feedback.error("weeks").is_some()>
                    <label class="label" for="weeks">"Every how many weeks"</label>
                    <p id="weeks-hint" class="hint">"1 for every week, 2 for every other week"</p>
                    {feedback.error("weeks").map(|message| view! {
                        <p id="weeks-error" class="error-message"><span class="visually-hidden">"Error: "</span>{message}</p>
                    })}
                    <input class="input input--width-2" id="weeks" name="weeks" inputmode="numeric" aria-describedby="weeks-hint" value=if weeks.is_empty() { "1".to_string() } else { weeks } />
                </div>
            }
            .into_any(),
        ),
        Choice::new(form_value(&RepeatChoice::Monthly), "Every month, on the same weekday").reveal(
            view! {
                <div class="form-group">
                    <label class="label" for="week_of_month">"Which week of the month"</label>
                    <p class="hint">"On the first date's weekday: the first Saturday, say, or the last Tuesday"</p>
                    <select class="select" id="week_of_month" name="week_of_month">
                        {WeekOfMonth::ALL.into_iter().map(|week| {
                            let value = form_value(&week);
                            let selected = value == week_of_month;
                            view! { <option value=value selected=selected>{week.label()}</option> }
                        }).collect_view()}
                    </select>
                </div>
            }
            .into_any(),
        ),
    ];
    let until_choices = vec![
        Choice::new(form_value(&UntilChoice::Date), "On a date").reveal(view! {
            <DateInput name="until_date" legend="Last date" typed=TypedDate::from_fields(typed, "until_date") error=feedback.error("until_date_day") />
        }.into_any()),
        Choice::new(form_value(&UntilChoice::Count), "After a number of surgeries")
            .reveal(number_field("count", "How many surgeries", "At most 104")),
    ];
    view! {
        // Only the fields that apply to the choices made show (in CSS, so without JavaScript too).
        <form method="post" action=ScheduleSurgery::url() class="schedule" novalidate>
            <input type="hidden" name="code" value=code />
            <Select
                id="venue_id"
                name="venue_id"
                label="Where"
                options=venues.into_iter().map(|(id, name)| (id.to_string(), name)).collect()
                chosen=chosen_venue
                error=feedback.error("venue_id")
            />
            <TextField name="title" label="Title" hint="Residents see this, for example: PCSO surgery at Harborne Library" autocomplete="off" feedback=feedback.clone() />
            <TextArea name="description" label="What to expect (optional)" hint="What residents can raise, and anything to bring" max=2000 rows=3 feedback=feedback.clone() />
            // Residents who read the portal in Welsh see these instead, where given.
            {offers_welsh.then(|| view! {
                <TextField name="title_cy" label="Title in Welsh (optional)" hint="Residents reading the portal in Welsh see this instead" autocomplete="off" feedback=feedback.clone() />
                <TextArea name="description_cy" label="What to expect, in Welsh (optional)" max=2000 rows=3 feedback=feedback.clone() />
            })}
            <DateInput name="date" legend="Date (the first date, if it repeats)" typed=TypedDate::from_fields(typed, "date") error=feedback.error("date_day") />
            <TextField name="start" label="Starts at" hint="UK time, for example 10am or 14:30" class="input input--width-10" autocomplete="off" feedback=feedback.clone() />
            <TextField name="end" label="Ends at" hint="The same day, for example 12pm or 16:00" class="input input--width-10" autocomplete="off" feedback=feedback.clone() />
            <Radios name="booking" legend="How residents come".to_string() choices=booking_choices chosen=typed("booking") error=feedback.error("booking") />
            <Radios name="repeat" legend="How often".to_string() choices=repeat_choices chosen=typed("repeat") error=feedback.error("repeat") />
            <div class="schedule__until">
                <Radios name="until" legend="When it stops".to_string() choices=until_choices chosen=typed("until") error=feedback.error("until") />
            </div>
            <button type="submit" class="button">"Schedule surgery"</button>
        </form>
    }
    .into_any()
}
