//! What the server hands to every page render and server function.

use crate::services::gazetteer::SharedGazetteer;
use leptos::prelude::*;
use sea_orm::DatabaseConnection;

#[derive(Clone)]
pub struct PortalState {
    pub db: DatabaseConnection,
    pub gazetteer: SharedGazetteer,
}

impl PortalState {
    /// The state provided by the server, or a fault if a server function runs without it.
    pub fn from_context() -> Result<Self, ServerFnError> {
        use_context::<Self>().ok_or_else(|| ServerFnError::new("the portal state is missing"))
    }
}

/// Logs a fault with its whole cause chain and gives the browser a message that reveals nothing
/// of the system.
pub fn fault(doing: &str, error: impl std::error::Error) -> ServerFnError {
    let mut chain = error.to_string();
    let mut source = error.source();
    while let Some(cause) = source {
        chain.push_str(": ");
        chain.push_str(&cause.to_string());
        source = cause.source();
    }
    tracing::error!(error = %chain, "failed {doing}");
    ServerFnError::new("Sorry, there is a problem with the service. Try again later.")
}
