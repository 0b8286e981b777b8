//! What a server function knows about the request it serves (server only): the portal's state,
//! the session, who is signed in and from where.

use crate::domain::forms::FormFeedback;
use crate::domain::staff::{StaffAccess, StaffMember};
use crate::services::staff;
use crate::session::PortalSession;
use crate::state::{PortalState, fault};
use leptos::prelude::*;

pub struct RequestContext {
    pub state: PortalState,
    pub session: PortalSession,
}

impl RequestContext {
    pub async fn new() -> Result<Self, ServerFnError> {
        Ok(Self {
            state: PortalState::from_context()?,
            session: PortalSession::from_request().await?,
        })
    }

    pub fn now(&self) -> i64 {
        self.state.clock.now()
    }

    /// The signed-in member of staff, read afresh so a disabled account stops at once.
    pub async fn staff(&self) -> Result<Option<StaffMember>, ServerFnError> {
        let Some(id) = self.session.staff_id(self.now()).await? else {
            return Ok(None);
        };
        staff::member(&self.state.db, id)
            .await
            .map_err(|e| fault("reading the signed-in member of staff", e))
    }

    /// The member of staff, if `allowed` lets them in; otherwise why not.
    pub async fn staff_access<T>(
        &self,
        allowed: impl Fn(&StaffMember) -> bool,
    ) -> Result<Result<StaffMember, StaffAccess<T>>, ServerFnError> {
        Ok(match self.staff().await? {
            None => Err(StaffAccess::SignInNeeded),
            Some(member) if !allowed(&member) => Err(StaffAccess::Forbidden),
            Some(member) => Ok(member),
        })
    }

    /// For actions: the member of staff, or an error answered 401 or 403.
    pub async fn require_staff(
        &self,
        allowed: impl Fn(&StaffMember) -> bool,
    ) -> Result<StaffMember, ServerFnError> {
        self.staff_access::<()>(allowed).await?.map_err(deny_access)
    }

    /// The client's address, for rate limits: the connection's peer, or the last
    /// `X-Forwarded-For` entry when the server sits behind a proxy that sets it.
    pub async fn client_ip(&self) -> String {
        if self.state.trust_forwarded_for
            && let Ok(headers) = leptos_axum::extract::<http::HeaderMap>().await
            && let Some(forwarded) = headers
                .get_all("x-forwarded-for")
                .iter()
                .filter_map(|v| v.to_str().ok())
                .flat_map(|v| v.split(','))
                .map(str::trim)
                .rfind(|v| !v.is_empty())
        {
            return forwarded.to_string();
        }
        leptos_axum::extract::<axum::extract::ConnectInfo<std::net::SocketAddr>>()
            .await
            .map_or_else(|_| "unknown".to_string(), |info| info.0.ip().to_string())
    }

    /// Leaves feedback for the next page and sends the browser there.
    pub async fn reply(&self, path: &str, feedback: FormFeedback) -> Result<(), ServerFnError> {
        self.session.give_feedback(feedback).await?;
        leptos_axum::redirect(path);
        Ok(())
    }
}

/// The error for an action refused to someone: 401 when they are not signed in as staff, 403
/// when they are but may not.
pub fn deny_access<T>(denied: StaffAccess<T>) -> ServerFnError {
    match denied {
        StaffAccess::SignInNeeded => deny(
            http::StatusCode::UNAUTHORIZED,
            "Sign in as staff to do this.",
        ),
        _ => deny(
            http::StatusCode::FORBIDDEN,
            "You do not have permission to do this.",
        ),
    }
}

/// An error answered with `status` (and shown to the person as it is).
pub fn deny(status: http::StatusCode, message: &str) -> ServerFnError {
    if let Some(response) = use_context::<leptos_axum::ResponseOptions>() {
        response.set_status(status);
    }
    ServerFnError::new(message)
}
