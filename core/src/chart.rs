//! Chart geometry: scales, ticks and SVG path strings (no DOM).
