pub mod home;
pub mod neighbourhood;
pub mod not_found;
