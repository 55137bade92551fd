//! Line and area charts written as SVG markup (with `maud`) from the core's chart geometry
//! (`jaring_core::chart`): a chart library, or a `view!` tree per chart, would cost far more
//! WebAssembly than the markup a page needs.

use jaring_core::chart::{
    area_path, coord, extent, fixed, line_path, nice_ticks, project, tick_labels, Frame, LinearScale,
};
use jaring_core::Lang;
use maud::{html, Markup};

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
pub const FRAME: Frame = Frame {
    width: 340.0,
    height: 200.0,
    margin_left: 56.0,
    margin_right: 10.0,
    margin_top: 10.0,
    margin_bottom: 26.0,
};

/// `chart` as a `<figure>` with value ticks on the left and x ticks (whole numbers: years, ages)
/// below. Values start at zero so areas show growth honestly; x spans the data. Nothing when
/// there are no points.
pub fn chart(chart: &Chart, lang: Lang) -> Markup {
    let Some((x_min, x_max)) = extent(chart.xs.iter().copied()) else {
        return html! {};
    };
    let band_values = chart.band.iter().flat_map(|(_, upper)| upper.iter());
    let values = chart.series.iter().flat_map(|s| s.ys.iter()).chain(band_values);
    let y_max = extent(values.copied()).map_or(0.0, |(_, hi)| hi.max(0.0));
    let (y, y_values) = LinearScale::nice(0.0, y_max, FRAME.y_range(), 5);
    let x = LinearScale {
        domain: (x_min, x_max),
        range: FRAME.x_range(),
    };
    let zeros = vec![0.0; chart.xs.len()];
    let baseline = project(chart.xs, &zeros, &x, &y);
    let band = chart.band.map(|(lower, upper)| {
        area_path(
            &project(chart.xs, upper, &x, &y),
            &project(chart.xs, lower, &x, &y),
        )
    });
    html! {
        figure.chart {
            svg viewBox={ "0 0 " (coord(FRAME.width)) " " (coord(FRAME.height)) } role="img" aria-label=(chart.label) {
                (value_grid(lang, &FRAME, &y, &y_values, ""))
                (whole_x_ticks(&FRAME, &x))
                @if let Some(d) = band {
                    path.chart-band d=(d) {}
                }
                @for series in chart.series {
                    @let points = project(chart.xs, series.ys, &x, &y);
                    @if series.area {
                        path class={ "chart-area " (series.class) } d=(area_path(&points, &baseline)) {}
                    }
                    path class={ "chart-line " (series.class) } d=(line_path(&points)) {}
                }
                (x_axis(&FRAME))
            }
            figcaption aria-hidden="true" { (chart.label) }
        }
    }
}

/// Horizontal grid lines at the value `ticks`, each labelled on the left (with `suffix`, e.g. `%`).
pub fn value_grid(lang: Lang, frame: &Frame, y: &LinearScale, ticks: &[f64], suffix: &str) -> Markup {
    let plot = frame.plot();
    let (left, right) = (coord(plot.x), coord(plot.x + plot.width));
    html! {
        @for (value, label) in ticks.iter().zip(tick_labels(ticks, lang)) {
            @let at = y.map(*value);
            line.chart-grid x1=(left) x2=(right) y1=(coord(at)) y2=(coord(at)) {}
            text.chart-tick x=(coord(plot.x - 6.0)) y=(coord(at + 4.0)) text-anchor="end" { (label) (suffix) }
        }
    }
}

/// Whole-number ticks (years, ages) under the plot, within the x scale's domain.
pub fn whole_x_ticks(frame: &Frame, x: &LinearScale) -> Markup {
    let (x_min, x_max) = x.domain;
    let plot = frame.plot();
    let below = coord(plot.y + plot.height + 18.0);
    html! {
        @for value in nice_ticks(x_min, x_max, 7).into_iter().filter(|v| (x_min..=x_max).contains(v)) {
            text.chart-tick x=(coord(x.map(value))) y=(below) text-anchor="middle" { (fixed(value, 0)) }
        }
    }
}

/// The x axis: a line along the bottom of the plot.
pub fn x_axis(frame: &Frame) -> Markup {
    let plot = frame.plot();
    let bottom = coord(plot.y + plot.height);
    html! {
        line.chart-axis x1=(coord(plot.x)) x2=(coord(plot.x + plot.width)) y1=(bottom) y2=(bottom) {}
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use expect_test::expect_file;

    #[test]
    fn a_line_with_an_area_and_a_band() {
        let xs = [30.0, 31.0, 32.0, 33.0];
        let ys = [0.0, 1_000_000.0, 2_100_000.0, 3_300_000.0];
        let (lower, upper) = (
            [0.0, 900_000.0, 1_800_000.0, 2_700_000.0],
            [0.0, 1_100_000.0, 2_400_000.0, 3_900_000.0],
        );
        let series = [Series {
            ys: &ys,
            class: "chart-jht",
            area: true,
        }];
        let shown = chart(
            &Chart {
                xs: &xs,
                series: &series,
                band: Some((&lower, &upper)),
                label: "Saldo <JHT> & bunga",
            },
            Lang::Id,
        );
        expect_file!["snapshots/chart_line_area_band.html"].assert_eq(&shown.into_string());
    }

    #[test]
    fn no_points_no_chart() {
        let shown = chart(
            &Chart {
                xs: &[],
                series: &[],
                band: None,
                label: "kosong",
            },
            Lang::En,
        );
        assert_eq!(shown.into_string(), "");
    }
}
