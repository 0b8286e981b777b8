//! What a team changes about one occurrence, on its page: booking a place on a resident's
//! behalf (assisted digital), moving it to another date, time or venue, and ending the
//! repeating surgery it belongs to. Each change emails the residents it affects.

use super::occurrence::{neighbourhood_occurrence, occurrence_path};
use crate::components::form::{Choice, DateInput, Radios, Select, TextArea, TextField};
use crate::domain::forms::{FormFeedback, TypedDate};
use crate::domain::surgery::MOST_BOOKING_TEXT;
use crate::request::RequestContext;
use crate::state::fault;
use leptos::prelude::*;
use leptos::server_fn::ServerFn;

/// What the change forms need to know about the occurrence.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Changes {
    /// Slots a place can still be booked in (not yet over), for a booked surgery going ahead:
    /// (id, "10am to 10:15am", places left).
    walk_in_slots: Vec<(i32, String, i32)>,
    /// Whether it may still be moved (going ahead, not started).
    movable: bool,
    venues: Vec<(i32, String)>,
    venue_id: i32,
    /// Its date and start, to begin the move form with.
    date: TypedDate,
    start: String,
    /// For a repeating surgery still running: how many of its occurrences are still to come.
    series: Option<usize>,
}

pub(super) async fn changes(
    context: &RequestContext,
    n: &entity::neighbourhood::Model,
    detail: &crate::services::surgeries::OccurrenceDetail,
) -> Result<Changes, ServerFnError> {
    use crate::domain::schedule::{Repeat, Schedule, uk_local};
    use crate::services::clock::{format_time_of_day, format_times};
    use crate::services::{surgeries, venues};
    use chrono::Datelike;
    use entity::surgery::SurgeryStatus;
    let now = context.now();
    let db = &context.state.db;
    let going_ahead = detail.surgery.status == SurgeryStatus::Scheduled;
    let walk_in_slots = if going_ahead && detail.surgery.ends_at > now {
        detail
            .slots
            .iter()
            .filter(|s| s.ends_at > now)
            .map(|s| {
                (
                    s.id,
                    format_times(s.starts_at, s.ends_at),
                    s.places - s.booked,
                )
            })
            .collect()
    } else {
        Vec::new()
    };
    let venues = venues::serving(db, n.id)
        .await
        .map_err(|e| fault("reading venues", e))?
        .into_iter()
        .map(|v| (v.id, v.name))
        .collect();
    let repeats = serde_json::from_str::<Schedule>(&detail.series.schedule)
        .is_ok_and(|schedule| schedule.repeat != Repeat::Once);
    let series = if repeats && detail.series.ended_at.is_none() {
        let to_come = surgeries::still_to_come_in_series(db, detail.series.id, now)
            .await
            .map_err(|e| fault("reading a repeating surgery", e))?;
        (to_come > 0).then_some(to_come)
    } else {
        None
    };
    let local = uk_local(detail.surgery.starts_at);
    Ok(Changes {
        walk_in_slots,
        movable: going_ahead && detail.surgery.starts_at > now,
        venues,
        venue_id: detail.venue.id,
        date: TypedDate {
            day: local.day().to_string(),
            month: local.month().to_string(),
            year: local.year().to_string(),
        },
        start: format_time_of_day(detail.surgery.starts_at),
        series,
    })
}

#[server(prefix = "/fn", endpoint = "staff/neighbourhood/surgeries/walk-in")]
pub async fn book_walk_in(
    code: String,
    surgery_id: i32,
    walk_in_slot: Option<i32>,
    walk_in_name: String,
    walk_in_email: String,
    walk_in_topic: String,
) -> Result<(), ServerFnError> {
    use crate::domain::email_address::EmailAddress;
    use crate::domain::forms::{FieldError, optional_text, required_text};
    use crate::services::bookings::{self, WalkInBooked, WalkInRequest};
    let context = RequestContext::new().await?;
    let permit = context.neighbourhood_action(&code).await?;
    let n = permit.subject();
    let path = occurrence_path(&n.code, surgery_id);
    let mut errors = Vec::new();
    if walk_in_slot.is_none() {
        errors.push(FieldError::new("walk_in_slot", "Select a time"));
    }
    let name_text = required_text(
        "walk_in_name",
        "Their name",
        &walk_in_name,
        "Enter the resident's name, so the team knows who is coming",
        100,
        &mut errors,
    );
    let address = match walk_in_email.trim() {
        "" => None,
        typed => match EmailAddress::parse(typed) {
            Ok(address) => Some(address),
            Err(problem) => {
                errors.push(FieldError::new(
                    "walk_in_email",
                    problem.about_someone_else(),
                ));
                None
            }
        },
    };
    let topic_text = optional_text(
        "walk_in_topic",
        "What they would like to talk about",
        &walk_in_topic,
        MOST_BOOKING_TEXT,
        &mut errors,
    );
    let typed = |errors| {
        let slot = walk_in_slot.map(|id| id.to_string()).unwrap_or_default();
        FormFeedback::errors(
            "walk-in",
            errors,
            &[
                ("walk_in_slot", slot.as_str()),
                ("walk_in_name", walk_in_name.as_str()),
                ("walk_in_email", walk_in_email.as_str()),
                ("walk_in_topic", walk_in_topic.as_str()),
            ],
        )
    };
    let (Some(slot_id), true) = (walk_in_slot, errors.is_empty()) else {
        return context.reply(&path, typed(errors)).await;
    };
    let request = WalkInRequest {
        surgery_id,
        slot_id,
        name: name_text,
        email: address,
        topic: topic_text,
    };
    let outcome = bookings::book_walk_in(
        &context.state.db,
        &context.state.clock,
        &context.email_site(),
        &permit,
        &request,
    )
    .await
    .map_err(|e| fault("booking a place on a resident's behalf", e))?;
    let problem = |message: &str| typed(vec![FieldError::new("walk_in_slot", message)]);
    let feedback = match outcome {
        WalkInBooked::Booked { reference, emailed } => {
            let told = if emailed {
                ": their confirmation has been emailed"
            } else {
                ""
            };
            FormFeedback::notice(
                "walk-in",
                format!("{} is booked, reference {reference}{told}", request.name),
            )
        }
        WalkInBooked::AlreadyBooked { reference } => problem(&format!(
            "The resident with that email address already has a place at this surgery, reference {reference}"
        )),
        WalkInBooked::SlotFull => {
            problem("That time is fully booked: choose another, or raise its places first")
        }
        WalkInBooked::SlotOver => problem("That time is over: choose a later one"),
        WalkInBooked::NotBookable => {
            problem("Places can no longer be booked: the surgery is over or cancelled")
        }
    };
    context.reply(&path, feedback).await
}

#[server(prefix = "/fn", endpoint = "staff/neighbourhood/surgeries/move")]
#[allow(clippy::too_many_arguments)]
pub async fn move_surgery(
    code: String,
    surgery_id: i32,
    venue_id: String,
    move_date_day: String,
    move_date_month: String,
    move_date_year: String,
    move_start: String,
    move_reason: String,
) -> Result<(), ServerFnError> {
    use crate::domain::forms::{FieldError, optional_text};
    use crate::domain::schedule::{MoveForm, uk_local};
    use crate::services::occurrences::{self, NewTime, OccurrenceMoved};
    let context = RequestContext::new().await?;
    let permit = context.neighbourhood_action(&code).await?;
    let n = permit.subject();
    let path = occurrence_path(&n.code, surgery_id);
    let mut errors = Vec::new();
    let venue = venue_id.trim().parse::<i32>().ok();
    if venue.is_none() {
        errors.push(FieldError::new(
            "move_venue",
            "Select where the surgery is held",
        ));
    }
    let form = MoveForm {
        date: TypedDate {
            day: move_date_day.clone(),
            month: move_date_month.clone(),
            year: move_date_year.clone(),
        },
        start: move_start.clone(),
    };
    let today = uk_local(context.now()).date();
    let starts_at = form.parse(today).map_err(|problems| {
        errors.extend(problems.into_iter().map(|p| FieldError {
            field: format!("move_{}", p.field),
            ..p
        }))
    });
    let reason_text = optional_text(
        "move_reason",
        "Reason",
        &move_reason,
        MOST_BOOKING_TEXT,
        &mut errors,
    );
    let typed = |errors| {
        FormFeedback::errors(
            "move",
            errors,
            &[
                ("move_venue", venue_id.as_str()),
                ("move_date_day", move_date_day.as_str()),
                ("move_date_month", move_date_month.as_str()),
                ("move_date_year", move_date_year.as_str()),
                ("move_start", move_start.as_str()),
                ("move_reason", move_reason.as_str()),
            ],
        )
    };
    let (Some(venue_id), Ok(starts_at), true) = (venue, starts_at, errors.is_empty()) else {
        return context.reply(&path, typed(errors)).await;
    };
    if starts_at <= context.now() {
        return context
            .reply(
                &path,
                typed(vec![FieldError::new(
                    "move_start",
                    "The new time must be in the future",
                )]),
            )
            .await;
    }
    let outcome = occurrences::move_occurrence(
        &context.state.db,
        &context.state.clock,
        &context.email_site(),
        &permit,
        surgery_id,
        NewTime {
            starts_at,
            venue_id,
            reason: &reason_text,
        },
    )
    .await
    .map_err(|e| fault("moving a surgery", e))?;
    let problem = |field: &str, message: &str| typed(vec![FieldError::new(field, message)]);
    let feedback = match outcome {
        OccurrenceMoved::Moved { residents_told } => {
            let told = match residents_told {
                0 => "nobody had booked".to_string(),
                1 => "the 1 resident who booked has been emailed the new time".to_string(),
                n => format!("the {n} residents who booked have been emailed the new time"),
            };
            FormFeedback::notice("move", format!("The surgery has been moved: {told}"))
        }
        OccurrenceMoved::Unchanged => problem(
            "move_date_day",
            "Enter a different date, time or place: this is when and where it is now",
        ),
        OccurrenceMoved::NoSuchVenue => {
            problem("move_venue", "Select one of the neighbourhood's venues")
        }
        OccurrenceMoved::NotMovable => problem(
            "move_date_day",
            "This surgery cannot be moved: it has started or is cancelled",
        ),
    };
    context.reply(&path, feedback).await
}

#[server(prefix = "/fn", endpoint = "staff/neighbourhood/surgeries/end-series")]
pub async fn end_repeating_surgery(
    code: String,
    surgery_id: i32,
    end_reason: String,
) -> Result<(), ServerFnError> {
    use crate::domain::forms::{FieldError, required_paragraph};
    use crate::services::occurrences::{self, SeriesEnded};
    let context = RequestContext::new().await?;
    let permit = context.neighbourhood_action(&code).await?;
    let n = permit.subject();
    let path = occurrence_path(&n.code, surgery_id);
    let Some(detail) = neighbourhood_occurrence(&context, n, &surgery_id.to_string()).await? else {
        return Err(crate::request::deny(
            http::StatusCode::NOT_FOUND,
            "There is no such surgery.",
        ));
    };
    let mut errors = Vec::new();
    let reason_text = required_paragraph(
        "end_reason",
        "Reason",
        &end_reason,
        "Say why the surgeries are ending: residents who booked are told",
        MOST_BOOKING_TEXT,
        &mut errors,
    );
    if !errors.is_empty() {
        return context
            .reply(
                &path,
                FormFeedback::errors("end-series", errors, &[("end_reason", end_reason.as_str())]),
            )
            .await;
    }
    let outcome = occurrences::end_series(
        &context.state.db,
        &context.state.clock,
        &context.email_site(),
        &permit,
        detail.series.id,
        &reason_text,
    )
    .await
    .map_err(|e| fault("ending a repeating surgery", e))?;
    let feedback = match outcome {
        SeriesEnded::Ended {
            cancelled,
            residents_told,
        } => {
            let surgeries = if cancelled == 1 {
                "1 surgery still to come is cancelled".to_string()
            } else {
                format!("{cancelled} surgeries still to come are cancelled")
            };
            let told = match residents_told {
                0 => "nobody had booked".to_string(),
                1 => "the 1 resident who booked has been emailed".to_string(),
                n => format!("the {n} residents who booked have been emailed"),
            };
            FormFeedback::notice(
                "end-series",
                format!("The repeating surgery has ended: {surgeries}, and {told}"),
            )
        }
        SeriesEnded::NotEndable => FormFeedback::errors(
            "end-series",
            vec![FieldError::new(
                "end_reason",
                "This repeating surgery has already ended",
            )],
            &[],
        ),
    };
    context.reply(&path, feedback).await
}

/// The walk-in, move and end-series forms, each shown only while it can be used.
#[component]
pub fn ChangeForms(
    code: String,
    id: i32,
    changes: Changes,
    feedback: FormFeedback,
) -> impl IntoView {
    let Changes {
        walk_in_slots,
        movable,
        venues,
        venue_id,
        date,
        start,
        series,
    } = changes;
    let walk_in = feedback.for_form("walk-in");
    let moving = feedback.for_form("move");
    let ending = feedback.for_form("end-series");
    let chosen_slot = walk_in.value("walk_in_slot");
    let slot_choices: Vec<Choice> = walk_in_slots
        .into_iter()
        .map(|(slot, time, left)| {
            let hint = match left {
                l if l <= 0 => "Fully booked".to_string(),
                1 => "1 place left".to_string(),
                l => format!("{l} places left"),
            };
            Choice::new(slot.to_string(), time).hint(hint)
        })
        .collect();
    let chosen_venue = match moving.value("move_venue") {
        typed if !typed.is_empty() => typed,
        _ => venue_id.to_string(),
    };
    let typed_date = if moving.errors.is_empty() {
        date
    } else {
        TypedDate::from_fields(|field| moving.value(field), "move_date")
    };
    let start = if moving.errors.is_empty() {
        start
    } else {
        moving.value("move_start")
    };
    let has_slots = !slot_choices.is_empty();
    view! {
        {has_slots.then(|| view! {
            <h2 class="heading-m">"Book a place for a resident"</h2>
            <p>"For someone who has come to the surgery, or telephoned: with their email address they are sent the confirmation and can cancel themselves; without one, only their name is kept."</p>
            <form method="post" action=BookWalkIn::url() novalidate>
                <input type="hidden" name="code" value=code.clone() />
                <input type="hidden" name="surgery_id" value=id />
                <Radios name="walk_in_slot" legend="Time".to_string() choices=slot_choices chosen=chosen_slot error=walk_in.error("walk_in_slot") />
                <TextField name="walk_in_name" label="Their name" autocomplete="off" feedback=walk_in.clone() />
                <TextField name="walk_in_email" label="Their email address (optional)" kind="email" autocomplete="off" feedback=walk_in.clone() />
                <TextArea name="walk_in_topic" label="What they would like to talk about (optional)" max=MOST_BOOKING_TEXT rows=2 feedback=walk_in />
                <button type="submit" class="button button--secondary">"Book the place"</button>
            </form>
        })}

        {movable.then(|| view! {
            <h2 class="heading-m">"Move this surgery"</h2>
            <p>"It keeps its length and its times for booking, and everyone booked keeps their place. They are emailed the new time with a calendar update."</p>
            <form method="post" action=MoveSurgery::url() novalidate>
                <input type="hidden" name="code" value=code.clone() />
                <input type="hidden" name="surgery_id" value=id />
                <Select
                    id="move_venue"
                    name="venue_id"
                    label="Where"
                    options=venues.into_iter().map(|(id, name)| (id.to_string(), name)).collect()
                    chosen=chosen_venue
                    error=moving.error("move_venue")
                />
                <DateInput name="move_date" legend="New date" typed=typed_date error=moving.error("move_date_day") />
                <TextField name="move_start" label="New start time" hint="For example, 10am or 2:30pm" class="input input--width-10" value=start feedback=moving.clone() />
                <TextArea name="move_reason" label="Why it is moving (optional)" hint="Residents who booked see this" max=MOST_BOOKING_TEXT rows=2 feedback=moving />
                <button type="submit" class="button button--secondary">"Move the surgery"</button>
            </form>
        })}

        {series.map(|to_come| view! {
            <h2 class="heading-m">"End the repeating surgery"</h2>
            <p>{format!("This surgery repeats: {to_come} still to come. Ending it cancels every one of them, and everyone booked is emailed your reason. This cannot be undone.")}</p>
            <form method="post" action=EndRepeatingSurgery::url() novalidate>
                <input type="hidden" name="code" value=code.clone() />
                <input type="hidden" name="surgery_id" value=id />
                <TextArea name="end_reason" label="Why are the surgeries ending?" hint="Residents see this, for example: the team now meets residents at the community centre" max=MOST_BOOKING_TEXT rows=2 feedback=ending />
                <button type="submit" class="button button--warning">"End the repeating surgery"</button>
            </form>
        })}
    }
    .into_any()
}
