//! Properties of the chart geometry: ticks cover their data, everything drawn stays inside the
//! plot area, stacks only go up, no path carries a NaN, and labels read back as their value.

use jaring_core::chart::{
    area_path, bars, compact, extent, hbars, line_path, nice_ticks, project, stack, stacked_areas,
    tick_labels, Band, BarLayout, Frame, LinearScale, Rect, MAX_TICKS,
};
use jaring_core::money::parse_amount;
use jaring_core::Lang;
use proptest::prelude::*;
use rust_decimal::prelude::ToPrimitive;

/// Any f64 at all, with the awkward ones (NaN, infinities, zero, huge) often enough to matter.
fn any_value() -> impl Strategy<Value = f64> {
    prop_oneof![
        4 => -1e13..1e13f64,
        1 => Just(f64::NAN),
        1 => Just(f64::INFINITY),
        1 => Just(f64::NEG_INFINITY),
        1 => Just(0.0),
        1 => any::<f64>(),
    ]
}

/// Bounds of an interval: unrelated values, or a value and another within a relative 10^-e of it
/// (narrow spans need many decimals, and once below float precision count as one value).
fn interval() -> impl Strategy<Value = (f64, f64)> {
    prop_oneof![
        (-1e15..1e15f64, -1e15..1e15f64),
        (-1e15..1e15f64, 0..16i32, -1.0..1.0f64).prop_map(|(a, e, r)| (a, a + a * r * 10f64.powi(-e))),
    ]
}

fn frame() -> impl Strategy<Value = Frame> {
    (
        0.0..2000.0f64,
        0.0..1000.0f64,
        [0.0..150.0f64, 0.0..150.0, 0.0..150.0, 0.0..150.0],
    )
        .prop_map(|(width, height, [left, right, top, bottom])| Frame {
            width,
            height,
            margin_left: left,
            margin_right: right,
            margin_top: top,
            margin_bottom: bottom,
        })
}

fn lang() -> impl Strategy<Value = Lang> {
    prop_oneof![Just(Lang::Id), Just(Lang::En)]
}

fn series() -> impl Strategy<Value = Vec<Vec<f64>>> {
    prop::collection::vec(prop::collection::vec(any_value(), 0..8), 0..4)
}

fn inside(rect: &Rect, plot: &Rect) -> bool {
    // Coordinates are rounded to 0.1 px, each on its own.
    let tolerance = 0.1 + 1e-9;
    rect.width >= 0.0
        && rect.height >= 0.0
        && rect.x >= plot.x - tolerance
        && rect.y >= plot.y - tolerance
        && rect.x + rect.width <= plot.x + plot.width + tolerance
        && rect.y + rect.height <= plot.y + plot.height + tolerance
}

/// Only move/line/close commands and plain decimal numbers: no NaN, no inf, no exponent.
fn clean(path: &str) -> bool {
    path.chars().all(|c| "MLZ0123456789.,-".contains(c))
}

/// The points of a path, in order.
fn points(path: &str) -> Vec<(f64, f64)> {
    path.split(['M', 'L', 'Z'])
        .filter(|s| !s.is_empty())
        .filter_map(|pair| {
            let (x, y) = pair.split_once(',')?;
            Some((x.parse().ok()?, y.parse().ok()?))
        })
        .collect()
}

/// Reads a compact label back: `-1,23 jt` → -1 230 000, `4.5B` → 4 500 000 000.
fn read_label(label: &str, lang: Lang) -> Option<f64> {
    let units: [(&str, f64); 4] = match lang {
        Lang::Id => [(" T", 1e12), (" M", 1e9), (" jt", 1e6), (" rb", 1e3)],
        Lang::En => [("T", 1e12), ("B", 1e9), ("M", 1e6), ("K", 1e3)],
    };
    let (number, size) = units
        .iter()
        .find_map(|&(suffix, size)| label.strip_suffix(suffix).map(|n| (n, size)))
        .unwrap_or((label, 1.0));
    let plain: String = number
        .chars()
        .filter(|&c| c != lang.group_separator())
        .map(|c| if c == lang.decimal_separator() { '.' } else { c })
        .collect();
    plain.parse::<f64>().ok().map(|n| n * size)
}

proptest! {
    #[test]
    fn ticks_cover_the_data_and_increase((a, b) in interval(), max in 0usize..30) {
        let ticks = nice_ticks(a, b, max);
        prop_assert!(ticks.len() >= 2 && ticks.len() <= max.clamp(3, MAX_TICKS));
        prop_assert!(ticks.windows(2).all(|w| w[0] < w[1]), "{ticks:?}");
        prop_assert!(ticks[0] <= a.min(b), "{ticks:?}");
        prop_assert!(ticks[ticks.len() - 1] >= a.max(b), "{ticks:?}");
    }

    #[test]
    fn ticks_of_anything_are_finite_increasing_and_few(a in any_value(), b in any_value(), max in 0usize..30) {
        let ticks = nice_ticks(a, b, max);
        prop_assert!((2..=MAX_TICKS).contains(&ticks.len()));
        prop_assert!(ticks.iter().all(|t| t.is_finite()));
        prop_assert!(ticks.windows(2).all(|w| w[0] < w[1]), "{ticks:?}");
    }

    #[test]
    fn mapped_points_stay_inside_the_plot_area(
        frame in frame(),
        xs in prop::collection::vec(any_value(), 1..20),
        ys in prop::collection::vec(any_value(), 1..20),
    ) {
        let plot = frame.plot();
        let (xlo, xhi) = extent(xs.iter().copied()).unwrap_or((0.0, 0.0));
        let (ylo, yhi) = extent(ys.iter().copied()).unwrap_or((0.0, 0.0));
        let (x, _) = LinearScale::nice(xlo, xhi, frame.x_range(), 6);
        let (y, _) = LinearScale::nice(ylo, yhi, frame.y_range(), 6);
        for (px, py) in project(&xs, &ys, &x, &y) {
            let point = Rect { x: px, y: py, width: 0.0, height: 0.0 };
            prop_assert!(px.is_nan() || py.is_nan() || inside(&point, &plot), "{px},{py} outside {plot:?}");
        }
    }

    #[test]
    fn bars_stay_inside_the_plot_area(frame in frame(), series in series(), padding in -1.0..2.0f64) {
        let plot = frame.plot();
        let count = series.iter().map(Vec::len).max().unwrap_or(0);
        let columns = Band { range: frame.x_range(), count, padding };
        let rows = Band { range: (plot.y, plot.y + plot.height), count, padding };
        let (lo, hi) = extent(series.iter().flatten().copied()).unwrap_or((0.0, 0.0));
        let (y, _) = LinearScale::nice(lo.min(0.0), hi.max(0.0), frame.y_range(), 6);
        let (x, _) = LinearScale::nice(lo.min(0.0), hi.max(0.0), frame.x_range(), 6);
        let all = [
            bars(&series, BarLayout::Stacked, &columns, &y),
            bars(&series, BarLayout::Grouped, &columns, &y),
            hbars(&series, &rows, &x),
        ];
        for bar in all.iter().flatten() {
            prop_assert!(inside(&bar.rect, &plot), "{bar:?} outside {plot:?}");
        }
    }

    #[test]
    fn stacked_layers_never_go_down(series in series()) {
        let layers = stack(&series);
        prop_assert_eq!(layers.len(), series.len());
        for (k, layer) in layers.iter().enumerate() {
            let below = k.checked_sub(1).and_then(|b| layers.get(b));
            for (i, &top) in layer.iter().enumerate() {
                let floor = below.and_then(|b| b.get(i)).copied().unwrap_or(0.0);
                prop_assert!(top >= floor, "layer {k} point {i}: {top} < {floor}");
            }
        }
    }

    #[test]
    fn stacked_areas_have_their_top_above_their_bottom(
        frame in frame(),
        series in prop::collection::vec(prop::collection::vec(0.0..1e9f64, 6), 1..4),
    ) {
        let xs: Vec<f64> = (0..6).map(f64::from).collect();
        let top = stack(&series).last().and_then(|l| l.iter().copied().reduce(f64::max)).unwrap_or(0.0);
        let (x, _) = LinearScale::nice(0.0, 5.0, frame.x_range(), 6);
        let (y, _) = LinearScale::nice(0.0, top, frame.y_range(), 6);
        for path in stacked_areas(&xs, &series, &x, &y) {
            let pts = points(&path);
            prop_assert_eq!(pts.len(), 12);
            for i in 0..6 {
                // SVG y grows downwards: the upper edge has the smaller y.
                prop_assert!(pts[i].1 <= pts[11 - i].1, "{path}");
                prop_assert_eq!(pts[i].0, pts[11 - i].0);
            }
        }
    }

    #[test]
    fn no_path_carries_nan_or_infinity(
        xs in prop::collection::vec(any_value(), 0..10),
        ys in prop::collection::vec(any_value(), 0..10),
        lows in prop::collection::vec(any_value(), 0..10),
        series in series(),
    ) {
        let raw: Vec<(f64, f64)> = xs.iter().copied().zip(ys.iter().copied()).collect();
        let low: Vec<(f64, f64)> = xs.iter().copied().zip(lows.iter().copied()).collect();
        let x = LinearScale { domain: (-1.0, 1.0), range: (0.0, 500.0) };
        let y = LinearScale { domain: (0.0, 1e6), range: (300.0, 0.0) };
        let mut paths = vec![line_path(&raw), area_path(&raw, &low), line_path(&project(&xs, &ys, &x, &y))];
        paths.extend(stacked_areas(&xs, &series, &x, &y));
        for path in &paths {
            prop_assert!(clean(path), "{path}");
        }
    }

    #[test]
    fn compact_labels_read_back_as_their_value(value in -1e18..1e18f64, lang in lang()) {
        let label = compact(value, lang);
        let back = read_label(&label, lang);
        prop_assert!(back.is_some(), "{label}");
        let back = back.unwrap_or(f64::NAN);
        prop_assert!((back - value).abs() <= 0.005 * value.abs().max(1.0) * (1.0 + 1e-9), "{value} → {label} → {back}");
    }

    #[test]
    fn indonesian_labels_are_amounts_the_input_field_accepts(value in 0.0..1e15f64) {
        let label = compact(value, Lang::Id);
        let parsed = parse_amount(&label).ok().and_then(|r| r.amount().to_f64());
        prop_assert!(parsed.is_some(), "{label}");
        let back = parsed.unwrap_or(f64::NAN);
        prop_assert!((back - value).abs() <= 0.005 * value.max(1.0) * (1.0 + 1e-9), "{value} → {label} → {back}");
    }

    #[test]
    fn tick_labels_are_exact((a, b) in interval(), max in 3usize..11, lang in lang()) {
        let ticks = nice_ticks(a, b, max);
        let labels = tick_labels(&ticks, lang);
        prop_assert_eq!(labels.len(), ticks.len());
        let step = ticks[1] - ticks[0];
        for (tick, label) in ticks.iter().zip(&labels) {
            let back = read_label(label, lang);
            prop_assert!(back.is_some_and(|v| (v - tick).abs() <= step * 1e-6), "{tick} → {label} → {back:?}");
        }
    }
}
