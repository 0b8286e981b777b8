pub mod account;
pub mod home;
pub mod neighbourhood;
pub mod not_found;
pub mod staff;
