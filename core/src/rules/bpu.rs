//! Rules: bpu (being written).
