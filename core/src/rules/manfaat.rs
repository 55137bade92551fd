//! Rules: manfaat (being written).
