//! The password rules for staff accounts (server only): at least 12 characters, and not a
//! commonly used password or one with a few digits or symbols added to it.

use std::collections::HashSet;
use std::sync::LazyLock;

pub const MINIMUM_LENGTH: usize = 12;
/// Argon2 work grows with the input: a bound stops a huge "password" tying up the server.
const MAXIMUM_LENGTH: usize = 256;

/// The 30,000 most common passwords from zxcvbn's frequency lists (MIT licence, © 2016 Dropbox
/// and contributors), lower case, one a line.
static COMMON_PASSWORDS: LazyLock<HashSet<&'static str>> =
    LazyLock::new(|| include_str!("common_passwords.txt").lines().collect());

#[derive(Clone, Copy, Debug, PartialEq, Eq, thiserror::Error)]
pub enum PasswordProblem {
    #[error("Enter a password")]
    Missing,
    #[error("The password must be at least 12 characters long")]
    TooShort,
    #[error("The password must be 256 characters or fewer")]
    TooLong,
    #[error("This password is too common and easy to guess: choose a different one")]
    Common,
}

/// Checks a new password against the rules; returns it unchanged when it passes.
pub fn check_new_password(password: &str) -> Result<&str, PasswordProblem> {
    let length = password.chars().count();
    if length == 0 {
        return Err(PasswordProblem::Missing);
    }
    if length < MINIMUM_LENGTH {
        return Err(PasswordProblem::TooShort);
    }
    if length > MAXIMUM_LENGTH {
        return Err(PasswordProblem::TooLong);
    }
    let lower = password.to_lowercase();
    let core = lower.trim_matches(|c: char| c.is_ascii_digit() || c.is_ascii_punctuation());
    if COMMON_PASSWORDS.contains(lower.as_str())
        || (core.chars().count() >= 4 && COMMON_PASSWORDS.contains(core))
        || is_one_character_repeated(&lower)
    {
        return Err(PasswordProblem::Common);
    }
    Ok(password)
}

fn is_one_character_repeated(password: &str) -> bool {
    let mut chars = password.chars();
    chars.next().is_some_and(|first| chars.all(|c| c == first))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn short_passwords_are_refused() {
        assert_eq!(check_new_password(""), Err(PasswordProblem::Missing));
        assert_eq!(
            check_new_password("Tr0ub4dor&3"),
            Err(PasswordProblem::TooShort)
        );
        assert_eq!(
            check_new_password(&"x".repeat(300)),
            Err(PasswordProblem::TooLong)
        );
    }

    #[test]
    fn common_passwords_are_refused_even_with_digits_or_symbols_added() {
        for common in [
            "qwerty123456",
            "1qaz2wsx3edc",
            "Password1234!",
            "Football2026!!",
            "aaaaaaaaaaaaaaa",
        ] {
            assert_eq!(
                check_new_password(common),
                Err(PasswordProblem::Common),
                "{common}"
            );
        }
    }

    #[test]
    fn a_long_uncommon_passphrase_is_accepted() {
        assert_eq!(
            check_new_password("library surgery kettle 42"),
            Ok("library surgery kettle 42")
        );
    }
}
