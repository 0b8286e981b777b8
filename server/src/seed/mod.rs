//! Data the project ships with.

pub mod demo;
pub mod demo_activity;
