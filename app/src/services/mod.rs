//! Data access and the rules that need it. Server only (compiled with the `ssr` feature).

pub mod find;
pub mod gazetteer;
pub mod neighbourhood_index;
pub mod neighbourhoods;
pub mod postcode_directory;
