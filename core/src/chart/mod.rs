//! Chart geometry: scales, ticks, labels, SVG path strings and bar rectangles (no DOM).
//!
//! The interface draws its charts as hand-made SVG (a chart library would cost ~150 KB gzip);
//! everything computed here is plain data it copies into `<svg>` attributes. Coordinates are SVG
//! pixels: x grows to the right, y grows **downwards**, so a value axis maps its minimum to the
//! bottom of the plot area. Nothing here panics: empty series give empty output, and non-finite
//! values are left out (a gap in a line, no bar).

mod bar;
mod label;
mod path;
mod scale;

pub use bar::{bars, hbars, Bar, BarLayout};
pub use label::{compact, compact_rupiah, tick_labels};
pub use path::{area_path, line_path, project, stack, stacked_areas};
pub use scale::{extent, nice_ticks, Band, LinearScale, MAX_TICKS};

/// An axis-aligned rectangle in SVG pixels; `width` and `height` are never negative.
#[derive(Clone, Copy, Debug, Default, PartialEq)]
pub struct Rect {
    pub x: f64,
    pub y: f64,
    pub width: f64,
    pub height: f64,
}

impl Rect {
    /// The rectangle between two x and two y coordinates given in any order, rounded to 0.1 px.
    fn between(x0: f64, x1: f64, y0: f64, y1: f64) -> Rect {
        Rect {
            x: round1(x0.min(x1)),
            y: round1(y0.min(y1)),
            width: round1((x1 - x0).abs()),
            height: round1((y1 - y0).abs()),
        }
    }
}

/// The size of a chart and the margins kept for axes and labels, in SVG pixels.
#[derive(Clone, Copy, Debug, Default, PartialEq)]
pub struct Frame {
    pub width: f64,
    pub height: f64,
    pub margin_left: f64,
    pub margin_right: f64,
    pub margin_top: f64,
    pub margin_bottom: f64,
}

impl Frame {
    /// The plot area inside the margins. Negative or non-finite sizes count as zero, and margins
    /// larger than the chart leave an empty (zero-sized) area instead of an inverted one.
    pub fn plot(&self) -> Rect {
        let (width, height) = (non_negative(self.width), non_negative(self.height));
        let left = non_negative(self.margin_left).min(width);
        let right = (width - non_negative(self.margin_right)).max(left);
        let top = non_negative(self.margin_top).min(height);
        let bottom = (height - non_negative(self.margin_bottom)).max(top);
        Rect {
            x: left,
            y: top,
            width: right - left,
            height: bottom - top,
        }
    }

    /// Pixel range of the horizontal axis: `(left, right)`.
    pub fn x_range(&self) -> (f64, f64) {
        let plot = self.plot();
        (plot.x, plot.x + plot.width)
    }

    /// Pixel range of the vertical axis: `(bottom, top)`, so larger values are drawn higher.
    pub fn y_range(&self) -> (f64, f64) {
        let plot = self.plot();
        (plot.y + plot.height, plot.y)
    }
}

fn non_negative(value: f64) -> f64 {
    if value.is_finite() && value > 0.0 {
        value
    } else {
        0.0
    }
}

/// `value` with exactly `decimals` decimals (`12.30`, `-4`), rounded half away from zero. It
/// stands in for `format!("{value:.2}")`: Rust's float formatter is about 15 KB of WebAssembly,
/// and charts are its only user. Beyond 18 integer-and-decimal digits, and for non-finite values,
/// the digits are meaningless (never the case for pixels and tick labels).
pub fn fixed(value: f64, decimals: usize) -> String {
    let decimals = decimals.min(18);
    let factor = 10f64.powi(decimals as i32); // ok: decimals ≤ 18
    let scaled = (value.abs() * factor).round();
    let units = if scaled.is_finite() { scaled as u64 } else { 0 }; // ok: saturates, see above
    let mut out = String::new();
    if value < 0.0 && units != 0 {
        out.push('-');
    }
    let digits = format!("{units:0>width$}", width = decimals + 1);
    let (whole, fraction) = digits.split_at(digits.len() - decimals);
    out.push_str(whole);
    if decimals > 0 {
        out.push('.');
        out.push_str(fraction);
    }
    out
}

/// An SVG coordinate: one decimal, without a trailing `.0` (`12.3`, `40`).
pub fn coord(value: f64) -> String {
    let text = fixed(value, 1);
    match text.strip_suffix(".0") {
        Some(whole) => whole.to_string(),
        None => text,
    }
}

/// Rounds to one decimal, the precision of every coordinate written out; never yields `-0`.
fn round1(value: f64) -> f64 {
    let rounded = (value * 10.0).round() / 10.0;
    if rounded == 0.0 {
        0.0
    } else {
        rounded
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn frame(width: f64, height: f64, margin: f64) -> Frame {
        Frame {
            width,
            height,
            margin_left: margin,
            margin_right: margin,
            margin_top: margin,
            margin_bottom: margin,
        }
    }

    #[test]
    fn fixed_writes_what_the_float_formatter_writes() {
        for value in [
            0.0,
            1.0,
            12.34,
            340.0,
            187.26,
            999.96,
            1e6 / 3.0,
            56.0,
            -4.2,
            0.005,
        ] {
            for decimals in 0..4 {
                // Halfway cases differ (binary value vs. rounded product); none of these is one.
                assert_eq!(
                    fixed(value, decimals),
                    format!("{value:.decimals$}"),
                    "{value} {decimals}"
                );
            }
        }
        assert_eq!(fixed(-0.01, 1), "0.0", "no negative zero");
        assert_eq!(coord(12.3), "12.3");
        assert_eq!(coord(40.0), "40");
        assert_eq!(coord(-3.0), "-3");
    }

    #[test]
    fn plot_area_is_inside_the_margins() {
        let f = Frame {
            margin_left: 40.0,
            margin_bottom: 20.0,
            ..frame(300.0, 200.0, 10.0)
        };
        assert_eq!(
            f.plot(),
            Rect {
                x: 40.0,
                y: 10.0,
                width: 250.0,
                height: 170.0
            }
        );
        assert_eq!(f.x_range(), (40.0, 290.0));
        assert_eq!(f.y_range(), (180.0, 10.0));
    }

    #[test]
    fn oversized_margins_and_bad_sizes_give_an_empty_area() {
        assert_eq!(frame(50.0, 50.0, 40.0).plot().width, 0.0);
        assert_eq!(frame(50.0, 50.0, 40.0).plot().height, 0.0);
        assert_eq!(frame(f64::NAN, -5.0, f64::INFINITY).plot(), Rect::default());
    }

    #[test]
    fn rounding_keeps_one_decimal_and_drops_negative_zero() {
        assert_eq!(round1(12.345), 12.3);
        assert_eq!(round1(-0.04).to_string(), "0");
        assert_eq!(
            Rect::between(5.0, 1.0, 2.0, 8.0),
            Rect {
                x: 1.0,
                y: 2.0,
                width: 4.0,
                height: 6.0
            }
        );
    }
}
