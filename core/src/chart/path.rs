//! SVG path `d` strings for lines, bands and stacked areas, with coordinates rounded to 0.1 px.

use super::{coord, round1, LinearScale};

/// Data points `(xs[i], ys[i])` in pixels; the longer slice is cut to the shorter one. A `NaN`
/// stays `NaN`, so the path builders leave a gap there.
pub fn project(xs: &[f64], ys: &[f64], x: &LinearScale, y: &LinearScale) -> Vec<(f64, f64)> {
    xs.iter()
        .zip(ys)
        .map(|(&px, &py)| (x.map(px), y.map(py)))
        .collect()
}

/// A polyline through `points`: `M10,20L30,40`. A non-finite point breaks the line into
/// separate pieces; no usable points give an empty string.
pub fn line_path(points: &[(f64, f64)]) -> String {
    let mut d = String::new();
    for run in runs(points.iter().map(|&p| rounded(p))) {
        push_polyline(&mut d, run.iter().copied());
    }
    d
}

/// A closed band between two lines over the same x values (e.g. p10 to p90, or a line down to
/// its baseline): along `upper`, back along `lower`, closed. Pairs with a non-finite coordinate
/// split the band into separate pieces.
pub fn area_path(upper: &[(f64, f64)], lower: &[(f64, f64)]) -> String {
    let pairs = upper.iter().zip(lower).map(|(&u, &l)| rounded(u).zip(rounded(l)));
    let mut d = String::new();
    for run in runs(pairs) {
        let along_upper = run.iter().map(|&(u, _)| u);
        let back_along_lower = run.iter().rev().map(|&(_, l)| l);
        push_polyline(&mut d, along_upper.chain(back_along_lower));
        d.push('Z');
    }
    d
}

/// Cumulative layers of stacked series: `stack(s)[k][i]` is the sum of `s[0][i]..=s[k][i]`.
/// Every layer is as long as the longest series; missing, negative and non-finite values count
/// as zero, so each layer lies on or above the one below it.
pub fn stack(series: &[Vec<f64>]) -> Vec<Vec<f64>> {
    let len = series.iter().map(Vec::len).max().unwrap_or(0);
    let mut below = vec![0.0; len];
    series
        .iter()
        .map(|values| {
            for (i, total) in below.iter_mut().enumerate() {
                let value = values.get(i).copied().unwrap_or(0.0);
                if value.is_finite() && value > 0.0 {
                    *total += value;
                }
            }
            below.clone()
        })
        .collect()
}

/// One closed area per series, stacked in order from the baseline up (coverage by channel).
/// `xs` are the data x values shared by all series.
pub fn stacked_areas(xs: &[f64], series: &[Vec<f64>], x: &LinearScale, y: &LinearScale) -> Vec<String> {
    let layers = stack(series);
    let zeros = vec![0.0; xs.len()];
    let lowers = std::iter::once(&zeros).chain(&layers);
    layers
        .iter()
        .zip(lowers)
        .map(|(upper, lower)| area_path(&project(xs, upper, x, y), &project(xs, lower, x, y)))
        .collect()
}

fn rounded((x, y): (f64, f64)) -> Option<(f64, f64)> {
    let (x, y) = (round1(x), round1(y));
    (x.is_finite() && y.is_finite()).then_some((x, y))
}

/// Maximal runs of consecutive `Some` items.
fn runs<T>(items: impl Iterator<Item = Option<T>>) -> Vec<Vec<T>> {
    let mut runs = vec![Vec::new()];
    for item in items {
        match (item, runs.last_mut()) {
            (Some(value), Some(run)) => run.push(value),
            (None, Some(run)) if !run.is_empty() => runs.push(Vec::new()),
            _ => {}
        }
    }
    runs.retain(|run| !run.is_empty());
    runs
}

fn push_polyline(d: &mut String, points: impl Iterator<Item = (f64, f64)>) {
    for (i, (x, y)) in points.enumerate() {
        let command = if i == 0 { 'M' } else { 'L' };
        d.push(command);
        d.push_str(&coord(x));
        d.push(',');
        d.push_str(&coord(y));
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn scale(domain: (f64, f64), range: (f64, f64)) -> LinearScale {
        LinearScale { domain, range }
    }

    #[test]
    fn line_path_rounds_to_one_decimal() {
        assert_eq!(
            line_path(&[(0.0, 10.04), (5.56, -0.01), (10.0, 3.0)]),
            "M0,10L5.6,0L10,3"
        );
        assert_eq!(line_path(&[(1.0, 2.0)]), "M1,2");
        assert_eq!(line_path(&[]), "");
    }

    #[test]
    fn line_path_breaks_at_missing_points() {
        let points = [
            (0.0, 1.0),
            (1.0, f64::NAN),
            (2.0, 3.0),
            (3.0, 4.0),
            (f64::INFINITY, 0.0),
        ];
        assert_eq!(line_path(&points), "M0,1M2,3L3,4");
        assert_eq!(line_path(&[(f64::NAN, 0.0)]), "");
    }

    #[test]
    fn area_path_goes_out_along_upper_and_back_along_lower() {
        let upper = [(0.0, 1.0), (10.0, 2.0)];
        let lower = [(0.0, 5.0), (10.0, 6.0)];
        assert_eq!(area_path(&upper, &lower), "M0,1L10,2L10,6L0,5Z");
        let gap = [(0.0, 1.0), (5.0, f64::NAN), (10.0, 2.0)];
        assert_eq!(
            area_path(&gap, &[(0.0, 5.0), (5.0, 5.0), (10.0, 6.0)]),
            "M0,1L0,5ZM10,2L10,6Z"
        );
        assert_eq!(area_path(&upper, &[]), "");
    }

    #[test]
    fn stack_accumulates_and_ignores_bad_values() {
        let series = vec![vec![1.0, 2.0, 3.0], vec![10.0, -5.0], vec![f64::NAN, 1.0, 1.0]];
        assert_eq!(
            stack(&series),
            vec![vec![1.0, 2.0, 3.0], vec![11.0, 2.0, 3.0], vec![11.0, 3.0, 4.0]]
        );
        assert!(stack(&[]).is_empty());
    }

    #[test]
    fn stacked_areas_sit_on_each_other() {
        let x = scale((0.0, 1.0), (0.0, 100.0));
        let y = scale((0.0, 10.0), (100.0, 0.0));
        let paths = stacked_areas(&[0.0, 1.0], &[vec![2.0, 4.0], vec![3.0, 1.0]], &x, &y);
        assert_eq!(
            paths,
            ["M0,80L100,60L100,100L0,100Z", "M0,50L100,50L100,60L0,80Z"]
        );
        assert!(stacked_areas(&[], &[vec![1.0]], &x, &y)
            .iter()
            .all(String::is_empty));
    }

    #[test]
    fn project_maps_pairs_through_both_scales() {
        let x = scale((0.0, 4.0), (0.0, 40.0));
        let y = scale((0.0, 1.0), (50.0, 0.0));
        assert_eq!(
            project(&[1.0, 2.0, 3.0], &[0.0, 1.0], &x, &y),
            [(10.0, 50.0), (20.0, 0.0)]
        );
    }
}
