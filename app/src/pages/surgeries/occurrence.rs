//! One occurrence of a surgery: when and where, how to get in, and the slots with places left.

use crate::components::data::{DATA, StaffText, split_at_data};
use crate::components::form::FeedbackBanner;
use crate::components::page::{PageError, page, route_param};
use crate::components::summary::SummaryRow;
use crate::domain::forms::FormFeedback;
use crate::domain::neighbourhood::neighbourhood_path;
use crate::domain::surgery::{book_path, booking_path};
use crate::state::fault;
use crate::t;
use leptos::prelude::*;
use leptos_meta::Title;

#[derive(Clone, Debug, PartialEq)]
struct SlotRow {
    when: String,
    places_left: i32,
}

#[derive(Clone, Debug, PartialEq)]
struct OccurrenceView {
    id: i32,
    title: StaffText,
    description: StaffText,
    when: String,
    neighbourhood: String,
    neighbourhood_code: String,
    venue: crate::services::surgeries::VenueDetails,
    /// The kind of venue, in the page's language.
    venue_kind: String,
    /// None for a drop-in.
    slots: Option<Vec<SlotRow>>,
    expected: Option<i32>,
    cancelled: Option<String>,
    over: bool,
    your_booking: Option<String>,
    feedback: FormFeedback,
}

async fn occurrence(id: String) -> Result<OccurrenceView, PageError> {
    use crate::services::{bookings, surgeries};
    use entity::surgery::SurgeryStatus;
    use entity::surgery_series::BookingMode;
    let id: i32 = id.parse().map_err(|_| PageError::NotFound)?;
    let context = crate::request::RequestContext::new().await?;
    let language = context.language;
    let db = &context.state.db;
    let detail = surgeries::occurrence(db, id)
        .await
        .map_err(|e| fault("reading a surgery", e))?
        .ok_or(PageError::NotFound)?;
    let your_booking = match context.session.resident_id().await? {
        Some(resident) => bookings::live_booking(db, id, resident)
            .await
            .map_err(|e| fault("reading a booking", e))?
            .map(|b| b.reference),
        None => None,
    };
    let slots = (detail.series.booking == BookingMode::BookedSlots).then(|| {
        detail
            .slots
            .iter()
            .map(|s| SlotRow {
                when: language.times(s.starts_at, s.ends_at),
                places_left: s.places - s.booked,
            })
            .collect()
    });
    Ok(OccurrenceView {
        id,
        title: StaffText::chosen(
            language,
            &detail.series.title,
            detail.series.title_cy.as_deref(),
        ),
        description: StaffText::chosen(
            language,
            &detail.series.description,
            detail.series.description_cy.as_deref(),
        ),
        when: language.span(detail.surgery.starts_at, detail.surgery.ends_at),
        neighbourhood: detail.neighbourhood.name.clone(),
        neighbourhood_code: detail.neighbourhood.code.clone(),
        venue: surgeries::VenueDetails::from(&detail.venue),
        venue_kind: language.text(venue_kind(detail.venue.kind)),
        slots,
        expected: detail.series.expected_capacity,
        cancelled: (detail.surgery.status == SurgeryStatus::Cancelled)
            .then(|| detail.surgery.cancelled_reason.clone().unwrap_or_default()),
        over: detail.surgery.ends_at <= context.now(),
        your_booking,
        feedback: context.feedback().await?,
    })
}

/// The message naming a kind of venue.
fn venue_kind(kind: entity::venue::VenueKind) -> &'static str {
    use entity::venue::VenueKind;
    match kind {
        VenueKind::Library => "surgery-venue-library",
        VenueKind::School => "surgery-venue-school",
        VenueKind::CommunityCentre => "surgery-venue-community-centre",
        VenueKind::PlaceOfWorship => "surgery-venue-place-of-worship",
        VenueKind::FrontCounter => "surgery-venue-front-counter",
        VenueKind::Other => "surgery-venue-other",
    }
}

#[component]
pub fn OccurrencePage() -> impl IntoView {
    let id = route_param("id");
    page(
        move || occurrence(id.clone()),
        |view| view! { <Occurrence view /> },
    )
}

#[component]
fn Occurrence(view: OccurrenceView) -> impl IntoView {
    let OccurrenceView {
        id,
        title,
        description,
        when,
        neighbourhood,
        neighbourhood_code,
        venue,
        venue_kind,
        slots,
        expected,
        cancelled,
        over,
        your_booking,
        feedback,
    } = view;
    let going_ahead = cancelled.is_none() && !over;
    let booking = match (&cancelled, over, slots) {
        (Some(reason), _, _) => view! {
            <div class="inset-text">
                <p><strong>{t!("surgery-cancelled")}</strong></p>
                {(!reason.is_empty()).then(|| view! { <p lang="en">{reason.clone()}</p> })}
            </div>
        }
        .into_any(),
        (None, true, _) => view! { <p class="inset-text">{t!("surgery-over")}</p> }.into_any(),
        (None, false, None) => view! {
            <p class="inset-text">
                {t!("surgery-drop-in")}
                {expected.map(|n| format!(" {}", t!("surgery-expected", count = n)))}
            </p>
        }
        .into_any(),
        (None, false, Some(slots)) => {
            let any_left = slots.iter().any(|s| s.places_left > 0);
            view! {
                <h2 class="heading-m" id="slots">{t!("surgery-slots-title")}</h2>
                <table class="table" aria-labelledby="slots">
                    <thead><tr><th scope="col">{t!("surgery-slots-time")}</th><th scope="col">{t!("surgery-slots-places")}</th></tr></thead>
                    <tbody>
                        {slots.into_iter().map(|s| view! {
                            <tr>
                                <td>{s.when}</td>
                                <td>{if s.places_left > 0 { s.places_left.to_string() } else { t!("surgery-fully-booked") }}</td>
                            </tr>
                        }).collect_view()}
                    </tbody>
                </table>
                {match (your_booking.clone(), any_left) {
                    (Some(reference), _) => view! {
                        <p>{t!("surgery-your-place")}" "<a href=booking_path(&reference)>{t!("surgery-your-place-link", reference = reference.as_str())}</a></p>
                    }.into_any(),
                    (None, true) => view! { <p><a href=book_path(id) class="button">{t!("surgery-book-place")}</a></p> }.into_any(),
                    (None, false) => view! {
                        <p>{t!("surgery-all-booked")}</p>
                        <p><a href=book_path(id) class="button button--secondary">{t!("surgery-join-waiting-list")}</a></p>
                    }.into_any(),
                }}
            }
            .into_any()
        }
    };
    let page_title = t!(
        "surgery-page-title",
        title = title.text.as_str(),
        when = when.as_str()
    );
    let (see, on_the_map) = split_at_data(&t!("surgery-map-link", venue = DATA));
    let notes = venue.accessibility_notes;
    view! {
        <Title text=page_title />
        <FeedbackBanner feedback />
        <span class="caption-l">{t!("surgery-team", neighbourhood = neighbourhood.as_str())}</span>
        <h1 class="heading-l" lang=title.lang>{title.text}</h1>
        <dl class="summary-list">
            <SummaryRow key=t!("summary-when")>{when}</SummaryRow>
            <SummaryRow key=t!("summary-where")><span lang="en">{venue.line.clone()}</span><br /><span class="hint">{venue_kind}</span></SummaryRow>
        </dl>
        {(!description.text.is_empty()).then(|| view! { <p lang=description.lang>{description.text}</p> })}
        {booking}
        <h2 class="heading-m">{t!("surgery-getting-there")}</h2>
        <p>
            {if venue.step_free { t!("surgery-step-free") } else { t!("surgery-not-step-free") }}
            " "{(!notes.is_empty()).then(|| view! { <span lang="en">{notes}</span> })}
        </p>
        {(!venue.how_to_find.is_empty()).then(|| view! { <p lang="en">{venue.how_to_find}</p> })}
        <p>
            <a href=format!("https://www.openstreetmap.org/?mlat={:.5}&mlon={:.5}#map=17/{:.5}/{:.5}", venue.latitude, venue.longitude, venue.latitude, venue.longitude) rel="external">
                {see}<span lang="en">{venue.name}</span>{on_the_map}
            </a>
        </p>
        {going_ahead.then(|| view! {
            <p class="hint">{t!("surgery-call-sooner")}</p>
        })}
        <p><a href=neighbourhood_path(&neighbourhood_code)>{t!("surgery-back-to-team", neighbourhood = neighbourhood.as_str())}</a></p>
    }
    .into_any()
}
