//! What a team enters to schedule a surgery, parsed into types: times of day, how residents
//! come (drop in, or book a slot), and what a resident writes when booking.

use serde::{Deserialize, Serialize};

/// A UK wall-clock time of day, as a team types it: "10:00", "9.30", "2pm", "2:30pm".
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
pub struct TimeOfDay {
    pub hour: u32,
    pub minute: u32,
}

impl TimeOfDay {
    pub fn parse(typed: &str) -> Result<Self, &'static str> {
        let problem = "Enter a time, like 10:00 or 2:30pm";
        let lower = typed.trim().to_ascii_lowercase().replace(' ', "");
        if lower.is_empty() {
            return Err(problem);
        }
        let (digits, afternoon) = match (lower.strip_suffix("am"), lower.strip_suffix("pm")) {
            (Some(rest), _) => (rest, Some(false)),
            (_, Some(rest)) => (rest, Some(true)),
            _ => (lower.as_str(), None),
        };
        let (hour, minute) = match digits.split_once([':', '.']) {
            Some((h, m)) if m.len() == 2 => (h, m),
            Some(_) => return Err(problem),
            None => (digits, "00"),
        };
        let (Ok(hour), Ok(minute)) = (hour.parse::<u32>(), minute.parse::<u32>()) else {
            return Err(problem);
        };
        if minute > 59 {
            return Err(problem);
        }
        let hour = match afternoon {
            None if hour <= 23 => hour,
            Some(pm) if (1..=12).contains(&hour) => (hour % 12) + if pm { 12 } else { 0 },
            _ => return Err(problem),
        };
        Ok(Self { hour, minute })
    }

    pub fn minutes(self) -> u32 {
        self.hour * 60 + self.minute
    }
}

/// How residents come to a surgery.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum BookingPlan {
    /// Anyone may come; the team may say how many it expects.
    DropIn { expected: Option<u32> },
    /// Residents book one of the slots the surgery is divided into.
    Slots { minutes: u32, places: u32 },
}

/// What the "how residents come" radios send.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum BookingChoice {
    DropIn,
    BookedSlots,
}

pub const MOST_PLACES_PER_SLOT: u32 = 50;
pub const MOST_EXPECTED: u32 = 1000;

/// A whole number from a form field, or None when it was left blank.
fn optional_number(typed: &str) -> Result<Option<u32>, ()> {
    match typed.trim() {
        "" => Ok(None),
        t => t.parse().map(Some).map_err(|_| ()),
    }
}

impl BookingPlan {
    /// The plan, or a problem for each field that is wrong (field name, message).
    pub fn parse(
        choice: Option<BookingChoice>,
        expected: &str,
        slot_minutes: &str,
        places: &str,
        length_minutes: u32,
    ) -> Result<Self, Vec<(&'static str, String)>> {
        match choice {
            None => Err(vec![(
                "booking",
                "Select whether residents drop in or book a slot".into(),
            )]),
            Some(BookingChoice::DropIn) => match optional_number(expected) {
                Ok(Some(n)) if n == 0 || n > MOST_EXPECTED => Err(vec![(
                    "expected",
                    format!("The number expected must be between 1 and {MOST_EXPECTED}"),
                )]),
                Ok(expected) => Ok(BookingPlan::DropIn { expected }),
                Err(()) => Err(vec![(
                    "expected",
                    "Enter the number expected as a whole number, like 20".into(),
                )]),
            },
            Some(BookingChoice::BookedSlots) => {
                let mut problems = Vec::new();
                let minutes = match optional_number(slot_minutes) {
                    Ok(Some(m)) if (5..=240).contains(&m) => Some(m),
                    _ => {
                        problems.push((
                            "slot_minutes",
                            "Enter each slot's length in minutes, between 5 and 240".to_string(),
                        ));
                        None
                    }
                };
                if let Some(m) = minutes
                    && length_minutes > 0
                    && m > length_minutes
                {
                    problems.push((
                        "slot_minutes",
                        "Each slot must fit between the surgery's start and end".to_string(),
                    ));
                }
                let places = match optional_number(places) {
                    Ok(Some(p)) if (1..=MOST_PLACES_PER_SLOT).contains(&p) => Some(p),
                    _ => {
                        problems.push((
                            "places",
                            format!(
                                "Enter the places in each slot, between 1 and {MOST_PLACES_PER_SLOT}"
                            ),
                        ));
                        None
                    }
                };
                match (minutes, places, problems.is_empty()) {
                    (Some(minutes), Some(places), true) => {
                        Ok(BookingPlan::Slots { minutes, places })
                    }
                    _ => Err(problems),
                }
            }
        }
    }
}

/// The slots of a surgery from `start` to `end` minutes past midnight: as many whole slots
/// as fit, as (start, end) minute pairs.
pub fn slot_times(start: u32, end: u32, slot_minutes: u32) -> Vec<(u32, u32)> {
    if slot_minutes == 0 {
        return Vec::new();
    }
    (0..)
        .map(|i| start + i * slot_minutes)
        .take_while(|s| s + slot_minutes <= end)
        .map(|s| (s, s + slot_minutes))
        .collect()
}

/// An occurrence's public page.
pub fn surgery_path(id: i32) -> String {
    format!("/surgeries/{id}")
}

/// Booking a place at an occurrence.
pub fn book_path(id: i32) -> String {
    format!("/surgeries/{id}/book")
}

/// A resident's own booking, with its confirmation.
pub fn booking_path(reference: &str) -> String {
    format!("/account/bookings/{reference}")
}

/// The most a resident may write about what they want to discuss, or the adjustment they need.
pub const MOST_BOOKING_TEXT: usize = 500;

/// A booking reference, like "SRG-7K3M-Q9XD".
pub fn booking_reference(random: [u8; 8]) -> String {
    crate::domain::reference::reference("SRG", random)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn times_are_read_as_teams_type_them() {
        let t = |h, m| Ok(TimeOfDay { hour: h, minute: m });
        assert_eq!(TimeOfDay::parse("10:00"), t(10, 0));
        assert_eq!(TimeOfDay::parse("9.30"), t(9, 30));
        assert_eq!(TimeOfDay::parse("2pm"), t(14, 0));
        assert_eq!(TimeOfDay::parse(" 2:30 PM "), t(14, 30));
        assert_eq!(TimeOfDay::parse("12am"), t(0, 0));
        assert_eq!(TimeOfDay::parse("12pm"), t(12, 0));
        assert_eq!(TimeOfDay::parse("18"), t(18, 0));
        for wrong in ["", "25:00", "10:60", "13pm", "ten", "10:5", "0am"] {
            assert!(TimeOfDay::parse(wrong).is_err(), "{wrong}");
        }
    }

    #[test]
    fn a_booked_surgery_needs_a_slot_length_and_places_that_fit() {
        assert_eq!(
            BookingPlan::parse(Some(BookingChoice::BookedSlots), "", "15", "2", 120),
            Ok(BookingPlan::Slots {
                minutes: 15,
                places: 2
            })
        );
        let problems =
            BookingPlan::parse(Some(BookingChoice::BookedSlots), "", "180", "0", 120).unwrap_err();
        let fields: Vec<_> = problems.iter().map(|(f, _)| *f).collect();
        assert_eq!(fields, vec!["slot_minutes", "places"]);
        assert!(BookingPlan::parse(None, "", "", "", 120).is_err());
    }

    #[test]
    fn a_drop_in_may_say_how_many_are_expected() {
        assert_eq!(
            BookingPlan::parse(Some(BookingChoice::DropIn), "", "", "", 60),
            Ok(BookingPlan::DropIn { expected: None })
        );
        assert_eq!(
            BookingPlan::parse(Some(BookingChoice::DropIn), "30", "x", "y", 60),
            Ok(BookingPlan::DropIn { expected: Some(30) })
        );
        assert!(BookingPlan::parse(Some(BookingChoice::DropIn), "lots", "", "", 60).is_err());
    }

    #[test]
    fn only_whole_slots_that_fit_are_made() {
        assert_eq!(
            slot_times(600, 660, 20),
            vec![(600, 620), (620, 640), (640, 660)]
        );
        assert_eq!(slot_times(600, 650, 20), vec![(600, 620), (620, 640)]);
        assert!(slot_times(600, 610, 20).is_empty());
    }
}
