//! References residents quote to the team ("SRG-7K3M-Q9XD", "NC-4HX2-PW8R"): a prefix and
//! eight random characters from an alphabet without look-alikes (no 0/O, 1/I/L), easy to read
//! aloud over the telephone. With 31⁸ (about 850 billion) possibilities, one reference tells
//! nothing about any other.

const ALPHABET: &[u8; 31] = b"23456789ABCDEFGHJKMNPQRSTUVWXYZ";

pub fn reference(prefix: &str, random: [u8; 8]) -> String {
    let chars: String = random
        .iter()
        .map(|b| ALPHABET[usize::from(b % 31)] as char)
        .collect();
    format!("{prefix}-{}-{}", &chars[..4], &chars[4..])
}

/// A new reference with `prefix`, from the operating system's random numbers.
#[cfg(feature = "ssr")]
pub fn new_reference(prefix: &str) -> String {
    let mut random = [0u8; 8];
    getrandom::fill(&mut random).expect("the operating system's random number generator");
    reference(prefix, random)
}

/// Whether `text` has the shape of a reference with `prefix` (any case, spaces around).
pub fn is_reference(prefix: &str, text: &str) -> bool {
    let text = text.trim();
    let Some(code) = text
        .get(..prefix.len() + 1)
        .filter(|start| start.eq_ignore_ascii_case(&format!("{prefix}-")))
        .map(|_| &text[prefix.len() + 1..])
    else {
        return false;
    };
    code.len() == 9
        && code.char_indices().all(|(i, c)| {
            if i == 4 {
                c == '-'
            } else {
                ALPHABET.contains(&(c.to_ascii_uppercase() as u8))
            }
        })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn references_avoid_characters_that_look_alike() {
        let made = reference("NC", [0, 1, 2, 3, 250, 251, 252, 253]);
        assert!(made.starts_with("NC-") && made.len() == 12);
        assert!(!made[3..].contains(['0', 'O', '1', 'I', 'L']));
        assert!(is_reference("NC", &made));
        assert!(is_reference("NC", &format!(" {} ", made.to_lowercase())));
        assert!(!is_reference("SRG", &made));
        assert!(!is_reference("NC", "NC-0000-0000"));
        assert!(!is_reference("NC", "NC-ABCD"));
    }
}
