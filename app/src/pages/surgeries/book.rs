//! Booking a place, step one: choose a time and say what you want to talk about. Only signed-in
//! residents book (so the team can reach them); anyone else signs in first and comes back here.

use crate::components::data::{DATA, StaffText, split_at_data};
use crate::components::form::{Choice, FeedbackBanner, Radios, TextArea, page_title};
use crate::components::page::{PageError, page, route_param};
use crate::domain::forms::FormFeedback;
use crate::domain::ids::ResidentId;
use crate::domain::surgery::{MOST_BOOKING_TEXT, surgery_path};
use crate::state::fault;
use crate::t;
use leptos::prelude::*;
use leptos::server_fn::ServerFn;
use leptos_meta::Title;

#[derive(Clone, Debug, PartialEq, Eq)]
struct BookView {
    id: i32,
    title: StaffText,
    when: String,
    place: String,
    /// Every slot: (id, "10am to 10:15am", places left).
    slots: Vec<(i32, String, i32)>,
    /// What was chosen before, when coming back to change it.
    chosen_slot: String,
    topic: String,
    adjustments: String,
    feedback: FormFeedback,
}

/// The message telling a resident who tries to book a surgery twice, on their booking's page.
pub(super) const ALREADY_BOOKED: &str = "booking-already-booked";

/// Where a resident may book: a booked surgery still to come, one place per resident.
pub(super) enum Bookable {
    Open(Box<crate::services::surgeries::OccurrenceDetail>),
    /// Why not, and the page that says so.
    Not(PageError),
}

/// The occurrence, if the signed-in resident may book it now. Used by every step.
pub(super) async fn bookable(
    context: &crate::request::RequestContext,
    id: i32,
    resident_id: ResidentId,
) -> Result<Bookable, ServerFnError> {
    use crate::domain::surgery::booking_path;
    use crate::services::{bookings, surgeries};
    use entity::surgery::SurgeryStatus;
    use entity::surgery_series::BookingMode;
    let db = &context.state.db;
    let Some(detail) = surgeries::occurrence(db, id)
        .await
        .map_err(|e| fault("reading a surgery", e))?
    else {
        return Ok(Bookable::Not(PageError::NotFound));
    };
    if detail.series.booking != BookingMode::BookedSlots
        || detail.surgery.status != SurgeryStatus::Scheduled
        || detail.surgery.starts_at <= context.now()
    {
        return Ok(Bookable::Not(PageError::Redirect(surgery_path(id))));
    }
    if let Some(booking) = bookings::live_booking(db, id, resident_id)
        .await
        .map_err(|e| fault("reading a booking", e))?
    {
        context
            .session
            .give_feedback(FormFeedback::notice(
                "booking",
                context.language.text(ALREADY_BOOKED),
            ))
            .await?;
        return Ok(Bookable::Not(PageError::Redirect(booking_path(
            &booking.reference,
        ))));
    }
    Ok(Bookable::Open(Box::new(detail)))
}

/// The signed-in resident; anyone else is sent to sign in, and brought back to this
/// occurrence's booking page afterwards.
pub(super) async fn resident_or_sign_in(
    context: &crate::request::RequestContext,
    id: i32,
) -> Result<Result<ResidentId, PageError>, ServerFnError> {
    context
        .resident_or_sign_in(
            crate::session::AfterSignIn::Book { surgery_id: id },
            &context.language.text("booking-sign-in"),
        )
        .await
}

async fn book(id: String) -> Result<BookView, PageError> {
    use crate::services::surgeries::venue_line;
    let id: i32 = id.parse().map_err(|_| PageError::NotFound)?;
    let context = crate::request::RequestContext::new().await?;
    let language = context.language;
    let resident = resident_or_sign_in(&context, id).await??;
    let detail = match bookable(&context, id, resident).await? {
        Bookable::Open(detail) => detail,
        Bookable::Not(why) => return Err(why),
    };
    let draft = context
        .session
        .booking_draft()
        .await?
        .filter(|draft| draft.surgery_id == id);
    Ok(BookView {
        id,
        title: StaffText::chosen(
            language,
            &detail.series.title,
            detail.series.title_cy.as_deref(),
        ),
        when: language.span(detail.surgery.starts_at, detail.surgery.ends_at),
        place: venue_line(&detail.venue),
        slots: detail
            .slots
            .iter()
            .map(|s| {
                (
                    s.id,
                    language.times(s.starts_at, s.ends_at),
                    s.places - s.booked,
                )
            })
            .collect(),
        chosen_slot: draft
            .as_ref()
            .map(|d| d.slot_id.to_string())
            .unwrap_or_default(),
        topic: draft.as_ref().map(|d| d.topic.clone()).unwrap_or_default(),
        adjustments: draft.map(|d| d.adjustments).unwrap_or_default(),
        feedback: context.feedback().await?,
    })
}

#[server(prefix = "/fn", endpoint = "surgeries/book/details")]
pub async fn choose_booking_details(
    surgery_id: i32,
    slot_id: Option<i32>,
    topic: String,
    adjustments: String,
) -> Result<(), ServerFnError> {
    use crate::domain::forms::{FieldError, optional_text};
    use crate::domain::surgery::book_path;
    use crate::services::tokens::new_token;
    use crate::session::BookingDraft;
    use crate::t_in;
    let context = crate::request::RequestContext::new().await?;
    let resident = match resident_or_sign_in(&context, surgery_id).await? {
        Ok(resident) => resident,
        Err(_) => {
            leptos_axum::redirect("/sign-in");
            return Ok(());
        }
    };
    let detail = match bookable(&context, surgery_id, resident).await? {
        Bookable::Open(detail) => detail,
        Bookable::Not(PageError::Redirect(to)) => {
            leptos_axum::redirect(&to);
            return Ok(());
        }
        Bookable::Not(_) => {
            return Err(crate::request::deny(
                http::StatusCode::NOT_FOUND,
                &context.language.text("booking-no-such-surgery"),
            ));
        }
    };
    let language = context.language;
    let mut errors = Vec::new();
    let chosen = slot_id.and_then(|id| detail.slots.iter().find(|s| s.id == id));
    let slot = chosen.map(|s| s.id);
    let wait = chosen.is_some_and(|s| s.booked >= s.places);
    if slot.is_none() {
        errors.push(FieldError::new(
            "slot_id",
            language.text("booking-select-time"),
        ));
    }
    // Tidied as `optional_text` tidies, with its "too long" said in the page's language.
    let tidy = |field: &str, typed: &str, too_long: &str, errors: &mut Vec<FieldError>| {
        let text = optional_text(field, "", typed, MOST_BOOKING_TEXT, &mut Vec::new());
        if text.chars().count() > MOST_BOOKING_TEXT {
            errors.push(FieldError::new(
                field,
                t_in!(language, too_long, max = MOST_BOOKING_TEXT),
            ));
        }
        text
    };
    let topic_text = tidy("topic", &topic, "booking-topic-too-long", &mut errors);
    if topic_text.is_empty() {
        errors.push(FieldError::new(
            "topic",
            language.text("booking-topic-missing"),
        ));
    }
    let adjustments_text = tidy(
        "adjustments",
        &adjustments,
        "booking-adjustments-too-long",
        &mut errors,
    );
    let path = book_path(surgery_id);
    let (Some(slot_id), true) = (slot, errors.is_empty()) else {
        let chosen = slot_id.map(|id| id.to_string()).unwrap_or_default();
        let typed = [
            ("slot_id", chosen.as_str()),
            ("topic", topic.as_str()),
            ("adjustments", adjustments.as_str()),
        ];
        return context
            .reply(&path, FormFeedback::errors("book", errors, &typed))
            .await;
    };
    context
        .session
        .set_booking_draft(Some(BookingDraft {
            surgery_id,
            slot_id,
            topic: topic_text,
            adjustments: adjustments_text,
            key: new_token(),
            wait,
        }))
        .await?;
    leptos_axum::redirect(&format!("{path}/check"));
    Ok(())
}

#[component]
pub fn BookPage() -> impl IntoView {
    let id = route_param("id");
    page(move || book(id.clone()), |view| view! { <Book view /> })
}

#[component]
fn Book(view: BookView) -> impl IntoView {
    let BookView {
        id,
        title,
        when,
        place,
        slots,
        chosen_slot,
        topic,
        adjustments,
        feedback,
    } = view;
    let chosen = if feedback.errors.is_empty() {
        chosen_slot
    } else {
        feedback.value("slot_id")
    };
    let choices = slots
        .into_iter()
        .map(|(slot, span, left)| {
            let places = if left <= 0 {
                t!("booking-fully-booked-wait")
            } else {
                t!("places-left", count = left)
            };
            Choice::new(slot.to_string(), span).hint(places)
        })
        .collect();
    let (when_at, full_stop) = split_at_data(&t!(
        "booking-when-where",
        when = when.as_str(),
        place = DATA
    ));
    view! {
        <Title text=page_title(&t!("booking-choose-time"), &feedback) />
        <FeedbackBanner feedback=feedback.clone() />
        <p><a href=surgery_path(id) class="back-link">{t!("booking-back")}</a></p>
        <span class="caption-l" lang=title.lang>{title.text}</span>
        <h1 class="heading-l">{t!("booking-choose-time")}</h1>
        <p>{when_at}<span lang="en">{place}</span>{full_stop}</p>
        <form method="post" action=ChooseBookingDetails::url() novalidate>
            <input type="hidden" name="surgery_id" value=id />
            <Radios name="slot_id" legend=t!("booking-time-legend") choices chosen error=feedback.error("slot_id") />
            <TextArea
                name="topic"
                label=t!("booking-topic-label")
                hint=t!("booking-topic-hint")
                max=MOST_BOOKING_TEXT
                rows=3
                value=topic
                feedback=feedback.clone()
            />
            <TextArea
                name="adjustments"
                label=t!("booking-adjustments-label")
                hint=t!("booking-adjustments-hint")
                max=MOST_BOOKING_TEXT
                rows=2
                value=adjustments
                feedback
            />
            <button type="submit" class="button">{t!("booking-continue")}</button>
        </form>
    }
    .into_any()
}
