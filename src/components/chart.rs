//! Line and area charts written as SVG markup (with `jaring_core::html::Html`) from the core's
//! chart geometry (`jaring_core::chart`): a chart library, or a `view!` tree per chart, would cost
//! far more WebAssembly than the markup a page needs.

use jaring_core::chart::{
    area_path, coord, extent, fixed, line_path, nice_ticks, project, tick_labels, Frame, LinearScale,
};
use jaring_core::html::Html;
use jaring_core::Lang;

/// One series over the chart's `xs`; `class` is added to its line (and area) for its colour.
pub struct Series<'a> {
    pub ys: &'a [f64],
    pub class: &'static str,
    /// Fill the area between the line and zero.
    pub area: bool,
}

/// What a chart shows: `xs` are shared by every series and the band.
pub struct Chart<'a> {
    pub xs: &'a [f64],
    pub series: &'a [Series<'a>],
    /// A shaded range (lower, upper), such as a simulation's spread.
    pub band: Option<(&'a [f64], &'a [f64])>,
    /// The caption, also the chart's name for screen readers.
    pub label: &'a str,
}

/// The drawing is about a phone's width, so its 12 px labels stay readable at 360 px; on wider
/// screens CSS caps its width.
const FRAME: Frame = Frame {
    width: 340.0,
    height: 200.0,
    margin_left: 56.0,
    margin_right: 10.0,
    margin_top: 10.0,
    margin_bottom: 26.0,
};

/// Writes `chart` as a `<figure>` with value ticks on the left and x ticks (whole numbers:
/// years, ages) below. Values start at zero so areas show growth honestly; x spans the data.
pub fn chart_html(h: &mut Html, chart: &Chart, lang: Lang) {
    let Some((x_min, x_max)) = extent(chart.xs.iter().copied()) else {
        return;
    };
    let band_values = chart.band.iter().flat_map(|(_, upper)| upper.iter());
    let values = chart.series.iter().flat_map(|s| s.ys.iter()).chain(band_values);
    let y_max = extent(values.copied()).map_or(0.0, |(_, hi)| hi.max(0.0));
    let (y, y_values) = LinearScale::nice(0.0, y_max, FRAME.y_range(), 5);
    let x = LinearScale {
        domain: (x_min, x_max),
        range: FRAME.x_range(),
    };
    let plot = FRAME.plot();
    let (left, right, bottom) = (plot.x, plot.x + plot.width, plot.y + plot.height);

    h.open("figure", &[("class", "chart")]);
    h.open(
        "svg",
        &[
            (
                "viewBox",
                &format!("0 0 {} {}", coord(FRAME.width), coord(FRAME.height)),
            ),
            ("role", "img"),
            ("aria-label", chart.label),
        ],
    );
    for (value, label) in y_values.iter().zip(tick_labels(&y_values, lang)) {
        let at = y.map(*value);
        h.open(
            "line",
            &[
                ("class", "chart-grid"),
                ("x1", &coord(left)),
                ("x2", &coord(right)),
                ("y1", &coord(at)),
                ("y2", &coord(at)),
            ],
        )
        .close("line");
        let attrs = [
            ("class", "chart-tick"),
            ("x", &coord(left - 6.0)),
            ("y", &coord(at + 4.0)),
            ("text-anchor", "end"),
        ];
        h.el("text", &attrs, &label);
    }
    for value in nice_ticks(x_min, x_max, 7) {
        if value < x_min || value > x_max {
            continue;
        }
        let attrs = [
            ("class", "chart-tick"),
            ("x", &coord(x.map(value))),
            ("y", &coord(bottom + 18.0)),
            ("text-anchor", "middle"),
        ];
        h.el("text", &attrs, &fixed(value, 0));
    }
    let zeros = vec![0.0; chart.xs.len()];
    let baseline = project(chart.xs, &zeros, &x, &y);
    if let Some((lower, upper)) = chart.band {
        let upper = project(chart.xs, upper, &x, &y);
        let lower = project(chart.xs, lower, &x, &y);
        path(h, "chart-band", &area_path(&upper, &lower));
    }
    for series in chart.series {
        let points = project(chart.xs, series.ys, &x, &y);
        if series.area {
            path(
                h,
                &classes("chart-area", series.class),
                &area_path(&points, &baseline),
            );
        }
        path(h, &classes("chart-line", series.class), &line_path(&points));
    }
    h.open(
        "line",
        &[
            ("class", "chart-axis"),
            ("x1", &coord(left)),
            ("x2", &coord(right)),
            ("y1", &coord(bottom)),
            ("y2", &coord(bottom)),
        ],
    )
    .close("line");
    h.close("svg");
    h.el("figcaption", &[("aria-hidden", "true")], chart.label);
    h.close("figure");
}

fn path(h: &mut Html, class: &str, d: &str) {
    h.open("path", &[("class", class), ("d", d)]).close("path");
}

fn classes(base: &str, extra: &str) -> String {
    if extra.is_empty() {
        base.to_string()
    } else {
        format!("{base} {extra}")
    }
}
