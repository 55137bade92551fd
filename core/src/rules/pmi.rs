//! Rules: pmi (being written).
