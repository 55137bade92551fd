//! Input fields, share button and notices shared by the pages.

pub mod chart;
pub mod fields;
pub mod notices;
pub mod share;
