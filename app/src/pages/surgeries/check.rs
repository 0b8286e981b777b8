//! Booking a place, step two: check your answers, then confirm. Confirming books the place in
//! one transaction; confirming twice (a double click, a resent form) finds the same booking.

use super::book::{Bookable, bookable, resident_or_sign_in};
use crate::components::page::{PageError, page, route_param};
use crate::components::summary::SummaryRow;
use crate::domain::surgery::book_path;
use crate::state::fault;
use leptos::prelude::*;
use leptos::server_fn::ServerFn;
use leptos_meta::Title;

#[derive(Clone, Debug, PartialEq, Eq)]
struct CheckView {
    id: i32,
    title: String,
    when: String,
    place: String,
    topic: String,
    adjustments: String,
    email: String,
    /// The slot was full: confirming joins its waiting list.
    wait: bool,
}

async fn check(id: String) -> Result<CheckView, PageError> {
    use crate::services::clock::format_span;
    use crate::services::{resident_accounts, surgeries::venue_line};
    let id: i32 = id.parse().map_err(|_| PageError::NotFound)?;
    let context = crate::request::RequestContext::new().await?;
    let resident = resident_or_sign_in(&context, id).await??;
    let detail = match bookable(&context, id, resident).await? {
        Bookable::Open(detail) => detail,
        Bookable::Not(why) => return Err(why),
    };
    // Only the state this page is for: details entered for this occurrence.
    let Some(draft) = context.session.booking_draft().await? else {
        return Err(PageError::Redirect(book_path(id)));
    };
    let slot = detail.slots.iter().find(|s| s.id == draft.slot_id);
    let (Some(slot), true) = (slot, draft.surgery_id == id) else {
        return Err(PageError::Redirect(book_path(id)));
    };
    let email = resident_accounts::account(&context.state.db, resident)
        .await
        .map_err(|e| fault("reading an account", e))?
        .map(|a| a.email)
        .unwrap_or_default();
    Ok(CheckView {
        id,
        title: detail.series.title.clone(),
        when: format_span(slot.starts_at, slot.ends_at),
        place: venue_line(&detail.venue),
        topic: draft.topic,
        adjustments: draft.adjustments,
        email,
        wait: draft.wait,
    })
}

#[server(prefix = "/fn", endpoint = "surgeries/book/confirm")]
pub async fn confirm_booking(surgery_id: i32) -> Result<(), ServerFnError> {
    use crate::domain::forms::{FieldError, FormFeedback};
    use crate::domain::surgery::{booking_path, surgery_path};
    use crate::services::bookings::{self, Booked, BookingRequest};
    let context = crate::request::RequestContext::new().await?;
    let Some(resident_id) = context.session.resident_id().await? else {
        leptos_axum::redirect("/sign-in");
        return Ok(());
    };
    let draft = match context.session.booking_draft().await? {
        Some(draft) if draft.surgery_id == surgery_id => draft,
        _ => {
            leptos_axum::redirect(&book_path(surgery_id));
            return Ok(());
        }
    };
    let request = BookingRequest {
        surgery_id,
        slot_id: draft.slot_id,
        resident_id,
        topic: draft.topic.clone(),
        adjustments: draft.adjustments.clone(),
        idempotency_key: draft.key.clone(),
        wait_if_full: draft.wait,
    };
    let outcome = bookings::book(
        &context.state.db,
        &context.state.clock,
        &context.email_site(),
        &request,
    )
    .await
    .map_err(|e| fault("booking a place", e))?;
    match outcome {
        Booked::Booked { reference } => {
            context.session.set_booking_draft(None).await?;
            context
                .reply(
                    &booking_path(&reference),
                    FormFeedback::notice("booked", "Booking complete"),
                )
                .await
        }
        Booked::AlreadyBooked { reference } => {
            context.session.set_booking_draft(None).await?;
            context
                .reply(
                    &booking_path(&reference),
                    FormFeedback::notice("booking", super::book::ALREADY_BOOKED),
                )
                .await
        }
        Booked::Waiting => {
            context.session.set_booking_draft(None).await?;
            context
                .reply(
                    "/account",
                    FormFeedback::notice(
                        "account",
                        "You are on the waiting list. If a place comes free, it is yours and we will email you.",
                    ),
                )
                .await
        }
        Booked::SlotFull => {
            // The details are kept: only the time needs choosing again.
            let typed = [
                ("topic", draft.topic.as_str()),
                ("adjustments", draft.adjustments.as_str()),
            ];
            context
                .reply(
                    &book_path(surgery_id),
                    FormFeedback::errors(
                        "book",
                        vec![FieldError::new(
                            "slot_id",
                            "The time you chose has just been fully booked. Choose another time.",
                        )],
                        &typed,
                    ),
                )
                .await
        }
        Booked::NotBookable => {
            context.session.set_booking_draft(None).await?;
            context
                .reply(
                    &surgery_path(surgery_id),
                    FormFeedback::errors(
                        "surgery",
                        vec![FieldError::new(
                            "slots",
                            "This surgery can no longer be booked: it may have been cancelled or have started.",
                        )],
                        &[],
                    ),
                )
                .await
        }
    }
}

#[component]
pub fn CheckBookingPage() -> impl IntoView {
    let id = route_param("id");
    page(move || check(id.clone()), |view| view! { <Check view /> })
}

#[component]
fn Check(view: CheckView) -> impl IntoView {
    let CheckView {
        id,
        title,
        when,
        place,
        topic,
        adjustments,
        email,
        wait,
    } = view;
    let change = book_path(id);
    let row = move |key: &'static str, value: String, change: String, what: &'static str| {
        view! {
            <div class="summary-list__row">
                <dt class="summary-list__key">{key}</dt>
                <dd class="summary-list__value">{value}</dd>
                <dd class="summary-list__actions">
                    <a href=change>"Change"<span class="visually-hidden">{format!(" {what}")}</span></a>
                </dd>
            </div>
        }
    };
    let adjustments = if adjustments.is_empty() {
        "None".to_string()
    } else {
        adjustments
    };
    view! {
        <Title text="Check your booking" />
        <p><a href=change.clone() class="back-link">"Back"</a></p>
        <h1 class="heading-l">"Check your booking"</h1>
        <dl class="summary-list">
            <SummaryRow key="Surgery">{title}</SummaryRow>
            {row("Time", when, change.clone(), "the time")}
            <SummaryRow key="Where">{place}</SummaryRow>
            {row("What you want to talk about", topic, change.clone(), "what you want to talk about")}
            {row("Help to take part", adjustments, change, "the help you need")}
        </dl>
        {if wait {
            view! {
                <p class="inset-text">"This time is fully booked. You will join its waiting list: if a place comes free before the surgery, it is given to the first person waiting, and we email them at "<strong>{email.clone()}</strong>"."</p>
            }.into_any()
        } else {
            view! {
                <p>"We will email your confirmation, with a calendar file and a link to cancel, to "<strong>{email.clone()}</strong>"."</p>
            }.into_any()
        }}
        <form method="post" action=ConfirmBooking::url()>
            <input type="hidden" name="surgery_id" value=id />
            <button type="submit" class="button">{if wait { "Join the waiting list" } else { "Confirm booking" }}</button>
        </form>
    }
    .into_any()
}
