//! What the server hands to every page render and server function.

use crate::services::clock::Clock;
use crate::services::gazetteer::SharedGazetteer;
use crate::services::public_pages::PublicPages;
use crate::services::rate_limit::BucketKeys;
use crate::services::write::Database;
use leptos::prelude::*;
use std::sync::Arc;
use tokio::sync::Notify;

/// What the server hands to every page render and server function. Every request clones it
/// (for each handler and context that asks), so it is one shared reference.
#[derive(Clone)]
pub struct PortalState(Arc<PortalResources>);

impl From<PortalResources> for PortalState {
    fn from(resources: PortalResources) -> Self {
        Self(Arc::new(resources))
    }
}

impl std::ops::Deref for PortalState {
    type Target = PortalResources;

    fn deref(&self) -> &PortalResources {
        &self.0
    }
}

pub struct PortalResources {
    pub db: Database,
    pub gazetteer: SharedGazetteer,
    pub clock: Clock,
    /// The public address of the site, without a trailing slash (for links in emails).
    pub site_url: String,
    /// Take the client's address from the last `X-Forwarded-For` entry (behind a proxy).
    pub trust_forwarded_for: bool,
    /// Wakes the email sender when a message is put in the outbox.
    pub outbox_ready: Arc<Notify>,
    /// Where the stylesheet and the islands' bundle are served.
    pub assets: Arc<AssetUrls>,
    /// Staff are signed out after this long without activity.
    pub staff_idle_seconds: i64,
    /// How many concerns a resident may raise in a day.
    pub concern_limit: crate::services::rate_limit::Limit,
    /// Keys the hashes that name rate-limit buckets.
    pub bucket_keys: BucketKeys,
    /// What public pages show, kept in memory.
    pub public_pages: PublicPages,
    /// The map tile server drawn under maps, if the force configured one.
    pub map_tiles: Option<crate::domain::map_tiles::TileLayer>,
    /// The languages this force offers residents (English always).
    pub languages: crate::i18n::Languages,
    /// The force's page for reporting a crime online, if configured (otherwise its website).
    pub report_crime_url: Option<String>,
}

/// The addresses of the built stylesheet, the bundle's JavaScript and its WebAssembly, and of
/// the islands' loader made from them. Each name carries a hash of the file's content, so
/// browsers may keep them for a year.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct AssetUrls {
    pub stylesheet: String,
    pub script: String,
    pub wasm: String,
    pub loader: String,
}

impl PortalState {
    /// The state provided by the server, or a fault if a server function runs without it.
    pub fn from_context() -> Result<Self, ServerFnError> {
        use_context::<Self>().ok_or_else(|| ServerFnError::new("the portal state is missing"))
    }

    /// The force's name, as emails are signed.
    pub fn force_name(&self) -> String {
        self.gazetteer
            .current()
            .force
            .as_ref()
            .map_or_else(|| "Neighbourhood policing".to_string(), |f| f.name.clone())
    }

    /// Whom emails are from, and where their links lead.
    pub fn email_site(&self) -> crate::services::messages::EmailSite {
        crate::services::messages::EmailSite {
            force_name: self.force_name(),
            site_url: self.site_url.clone(),
            languages: self.languages.clone(),
        }
    }
}

/// Logs a fault with its whole cause chain and gives the browser a message that reveals nothing
/// of the system.
pub fn fault(doing: &str, error: impl std::error::Error) -> ServerFnError {
    let chain = error_chain(&error);
    tracing::error!(error = %chain, "failed {doing}");
    ServerFnError::new("Sorry, there is a problem with the service. Try again later.")
}

/// An error and each of its causes, joined by ": ".
pub fn error_chain(error: &dyn std::error::Error) -> String {
    let mut chain = error.to_string();
    let mut source = error.source();
    while let Some(cause) = source {
        chain.push_str(": ");
        chain.push_str(&cause.to_string());
        source = cause.source();
    }
    chain
}
