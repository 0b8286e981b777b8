//! One of the resident's bookings: the confirmation panel just after booking, the details,
//! moving it to another time, and cancelling it (after asking whether they are sure).

use crate::components::form::{Choice, FeedbackBanner, Radios};
use crate::components::page::{PageError, page, route_param};
use crate::components::summary::SummaryRow;
use crate::domain::forms::FormFeedback;
use crate::domain::surgery::{booking_path as booking_path_of, surgery_path};
use crate::state::fault;
use leptos::prelude::*;
use leptos::server_fn::ServerFn;
use leptos_meta::Title;
use leptos_router::hooks::use_query_map;

#[derive(Clone, Debug, PartialEq, Eq)]
struct BookingView {
    reference: String,
    surgery_id: i32,
    title: String,
    when: String,
    place: String,
    neighbourhood: String,
    topic: String,
    adjustments: String,
    /// "Booked", "Cancelled by you", "Cancelled by the team".
    status: &'static str,
    can_cancel: bool,
    /// Other times at the surgery with a place left: (slot id, "10:30am to 10:45am").
    other_times: Vec<(i32, String)>,
    feedback: FormFeedback,
}

async fn your_booking(reference: String) -> Result<BookingView, PageError> {
    use crate::services::bookings;
    use crate::services::clock::{format_span, format_times};
    use entity::booking::BookingStatus;
    let context = crate::request::RequestContext::new().await?;
    let Some(resident) = context.session.resident_id().await? else {
        return Err(PageError::Redirect("/sign-in".into()));
    };
    let booking = bookings::for_resident(&context.state.db, resident)
        .await
        .map_err(|e| fault("reading bookings", e))?
        .into_iter()
        .find(|b| b.reference == reference)
        .ok_or(PageError::NotFound)?;
    let live = booking.status == BookingStatus::Booked;
    let status = match (live, booking.surgery_cancelled) {
        (_, true) => "Cancelled by the team",
        (true, false) => "Booked",
        (false, false) => "Cancelled",
    };
    let can_cancel = booking.can_change(context.now());
    let other_times = if can_cancel {
        crate::services::surgeries::occurrence(&context.state.db, booking.surgery_id)
            .await
            .map_err(|e| fault("reading a surgery", e))?
            .map(|detail| {
                detail
                    .slots
                    .iter()
                    .filter(|s| {
                        s.id != booking.slot_id
                            && s.booked < s.places
                            && s.starts_at > context.now()
                    })
                    .map(|s| (s.id, format_times(s.starts_at, s.ends_at)))
                    .collect()
            })
            .unwrap_or_default()
    } else {
        Vec::new()
    };
    Ok(BookingView {
        can_cancel,
        other_times,
        reference: booking.reference,
        surgery_id: booking.surgery_id,
        title: booking.title,
        when: format_span(booking.starts_at, booking.ends_at),
        place: booking.place,
        neighbourhood: booking.neighbourhood,
        topic: booking.topic,
        adjustments: booking.adjustments,
        status,
        feedback: context.feedback().await?,
    })
}

#[server(prefix = "/fn", endpoint = "account/bookings/cancel")]
pub async fn cancel_your_booking(reference: String) -> Result<(), ServerFnError> {
    use crate::domain::forms::FieldError;
    use crate::domain::surgery::booking_path;
    use crate::pages::surgeries::cancel::cancellation_notice;
    use crate::services::bookings::{self, WhichBooking};
    let context = crate::request::RequestContext::new().await?;
    let Some(resident_id) = context.session.resident_id().await? else {
        leptos_axum::redirect("/sign-in");
        return Ok(());
    };
    let outcome = bookings::cancel(
        &context.state.db,
        &context.state.clock,
        &context.email_site(),
        WhichBooking::Resident {
            resident_id,
            reference: &reference,
        },
    )
    .await
    .map_err(|e| fault("cancelling a booking", e))?;
    let feedback = match cancellation_notice(outcome) {
        Ok(notice) => FormFeedback::notice("booking", notice),
        Err(problem) => {
            FormFeedback::errors("booking", vec![FieldError::new("cancel", problem)], &[])
        }
    };
    context.reply(&booking_path(&reference), feedback).await
}

#[server(prefix = "/fn", endpoint = "account/bookings/change-time")]
pub async fn change_booking_time(
    reference: String,
    slot_id: Option<i32>,
) -> Result<(), ServerFnError> {
    use crate::domain::forms::FieldError;
    use crate::domain::surgery::booking_path;
    use crate::services::bookings::{self, TimeChanged};
    let context = crate::request::RequestContext::new().await?;
    let Some(resident_id) = context.session.resident_id().await? else {
        leptos_axum::redirect("/sign-in");
        return Ok(());
    };
    let path = booking_path(&reference);
    let Some(slot_id) = slot_id else {
        let errors = vec![FieldError::new("slot_id", "Select the new time")];
        return context
            .reply(&path, FormFeedback::errors("change-time", errors, &[]))
            .await;
    };
    let outcome = bookings::change_time(
        &context.state.db,
        &context.state.clock,
        &context.email_site(),
        resident_id,
        &reference,
        slot_id,
    )
    .await
    .map_err(|e| fault("changing a booking's time", e))?;
    let problem = match outcome {
        TimeChanged::Changed { reference } => {
            return context
                .reply(
                    &booking_path(&reference),
                    FormFeedback::notice(
                        "booking",
                        "Your booking has moved to its new time. We have emailed you the details and a calendar update.",
                    ),
                )
                .await;
        }
        TimeChanged::SameTime => "That is already your time: select a different one",
        TimeChanged::SlotFull => {
            "Sorry, the last place at that time has just gone: select another time"
        }
        TimeChanged::TooLate => "This surgery has already started, so the time cannot change now",
        TimeChanged::NotRecognised => "This booking can no longer be moved",
    };
    context
        .reply(
            &path,
            FormFeedback::errors(
                "change-time",
                vec![FieldError::new("slot_id", problem)],
                &[("slot_id", &slot_id.to_string())],
            ),
        )
        .await
}

#[component]
pub fn YourBookingPage() -> impl IntoView {
    let reference = route_param("reference");
    page(
        move || your_booking(reference.clone()),
        |view| view! { <YourBooking view /> },
    )
}

#[component]
fn YourBooking(view: BookingView) -> impl IntoView {
    let BookingView {
        reference,
        surgery_id,
        title,
        when,
        place,
        neighbourhood,
        topic,
        adjustments,
        status,
        can_cancel,
        other_times,
        feedback,
    } = view;
    let just_booked = feedback.form == "booked";
    let asked_to_cancel = use_query_map()
        .read_untracked()
        .get("cancel")
        .is_some_and(|answer| answer == "ask");
    let this_booking = booking_path_of(&reference);
    if can_cancel && asked_to_cancel {
        let shown = reference.clone();
        return view! {
            <Title text="Are you sure you want to cancel this booking?" />
            <p><a href=this_booking.clone() class="back-link">"Back"</a></p>
            <h1 class="heading-l">"Are you sure you want to cancel this booking?"</h1>
            <dl class="summary-list">
                <SummaryRow key="Surgery">{title}</SummaryRow>
                <SummaryRow key="Time">{when}</SummaryRow>
                <SummaryRow key="Where">{place}</SummaryRow>
                <SummaryRow key="Reference">{shown}</SummaryRow>
            </dl>
            <p>"Your place will go to the next person waiting, or back on offer. You can book again if there are places left."</p>
            <form method="post" action=CancelYourBooking::url()>
                <input type="hidden" name="reference" value=reference.clone() />
                <div class="button-group">
                    <button type="submit" class="button button--warning">"Yes, cancel this booking"</button>
                    <a href=this_booking>"No, keep my booking"</a>
                </div>
            </form>
        }
        .into_any();
    }
    let change_feedback = feedback.for_form("change-time");
    let chosen_time = change_feedback.value("slot_id");
    let time_choices: Vec<Choice> = other_times
        .into_iter()
        .map(|(slot, span)| Choice::new(slot.to_string(), span))
        .collect();
    view! {
        <Title text=if just_booked { "Booking complete".to_string() } else { format!("Your booking {reference}") } />
        {if just_booked {
            view! {
                <div class="panel--confirmation">
                    <h1 class="panel__title">"Booking complete"</h1>
                    <p class="panel__body">"Your reference is"<br /><strong>{reference.clone()}</strong></p>
                </div>
                <p>"We have emailed your confirmation, with a calendar file and a link to cancel."</p>
            }
            .into_any()
        } else {
            view! {
                <FeedbackBanner feedback />
                <span class="caption-l">"Your booking"</span>
                <h1 class="heading-l">{reference.clone()}</h1>
            }
            .into_any()
        }}
        <dl class="summary-list">
            <SummaryRow key="Surgery">{title}</SummaryRow>
            <SummaryRow key="Team">{format!("{neighbourhood} neighbourhood team")}</SummaryRow>
            <SummaryRow key="Time">{when}</SummaryRow>
            <SummaryRow key="Where">{place}</SummaryRow>
            <SummaryRow key="What you want to talk about">{topic}</SummaryRow>
            <SummaryRow key="Help to take part">{if adjustments.is_empty() { "None".to_string() } else { adjustments }}</SummaryRow>
            <SummaryRow key="Status">{status.to_string()}</SummaryRow>
        </dl>
        <p><a href=surgery_path(surgery_id)>"See the surgery's page, with how to get there"</a></p>
        {(can_cancel && !time_choices.is_empty()).then(|| view! {
            <h2 class="heading-m" id="change-time">"Change your time"</h2>
            <form method="post" action=ChangeBookingTime::url() novalidate>
                <input type="hidden" name="reference" value=reference.clone() />
                <Radios
                    name="slot_id"
                    legend="New time".to_string()
                    choices=time_choices
                    chosen=chosen_time
                    error=change_feedback.error("slot_id")
                />
                <button type="submit" class="button button--secondary">"Change time"</button>
            </form>
        })}
        {can_cancel.then(|| view! {
            <h2 class="heading-m">"Cannot come?"</h2>
            <p>"Cancel so that someone else can have your place."</p>
            <a href=format!("{this_booking}?cancel=ask") class="button button--warning">"Cancel this booking"</a>
        })}
        <p><a href="/account">"Back to your account"</a></p>
    }
    .into_any()
}
