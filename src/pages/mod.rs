//! One module per page. Pages read inputs, call the core, and show results.

pub mod home;
pub mod iuran;
pub mod manfaat;
pub mod not_found;
pub mod upcoming;
