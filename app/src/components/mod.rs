pub mod boundary_map;
pub mod error_summary;
pub mod form;
pub mod layout;
pub mod page;
pub mod summary;
pub mod surgery_list;
