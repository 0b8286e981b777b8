//! Cancelling a booking by the link in its confirmation email, without signing in. The link
//! opens this page and a button cancels, so a mail scanner that opens links cannot cancel.

use crate::components::form::FeedbackBanner;
use crate::components::page::{PageError, page};
use crate::components::summary::SummaryRow;
use crate::domain::forms::FormFeedback;
use leptos::prelude::*;
use leptos::server_fn::ServerFn;
use leptos_meta::Title;
use leptos_router::hooks::use_query_map;

const CANCEL_PATH: &str = "/bookings/cancel";

#[server(prefix = "/fn", endpoint = "bookings/cancel")]
pub async fn cancel_booking_by_link(token: String) -> Result<(), ServerFnError> {
    use crate::domain::forms::FieldError;
    use crate::services::bookings::{self, WhichBooking};
    use crate::state::fault;
    let context = crate::request::RequestContext::new().await?;
    let outcome = bookings::cancel(
        &context.state.db,
        &context.state.clock,
        &context.email_site(),
        WhichBooking::Token(&token),
    )
    .await
    .map_err(|e| fault("cancelling a booking", e))?;
    let feedback = match cancellation_notice(outcome) {
        Ok(notice) => FormFeedback::notice("cancel", notice),
        Err(problem) => {
            FormFeedback::errors("cancel", vec![FieldError::new("cancel", problem)], &[])
        }
    };
    context.reply(CANCEL_PATH, feedback).await
}

/// What a resident is told after asking to cancel, from any page: done, or why not.
pub fn cancellation_notice(
    outcome: crate::services::bookings::Cancelled,
) -> Result<String, &'static str> {
    use crate::services::bookings::Cancelled;
    match outcome {
        Cancelled::Cancelled { reference } => Ok(format!(
            "Booking {reference} has been cancelled. We have emailed you to confirm."
        )),
        Cancelled::AlreadyCancelled { reference } => {
            Ok(format!("Booking {reference} was already cancelled."))
        }
        Cancelled::TooLate => {
            Err("This surgery has already started, so the booking cannot be cancelled now.")
        }
        Cancelled::NotRecognised => Err(
            "That cancellation link is not recognised. Check you copied the whole link from the email.",
        ),
    }
}

/// The booking the link is for, as the page names it before the resident decides.
#[derive(Clone, Debug, PartialEq, Eq)]
struct LinkedBooking {
    reference: String,
    title: String,
    when: String,
    place: String,
    /// Still booked and not yet started: the button is offered.
    cancellable: bool,
}

async fn cancel_page(token: String) -> Result<(FormFeedback, Option<LinkedBooking>), PageError> {
    use crate::services::bookings;
    use crate::services::clock::format_span;
    use crate::state::fault;
    let context = crate::request::RequestContext::new().await?;
    let feedback = context.feedback().await?;
    let booking = bookings::by_cancel_token(&context.state.db, &token)
        .await
        .map_err(|e| fault("reading a booking", e))?
        .map(|b| LinkedBooking {
            cancellable: b.can_change(context.now()),
            reference: b.reference,
            title: b.title,
            when: format_span(b.starts_at, b.ends_at),
            place: b.place,
        });
    Ok((feedback, booking))
}

#[component]
pub fn CancelBookingPage() -> impl IntoView {
    let token = use_query_map()
        .read_untracked()
        .get("token")
        .unwrap_or_default();
    let for_page = token.clone();
    page(
        move || cancel_page(for_page.clone()),
        move |(feedback, booking): (FormFeedback, Option<LinkedBooking>)| {
            let done = feedback.form == "cancel";
            let details = booking.clone().map(|b| {
                view! {
                    <dl class="summary-list">
                        <SummaryRow key="Surgery">{b.title}</SummaryRow>
                        <SummaryRow key="Time">{b.when}</SummaryRow>
                        <SummaryRow key="Where">{b.place}</SummaryRow>
                        <SummaryRow key="Reference">{b.reference}</SummaryRow>
                    </dl>
                }
            });
            let body = match (done, booking.map(|b| b.cancellable)) {
                (true, _) => view! {
                    <p><a href="/">"Find your neighbourhood policing team"</a></p>
                }
                .into_any(),
                (false, Some(true)) => view! {
                    {details}
                    <p>"Your place will be given to someone else. You can book again if there are places left."</p>
                    <form method="post" action=CancelBookingByLink::url()>
                        <input type="hidden" name="token" value=token.clone() />
                        <button type="submit" class="button button--warning">"Cancel this booking"</button>
                    </form>
                }
                .into_any(),
                (false, Some(false)) => view! {
                    {details}
                    <p>"This booking cannot be cancelled now: it is already cancelled, or the surgery has started."</p>
                }
                .into_any(),
                (false, None) => view! {
                    <p>"That cancellation link is not recognised. Check you copied the whole link from the email."</p>
                }
                .into_any(),
            };
            view! {
                <Title text="Cancel your booking" />
                <FeedbackBanner feedback />
                <h1 class="heading-l">"Cancel your booking"</h1>
                {body}
            }
        },
    )
}
