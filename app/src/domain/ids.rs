//! Ids that must not be mistaken for one another. A bare `i32` can name any row; a
//! `ResidentId` names a resident's account only, so passing a group's id where a resident's is
//! wanted does not compile.

use serde::{Deserialize, Serialize};

/// A resident's account.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(transparent)]
pub struct ResidentId(i32);

impl ResidentId {
    /// The account with this id, as read from the database or the session.
    pub fn new(id: i32) -> Self {
        Self(id)
    }

    /// The id as the database stores it.
    pub fn get(self) -> i32 {
        self.0
    }
}

impl std::fmt::Display for ResidentId {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        self.0.fmt(f)
    }
}

/// The id as the database stores it (`find_by_id`, say).
impl From<ResidentId> for i32 {
    fn from(id: ResidentId) -> Self {
        id.0
    }
}

/// Compared with a `resident_id` column in a query.
#[cfg(feature = "ssr")]
impl From<ResidentId> for sea_orm::Value {
    fn from(id: ResidentId) -> Self {
        id.0.into()
    }
}
