//! UK postcodes: a validated type, parsed from whatever a resident types.
//!
//! A postcode is an outward code (area letters, district digits, sometimes a sub-district
//! letter: `B15`, `SW1A`) and an inward code (sector digit and unit letters: `2TT`). The
//! letters allowed in each position follow the Royal Mail rules; `GIR 0AA` is the one
//! historic exception still in use.

use serde::{Deserialize, Serialize};
use std::fmt;

/// Longest input worth looking at: a postcode padded with generous spacing.
const MAX_INPUT_LENGTH: usize = 16;

/// A full postcode, normalised to upper case with one space (`B15 2TT`).
#[derive(Clone, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct Postcode {
    outward: Outcode,
    inward: String,
}

/// The outward code on its own: a postcode district such as `B15`.
#[derive(Clone, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct Outcode(String);

/// What a resident typed into the postcode box, once understood.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum PostcodeQuery {
    Full(Postcode),
    District(Outcode),
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, thiserror::Error)]
pub enum PostcodeError {
    #[error("nothing was entered")]
    Empty,
    #[error("not a UK postcode")]
    Invalid,
}

impl PostcodeQuery {
    /// Accepts any case and spacing: `" b15 2tt "`, `"B152TT"`, `"b15"`.
    pub fn parse(input: &str) -> Result<Self, PostcodeError> {
        let compact = compact(input)?;
        if let Ok(outcode) = Outcode::from_compact(&compact) {
            return Ok(Self::District(outcode));
        }
        Postcode::from_compact(&compact).map(Self::Full)
    }
}

impl Postcode {
    /// Parses a full postcode only (a district on its own is refused).
    pub fn parse(input: &str) -> Result<Self, PostcodeError> {
        Self::from_compact(&compact(input)?)
    }

    fn from_compact(compact: &str) -> Result<Self, PostcodeError> {
        if compact == "GIR0AA" {
            return Ok(Self {
                outward: Outcode("GIR".into()),
                inward: "0AA".into(),
            });
        }
        if compact.len() < 5 {
            return Err(PostcodeError::Invalid);
        }
        let (outward, inward) = compact.split_at(compact.len() - 3);
        if !is_inward(inward) {
            return Err(PostcodeError::Invalid);
        }
        Ok(Self {
            outward: Outcode::from_compact(outward)?,
            inward: inward.to_owned(),
        })
    }

    pub fn outcode(&self) -> &Outcode {
        &self.outward
    }

    /// A regular expression (ECMA 262, as JSON Schema reads it) matching a postcode written in
    /// any case, with or without its one space: exactly the postcodes `parse` accepts in those
    /// forms. Built from the same letter rules, for the OpenAPI document.
    pub fn pattern() -> String {
        let class = |letters: &[u8]| {
            let upper = String::from_utf8_lossy(letters).into_owned();
            format!("[{upper}{}]", upper.to_ascii_lowercase())
        };
        let (first, second) = (class(FIRST), class(SECOND));
        let outward = [
            format!("{first}[0-9]{{1,2}}"),
            format!("{first}{second}[0-9]{{1,2}}"),
            format!("{first}[0-9]{}", class(THIRD_IN_A9A)),
            format!("{first}{second}[0-9]{}", class(FOURTH_IN_AA9A)),
        ]
        .join("|");
        let unit = class(UNIT);
        format!("^(?:[Gg][Ii][Rr] ?0[Aa][Aa]|(?:{outward}) ?[0-9]{unit}{unit})$")
    }

    /// The inward code: sector digit and unit letters (`2TT`).
    pub fn inward(&self) -> &str {
        &self.inward
    }

    /// The postcode area: the leading letters (`B`, `CV`).
    pub fn area(&self) -> &str {
        self.outward.area()
    }
}

impl fmt::Display for Postcode {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{} {}", self.outward.0, self.inward)
    }
}

impl Outcode {
    pub fn parse(input: &str) -> Result<Self, PostcodeError> {
        Self::from_compact(&compact(input)?)
    }

    fn from_compact(compact: &str) -> Result<Self, PostcodeError> {
        if compact == "GIR" || is_outward(compact.as_bytes()) {
            Ok(Self(compact.to_owned()))
        } else {
            Err(PostcodeError::Invalid)
        }
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }

    pub fn area(&self) -> &str {
        let letters = self.0.bytes().take_while(u8::is_ascii_alphabetic).count();
        &self.0[..letters]
    }
}

impl fmt::Display for Outcode {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

/// Upper case with all white space removed; refuses anything but letters, digits and spaces.
fn compact(input: &str) -> Result<String, PostcodeError> {
    let trimmed = input.trim();
    if trimmed.is_empty() {
        return Err(PostcodeError::Empty);
    }
    if trimmed.len() > MAX_INPUT_LENGTH {
        return Err(PostcodeError::Invalid);
    }
    let mut compact = String::with_capacity(8);
    for c in trimmed.chars() {
        if c.is_ascii_alphanumeric() {
            compact.push(c.to_ascii_uppercase());
        } else if !c.is_whitespace() {
            return Err(PostcodeError::Invalid);
        }
    }
    Ok(compact)
}

// Letters allowed in each position of the outward code (Royal Mail's rules).
const FIRST: &[u8] = b"ABCDEFGHIJKLMNOPRSTUWYZ"; // not Q, V, X
const SECOND: &[u8] = b"ABCDEFGHKLMNOPQRSTUVWXY"; // not I, J, Z
const THIRD_IN_A9A: &[u8] = b"ABCDEFGHJKPSTUW";
const FOURTH_IN_AA9A: &[u8] = b"ABEHMNPRVWXY";
// Unit letters never include C, I, K, M, O or V (they are too easily misread).
const UNIT: &[u8] = b"ABDEFGHJLNPQRSTUWXYZ";

fn is_outward(code: &[u8]) -> bool {
    let letter = |i: usize, allowed: &[u8]| code.get(i).is_some_and(|c| allowed.contains(c));
    let digit = |i: usize| code.get(i).is_some_and(u8::is_ascii_digit);
    match code.len() {
        // A9
        2 => letter(0, FIRST) && digit(1),
        // A99, AA9, A9A
        3 => {
            letter(0, FIRST)
                && ((digit(1) && digit(2))
                    || (letter(1, SECOND) && digit(2))
                    || (digit(1) && letter(2, THIRD_IN_A9A)))
        }
        // AA99, AA9A
        4 => {
            letter(0, FIRST)
                && letter(1, SECOND)
                && digit(2)
                && (digit(3) || letter(3, FOURTH_IN_AA9A))
        }
        _ => false,
    }
}

fn is_inward(code: &str) -> bool {
    let code = code.as_bytes();
    code.len() == 3
        && code[0].is_ascii_digit()
        && UNIT.contains(&code[1])
        && UNIT.contains(&code[2])
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn full(input: &str) -> String {
        Postcode::parse(input).expect(input).to_string()
    }

    proptest! {
        #[test]
        fn the_pattern_accepts_exactly_the_postcodes_parse_accepts(
            candidate in "[A-Za-z]{1,3}[0-9A-Za-z]{0,2} ?[0-9A-Za-z]{3}",
        ) {
            let pattern = regex::Regex::new(&Postcode::pattern()).unwrap();
            prop_assert_eq!(pattern.is_match(&candidate), Postcode::parse(&candidate).is_ok());
        }

        #[test]
        fn every_postcode_the_pattern_describes_parses(
            candidate in proptest::string::string_regex(&Postcode::pattern().replace(['^', '$'], "")).unwrap(),
        ) {
            prop_assert!(Postcode::parse(&candidate).is_ok(), "{candidate:?}");
        }
    }

    #[test]
    fn any_case_and_spacing_gives_the_same_postcode() {
        for input in ["B15 2TT", " b15 2tt ", "B152TT", "b 1 5 2 t t", "B15\t2TT"] {
            assert_eq!(full(input), "B15 2TT", "{input:?}");
        }
    }

    #[test]
    fn every_outward_shape_is_accepted() {
        for (input, expected) in [
            ("M11AE", "M1 1AE"),
            ("B338TH", "B33 8TH"),
            ("CR26XH", "CR2 6XH"),
            ("DN551PT", "DN55 1PT"),
            ("W1A1HQ", "W1A 1HQ"),
            ("EC1A1BB", "EC1A 1BB"),
            ("gir0aa", "GIR 0AA"),
        ] {
            assert_eq!(full(input), expected);
        }
    }

    #[test]
    fn letters_royal_mail_never_uses_are_refused() {
        for input in [
            "Q1 1AA",   // Q never starts a postcode
            "BI1 1AA",  // I never second
            "W1L 1AA",  // L not a third letter in A9A
            "EC1C 1AA", // C not a fourth letter in AA9A
            "B15 2CT",  // C never in the unit
            "B15 2TI",  // nor I
            "B15 TTT",  // the sector is a digit
        ] {
            assert_eq!(
                Postcode::parse(input),
                Err(PostcodeError::Invalid),
                "{input}"
            );
        }
    }

    #[test]
    fn malformed_input_is_not_a_postcode() {
        for input in [
            "B",
            "12345",
            "B15 2T",
            "B15 2TTT",
            "B15-2TT",
            "B15 2TT;",
            "ABCDE 1AA",
            "B15 2ŤT",
        ] {
            assert_eq!(
                PostcodeQuery::parse(input),
                Err(PostcodeError::Invalid),
                "{input}"
            );
        }
    }

    #[test]
    fn overlong_input_is_refused_before_it_is_examined() {
        let long = format!("B15 2TT{}", " ".repeat(40) + "x");
        assert_eq!(PostcodeQuery::parse(&long), Err(PostcodeError::Invalid));
    }

    #[test]
    fn blank_input_is_reported_as_empty() {
        for input in ["", "   ", "\t\n"] {
            assert_eq!(PostcodeQuery::parse(input), Err(PostcodeError::Empty));
        }
    }

    #[test]
    fn a_district_on_its_own_is_understood_as_a_district() {
        for (input, expected) in [
            ("B15", "B15"),
            (" b15 ", "B15"),
            ("wv1", "WV1"),
            ("EC1A", "EC1A"),
        ] {
            assert_eq!(
                PostcodeQuery::parse(input),
                Ok(PostcodeQuery::District(Outcode(expected.into())))
            );
        }
    }

    #[test]
    fn the_area_is_the_leading_letters() {
        assert_eq!(Postcode::parse("B15 2TT").unwrap().area(), "B");
        assert_eq!(Postcode::parse("CV1 5FB").unwrap().area(), "CV");
        assert_eq!(Outcode::parse("WS1").unwrap().area(), "WS");
    }

    fn letter_from(set: &'static [u8]) -> impl Strategy<Value = char> {
        prop::sample::select(set).prop_map(char::from)
    }

    fn digit() -> impl Strategy<Value = char> {
        (0u8..10).prop_map(|d| char::from(b'0' + d))
    }

    prop_compose! {
        fn outward()(shape in 0..6usize, a in letter_from(FIRST), b in letter_from(SECOND),
                     d1 in digit(), d2 in digit(), third in letter_from(THIRD_IN_A9A),
                     fourth in letter_from(FOURTH_IN_AA9A)) -> String {
            match shape {
                0 => format!("{a}{d1}"),
                1 => format!("{a}{d1}{d2}"),
                2 => format!("{a}{b}{d1}"),
                3 => format!("{a}{b}{d1}{d2}"),
                4 => format!("{a}{d1}{third}"),
                _ => format!("{a}{b}{d1}{fourth}"),
            }
        }
    }

    prop_compose! {
        fn postcode_text()(outward in outward(), sector in digit(),
                           u1 in letter_from(UNIT), u2 in letter_from(UNIT)) -> String {
            format!("{outward} {sector}{u1}{u2}")
        }
    }

    proptest! {
        #[test]
        fn parsing_a_formatted_postcode_gives_it_back(text in postcode_text()) {
            let parsed = Postcode::parse(&text).unwrap();
            prop_assert_eq!(parsed.to_string(), text.clone());
            prop_assert_eq!(Postcode::parse(&parsed.to_string()).unwrap(), parsed);
        }

        #[test]
        fn case_and_spacing_never_change_the_postcode(text in postcode_text(), lower in any::<bool>(), spaces in 0..3usize) {
            let messy = text.replace(' ', &" ".repeat(spaces));
            let messy = if lower { messy.to_lowercase() } else { messy };
            prop_assert_eq!(Postcode::parse(&format!(" {messy} ")).unwrap().to_string(), text);
        }

        #[test]
        fn arbitrary_text_never_panics(text in "\\PC{0,20}") {
            let _ = PostcodeQuery::parse(&text);
        }
    }
}
