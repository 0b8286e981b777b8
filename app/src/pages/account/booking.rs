//! One of the resident's bookings: the confirmation panel just after booking, the details, and
//! cancelling it.

use crate::components::form::FeedbackBanner;
use crate::components::page::{PageError, page, route_param};
use crate::components::summary::SummaryRow;
use crate::domain::forms::FormFeedback;
use crate::domain::surgery::surgery_path;
use crate::state::fault;
use leptos::prelude::*;
use leptos::server_fn::ServerFn;
use leptos_meta::Title;

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
    feedback: FormFeedback,
}

async fn your_booking(reference: String) -> Result<BookingView, PageError> {
    use crate::services::bookings;
    use crate::services::clock::format_span;
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
    Ok(BookingView {
        can_cancel: live && !booking.surgery_cancelled && booking.starts_at > context.now(),
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
        feedback,
    } = view;
    let just_booked = feedback.form == "booked";
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
        {can_cancel.then(|| view! {
            <h2 class="heading-m">"Cannot come?"</h2>
            <p>"Cancel so that someone else can have your place."</p>
            <form method="post" action=CancelYourBooking::url()>
                <input type="hidden" name="reference" value=reference.clone() />
                <button type="submit" class="button button--warning">"Cancel this booking"</button>
            </form>
        })}
        <p><a href="/account">"Back to your account"</a></p>
    }
    .into_any()
}
