//! One of the resident's bookings: the confirmation panel just after booking, the details,
//! moving it to another time, and cancelling it (after asking whether they are sure).

use crate::components::data::StaffText;
use crate::components::form::{Choice, FeedbackBanner, Radios};
use crate::components::page::{PageError, page, route_param};
use crate::components::summary::SummaryRow;
use crate::domain::forms::FormFeedback;
use crate::domain::surgery::{booking_path as booking_path_of, surgery_path};
use crate::state::fault;
use crate::t;
use leptos::prelude::*;
use leptos::server_fn::ServerFn;
use leptos_meta::Title;
use leptos_router::hooks::use_query_map;

#[derive(Clone, Debug, PartialEq, Eq)]
struct BookingView {
    reference: String,
    surgery_id: i32,
    title: StaffText,
    when: String,
    place: String,
    neighbourhood: String,
    topic: String,
    adjustments: String,
    /// "Booked", "Cancelled", "Cancelled by the team", in the page's language.
    status: String,
    can_cancel: bool,
    /// Where to answer the confidence survey: offered once they came, if they have not
    /// answered this quarter.
    survey: Option<String>,
    /// Other times at the surgery with a place left: (slot id, "10:30am to 10:45am").
    other_times: Vec<(i32, String)>,
    feedback: FormFeedback,
}

async fn your_booking(reference: String) -> Result<BookingView, PageError> {
    use crate::services::bookings;
    use entity::booking::BookingStatus;
    let context = crate::request::RequestContext::new().await?;
    let language = context.language;
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
    let status = language.text(match (live, booking.surgery_cancelled) {
        (_, true) => "booking-status-cancelled-by-team",
        (true, false) => "booking-status-booked",
        (false, false) => "booking-status-cancelled",
    });
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
                    .map(|s| (s.id, language.times(s.starts_at, s.ends_at)))
                    .collect()
            })
            .unwrap_or_default()
    } else {
        Vec::new()
    };
    let survey = crate::pages::survey::offered(
        &context,
        resident,
        booking.attended(),
        &booking.neighbourhood_code,
    )
    .await?;
    Ok(BookingView {
        can_cancel,
        survey,
        other_times,
        reference: booking.reference,
        surgery_id: booking.surgery_id,
        title: StaffText::chosen(language, &booking.title, booking.title_cy.as_deref()),
        when: language.span(booking.starts_at, booking.ends_at),
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
    let feedback = match cancellation_notice(context.language, outcome) {
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
    let language = context.language;
    let path = booking_path(&reference);
    let Some(slot_id) = slot_id else {
        let errors = vec![FieldError::new(
            "slot_id",
            language.text("booking-select-new-time"),
        )];
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
    let problem = language.text(match outcome {
        TimeChanged::Changed { reference } => {
            return context
                .reply(
                    &booking_path(&reference),
                    FormFeedback::notice("booking", language.text("booking-time-changed")),
                )
                .await;
        }
        TimeChanged::SameTime => "booking-same-time",
        TimeChanged::SlotFull => "booking-slot-full",
        TimeChanged::TooLate => "booking-too-late-to-move",
        TimeChanged::NotRecognised => "booking-cannot-move",
    });
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
        survey,
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
            <Title text=t!("booking-cancel-sure") />
            <p><a href=this_booking.clone() class="back-link">{t!("booking-back")}</a></p>
            <h1 class="heading-l">{t!("booking-cancel-sure")}</h1>
            <dl class="summary-list">
                <SummaryRow key=t!("summary-surgery")><span lang=title.lang>{title.text.clone()}</span></SummaryRow>
                <SummaryRow key=t!("summary-time")>{when}</SummaryRow>
                <SummaryRow key=t!("summary-where")><span lang="en">{place}</span></SummaryRow>
                <SummaryRow key=t!("summary-reference")>{shown}</SummaryRow>
            </dl>
            <p>{t!("booking-cancel-sure-explained")}</p>
            <form method="post" action=CancelYourBooking::url()>
                <input type="hidden" name="reference" value=reference.clone() />
                <div class="button-group">
                    <button type="submit" class="button button--warning">{t!("booking-cancel-yes")}</button>
                    <a href=this_booking>{t!("booking-cancel-no")}</a>
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
    // What the resident wrote is shown as they wrote it.
    let adjustments = if adjustments.is_empty() {
        t!("summary-none").into_any()
    } else {
        view! { <span lang="en">{adjustments}</span> }.into_any()
    };
    view! {
        <Title text=if just_booked { t!("booking-complete") } else { t!("booking-title", reference = reference.as_str()) } />
        {if just_booked {
            view! {
                <div class="panel--confirmation">
                    <h1 class="panel__title">{t!("booking-complete")}</h1>
                    <p class="panel__body">{t!("booking-your-reference")}<br /><strong>{reference.clone()}</strong></p>
                </div>
                <p>{t!("booking-emailed")}</p>
            }
            .into_any()
        } else {
            view! {
                <FeedbackBanner feedback />
                <span class="caption-l">{t!("booking-caption")}</span>
                <h1 class="heading-l">{reference.clone()}</h1>
            }
            .into_any()
        }}
        <dl class="summary-list">
            <SummaryRow key=t!("summary-surgery")><span lang=title.lang>{title.text.clone()}</span></SummaryRow>
            <SummaryRow key=t!("summary-team")>{t!("surgery-team", neighbourhood = neighbourhood.as_str())}</SummaryRow>
            <SummaryRow key=t!("summary-time")>{when}</SummaryRow>
            <SummaryRow key=t!("summary-where")><span lang="en">{place}</span></SummaryRow>
            <SummaryRow key=t!("summary-topic")><span lang="en">{topic}</span></SummaryRow>
            <SummaryRow key=t!("summary-adjustments")>{adjustments}</SummaryRow>
            <SummaryRow key=t!("summary-status")>{status}</SummaryRow>
        </dl>
        <p><a href=surgery_path(surgery_id)>{t!("booking-surgery-link")}</a></p>
        {survey.map(|path| view! { <crate::components::survey::SurveyInvitation path /> })}
        {(can_cancel && !time_choices.is_empty()).then(|| view! {
            <h2 class="heading-m" id="change-time">{t!("booking-change-time-title")}</h2>
            <form method="post" action=ChangeBookingTime::url() novalidate>
                <input type="hidden" name="reference" value=reference.clone() />
                <Radios
                    name="slot_id"
                    legend=t!("booking-new-time")
                    choices=time_choices
                    chosen=chosen_time
                    error=change_feedback.error("slot_id")
                />
                <button type="submit" class="button button--secondary">{t!("booking-change-time-button")}</button>
            </form>
        })}
        {can_cancel.then(|| view! {
            <h2 class="heading-m">{t!("booking-cannot-come")}</h2>
            <p>{t!("booking-cancel-so")}</p>
            <a href=format!("{this_booking}?cancel=ask") class="button button--warning">{t!("booking-cancel-button")}</a>
        })}
        <p><a href="/account">{t!("booking-back-to-account")}</a></p>
    }
    .into_any()
}
