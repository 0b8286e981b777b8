//! One occurrence for its team: who has booked, with their contact details and what they want
//! to discuss (only the neighbourhood's staff see this page), who came, places booked on
//! residents' behalf, and moving, cancelling or ending it (see `occurrence_changes`).

use super::occurrence_changes::{ChangeForms, Changes};
use crate::components::form::{FeedbackBanner, TextArea, page_title};
use crate::components::page::{PageError, page, route_param};
use crate::components::summary::SummaryRow;
use crate::domain::forms::{FormFeedback, form_value};
use crate::domain::surgery::{MOST_BOOKING_TEXT, surgery_path};
use crate::state::fault;
use entity::booking::Attendance;
use leptos::prelude::*;
use leptos::server_fn::ServerFn;
use leptos_meta::Title;

#[derive(Clone, Debug, PartialEq, Eq)]
struct BookingRow {
    id: i32,
    time: String,
    reference: String,
    name: String,
    email: String,
    topic: String,
    adjustments: String,
    cancelled: bool,
    attendance: Option<Attendance>,
    /// "Booked by Sam Patel" when a member of staff booked it.
    booked_by: Option<String>,
}

/// Someone on the waiting list, as the team sees them.
#[derive(Clone, Debug, PartialEq, Eq)]
struct WaitingRow {
    time: String,
    name: String,
    email: String,
    topic: String,
    adjustments: String,
    since: String,
}

#[derive(Clone, Debug, PartialEq, Eq)]
struct SlotRow {
    id: i32,
    time: String,
    booked: i32,
    places: i32,
}

#[derive(Clone, Debug, PartialEq, Eq)]
struct OccurrenceView {
    code: String,
    neighbourhood: String,
    id: i32,
    title: String,
    when: String,
    place: String,
    cancelled: Option<String>,
    started: bool,
    booked_slots: bool,
    slots: Vec<SlotRow>,
    bookings: Vec<BookingRow>,
    waiting: Vec<WaitingRow>,
    changes: Changes,
    feedback: FormFeedback,
}

pub(super) fn occurrence_path(code: &str, id: i32) -> String {
    format!("/staff/neighbourhoods/{code}/surgeries/{id}")
}

/// The occurrence, if it is one of the neighbourhood's.
pub(super) async fn neighbourhood_occurrence(
    context: &crate::request::RequestContext,
    n: &entity::neighbourhood::Model,
    id: &str,
) -> Result<Option<crate::services::surgeries::OccurrenceDetail>, ServerFnError> {
    let Ok(id) = id.parse::<i32>() else {
        return Ok(None);
    };
    Ok(
        crate::services::surgeries::occurrence(&context.state.db, id)
            .await
            .map_err(|e| fault("reading a surgery", e))?
            .filter(|detail| detail.surgery.neighbourhood_id == n.id),
    )
}

async fn team_occurrence(code: String, id: String) -> Result<OccurrenceView, PageError> {
    use crate::services::clock::{format_span, format_time, format_times};
    use crate::services::occurrences;
    use crate::services::surgeries::venue_line;
    use entity::booking::BookingStatus;
    use entity::surgery::SurgeryStatus;
    use entity::surgery_series::BookingMode;
    let context = crate::request::RequestContext::new().await?;
    let n = context.neighbourhood_page(&code).await?.into_subject();
    let detail = neighbourhood_occurrence(&context, &n, &id)
        .await?
        .ok_or(PageError::NotFound)?;
    let bookings = occurrences::roster(&context.state.db, detail.surgery.id)
        .await
        .map_err(|e| fault("reading bookings", e))?
        .into_iter()
        .map(|b| BookingRow {
            id: b.booking_id,
            time: format_times(b.slot_starts_at, b.slot_ends_at),
            reference: b.reference,
            name: b.name.unwrap_or_else(|| "Not given".into()),
            email: b.email.unwrap_or_else(|| {
                if b.account_deleted {
                    "Account deleted".into()
                } else {
                    "No email address".into()
                }
            }),
            topic: b.topic,
            adjustments: b.adjustments,
            cancelled: b.status == BookingStatus::Cancelled,
            attendance: b.attendance,
            booked_by: b.booked_by,
        })
        .collect();
    let waiting = occurrences::waiting_list(&context.state.db, detail.surgery.id)
        .await
        .map_err(|e| fault("reading the waiting list", e))?
        .into_iter()
        .map(|w| WaitingRow {
            time: format_times(w.slot_starts_at, w.slot_ends_at),
            name: w.name.unwrap_or_else(|| "Not given".into()),
            email: w.email,
            topic: w.topic,
            adjustments: w.adjustments,
            since: format_time(w.since),
        })
        .collect();
    let changes = super::occurrence_changes::changes(&context, &n, &detail).await?;
    Ok(OccurrenceView {
        code: n.code.clone(),
        neighbourhood: n.name.clone(),
        id: detail.surgery.id,
        title: detail.series.title.clone(),
        when: format_span(detail.surgery.starts_at, detail.surgery.ends_at),
        place: venue_line(&detail.venue),
        cancelled: (detail.surgery.status == SurgeryStatus::Cancelled)
            .then(|| detail.surgery.cancelled_reason.clone().unwrap_or_default()),
        started: detail.surgery.starts_at <= context.now(),
        booked_slots: detail.series.booking == BookingMode::BookedSlots,
        slots: detail
            .slots
            .iter()
            .map(|s| SlotRow {
                id: s.id,
                time: format_times(s.starts_at, s.ends_at),
                booked: s.booked,
                places: s.places,
            })
            .collect(),
        bookings,
        waiting,
        changes,
        feedback: context.feedback().await?,
    })
}

#[server(prefix = "/fn", endpoint = "staff/neighbourhood/surgeries/attendance")]
pub async fn record_attendance(
    code: String,
    surgery_id: i32,
    booking_id: i32,
    attendance: Attendance,
) -> Result<(), ServerFnError> {
    use crate::domain::forms::FieldError;
    use crate::services::occurrences::{self, AttendanceOutcome};
    let context = crate::request::RequestContext::new().await?;
    let permit = context.neighbourhood_action(&code).await?;
    let n = permit.subject();
    let outcome = occurrences::record_attendance(
        &context.state.db,
        &context.state.clock,
        &permit,
        booking_id,
        attendance,
    )
    .await
    .map_err(|e| fault("recording attendance", e))?;
    let feedback = match outcome {
        AttendanceOutcome::Recorded => FormFeedback::notice("attendance", "Attendance recorded"),
        AttendanceOutcome::NotStarted => FormFeedback::errors(
            "attendance",
            vec![FieldError::new(
                "bookings",
                "Attendance can be recorded once the surgery has started",
            )],
            &[],
        ),
        AttendanceOutcome::NoSuchBooking => FormFeedback::errors(
            "attendance",
            vec![FieldError::new(
                "bookings",
                "That booking is not a live booking at this surgery",
            )],
            &[],
        ),
    };
    context
        .reply(&occurrence_path(&n.code, surgery_id), feedback)
        .await
}

#[server(prefix = "/fn", endpoint = "staff/neighbourhood/surgeries/places")]
pub async fn change_slot_places(
    code: String,
    surgery_id: i32,
    slot_id: i32,
    places: String,
) -> Result<(), ServerFnError> {
    use crate::domain::forms::FieldError;
    use crate::domain::surgery::MOST_PLACES_PER_SLOT;
    use crate::services::occurrences::{self, PlacesChanged};
    let context = crate::request::RequestContext::new().await?;
    let permit = context.neighbourhood_action(&code).await?;
    let n = permit.subject();
    let path = occurrence_path(&n.code, surgery_id);
    let field = format!("places-{slot_id}");
    let problem = |message: String| {
        FormFeedback::errors(
            "places",
            vec![FieldError::new(&field, message)],
            &[(field.as_str(), places.as_str())],
        )
    };
    let wanted = match places.trim().parse::<u32>() {
        Ok(p) if (1..=MOST_PLACES_PER_SLOT).contains(&p) => p as i32,
        _ => {
            return context
                .reply(
                    &path,
                    problem(format!(
                        "Enter the places in this slot, between 1 and {MOST_PLACES_PER_SLOT}"
                    )),
                )
                .await;
        }
    };
    let outcome = occurrences::change_places(
        &context.state.db,
        &context.state.clock,
        &context.email_site(),
        &permit,
        slot_id,
        wanted,
    )
    .await
    .map_err(|e| fault("changing a slot's places", e))?;
    let feedback = match outcome {
        PlacesChanged::Changed { promoted } => {
            let notice = match promoted {
                0 => "The places have been changed".to_string(),
                1 => "The places have been changed: 1 resident on the waiting list has been given a place".to_string(),
                n => format!("The places have been changed: {n} residents on the waiting list have been given places"),
            };
            FormFeedback::notice("places", notice)
        }
        PlacesChanged::BelowBooked { booked } => problem(format!(
            "{booked} places are booked: the slot cannot have fewer places than that"
        )),
        PlacesChanged::NotChangeable => problem(
            "This slot's places cannot be changed: it has started or the surgery is cancelled"
                .to_string(),
        ),
    };
    context.reply(&path, feedback).await
}

#[server(prefix = "/fn", endpoint = "staff/neighbourhood/surgeries/cancel")]
pub async fn cancel_surgery(
    code: String,
    surgery_id: i32,
    reason: String,
) -> Result<(), ServerFnError> {
    use crate::domain::forms::{FieldError, required_paragraph};
    use crate::services::occurrences::{self, OccurrenceCancelled};
    let context = crate::request::RequestContext::new().await?;
    let permit = context.neighbourhood_action(&code).await?;
    let n = permit.subject();
    let path = occurrence_path(&n.code, surgery_id);
    let mut errors = Vec::new();
    let reason_text = required_paragraph(
        "reason",
        "Reason",
        &reason,
        "Say why the surgery is cancelled: residents who booked are told",
        MOST_BOOKING_TEXT,
        &mut errors,
    );
    if !errors.is_empty() {
        return context
            .reply(
                &path,
                FormFeedback::errors("cancel", errors, &[("reason", reason.as_str())]),
            )
            .await;
    }
    let outcome = occurrences::cancel_occurrence(
        &context.state.db,
        &context.state.clock,
        &context.email_site(),
        &permit,
        surgery_id,
        &reason_text,
    )
    .await
    .map_err(|e| fault("cancelling a surgery", e))?;
    let feedback = match outcome {
        OccurrenceCancelled::Cancelled { residents_told } => {
            let told = match residents_told {
                0 => "nobody had booked".to_string(),
                1 => "the 1 resident who booked has been emailed".to_string(),
                n => format!("the {n} residents who booked have been emailed"),
            };
            FormFeedback::notice("cancel", format!("The surgery is cancelled: {told}"))
        }
        OccurrenceCancelled::NotCancellable => FormFeedback::errors(
            "cancel",
            vec![FieldError::new(
                "reason",
                "This surgery cannot be cancelled: it has started or is already cancelled",
            )],
            &[],
        ),
    };
    context.reply(&path, feedback).await
}

#[component]
pub fn TeamOccurrencePage() -> impl IntoView {
    let code = route_param("code");
    let id = route_param("id");
    page(
        move || team_occurrence(code.clone(), id.clone()),
        |view| view! { <TeamOccurrence view /> },
    )
}

fn attendance_words(attendance: Option<Attendance>) -> &'static str {
    match attendance {
        Some(Attendance::Attended) => "Attended",
        Some(Attendance::DidNotAttend) => "Did not attend",
        None => "Not recorded",
    }
}

#[component]
fn TeamOccurrence(view: OccurrenceView) -> impl IntoView {
    let OccurrenceView {
        code,
        neighbourhood,
        id,
        title,
        when,
        place,
        cancelled,
        started,
        booked_slots,
        slots,
        bookings,
        waiting,
        changes,
        feedback,
    } = view;
    let can_cancel = cancelled.is_none() && !started;
    // Each slot's places may change until the surgery starts.
    let can_change = can_cancel;
    let places_feedback = feedback.for_form("places");
    let slot_rows = slots
        .into_iter()
        .map(|s| {
            let field = format!("places-{}", s.id);
            let error = places_feedback.error(&field);
            let has_error = error.is_some();
            let typed = places_feedback.value(&field);
            let value = if typed.is_empty() { s.places.to_string() } else { typed };
            let code = code.clone();
            view! {
                <tr>
                    <td>{s.time.clone()}</td>
                    <td>{s.booked}</td>
                    <td>
                        {if can_change {
                            view! {
                                <form method="post" action=ChangeSlotPlaces::url() class="inline-form" novalidate>
                                    <input type="hidden" name="code" value=code />
                                    <input type="hidden" name="surgery_id" value=id />
                                    <input type="hidden" name="slot_id" value=s.id />
                                    <div class="form-group" class:form-group--error=has_error>
                                        <label class="visually-hidden" for=field.clone()>{format!("Places from {}", s.time)}</label>
                                        {error.map(|message| view! {
                                            <p id=format!("{field}-error") class="error-message"><span class="visually-hidden">"Error: "</span>{message}</p>
                                        })}
                                        <input class="input input--width-2" id=field.clone() name="places" inputmode="numeric" value=value />
                                        " "
                                        <button type="submit" class="button button--secondary button--small">"Change"<span class="visually-hidden">{format!(" the places from {}", s.time)}</span></button>
                                    </div>
                                </form>
                            }
                            .into_any()
                        } else {
                            view! { {s.places} }.into_any()
                        }}
                    </td>
                </tr>
            }
        })
        .collect_view();
    let live = bookings.iter().filter(|b| !b.cancelled).count();
    let none_booked = bookings.is_empty();

    let cancel_feedback = feedback.for_form("cancel");
    let rows = bookings
        .into_iter()
        .map(|b| {
            let code = code.clone();
            let attendance = if b.cancelled {
                view! { "Cancelled" }.into_any()
            } else if started {
                let (booking_id, reference, current) = (b.id, b.reference.clone(), b.attendance);
                let button = move |choice: Attendance, label: &'static str| {
                    let pressed = current == Some(choice);
                    view! {
                        <form method="post" action=RecordAttendance::url() class="inline-form">
                            <input type="hidden" name="code" value=code.clone() />
                            <input type="hidden" name="surgery_id" value=id />
                            <input type="hidden" name="booking_id" value=booking_id />
                            <input type="hidden" name="attendance" value=form_value(&choice) />
                            <button type="submit" class="button button--secondary button--small" aria-pressed=if pressed { "true" } else { "false" }>
                                {label}<span class="visually-hidden">{format!(": {reference}")}</span>
                            </button>
                        </form>
                    }
                };
                view! {
                    <p>{attendance_words(b.attendance)}</p>
                    {button(Attendance::Attended, "Attended")}
                    {button(Attendance::DidNotAttend, "Did not attend")}
                }
                .into_any()
            } else {
                view! { "Can be recorded once the surgery starts" }.into_any()
            };
            view! {
                <tr>
                    <td data-label="Time">{b.time.clone()}</td>
                    <td data-label="Reference">{b.reference.clone()}</td>
                    <td data-label="Resident">
                        {b.name.clone()}<br /><span class="hint">{b.email.clone()}</span>
                        {b.booked_by.clone().map(|by| view! { <br /><span class="hint">{format!("Booked by {by}")}</span> })}
                    </td>
                    <td data-label="To talk about">{b.topic.clone()}</td>
                    <td data-label="Help to take part">{if b.adjustments.is_empty() { "None".to_string() } else { b.adjustments.clone() }}</td>
                    <td class="table__actions" data-label="Attendance">{attendance}</td>
                </tr>
            }
        })
        .collect_view();
    view! {
        <Title text=page_title(&title, &feedback) />
        <FeedbackBanner feedback=feedback.clone() />
        <span class="caption-l">{format!("Surgeries in {neighbourhood}")}</span>
        <h1 class="heading-l">{title}</h1>
        <dl class="summary-list">
            <SummaryRow key="When">{when}</SummaryRow>
            <SummaryRow key="Where">{place}</SummaryRow>
            <SummaryRow key="Status">{match &cancelled {
                    Some(reason) => format!("Cancelled: {reason}"),
                    None if started => "Started or over".to_string(),
                    None => "Going ahead".to_string(),
                }}</SummaryRow>
        </dl>
        <p><a href=surgery_path(id)>"See the public page"</a>" · "<a href=format!("/staff/neighbourhoods/{code}/surgeries")>"Back to all surgeries"</a></p>
        {booked_slots.then(|| view! {
            <p><a href=format!("{}/bookings.csv", occurrence_path(&code, id)) download="">"Download the list of bookings (CSV)"</a></p>
        })}

        {booked_slots.then(|| view! {
            <h2 class="heading-m" id="places">"Places"</h2>
            <p class="hint">"Raise a slot's places to fill them from its waiting list, or lower them down to those already booked."</p>
            <table class="table" aria-labelledby="places">
                <thead><tr><th scope="col">"Time"</th><th scope="col">"Booked"</th><th scope="col">"Places"</th></tr></thead>
                <tbody>{slot_rows}</tbody>
            </table>

            <h2 class="heading-m" id="bookings">{format!("Bookings ({live})")}</h2>
            <p class="hint">"Residents' names, addresses and what they want to discuss are for the neighbourhood team only."</p>
            {none_booked.then(|| view! { <p>"Nobody has booked yet."</p> })}
            <table class="table table--stacked" aria-labelledby="bookings" hidden=none_booked>
                <thead><tr>
                    <th scope="col">"Time"</th><th scope="col">"Reference"</th><th scope="col">"Resident"</th>
                    <th scope="col">"To talk about"</th><th scope="col">"Help to take part"</th><th scope="col">"Attendance"</th>
                </tr></thead>
                <tbody>{rows}</tbody>
            </table>

            <h2 class="heading-m" id="waiting">{format!("Waiting list ({})", waiting.len())}</h2>
            {if waiting.is_empty() {
                view! { <p>"Nobody is waiting for a place."</p> }.into_any()
            } else {
                view! {
                    <p class="hint">"When a place comes free at their time, the first person waiting is booked and emailed."</p>
                    <table class="table table--stacked" aria-labelledby="waiting">
                        <thead><tr>
                            <th scope="col">"Time"</th><th scope="col">"Resident"</th><th scope="col">"To talk about"</th>
                            <th scope="col">"Help to take part"</th><th scope="col">"Waiting since"</th>
                        </tr></thead>
                        <tbody>
                            {waiting.into_iter().map(|w| view! {
                                <tr>
                                    <td data-label="Time">{w.time}</td>
                                    <td data-label="Resident">{w.name}<br /><span class="hint">{w.email}</span></td>
                                    <td data-label="To talk about">{w.topic}</td>
                                    <td data-label="Help to take part">{if w.adjustments.is_empty() { "None".to_string() } else { w.adjustments }}</td>
                                    <td data-label="Waiting since">{w.since}</td>
                                </tr>
                            }).collect_view()}
                        </tbody>
                    </table>
                }.into_any()
            }}
        })}

        <ChangeForms code=code.clone() id changes feedback=feedback.clone() />

        {can_cancel.then(|| view! {
            <h2 class="heading-m">"Cancel this surgery"</h2>
            <p>{format!("Everyone booked ({live}) is emailed with your reason, and their calendars are updated. This cannot be undone.")}</p>
            <form method="post" action=CancelSurgery::url() novalidate>
                <input type="hidden" name="code" value=code.clone() />
                <input type="hidden" name="surgery_id" value=id />
                <TextArea name="reason" label="Why is it cancelled?" hint="Residents see this, for example: the library is closed for repairs" max=MOST_BOOKING_TEXT rows=2 feedback=cancel_feedback />
                <button type="submit" class="button button--warning">"Cancel this surgery"</button>
            </form>
        })}
    }
    .into_any()
}
