//! A venue as a team describes it: where residents meet the team, how to get in and how to find
//! the room. Server only (its kinds are the stored ones).

use crate::domain::forms::{FieldError, optional_text, required_text};
use crate::domain::postcode::Postcode;
use entity::venue::VenueKind;
use serde::{Deserialize, Serialize};

pub const VENUE_KINDS: [VenueKind; 6] = [
    VenueKind::Library,
    VenueKind::School,
    VenueKind::CommunityCentre,
    VenueKind::PlaceOfWorship,
    VenueKind::FrontCounter,
    VenueKind::Other,
];

/// The step-free question's answer, as its radios send it.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum StepFree {
    Yes,
    No,
}

/// The venue form's fields, as typed: the server functions' argument, and what the page shows
/// again when something is wrong.
#[derive(Clone, Debug, Default, Serialize, Deserialize)]
#[serde(default)]
pub struct VenueForm {
    pub name: String,
    pub kind: Option<VenueKind>,
    pub address: String,
    pub postcode: String,
    pub step_free: Option<StepFree>,
    pub accessibility_notes: String,
    pub how_to_find: String,
}

/// A venue's details, checked; its postcode still to be placed on the map.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct VenueDetailsEntry {
    pub name: String,
    pub kind: VenueKind,
    pub address: String,
    #[serde(serialize_with = "as_text")]
    pub postcode: Postcode,
    pub step_free: bool,
    pub accessibility_notes: String,
    pub how_to_find: String,
}

fn as_text<S: serde::Serializer>(postcode: &Postcode, s: S) -> Result<S::Ok, S::Error> {
    s.serialize_str(&postcode.to_string())
}

impl VenueForm {
    pub fn parse(&self) -> Result<VenueDetailsEntry, Vec<FieldError>> {
        let mut errors = Vec::new();
        let name = required_text(
            "name",
            "Name",
            &self.name,
            "Enter the venue's name, like Harborne Library",
            120,
            &mut errors,
        );
        if self.kind.is_none() {
            errors.push(FieldError::new("kind", "Select what kind of place it is"));
        }
        let address = required_text(
            "address",
            "Address",
            &self.address,
            "Enter the address, without the postcode",
            300,
            &mut errors,
        );
        let postcode = match Postcode::parse(&self.postcode) {
            Ok(postcode) => Some(postcode),
            Err(_) if self.postcode.trim().is_empty() => {
                errors.push(FieldError::new("postcode", "Enter the venue's postcode"));
                None
            }
            Err(_) => {
                errors.push(FieldError::new(
                    "postcode",
                    "Enter a full postcode, like B17 9QG",
                ));
                None
            }
        };
        if self.step_free.is_none() {
            errors.push(FieldError::new(
                "step_free",
                "Select whether a wheelchair user can get in and around without steps",
            ));
        }
        let accessibility_notes = optional_text(
            "accessibility_notes",
            "Access notes",
            &self.accessibility_notes,
            1000,
            &mut errors,
        );
        let how_to_find = optional_text(
            "how_to_find",
            "How to find the room",
            &self.how_to_find,
            500,
            &mut errors,
        );
        match (self.kind, postcode, self.step_free, errors.is_empty()) {
            (Some(kind), Some(postcode), Some(step_free), true) => Ok(VenueDetailsEntry {
                name,
                kind,
                address,
                postcode,
                step_free: step_free == StepFree::Yes,
                accessibility_notes,
                how_to_find,
            }),
            _ => Err(errors),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn typed() -> VenueForm {
        VenueForm {
            name: " Harborne   Library ".into(),
            kind: Some(VenueKind::Library),
            address: "High Street, Birmingham".into(),
            postcode: "b17 9qg".into(),
            step_free: Some(StepFree::Yes),
            accessibility_notes: "Lift to the first floor.".into(),
            how_to_find: String::new(),
        }
    }

    #[test]
    fn a_venue_is_tidied_and_its_postcode_normalised() {
        let entry = typed().parse().unwrap();
        assert_eq!(entry.name, "Harborne Library");
        assert_eq!(entry.postcode.to_string(), "B17 9QG");
        assert!(entry.step_free);
    }

    #[test]
    fn every_missing_answer_is_named() {
        let errors = VenueForm::default().parse().unwrap_err();
        let fields: Vec<_> = errors.iter().map(|e| e.field.as_str()).collect();
        assert_eq!(
            fields,
            vec!["name", "kind", "address", "postcode", "step_free"]
        );
        let wrong = VenueForm {
            postcode: "not a postcode".into(),
            ..typed()
        };
        assert_eq!(
            wrong.parse().unwrap_err(),
            vec![FieldError::new(
                "postcode",
                "Enter a full postcode, like B17 9QG"
            )]
        );
    }
}
