//! Pages for partner organisations' people: the problems teams share with their organisation,
//! and each of them, where they record what they did.

pub mod home;
pub mod problem;

/// Where a partner lands once signed in.
pub const HOME: &str = "/partner";

/// A problem shared with the partner's organisation.
pub fn shared_problem_path(reference: &str) -> String {
    format!("{HOME}/problems/{reference}")
}
