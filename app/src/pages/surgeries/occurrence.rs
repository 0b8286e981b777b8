//! One occurrence of a surgery: when and where, how to get in, and the slots with places left.

use crate::components::form::FeedbackBanner;
use crate::components::page::{PageError, page, route_param};
use crate::components::summary::SummaryRow;
use crate::domain::forms::FormFeedback;
use crate::domain::neighbourhood::neighbourhood_path;
use crate::domain::surgery::{book_path, booking_path};
use crate::state::fault;
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
    title: String,
    description: String,
    when: String,
    neighbourhood: String,
    neighbourhood_code: String,
    venue: crate::services::surgeries::VenueDetails,
    /// None for a drop-in.
    slots: Option<Vec<SlotRow>>,
    expected: Option<i32>,
    cancelled: Option<String>,
    over: bool,
    your_booking: Option<String>,
    feedback: FormFeedback,
}

async fn occurrence(id: String) -> Result<OccurrenceView, PageError> {
    use crate::services::clock::{format_span, format_times};
    use crate::services::{bookings, surgeries};
    use entity::surgery::SurgeryStatus;
    use entity::surgery_series::BookingMode;
    let id: i32 = id.parse().map_err(|_| PageError::NotFound)?;
    let context = crate::request::RequestContext::new().await?;
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
                when: format_times(s.starts_at, s.ends_at),
                places_left: s.places - s.booked,
            })
            .collect()
    });
    Ok(OccurrenceView {
        id,
        title: detail.series.title.clone(),
        description: detail.series.description.clone(),
        when: format_span(detail.surgery.starts_at, detail.surgery.ends_at),
        neighbourhood: detail.neighbourhood.name.clone(),
        neighbourhood_code: detail.neighbourhood.code.clone(),
        venue: surgeries::VenueDetails::from(&detail.venue),
        slots,
        expected: detail.series.expected_capacity,
        cancelled: (detail.surgery.status == SurgeryStatus::Cancelled)
            .then(|| detail.surgery.cancelled_reason.clone().unwrap_or_default()),
        over: detail.surgery.ends_at <= context.now(),
        your_booking,
        feedback: context.feedback().await?,
    })
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
                <p><strong>"This surgery has been cancelled."</strong></p>
                {(!reason.is_empty()).then(|| view! { <p>{reason.clone()}</p> })}
            </div>
        }
        .into_any(),
        (None, true, _) => {
            view! { <p class="inset-text">"This surgery has taken place."</p> }.into_any()
        }
        (None, false, None) => view! {
            <p class="inset-text">
                "No need to book: drop in at any time while it is on."
                {expected.map(|n| format!(" The team expects about {n} people."))}
            </p>
        }
        .into_any(),
        (None, false, Some(slots)) => {
            let any_left = slots.iter().any(|s| s.places_left > 0);
            view! {
                <h2 class="heading-m" id="slots">"Times and places left"</h2>
                <table class="table" aria-labelledby="slots">
                    <thead><tr><th scope="col">"Time"</th><th scope="col">"Places left"</th></tr></thead>
                    <tbody>
                        {slots.into_iter().map(|s| view! {
                            <tr>
                                <td>{s.when}</td>
                                <td>{if s.places_left > 0 { s.places_left.to_string() } else { "Fully booked".to_string() }}</td>
                            </tr>
                        }).collect_view()}
                    </tbody>
                </table>
                {match (your_booking.clone(), any_left) {
                    (Some(reference), _) => view! {
                        <p>"You have a place at this surgery. "<a href=booking_path(&reference)>"See your booking "{reference.clone()}</a></p>
                    }.into_any(),
                    (None, true) => view! { <p><a href=book_path(id) class="button">"Book a place"</a></p> }.into_any(),
                    (None, false) => view! {
                        <p>"Every place has been booked. You can join a time's waiting list: if a place comes free, it goes to the first person waiting."</p>
                        <p><a href=book_path(id) class="button button--secondary">"Join a waiting list"</a></p>
                    }.into_any(),
                }}
            }
            .into_any()
        }
    };
    view! {
        <Title text=format!("{title}, {when}") />
        <FeedbackBanner feedback />
        <span class="caption-l">{format!("{neighbourhood} neighbourhood team")}</span>
        <h1 class="heading-l">{title}</h1>
        <dl class="summary-list">
            <SummaryRow key="When">{when}</SummaryRow>
            <SummaryRow key="Where">{venue.line.clone()}<br /><span class="hint">{venue.kind}</span></SummaryRow>
        </dl>
        {(!description.is_empty()).then(|| view! { <p>{description}</p> })}
        {booking}
        <h2 class="heading-m">"Getting there"</h2>
        <p>
            {if venue.step_free { "Step-free access." } else { "This venue does not have step-free access throughout." }}
            " "{venue.accessibility_notes}
        </p>
        {(!venue.how_to_find.is_empty()).then(|| view! { <p>{venue.how_to_find}</p> })}
        <p>
            <a href=format!("https://www.openstreetmap.org/?mlat={:.5}&mlon={:.5}#map=17/{:.5}/{:.5}", venue.latitude, venue.longitude, venue.latitude, venue.longitude) rel="external">
                "See "{venue.name}" on OpenStreetMap"
            </a>
        </p>
        {going_ahead.then(|| view! {
            <p class="hint">"If you need to talk to the team sooner, call 101. In an emergency, call 999."</p>
        })}
        <p><a href=neighbourhood_path(&neighbourhood_code)>"Back to the "{neighbourhood}" neighbourhood team"</a></p>
    }
    .into_any()
}
