//! iCalendar (RFC 5545) files for surgeries: the invitation a booking confirmation carries, its
//! cancellation, and a neighbourhood's subscribable feed. Times are written in UK local time
//! with `TZID=Europe/London` and the zone's own definition, so every calendar shows the right
//! time on both sides of a clock change.

use crate::domain::schedule::uk_local;
use ics::parameters::{CN, TzIDParam};
use ics::properties::{
    Attendee, Description, DtEnd, DtStart, Location, Method, Organizer, RRule, Sequence, Status,
    Summary, TzName,
};
use ics::{Daylight, Event, ICalendar, Standard, TimeZone, escape_text};

const ZONE: &str = "Europe/London";

/// What the file asks of the calendar that opens it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CalendarMethod {
    /// A booking: add it.
    Request,
    /// A booking cancelled: remove the event with the same UID.
    Cancel,
    /// A feed of what is coming up.
    Publish,
}

impl CalendarMethod {
    fn name(self) -> &'static str {
        match self {
            CalendarMethod::Request => "REQUEST",
            CalendarMethod::Cancel => "CANCEL",
            CalendarMethod::Publish => "PUBLISH",
        }
    }
}

/// One event, as the file shows it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CalendarEvent {
    /// Stable for the life of the booking (or occurrence), so a cancellation finds its event.
    pub uid: String,
    /// Raised each time the event changes (a cancellation is a change).
    pub sequence: u32,
    pub starts_at: i64,
    pub ends_at: i64,
    pub summary: String,
    pub description: String,
    pub location: String,
    pub organiser_name: String,
    pub organiser_email: String,
    /// The resident the invitation is for, when it is one.
    pub attendee_email: Option<String>,
    pub cancelled: bool,
}

/// An event's SEQUENCE: raised each time its occurrence was moved, and once more when it is
/// cancelled, so a calendar always takes the newest file as the change.
pub fn sequence(revision: i32, cancelled: bool) -> u32 {
    u32::try_from(revision).unwrap_or_default() + u32::from(cancelled)
}

fn local(unix_seconds: i64) -> String {
    uk_local(unix_seconds).format("%Y%m%dT%H%M%S").to_string()
}

fn utc(unix_seconds: i64) -> String {
    chrono::DateTime::from_timestamp(unix_seconds, 0)
        .unwrap_or_default()
        .format("%Y%m%dT%H%M%SZ")
        .to_string()
}

/// The UK's clock rules since 1996: summer time from 1am UTC on the last Sunday in March to
/// 1am UTC on the last Sunday in October.
fn uk_time_zone<'a>() -> TimeZone<'a> {
    let mut winter = Standard::new("19701025T020000", "+0100", "+0000");
    winter.push(TzName::new("GMT"));
    winter.push(RRule::new("FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU"));
    let mut summer = Daylight::new("19700329T010000", "+0000", "+0100");
    summer.push(TzName::new("BST"));
    summer.push(RRule::new("FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU"));
    let mut zone = TimeZone::standard(ZONE, winter);
    zone.add_daylight(summer);
    zone
}

/// The whole file, with CRLF line ends and long lines folded.
pub fn calendar(method: CalendarMethod, events: &[CalendarEvent], now: i64) -> String {
    let mut file = ICalendar::new("2.0", "-//Neighbourhood policing//Surgeries//EN");
    file.push(Method::new(method.name()));
    file.add_timezone(uk_time_zone());
    for e in events {
        let mut event = Event::new(e.uid.clone(), utc(now));
        event.push(Sequence::new(e.sequence.to_string()));
        let mut start = DtStart::new(local(e.starts_at));
        start.add(TzIDParam::new(ZONE));
        event.push(start);
        let mut end = DtEnd::new(local(e.ends_at));
        end.add(TzIDParam::new(ZONE));
        event.push(end);
        event.push(Summary::new(escape_text(e.summary.clone())));
        event.push(Description::new(escape_text(e.description.clone())));
        event.push(Location::new(escape_text(e.location.clone())));
        let mut organiser = Organizer::new(format!("mailto:{}", e.organiser_email));
        organiser.add(CN::new(quoted(&e.organiser_name)));
        event.push(organiser);
        if let Some(attendee) = &e.attendee_email {
            event.push(Attendee::new(format!("mailto:{attendee}")));
        }
        event.push(Status::new(if e.cancelled {
            "CANCELLED"
        } else {
            "CONFIRMED"
        }));
        file.add_event(event);
    }
    file.to_string()
}

/// A parameter value in quotes (a team's name may hold a comma), without quotes of its own.
fn quoted(value: &str) -> String {
    format!("\"{}\"", value.replace('"', "'"))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn event(cancelled: bool) -> CalendarEvent {
        CalendarEvent {
            uid: "booking-SRG-7K3M-Q9XD@portal.example".into(),
            sequence: u32::from(cancelled),
            // 28 March 2027 at 10am BST is 09:00 UTC; 31 October 2026 at 10am, GMT.
            starts_at: 1_806_224_400,
            ends_at: 1_806_225_300,
            summary: "PCSO surgery: Edgbaston, Birmingham".into(),
            description: "Talk to your team; park at the back, by the library's side door.".into(),
            location: "Central Library; Centenary Square, Birmingham B1 2JB".into(),
            organiser_name: "Edgbaston, Birmingham neighbourhood team".into(),
            organiser_email: "edgbaston@police.example.uk".into(),
            attendee_email: Some("sam@example.org".into()),
            cancelled,
        }
    }

    fn parse(text: &str) -> ical::parser::ical::component::IcalCalendar {
        ical::IcalParser::new(text.as_bytes())
            .next()
            .expect("one calendar")
            .expect("a calendar a real parser reads")
    }

    fn property<'a>(
        properties: &'a [ical::property::Property],
        name: &str,
    ) -> &'a ical::property::Property {
        properties
            .iter()
            .find(|p| p.name == name)
            .unwrap_or_else(|| panic!("{name} is there"))
    }

    #[test]
    fn an_invitation_reads_back_in_uk_time_with_its_zone() {
        let text = calendar(CalendarMethod::Request, &[event(false)], 1_795_000_000);
        assert!(text.lines().all(|line| line.len() <= 75));
        assert!(text.contains("\r\n"));
        let parsed = parse(&text);
        assert_eq!(
            property(&parsed.properties, "METHOD").value.as_deref(),
            Some("REQUEST")
        );
        assert_eq!(parsed.timezones.len(), 1);
        let zone = &parsed.timezones[0];
        assert_eq!(
            property(&zone.properties, "TZID").value.as_deref(),
            Some("Europe/London")
        );
        assert_eq!(zone.transitions.len(), 2);
        let event = &parsed.events[0];
        let start = property(&event.properties, "DTSTART");
        assert_eq!(start.value.as_deref(), Some("20270328T100000"));
        assert_eq!(
            start.params.as_ref().unwrap()[0],
            ("TZID".to_string(), vec!["Europe/London".to_string()])
        );
        assert_eq!(
            property(&event.properties, "UID").value.as_deref(),
            Some("booking-SRG-7K3M-Q9XD@portal.example")
        );
        // Commas and semicolons in text are escaped, so the location reads back whole.
        assert_eq!(
            property(&event.properties, "LOCATION").value.as_deref(),
            Some("Central Library\\; Centenary Square\\, Birmingham B1 2JB")
        );
        assert!(
            property(&event.properties, "ORGANIZER")
                .value
                .as_deref()
                .is_some_and(|v| v == "mailto:edgbaston@police.example.uk")
        );
    }

    #[test]
    fn a_cancellation_keeps_the_uid_and_raises_the_sequence() {
        let parsed = parse(&calendar(
            CalendarMethod::Cancel,
            &[event(true)],
            1_795_000_000,
        ));
        assert_eq!(
            property(&parsed.properties, "METHOD").value.as_deref(),
            Some("CANCEL")
        );
        let event = &parsed.events[0];
        assert_eq!(
            property(&event.properties, "UID").value.as_deref(),
            Some("booking-SRG-7K3M-Q9XD@portal.example")
        );
        assert_eq!(
            property(&event.properties, "SEQUENCE").value.as_deref(),
            Some("1")
        );
        assert_eq!(
            property(&event.properties, "STATUS").value.as_deref(),
            Some("CANCELLED")
        );
    }
}
