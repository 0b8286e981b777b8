//! sea-orm entities: one module per table. Only the server (and the `ssr` build of `app`) uses them.

pub mod dataset_revision;
pub mod force;
pub mod local_policing_area;
pub mod neighbourhood;
pub mod neighbourhood_link;
pub mod postcode;
pub mod team_member;
pub mod venue;
