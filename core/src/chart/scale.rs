//! Linear and band scales, and "nice" axis ticks on 1-2-5 steps.

/// The most ticks [`nice_ticks`] ever returns: more would not fit under each other on a phone.
pub const MAX_TICKS: usize = 10;

/// Values beyond this are clamped before computing ticks, so no step or tick can overflow.
const LIMIT: f64 = 1e200;
/// Spans narrower than this (absolutely, or relative to the values) are treated as a single value.
const MIN_SPAN: f64 = 1e-9;

/// Maps a data interval (`domain`) linearly onto a pixel interval (`range`).
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct LinearScale {
    pub domain: (f64, f64),
    pub range: (f64, f64),
}

impl LinearScale {
    /// A scale over the nice ticks of `[min, max]`, and those ticks: the domain runs from the
    /// first tick to the last, so the axis ends on labelled values.
    pub fn nice(min: f64, max: f64, range: (f64, f64), max_ticks: usize) -> (LinearScale, Vec<f64>) {
        let ticks = nice_ticks(min, max, max_ticks);
        let first = ticks.first().copied().unwrap_or(0.0);
        let last = ticks.last().copied().unwrap_or(1.0);
        (
            LinearScale {
                domain: (first, last),
                range,
            },
            ticks,
        )
    }

    /// The pixel position of `value`. Values outside the domain (and infinities) are pinned to the
    /// nearest end of the range, so nothing is drawn outside the plot area; `NaN` stays `NaN`
    /// ("no value"), which the path and bar builders leave out. A zero-width or non-finite domain
    /// maps everything to the middle of the range.
    pub fn map(&self, value: f64) -> f64 {
        let (r0, r1) = (finite_or_zero(self.range.0), finite_or_zero(self.range.1));
        if value.is_nan() {
            return f64::NAN;
        }
        let (d0, d1) = self.domain;
        let span = d1 - d0;
        let t = if span.is_finite() && span != 0.0 && d0.is_finite() {
            ((value - d0) / span).clamp(0.0, 1.0)
        } else {
            0.5
        };
        r0 + t * (r1 - r0)
    }
}

/// Evenly spaced bands for categories (bars) along one axis, like a band scale in d3.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Band {
    /// Pixel interval covered by all bands, in either direction.
    pub range: (f64, f64),
    /// Number of categories.
    pub count: usize,
    /// Share of each band left empty, split on both sides (0 = bars touch); clamped to 0..=0.9.
    pub padding: f64,
}

impl Band {
    /// Centre of band `index`, counted from `range.0`.
    pub fn center(&self, index: usize) -> f64 {
        finite_or_zero(self.range.0) + (index as f64 + 0.5) * self.step()
    }

    /// Width of the filled part of each band (never negative).
    pub fn bandwidth(&self) -> f64 {
        let padding = if self.padding.is_finite() {
            self.padding.clamp(0.0, 0.9)
        } else {
            0.0
        };
        self.step().abs() * (1.0 - padding)
    }

    /// Lower pixel coordinate of the filled part of band `index`.
    pub fn start(&self, index: usize) -> f64 {
        self.center(index) - self.bandwidth() / 2.0
    }

    fn step(&self) -> f64 {
        if self.count == 0 {
            return 0.0;
        }
        (finite_or_zero(self.range.1) - finite_or_zero(self.range.0)) / self.count as f64
    }
}

/// The smallest and largest finite values, or `None` when there are none.
pub fn extent(values: impl IntoIterator<Item = f64>) -> Option<(f64, f64)> {
    values
        .into_iter()
        .filter(|v| v.is_finite())
        .fold(None, |acc, v| match acc {
            None => Some((v, v)),
            Some((lo, hi)) => Some((lo.min(v), hi.max(v))),
        })
}

/// Increasing ticks on a 1-2-5 step that cover `[min, max]`: the first tick is ≤ the smaller
/// value and the last ≥ the larger. Returns the finest such step giving at most `max_ticks`
/// ticks (clamped to 3..=[`MAX_TICKS`]; three are needed when the interval straddles zero).
///
/// Never fails: the bounds may come in either order; a single value `v` gets ticks from 0 to
/// `v`; non-finite bounds are ignored (none left: `0, 1`); magnitudes are clamped to 1e200.
pub fn nice_ticks(min: f64, max: f64, max_ticks: usize) -> Vec<f64> {
    let (lo, hi) = sane_interval(min, max);
    let max_ticks = max_ticks.clamp(3, MAX_TICKS);
    let raw_step = (hi - lo) / (max_ticks - 1) as f64;
    let exponent = raw_step.log10().floor() as i32; // ok: |exponent| ≤ 201 after sane_interval
                                                    // Steps from 10^e up to 5·10^(e+2) ≥ 50·raw_step > hi - lo: the last one always fits in 3 ticks.
    for e in exponent..=exponent.saturating_add(2) {
        for mantissa in [1.0, 2.0, 5.0] {
            if let Some(ticks) = ticks_with_step(lo, hi, mantissa, e, max_ticks) {
                return ticks;
            }
        }
    }
    vec![lo, hi]
}

/// Orders, cleans and widens the bounds so that `hi - lo` is a usable, finite span.
fn sane_interval(min: f64, max: f64) -> (f64, f64) {
    let clamp = |v: f64| v.clamp(-LIMIT, LIMIT);
    let (mut lo, mut hi) = match (min.is_finite(), max.is_finite()) {
        (true, true) => (clamp(min.min(max)), clamp(min.max(max))),
        (true, false) => (clamp(min), clamp(min)),
        (false, true) => (clamp(max), clamp(max)),
        (false, false) => (0.0, 1.0),
    };
    if hi - lo < MIN_SPAN || hi - lo < MIN_SPAN * lo.abs().max(hi.abs()) {
        // One value: draw it against zero, as every chart here has a zero baseline.
        lo = lo.min(0.0);
        hi = hi.max(0.0);
        if hi - lo < MIN_SPAN {
            hi = lo + 1.0;
        }
    }
    (lo, hi)
}

/// Ticks `k · mantissa · 10^exponent` covering `[lo, hi]`, if there are at most `max_ticks`.
fn ticks_with_step(lo: f64, hi: f64, mantissa: f64, exponent: i32, max_ticks: usize) -> Option<Vec<f64>> {
    // Dividing by an exact power of ten (rather than multiplying by 0.1…) gives 0.3, not 0.30000000000000004.
    let tick = |k: f64| {
        let t = if exponent < 0 {
            k * mantissa / 10f64.powi(-exponent)
        } else {
            k * mantissa * 10f64.powi(exponent)
        };
        t + 0.0 // turns -0 into 0
    };
    let step = tick(1.0);
    let mut first = (lo / step).floor();
    let mut last = (hi / step).ceil();
    // Rounding in the division can put an end tick a hair inside the interval.
    if tick(first) > lo {
        first -= 1.0;
    }
    if tick(last) < hi {
        last += 1.0;
    }
    let intervals = last - first;
    if !intervals.is_finite() || intervals + 1.0 > max_ticks as f64 {
        return None;
    }
    let count = intervals as usize + 1; // ok: 0 ≤ intervals < max_ticks, checked above
    Some((0..count).map(|i| tick(first + i as f64)).collect())
}

fn finite_or_zero(value: f64) -> f64 {
    if value.is_finite() {
        value
    } else {
        0.0
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ticks_use_1_2_5_steps() {
        assert_eq!(
            nice_ticks(0.0, 100.0, 6),
            vec![0.0, 20.0, 40.0, 60.0, 80.0, 100.0]
        );
        assert_eq!(nice_ticks(0.0, 100.0, 5), vec![0.0, 50.0, 100.0]);
        assert_eq!(
            nice_ticks(0.0, 0.9, 10),
            vec![0.0, 0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9]
        );
        assert_eq!(
            nice_ticks(3.0e9, 17.0e9, 10),
            vec![2e9, 4e9, 6e9, 8e9, 10e9, 12e9, 14e9, 16e9, 18e9]
        );
    }

    #[test]
    fn ticks_cover_negative_values_across_zero() {
        assert_eq!(nice_ticks(-35.0, 12.0, 6), vec![-40.0, -20.0, 0.0, 20.0]);
        assert_eq!(nice_ticks(-1.0, 1.0, 2), vec![-1.0, 0.0, 1.0]);
    }

    #[test]
    fn ticks_handle_reversed_single_and_missing_bounds() {
        assert_eq!(nice_ticks(100.0, 0.0, 6), nice_ticks(0.0, 100.0, 6));
        assert_eq!(nice_ticks(5.0, 5.0, 6), vec![0.0, 1.0, 2.0, 3.0, 4.0, 5.0]);
        assert_eq!(nice_ticks(-3.0, -3.0, 4), vec![-3.0, -2.0, -1.0, 0.0]);
        assert_eq!(nice_ticks(0.0, 0.0, 6), vec![0.0, 0.2, 0.4, 0.6, 0.8, 1.0]);
        assert_eq!(nice_ticks(f64::NAN, f64::NAN, 6), nice_ticks(0.0, 1.0, 6));
        assert_eq!(nice_ticks(f64::NEG_INFINITY, 8.0, 6), nice_ticks(0.0, 8.0, 6));
        assert!(nice_ticks(0.0, f64::MAX, 1000).len() <= MAX_TICKS);
    }

    #[test]
    fn ticks_cover_bounds_that_division_rounds_onto_a_tick() {
        // -1696.6380000000001 / 0.002 rounds to exactly -848319, whose tick -1696.638 is inside.
        let lo = -1696.6380000000001;
        let ticks = nice_ticks(lo, lo + 0.015, 10);
        assert!(ticks[0] <= lo, "{ticks:?}");
        assert_eq!(ticks.len(), 10);
        // 4.990950000000001 / 0.00001 rounds to exactly 499095, whose tick 4.99095 is inside.
        let hi = 4.990950000000001;
        let ticks = nice_ticks(hi - 0.00008, hi, 10);
        assert!(ticks[ticks.len() - 1] >= hi, "{ticks:?}");
    }

    #[test]
    fn map_is_linear_and_pinned_to_the_range() {
        let y = LinearScale {
            domain: (0.0, 100.0),
            range: (200.0, 0.0),
        };
        assert_eq!(y.map(0.0), 200.0);
        assert_eq!(y.map(25.0), 150.0);
        assert_eq!(y.map(100.0), 0.0);
        assert_eq!(y.map(150.0), 0.0);
        assert_eq!(y.map(f64::NEG_INFINITY), 200.0);
        assert!(y.map(f64::NAN).is_nan());
        let flat = LinearScale {
            domain: (3.0, 3.0),
            range: (0.0, 100.0),
        };
        assert_eq!(flat.map(3.0), 50.0);
    }

    #[test]
    fn nice_scale_spans_its_ticks() {
        let (scale, ticks) = LinearScale::nice(0.0, 93.0, (0.0, 100.0), 6);
        assert_eq!(ticks, vec![0.0, 20.0, 40.0, 60.0, 80.0, 100.0]);
        assert_eq!(scale.domain, (0.0, 100.0));
    }

    #[test]
    fn bands_split_the_range_evenly() {
        let band = Band {
            range: (0.0, 300.0),
            count: 3,
            padding: 0.2,
        };
        assert_eq!(band.center(1), 150.0);
        assert_eq!(band.bandwidth(), 80.0);
        assert_eq!(band.start(0), 10.0);
        let reversed = Band {
            range: (300.0, 0.0),
            count: 3,
            padding: 0.0,
        };
        assert_eq!((reversed.start(0), reversed.bandwidth()), (200.0, 100.0));
        let empty = Band {
            range: (0.0, 300.0),
            count: 0,
            padding: 0.2,
        };
        assert_eq!(empty.bandwidth(), 0.0);
    }

    #[test]
    fn extent_ignores_non_finite_values() {
        assert_eq!(extent([3.0, f64::NAN, -1.0, f64::INFINITY]), Some((-1.0, 3.0)));
        assert_eq!(extent([f64::NAN]), None);
    }
}
