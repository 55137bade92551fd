//! Rectangles for vertical bars (simple, stacked, grouped) and ranked horizontal bars.

use super::{Band, LinearScale, Rect};

/// How several series share a category's band.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum BarLayout {
    /// On top of each other (cost by funder); negative values stack downwards from zero.
    Stacked,
    /// Side by side (up to three scenarios compared); one series gives simple bars.
    Grouped,
}

/// One bar: which series and category it shows, and where it is drawn.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Bar {
    pub series: usize,
    pub category: usize,
    pub rect: Rect,
}

/// Vertical bars for `series[s][category]`, one category per band of `band` (the x axis), values
/// measured from zero on `y`. One [`Bar`] per non-zero finite value; categories beyond
/// `band.count` and missing values are skipped.
pub fn bars(series: &[Vec<f64>], layout: BarLayout, band: &Band, y: &LinearScale) -> Vec<Bar> {
    let zero = y.map(0.0);
    let mut out = Vec::new();
    for category in 0..band.count {
        let (start, width) = (band.start(category), band.bandwidth());
        let (mut above, mut below) = (0.0, 0.0);
        for (s, value) in values_at(series, category) {
            let rect = match layout {
                BarLayout::Stacked => {
                    let base = if value > 0.0 { &mut above } else { &mut below };
                    let from = *base;
                    *base += value;
                    Rect::between(start, start + width, y.map(from), y.map(*base))
                }
                BarLayout::Grouped => {
                    let sub = width / series.len() as f64;
                    let x = start + s as f64 * sub;
                    Rect::between(x, x + sub, zero, y.map(value))
                }
            };
            out.push(Bar {
                series: s,
                category,
                rect,
            });
        }
    }
    out
}

/// Horizontal bars for a ranked chart (sensitivity, tornado): row `r` of `rows` (the y axis, in
/// the order given) shows `series[s][r]` for every series, each drawn from zero on `x`, so
/// negative values extend left of the zero axis. A tornado passes the low and the high swing as
/// two series. One [`Bar`] per non-zero finite value.
pub fn hbars(series: &[Vec<f64>], rows: &Band, x: &LinearScale) -> Vec<Bar> {
    let zero = x.map(0.0);
    let mut out = Vec::new();
    for row in 0..rows.count {
        let (top, height) = (rows.start(row), rows.bandwidth());
        for (s, value) in values_at(series, row) {
            let rect = Rect::between(zero, x.map(value), top, top + height);
            out.push(Bar {
                series: s,
                category: row,
                rect,
            });
        }
    }
    out
}

/// `(series index, value)` of every series with a non-zero finite value at `index`.
fn values_at(series: &[Vec<f64>], index: usize) -> impl Iterator<Item = (usize, f64)> + '_ {
    series
        .iter()
        .enumerate()
        .filter_map(move |(s, values)| values.get(index).map(|&v| (s, v)))
        .filter(|(_, v)| v.is_finite() && *v != 0.0)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn rect(x: f64, y: f64, width: f64, height: f64) -> Rect {
        Rect { x, y, width, height }
    }

    fn y_axis() -> LinearScale {
        LinearScale {
            domain: (-10.0, 10.0),
            range: (200.0, 0.0),
        }
    }

    #[test]
    fn stacked_bars_pile_up_from_zero_in_both_directions() {
        let band = Band {
            range: (0.0, 200.0),
            count: 2,
            padding: 0.5,
        };
        let series = vec![vec![2.0, -2.0], vec![3.0, 4.0], vec![0.0, -1.0]];
        let got: Vec<_> = bars(&series, BarLayout::Stacked, &band, &y_axis())
            .iter()
            .map(|b| b.rect)
            .collect();
        assert_eq!(
            got,
            [
                rect(25.0, 80.0, 50.0, 20.0),
                rect(25.0, 50.0, 50.0, 30.0),
                rect(125.0, 100.0, 50.0, 20.0),
                rect(125.0, 60.0, 50.0, 40.0),
                rect(125.0, 120.0, 50.0, 10.0),
            ]
        );
    }

    #[test]
    fn grouped_bars_share_the_band_side_by_side() {
        let band = Band {
            range: (0.0, 120.0),
            count: 1,
            padding: 0.0,
        };
        let series = vec![vec![5.0], vec![f64::NAN], vec![-5.0]];
        let got = bars(&series, BarLayout::Grouped, &band, &y_axis());
        assert_eq!(got.len(), 2);
        assert_eq!(
            got[0],
            Bar {
                series: 0,
                category: 0,
                rect: rect(0.0, 50.0, 40.0, 50.0)
            }
        );
        assert_eq!(
            got[1],
            Bar {
                series: 2,
                category: 0,
                rect: rect(80.0, 100.0, 40.0, 50.0)
            }
        );
    }

    #[test]
    fn hbars_extend_left_of_zero_for_negative_values() {
        let rows = Band {
            range: (0.0, 40.0),
            count: 2,
            padding: 0.0,
        };
        let x = LinearScale {
            domain: (-10.0, 10.0),
            range: (0.0, 100.0),
        };
        let low_high = vec![vec![-4.0, -1.0], vec![6.0]];
        let got = hbars(&low_high, &rows, &x);
        assert_eq!(
            got.iter().map(|b| (b.series, b.category)).collect::<Vec<_>>(),
            [(0, 0), (1, 0), (0, 1)]
        );
        assert_eq!(got[0].rect, rect(30.0, 0.0, 20.0, 20.0));
        assert_eq!(got[1].rect, rect(50.0, 0.0, 30.0, 20.0));
        assert_eq!(got[2].rect, rect(45.0, 20.0, 5.0, 20.0));
    }

    #[test]
    fn empty_or_zero_input_gives_no_bars() {
        let band = Band {
            range: (0.0, 100.0),
            count: 3,
            padding: 0.1,
        };
        assert!(bars(&[], BarLayout::Grouped, &band, &y_axis()).is_empty());
        assert!(bars(&[vec![0.0; 3]], BarLayout::Stacked, &band, &y_axis()).is_empty());
        let none = Band { count: 0, ..band };
        assert!(hbars(&[vec![1.0]], &none, &y_axis()).is_empty());
    }
}
