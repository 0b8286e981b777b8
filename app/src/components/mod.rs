pub mod boundary_map;
pub mod error_summary;
pub mod layout;
