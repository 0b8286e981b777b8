//! Cancelling a booking by the link in its confirmation email, without signing in. The link
//! opens this page and a button cancels, so a mail scanner that opens links cannot cancel.

use crate::components::data::StaffText;
use crate::components::form::FeedbackBanner;
use crate::components::page::{PageError, page};
use crate::components::summary::SummaryRow;
use crate::domain::forms::FormFeedback;
use crate::t;
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
    let feedback = match cancellation_notice(context.language, outcome) {
        Ok(notice) => FormFeedback::notice("cancel", notice),
        Err(problem) => {
            FormFeedback::errors("cancel", vec![FieldError::new("cancel", problem)], &[])
        }
    };
    context.reply(CANCEL_PATH, feedback).await
}

/// What a resident is told after asking to cancel, from any page: done, or why not.
pub fn cancellation_notice(
    language: crate::i18n::Language,
    outcome: crate::services::bookings::Cancelled,
) -> Result<String, String> {
    use crate::services::bookings::Cancelled;
    use crate::t_in;
    match outcome {
        Cancelled::Cancelled { reference } => {
            Ok(t_in!(language, "booking-cancelled", reference = reference))
        }
        Cancelled::AlreadyCancelled { reference } => Ok(t_in!(
            language,
            "booking-already-cancelled",
            reference = reference
        )),
        Cancelled::TooLate => Err(language.text("booking-too-late-to-cancel")),
        Cancelled::NotRecognised => Err(language.text("booking-cancel-link-unknown")),
    }
}

/// The booking the link is for, as the page names it before the resident decides.
#[derive(Clone, Debug, PartialEq, Eq)]
struct LinkedBooking {
    reference: String,
    title: StaffText,
    when: String,
    place: String,
    /// Still booked and not yet started: the button is offered.
    cancellable: bool,
}

async fn cancel_page(token: String) -> Result<(FormFeedback, Option<LinkedBooking>), PageError> {
    use crate::services::bookings;
    use crate::state::fault;
    let context = crate::request::RequestContext::new().await?;
    let feedback = context.feedback().await?;
    let booking = bookings::by_cancel_token(&context.state.db, &token)
        .await
        .map_err(|e| fault("reading a booking", e))?
        .map(|b| LinkedBooking {
            cancellable: b.can_change(context.now()),
            reference: b.reference,
            title: StaffText::chosen(context.language, &b.title, b.title_cy.as_deref()),
            when: context.language.span(b.starts_at, b.ends_at),
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
                        <SummaryRow key=t!("summary-surgery")><span lang=b.title.lang>{b.title.text}</span></SummaryRow>
                        <SummaryRow key=t!("summary-time")>{b.when}</SummaryRow>
                        <SummaryRow key=t!("summary-where")><span lang="en">{b.place}</span></SummaryRow>
                        <SummaryRow key=t!("summary-reference")>{b.reference}</SummaryRow>
                    </dl>
                }
            });
            let body = match (done, booking.map(|b| b.cancellable)) {
                (true, _) => view! {
                    <p><a href="/">{t!("find-title")}</a></p>
                }
                .into_any(),
                (false, Some(true)) => view! {
                    {details}
                    <p>{t!("booking-cancel-explained")}</p>
                    <form method="post" action=CancelBookingByLink::url()>
                        <input type="hidden" name="token" value=token.clone() />
                        <button type="submit" class="button button--warning">{t!("booking-cancel-button")}</button>
                    </form>
                }
                .into_any(),
                (false, Some(false)) => view! {
                    {details}
                    <p>{t!("booking-cannot-cancel")}</p>
                }
                .into_any(),
                (false, None) => view! {
                    <p>{t!("booking-cancel-link-unknown")}</p>
                }
                .into_any(),
            };
            view! {
                <Title text=t!("booking-cancel-title") />
                <FeedbackBanner feedback />
                <h1 class="heading-l">{t!("booking-cancel-title")}</h1>
                {body}
            }
        },
    )
}
