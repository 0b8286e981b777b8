//! The neighbourhood portal's pages, components and server functions.
//!
//! - `domain`: types and rules shared by server and browser;
//! - `pages`: one routed page per file, with the server functions that feed it;
//! - `components`: pieces several pages use;
//! - `services`, `state`, `request`, `session` and `security` (server only): data access, what
//!   the server provides to pages, who is asking, their session, and the pages'
//!   Content-Security-Policy.

pub mod components;
pub mod domain;
pub mod pages;
#[cfg(feature = "ssr")]
pub mod request;
#[cfg(feature = "ssr")]
pub mod security;
#[cfg(feature = "ssr")]
pub mod services;
#[cfg(feature = "ssr")]
pub mod session;
#[cfg(feature = "ssr")]
pub mod state;

mod routes;

pub use routes::{App, shell};
