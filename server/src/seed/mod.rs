//! Data the project ships with.

pub mod demo;
