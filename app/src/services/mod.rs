//! Data access and the rules that need it. Server only (compiled with the `ssr` feature).

pub mod find;
pub mod neighbourhood_index;
pub mod neighbourhoods;
