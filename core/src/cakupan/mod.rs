//! Coverage growth from PERISAI agent recruitment, lapse and subsidised cohorts.
