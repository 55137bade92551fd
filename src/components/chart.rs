//! A small area-under-a-line chart drawn as hand-made SVG from the core's chart geometry
//! (`jaring_core::chart`): a chart library would cost far more than the page itself.

use crate::app::use_ctx;
use jaring_core::chart::{
    area_path, extent, line_path, nice_ticks, project, tick_labels, Frame, LinearScale,
};
use leptos::prelude::*;

/// One series of points; `xs` and `ys` are read pairwise.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Series {
    pub xs: Vec<f64>,
    pub ys: Vec<f64>,
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

/// A tick: its pixel position and its label.
#[derive(Clone, Debug, PartialEq)]
struct Tick {
    at: f64,
    label: String,
}

#[derive(Clone, Debug, Default, PartialEq)]
struct Geometry {
    line: String,
    area: String,
    x_ticks: Vec<Tick>,
    y_ticks: Vec<Tick>,
}

fn geometry(series: &Series, lang: jaring_core::Lang) -> Geometry {
    let Some((x_min, x_max)) = extent(series.xs.iter().copied()) else {
        return Geometry::default();
    };
    let y_max = extent(series.ys.iter().copied()).map_or(0.0, |(_, hi)| hi.max(0.0));
    // Values start at zero so the area shows growth honestly; x spans exactly the data.
    let (y, y_values) = LinearScale::nice(0.0, y_max, FRAME.y_range(), 5);
    let x = LinearScale {
        domain: (x_min, x_max),
        range: FRAME.x_range(),
    };
    let x_values: Vec<f64> = nice_ticks(x_min, x_max, 7)
        .into_iter()
        .filter(|v| *v >= x_min && *v <= x_max)
        .collect();
    let upper = project(&series.xs, &series.ys, &x, &y);
    let zeros = vec![0.0; series.xs.len()];
    let lower = project(&series.xs, &zeros, &x, &y);
    let y_labels = tick_labels(&y_values, lang);
    Geometry {
        line: line_path(&upper),
        area: area_path(&upper, &lower),
        x_ticks: x_values
            .iter()
            .map(|&v| Tick {
                at: x.map(v),
                label: format!("{v:.0}"),
            })
            .collect(),
        y_ticks: y_values
            .iter()
            .zip(y_labels)
            .map(|(&v, label)| Tick { at: y.map(v), label })
            .collect(),
    }
}

/// An area chart of `series` with value ticks on the left and x ticks below; `label` is its
/// caption (and its name for screen readers). Drawn once: a page that changes the series draws
/// the chart again.
#[component]
pub fn AreaChart(series: Series, label: String) -> impl IntoView {
    let shape = geometry(&series, use_ctx().lang.get_untracked());
    let plot = FRAME.plot();
    let (left, right) = (plot.x, plot.x + plot.width);
    let bottom = plot.y + plot.height;
    let y_ticks = shape
        .y_ticks
        .into_iter()
        .map(|t| {
            view! {
                <line class="chart-grid" x1=left x2=right y1=t.at y2=t.at></line>
                <text class="chart-tick" x=left - 6.0 y=t.at + 4.0 text-anchor="end">
                    {t.label}
                </text>
            }
        })
        .collect_view();
    let x_ticks = shape
        .x_ticks
        .into_iter()
        .map(|t| {
            view! {
                <text class="chart-tick" x=t.at y=bottom + 18.0 text-anchor="middle">
                    {t.label}
                </text>
            }
        })
        .collect_view();
    view! {
        <figure class="chart">
            <svg viewBox=format!("0 0 {} {}", FRAME.width, FRAME.height) role="img" aria-label=label.clone()>
                {y_ticks}
                {x_ticks}
                <path class="chart-area" d=shape.area></path>
                <path class="chart-line" d=shape.line></path>
                <line class="chart-axis" x1=left x2=right y1=bottom y2=bottom></line>
            </svg>
            <figcaption aria-hidden="true">{label}</figcaption>
        </figure>
    }
}
