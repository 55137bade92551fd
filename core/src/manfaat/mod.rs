//! Benefits (manfaat): JKM, JKK, scholarships, JHT, JP, JKP.
