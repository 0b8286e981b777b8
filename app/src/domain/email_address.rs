//! Email addresses as residents and staff type them.

use serde::{Deserialize, Serialize};

/// A plausible email address, trimmed and in lower case, so the same address always reaches the
/// same account however it was typed.
#[derive(Clone, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct EmailAddress(String);

#[derive(Clone, Copy, Debug, PartialEq, Eq, thiserror::Error)]
pub enum EmailAddressProblem {
    #[error("Enter your email address")]
    Missing,
    #[error("Enter an email address in the correct format, like name@example.com")]
    Malformed,
}

impl EmailAddressProblem {
    /// The message for the resident's own address, in `language`.
    #[cfg(feature = "ssr")]
    pub fn message(self, language: crate::i18n::Language) -> String {
        match self {
            EmailAddressProblem::Missing => language.text("email-missing"),
            EmailAddressProblem::Malformed => language.text("email-malformed"),
        }
    }

    /// The message when the address is someone else's (a member being added or invited).
    pub fn about_someone_else(self) -> String {
        match self {
            EmailAddressProblem::Missing => "Enter their email address".to_string(),
            EmailAddressProblem::Malformed => self.to_string(),
        }
    }
}

impl EmailAddress {
    pub fn parse(input: &str) -> Result<Self, EmailAddressProblem> {
        let address = input.trim().to_lowercase();
        if address.is_empty() {
            return Err(EmailAddressProblem::Missing);
        }
        let Some((local, domain)) = address.rsplit_once('@') else {
            return Err(EmailAddressProblem::Malformed);
        };
        let labels_ok = domain.split('.').count() >= 2
            && domain.split('.').all(|label| {
                !label.is_empty()
                    && label.len() <= 63
                    && !label.starts_with('-')
                    && !label.ends_with('-')
                    && label.chars().all(|c| c.is_alphanumeric() || c == '-')
            });
        let local_ok = !local.is_empty()
            && local.len() <= 64
            && !local.starts_with('.')
            && !local.ends_with('.')
            && !local.contains("..")
            && local
                .chars()
                .all(|c| c.is_alphanumeric() || "!#$%&'*+/=?^_`{|}~.-".contains(c));
        if address.len() > 254 || !labels_ok || !local_ok {
            return Err(EmailAddressProblem::Malformed);
        }
        Ok(Self(address))
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }

    /// The mailbox this address reaches, which is what tells one person from another: the
    /// plus-tag removed (`sam+votes@example.org` reaches `sam@example.org`), and for Gmail,
    /// which ignores dots and answers to `googlemail.com` too, the dots removed and the domain
    /// made `gmail.com`.
    pub fn mailbox(&self) -> String {
        let (local, domain) = self.0.rsplit_once('@').unwrap_or((self.0.as_str(), ""));
        // A tag follows the name; an address that starts with "+" has no name to keep apart.
        let local = match local.split_once('+') {
            Some((before, _)) if !before.is_empty() => before,
            _ => local,
        };
        match domain {
            "gmail.com" | "googlemail.com" => format!("{}@gmail.com", local.replace('.', "")),
            _ => format!("{local}@{domain}"),
        }
    }
}

impl std::fmt::Display for EmailAddress {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.0)
    }
}

/// An optional name to show instead of the email address: trimmed, at most 80 characters.
pub fn parse_display_name(input: &str) -> Result<Option<String>, DisplayNameProblem> {
    let name = input.split_whitespace().collect::<Vec<_>>().join(" ");
    if name.is_empty() {
        return Ok(None);
    }
    if name.chars().count() > 80 {
        return Err(DisplayNameProblem::TooLong);
    }
    if name.chars().any(char::is_control) || crate::domain::forms::has_invisible_formatting(&name) {
        return Err(DisplayNameProblem::Unprintable);
    }
    Ok(Some(name))
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, thiserror::Error)]
pub enum DisplayNameProblem {
    #[error("Your name must be 80 characters or fewer")]
    TooLong,
    #[error("Your name must only include letters, numbers, spaces and punctuation")]
    Unprintable,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn case_and_surrounding_spaces_do_not_make_a_different_address() {
        let typed = EmailAddress::parse("  Sam.Jones@Example.ORG ").unwrap();
        assert_eq!(typed.as_str(), "sam.jones@example.org");
        assert_eq!(typed, EmailAddress::parse("sam.jones@example.org").unwrap());
    }

    #[test]
    fn someone_else_is_asked_for_their_address_not_yours() {
        assert_eq!(
            EmailAddressProblem::Missing.to_string(),
            "Enter your email address"
        );
        assert_eq!(
            EmailAddressProblem::Missing.about_someone_else(),
            "Enter their email address"
        );
        assert_eq!(
            EmailAddressProblem::Malformed.about_someone_else(),
            EmailAddressProblem::Malformed.to_string()
        );
    }

    #[test]
    fn an_empty_address_asks_for_one_and_a_malformed_one_shows_the_format() {
        assert_eq!(
            EmailAddress::parse("   "),
            Err(EmailAddressProblem::Missing)
        );
        for bad in [
            "sam",
            "sam@",
            "@example.org",
            "sam@example",
            "sam jones@example.org",
            "sam@exa mple.org",
            "sam@@example.org",
            "sam@.example.org",
            "sam..jones@example.org",
            "sam@example..org",
            "<script>@example.org",
        ] {
            assert_eq!(
                EmailAddress::parse(bad),
                Err(EmailAddressProblem::Malformed),
                "{bad}"
            );
        }
        assert!(EmailAddress::parse("o'neill+portal@police.example.uk").is_ok());
    }

    #[test]
    fn addresses_that_reach_one_mailbox_name_one_person() {
        let mailbox = |typed: &str| EmailAddress::parse(typed).unwrap().mailbox();
        assert_eq!(mailbox("sam+1@example.org"), "sam@example.org");
        assert_eq!(mailbox("Sam+votes+2@Example.org"), "sam@example.org");
        assert_eq!(mailbox("sam.jones@example.org"), "sam.jones@example.org");
        assert_eq!(mailbox("S.am.Jones+x@googlemail.com"), "samjones@gmail.com");
        assert_eq!(mailbox("samjones@gmail.com"), "samjones@gmail.com");
        assert_ne!(mailbox("sam@example.org"), mailbox("sam@example.com"));
        assert_ne!(mailbox("+a@example.org"), mailbox("+b@example.org"));
    }

    #[test]
    fn a_display_name_is_optional_tidied_and_bounded() {
        assert_eq!(parse_display_name("  "), Ok(None));
        assert_eq!(
            parse_display_name("  Sam   Jones "),
            Ok(Some("Sam Jones".into()))
        );
        assert_eq!(
            parse_display_name(&"a".repeat(81)),
            Err(DisplayNameProblem::TooLong)
        );
        assert_eq!(
            parse_display_name("Sam\u{202E}senoJ"),
            Err(DisplayNameProblem::Unprintable)
        );
    }
}
