//! Rules: pu (being written).
