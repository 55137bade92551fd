//! Short number labels for axes and tooltips: `1,2 jt`, `350 rb`, `4,5 M` in Indonesian;
//! `1.2M`, `350K`, `4.5B` in English.

use crate::lang::Lang;
use crate::money::format_count;

/// Short scales, largest first: (size, Indonesian suffix, English suffix). Indonesian uses
/// ribu, juta, miliar, triliun; its `M` (miliar) is the English `B`.
const UNITS: [(f64, &str, &str); 4] = [
    (1e12, "T", "T"),
    (1e9, "M", "B"),
    (1e6, "jt", "M"),
    (1e3, "rb", "K"),
];

/// A value in at most three significant digits with a short scale: `1,23 jt` / `1.23M`,
/// `45,6 M` / `45.6B`, `950`. Fractions below one keep two decimals. Empty for `NaN`/infinity.
pub fn compact(value: f64, lang: Lang) -> String {
    if !value.is_finite() {
        return String::new();
    }
    let (mut size, mut suffix) = unit_of(value, lang);
    let mut digits = significant_decimals(value.abs() / size);
    // 999 999 rounds to "1.000 rb": say "1 jt" instead.
    if round_to(value.abs() / size, digits) >= 1000.0 {
        if let Some((bigger, bigger_suffix)) = next_unit(size, lang) {
            (size, suffix) = (bigger, bigger_suffix);
            digits = significant_decimals(value.abs() / size);
        }
    }
    with_suffix(value / size, digits, suffix, lang)
}

/// [`compact`] with the currency: `Rp 1,2 jt` / `Rp 1.2M`, and `-Rp 5 rb` for a negative amount.
pub fn compact_rupiah(value: f64, lang: Lang) -> String {
    if !value.is_finite() {
        return String::new();
    }
    let text = compact(value.abs(), lang);
    if value < 0.0 && text != "0" {
        format!("-Rp {text}")
    } else {
        format!("Rp {text}")
    }
}

/// Labels for the ticks of one axis, exact to the tick step: `0, 500 rb, 1 jt, 1,5 jt`.
/// Each tick gets its own short scale and just the decimals the step needs, without trailing zeros.
pub fn tick_labels(ticks: &[f64], lang: Lang) -> Vec<String> {
    let step = ticks
        .iter()
        .zip(ticks.iter().skip(1))
        .map(|(a, b)| (b - a).abs())
        .filter(|d| d.is_finite() && *d > 0.0)
        .fold(f64::INFINITY, f64::min);
    ticks
        .iter()
        .map(|&tick| {
            if !tick.is_finite() {
                return String::new();
            }
            let (size, suffix) = unit_of(tick, lang);
            with_suffix(tick / size, decimals_for_step(step / size), suffix, lang)
        })
        .collect()
}

/// The largest short scale not above `|value|` (a hair of tolerance for rounded ticks).
fn unit_of(value: f64, lang: Lang) -> (f64, &'static str) {
    UNITS
        .iter()
        .find(|(size, _, _)| value.abs() >= size * (1.0 - 1e-9))
        .map_or((1.0, ""), |&(size, id, en)| (size, pick(lang, id, en)))
}

fn next_unit(size: f64, lang: Lang) -> Option<(f64, &'static str)> {
    UNITS
        .iter()
        .rev()
        .find(|(bigger, _, _)| *bigger > size * 1.5)
        .map(|&(bigger, id, en)| (bigger, pick(lang, id, en)))
}

fn pick(lang: Lang, id: &'static str, en: &'static str) -> &'static str {
    match lang {
        Lang::Id => id,
        Lang::En => en,
    }
}

/// Decimals that leave three significant digits (two below 10, none from 100 up).
fn significant_decimals(mantissa: f64) -> usize {
    if mantissa >= 99.95 {
        0
    } else if mantissa >= 9.995 {
        1
    } else {
        2
    }
}

/// Decimals needed to write multiples of `step` exactly (up to 12, enough for the narrowest span
/// [`nice_ticks`](super::nice_ticks) makes; none for a missing step).
fn decimals_for_step(step: f64) -> usize {
    if !step.is_finite() || step <= 0.0 {
        return 0;
    }
    (0..=12)
        .find(|&d| {
            let scaled = step * 10f64.powi(d);
            scaled.round() >= 1.0 && (scaled - scaled.round()).abs() < 1e-6 * scaled
        })
        .map_or(12, |d| d as usize) // ok: d is in 0..=12
}

fn round_to(value: f64, decimals: usize) -> f64 {
    let factor = 10f64.powi(decimals as i32); // ok: decimals ≤ 2
    (value * factor).round() / factor
}

/// `mantissa` with at most `decimals` decimals, trailing zeros dropped, grouped and suffixed.
fn with_suffix(mantissa: f64, decimals: usize, suffix: &str, lang: Lang) -> String {
    let text = super::fixed(mantissa.abs(), decimals);
    let (int_part, frac_part) = text.split_once('.').unwrap_or((text.as_str(), ""));
    let frac_part = frac_part.trim_end_matches('0');
    let mut out = String::new();
    if mantissa < 0.0 && (int_part.bytes().any(|b| b != b'0') || !frac_part.is_empty()) {
        out.push('-');
    }
    match int_part.parse::<u64>() {
        Ok(whole) => out.push_str(&format_count(whole, lang)),
        Err(_) => out.push_str(int_part),
    }
    if !frac_part.is_empty() {
        out.push(lang.decimal_separator());
        out.push_str(frac_part);
    }
    if !suffix.is_empty() {
        if lang == Lang::Id {
            out.push(' ');
        }
        out.push_str(suffix);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn compact_uses_indonesian_and_english_short_scales() {
        let cases = [
            (1_234_567.0, "1,23 jt", "1.23M"),
            (1_200_000_000.0, "1,2 M", "1.2B"),
            (45_600_000_000_000.0, "45,6 T", "45.6T"),
            (350_000.0, "350 rb", "350K"),
            (950.0, "950", "950"),
            (0.5, "0,5", "0.5"),
            (0.0, "0", "0"),
            (-2_500_000.0, "-2,5 jt", "-2.5M"),
            (2.5e18, "2.500.000 T", "2,500,000T"),
        ];
        for (value, id, en) in cases {
            assert_eq!(compact(value, Lang::Id), id, "{value}");
            assert_eq!(compact(value, Lang::En), en, "{value}");
        }
    }

    #[test]
    fn compact_moves_up_a_scale_when_rounding_reaches_a_thousand() {
        assert_eq!(compact(999_999.0, Lang::Id), "1 jt");
        assert_eq!(compact(999.999, Lang::En), "1K");
        assert_eq!(compact(99_960.0, Lang::Id), "100 rb");
    }

    #[test]
    fn compact_leaves_non_finite_values_empty() {
        assert_eq!(compact(f64::NAN, Lang::Id), "");
        assert_eq!(compact_rupiah(f64::INFINITY, Lang::En), "");
    }

    #[test]
    fn compact_rupiah_puts_the_sign_before_the_currency() {
        assert_eq!(compact_rupiah(1_500_000.0, Lang::Id), "Rp 1,5 jt");
        assert_eq!(compact_rupiah(-5_000.0, Lang::En), "-Rp 5K");
        assert_eq!(compact_rupiah(-0.001, Lang::Id), "Rp 0");
    }

    #[test]
    fn tick_labels_are_exact_to_the_step() {
        let ticks = [0.0, 500_000.0, 1_000_000.0, 1_500_000.0];
        assert_eq!(tick_labels(&ticks, Lang::Id), ["0", "500 rb", "1 jt", "1,5 jt"]);
        assert_eq!(tick_labels(&ticks, Lang::En), ["0", "500K", "1M", "1.5M"]);
        let fine = [1_000_000.0, 1_005_000.0, 1_010_000.0];
        assert_eq!(tick_labels(&fine, Lang::Id), ["1 jt", "1,005 jt", "1,01 jt"]);
        let negative = [-20.0, 0.0, 20.0];
        assert_eq!(tick_labels(&negative, Lang::En), ["-20", "0", "20"]);
        assert_eq!(tick_labels(&[0.1, 0.2], Lang::Id), ["0,1", "0,2"]);
        assert_eq!(tick_labels(&[7e9], Lang::Id), ["7 M"]);
        assert!(tick_labels(&[], Lang::Id).is_empty());
    }
}
