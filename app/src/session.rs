//! The portal's typed view of a browser session (server only): who is signed in, a member of
//! staff halfway through signing in, and feedback for the next page.

use crate::domain::forms::FormFeedback;
use crate::state::fault;
use leptos::prelude::ServerFnError;
use serde::{Deserialize, Serialize};
use tower_sessions::Session;

const RESIDENT: &str = "resident_id";
const STAFF: &str = "staff";
const PENDING_STAFF: &str = "pending_staff";
const FEEDBACK: &str = "feedback";
const NEW_SECOND_FACTOR: &str = "new_second_factor";

/// How long a staff sign-in lasts, however active the session: a shared computer in a station
/// should not stay signed in for days.
pub const STAFF_SIGN_IN_SECONDS: i64 = 12 * 3600;

#[derive(Clone, Debug, Serialize, Deserialize)]
struct StaffSignIn {
    id: i32,
    at: i64,
}

/// A member of staff whose password was right, who still has to give a code or set up their
/// second factor.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct PendingStaff {
    pub id: i32,
    pub at: i64,
}

/// How long the step between password and code may take.
pub const PENDING_SECONDS: i64 = 10 * 60;

pub struct PortalSession(Session);

fn session_fault(error: tower_sessions::session::Error) -> ServerFnError {
    fault("using the session", error)
}

impl PortalSession {
    pub fn new(session: Session) -> Self {
        Self(session)
    }

    pub async fn from_request() -> Result<Self, ServerFnError> {
        leptos_axum::extract::<Session>()
            .await
            .map(Self)
            .map_err(|e| ServerFnError::new(format!("no session: {e:?}")))
    }

    pub async fn resident_id(&self) -> Result<Option<i32>, ServerFnError> {
        self.0.get(RESIDENT).await.map_err(session_fault)
    }

    /// The signed-in member of staff's id, while their sign-in lasts.
    pub async fn staff_id(&self, now: i64) -> Result<Option<i32>, ServerFnError> {
        let sign_in: Option<StaffSignIn> = self.0.get(STAFF).await.map_err(session_fault)?;
        Ok(sign_in
            .filter(|s| now - s.at < STAFF_SIGN_IN_SECONDS)
            .map(|s| s.id))
    }

    /// Signs a resident in, under a new session id so an id planted before sign-in is useless.
    pub async fn sign_in_resident(&self, id: i32) -> Result<(), ServerFnError> {
        self.0.cycle_id().await.map_err(session_fault)?;
        self.0.insert(RESIDENT, id).await.map_err(session_fault)
    }

    pub async fn pending_staff(&self, now: i64) -> Result<Option<PendingStaff>, ServerFnError> {
        let pending: Option<PendingStaff> =
            self.0.get(PENDING_STAFF).await.map_err(session_fault)?;
        Ok(pending.filter(|p| now - p.at < PENDING_SECONDS))
    }

    pub async fn set_pending_staff(&self, pending: &PendingStaff) -> Result<(), ServerFnError> {
        self.0
            .insert(PENDING_STAFF, pending)
            .await
            .map_err(session_fault)
    }

    pub async fn sign_in_staff(&self, id: i32, now: i64) -> Result<(), ServerFnError> {
        self.0.cycle_id().await.map_err(session_fault)?;
        self.0
            .remove::<PendingStaff>(PENDING_STAFF)
            .await
            .map_err(session_fault)?;
        self.0
            .insert(STAFF, StaffSignIn { id, at: now })
            .await
            .map_err(session_fault)
    }

    /// Ends the whole session (resident and staff) and starts a fresh one with a new id.
    pub async fn sign_out(&self) -> Result<(), ServerFnError> {
        self.0.flush().await.map_err(session_fault)
    }

    /// The TOTP secret being set up, kept until the member confirms it with a code.
    pub async fn new_second_factor(&self) -> Result<Option<String>, ServerFnError> {
        self.0.get(NEW_SECOND_FACTOR).await.map_err(session_fault)
    }

    pub async fn set_new_second_factor(&self, secret: Option<&str>) -> Result<(), ServerFnError> {
        match secret {
            Some(secret) => self.0.insert(NEW_SECOND_FACTOR, secret).await,
            None => self.0.remove::<String>(NEW_SECOND_FACTOR).await.map(|_| ()),
        }
        .map_err(session_fault)
    }

    pub async fn give_feedback(&self, feedback: FormFeedback) -> Result<(), ServerFnError> {
        self.0
            .insert(FEEDBACK, feedback)
            .await
            .map_err(session_fault)
    }

    /// The feedback left for the page being shown, once: reloading the page clears it.
    pub async fn take_feedback(&self) -> Result<Option<FormFeedback>, ServerFnError> {
        self.0.remove(FEEDBACK).await.map_err(session_fault)
    }
}
