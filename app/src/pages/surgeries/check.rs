//! Booking a place, step two: check your answers, then confirm. Confirming books the place in
//! one transaction; confirming twice (a double click, a resent form) finds the same booking.

use super::book::{Bookable, bookable, resident_or_sign_in};
use crate::components::data::{DATA, StaffText, split_at_data};
use crate::components::page::{PageError, page, route_param};
use crate::components::summary::SummaryRow;
use crate::domain::surgery::book_path;
use crate::state::fault;
use crate::t;
use leptos::prelude::*;
use leptos::server_fn::ServerFn;
use leptos_meta::Title;

#[derive(Clone, Debug, PartialEq, Eq)]
struct CheckView {
    id: i32,
    title: StaffText,
    when: String,
    place: String,
    topic: String,
    adjustments: String,
    email: String,
    /// The slot was full: confirming joins its waiting list.
    wait: bool,
}

async fn check(id: String) -> Result<CheckView, PageError> {
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
        title: StaffText::chosen(
            context.language,
            &detail.series.title,
            detail.series.title_cy.as_deref(),
        ),
        when: context.language.span(slot.starts_at, slot.ends_at),
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
    let language = context.language;
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
                    FormFeedback::notice("booked", language.text("booking-complete")),
                )
                .await
        }
        Booked::AlreadyBooked { reference } => {
            context.session.set_booking_draft(None).await?;
            context
                .reply(
                    &booking_path(&reference),
                    FormFeedback::notice("booking", language.text(super::book::ALREADY_BOOKED)),
                )
                .await
        }
        Booked::Waiting => {
            context.session.set_booking_draft(None).await?;
            context
                .reply(
                    "/account",
                    FormFeedback::notice("account", language.text("booking-waiting")),
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
                            language.text("booking-slot-gone"),
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
                            language.text("booking-not-bookable"),
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
    let row = move |key: String, value: AnyView, change: String, what: String| {
        view! {
            <div class="summary-list__row">
                <dt class="summary-list__key">{key}</dt>
                <dd class="summary-list__value">{value}</dd>
                <dd class="summary-list__actions">
                    <a href=change>{t!("booking-change")}<span class="visually-hidden">{format!(" {what}")}</span></a>
                </dd>
            </div>
        }
    };
    // What the resident wrote is shown as they wrote it.
    let adjustments = if adjustments.is_empty() {
        t!("summary-none").into_any()
    } else {
        view! { <span lang="en">{adjustments}</span> }.into_any()
    };
    let (email_before, email_after) = split_at_data(&if wait {
        t!("booking-wait-email", email = DATA)
    } else {
        t!("booking-confirm-email", email = DATA)
    });
    let title_text = t!("booking-check-title");
    view! {
        <Title text=title_text.clone() />
        <p><a href=change.clone() class="back-link">{t!("booking-back")}</a></p>
        <h1 class="heading-l">{title_text}</h1>
        <dl class="summary-list">
            <SummaryRow key=t!("summary-surgery")><span lang=title.lang>{title.text}</span></SummaryRow>
            {row(t!("summary-time"), when.into_any(), change.clone(), t!("booking-change-time"))}
            <SummaryRow key=t!("summary-where")><span lang="en">{place}</span></SummaryRow>
            {row(t!("summary-topic"), view! { <span lang="en">{topic}</span> }.into_any(), change.clone(), t!("booking-change-topic"))}
            {row(t!("summary-adjustments"), adjustments, change, t!("booking-change-adjustments"))}
        </dl>
        {if wait {
            view! {
                <p class="inset-text">{email_before}<strong>{email.clone()}</strong>{email_after}</p>
            }.into_any()
        } else {
            view! {
                <p>{email_before}<strong>{email.clone()}</strong>{email_after}</p>
            }.into_any()
        }}
        <form method="post" action=ConfirmBooking::url()>
            <input type="hidden" name="surgery_id" value=id />
            <button type="submit" class="button">{if wait { t!("booking-join-waiting-list") } else { t!("booking-confirm") }}</button>
        </form>
    }
    .into_any()
}
