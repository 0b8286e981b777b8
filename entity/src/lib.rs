//! sea-orm entities: one module per table. Only the server (and the `ssr` build of `app`) uses them.

pub mod audit_entry;
pub mod booking;
pub mod dataset_revision;
pub mod force;
pub mod local_policing_area;
pub mod neighbourhood;
pub mod neighbourhood_link;
pub mod outbox_message;
pub mod postcode;
pub mod rate_limit_counter;
pub mod resident;
pub mod session;
pub mod sign_in_link;
pub mod site_secret;
pub mod staff_account;
pub mod staff_neighbourhood;
pub mod staff_password_reset;
pub mod surgery;
pub mod surgery_series;
pub mod surgery_slot;
pub mod team_member;
pub mod venue;
pub mod waiting_entry;
