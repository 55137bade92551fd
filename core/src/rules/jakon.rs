//! Rules: jakon (being written).
