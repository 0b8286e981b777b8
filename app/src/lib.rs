//! The neighbourhood portal's pages, components and server functions.
//!
//! Pages render on the server only: they are server components that call the services
//! directly, and every form posts to a server function and is redirected (post-redirect-get).
//! The browser receives WebAssembly only for the few islands that need it.
//!
//! - `domain`: types and rules shared by server and browser;
//! - `islands`: the interactive parts, the only code compiled into the wasm bundle;
//! - `pages`: one routed page per file, with the server functions its forms post to;
//! - `components`: pieces several pages use, including the page shell;
//! - `i18n`: the languages residents read the portal in, and its messages (`t!`);
//! - `policy`: who may do what, the only place a rule of access is written;
//! - `services`, `state`, `request`, `session` and `security`: data access, what the server
//!   provides to pages, who is asking, their session, and the pages' Content-Security-Policy.

pub mod domain;
pub mod islands;

#[cfg(feature = "ssr")]
pub mod components;
#[cfg(feature = "ssr")]
pub mod i18n;
#[cfg(feature = "ssr")]
pub mod pages;
#[cfg(feature = "ssr")]
pub mod policy;
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

#[cfg(feature = "ssr")]
mod routes;

#[cfg(feature = "ssr")]
pub use routes::{App, shell};
