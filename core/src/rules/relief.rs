//! Rules: relief (being written).
