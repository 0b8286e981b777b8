pub mod accessibility;
pub mod account;
pub mod concerns;
pub mod home;
pub mod neighbourhood;
pub mod privacy;
pub mod staff;
pub mod surgeries;
