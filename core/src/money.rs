//! Rupiah amounts and rates on `rust_decimal`, with the one rounding rule of the project.
//!
//! **Rounding rule (written once, here):** every contribution or benefit line is rounded to whole
//! rupiah, half away from zero ([`Rupiah::rounded`]); totals are sums of rounded lines, never
//! rounded sums. Intermediate products stay exact.

use crate::lang::Lang;
use rust_decimal::prelude::*;
use std::fmt;
use std::iter::Sum;
use std::ops::{Add, AddAssign, Sub};

/// An amount of Indonesian Rupiah. May carry fractions while a line is being computed.
#[derive(
    Clone, Copy, Debug, Default, PartialEq, Eq, PartialOrd, Ord, Hash, serde::Serialize, serde::Deserialize,
)]
pub struct Rupiah(Decimal);

impl Rupiah {
    pub const ZERO: Rupiah = Rupiah(Decimal::ZERO);

    pub const fn new(amount: Decimal) -> Rupiah {
        Rupiah(amount)
    }

    pub fn from_whole(amount: i64) -> Rupiah {
        Rupiah(Decimal::from(amount))
    }

    pub const fn amount(self) -> Decimal {
        self.0
    }

    /// Whole rupiah, half away from zero: the project's rounding rule.
    pub fn rounded(self) -> Rupiah {
        Rupiah(
            self.0
                .round_dp_with_strategy(0, RoundingStrategy::MidpointAwayFromZero),
        )
    }

    /// Whole rupiah, rounded down (used where a regulation truncates, e.g. to a Rp100 step).
    pub fn floor_to(self, step: Decimal) -> Rupiah {
        if step <= Decimal::ZERO {
            return self;
        }
        Rupiah((self.0 / step).floor() * step)
    }

    /// `self × rate`, exact (not rounded).
    pub fn percent(self, rate: Percent) -> Rupiah {
        Rupiah(self.0 * rate.fraction())
    }

    /// `self × factor`, exact; `None` on overflow (only absurd inputs can get there).
    pub fn checked_mul(self, factor: Decimal) -> Option<Rupiah> {
        self.0.checked_mul(factor).map(Rupiah)
    }

    pub fn checked_add(self, other: Rupiah) -> Option<Rupiah> {
        self.0.checked_add(other.0).map(Rupiah)
    }

    pub fn min(self, other: Rupiah) -> Rupiah {
        if self <= other {
            self
        } else {
            other
        }
    }

    pub fn max(self, other: Rupiah) -> Rupiah {
        if self >= other {
            self
        } else {
            other
        }
    }

    pub fn is_negative(self) -> bool {
        self.0.is_sign_negative() && !self.0.is_zero()
    }

    /// Display form: `Rp 1.234.567` (Indonesian) or `Rp 1,234,567` (English), whole rupiah.
    pub fn format(self, lang: Lang) -> String {
        let whole = self.rounded().0;
        let digits = group_digits(&whole.abs().trunc().to_string(), lang.group_separator());
        if whole.is_sign_negative() && !whole.is_zero() {
            format!("-Rp {digits}")
        } else {
            format!("Rp {digits}")
        }
    }

    /// The plain integer form used in share links and CSV cells: `1500000`.
    pub fn to_plain(self) -> String {
        self.rounded().0.trunc().to_string()
    }
}

impl Add for Rupiah {
    type Output = Rupiah;
    fn add(self, rhs: Rupiah) -> Rupiah {
        Rupiah(self.0 + rhs.0)
    }
}

impl AddAssign for Rupiah {
    fn add_assign(&mut self, rhs: Rupiah) {
        self.0 += rhs.0;
    }
}

impl Sub for Rupiah {
    type Output = Rupiah;
    fn sub(self, rhs: Rupiah) -> Rupiah {
        Rupiah(self.0 - rhs.0)
    }
}

impl Sum for Rupiah {
    fn sum<I: Iterator<Item = Rupiah>>(iter: I) -> Rupiah {
        iter.fold(Rupiah::ZERO, Add::add)
    }
}

impl<'a> Sum<&'a Rupiah> for Rupiah {
    fn sum<I: Iterator<Item = &'a Rupiah>>(iter: I) -> Rupiah {
        iter.copied().sum()
    }
}

impl fmt::Display for Rupiah {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.format(Lang::Id))
    }
}

/// A rate in percent: `Percent::new(dec!(5.7))` is 5,7%.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Percent(Decimal);

impl Percent {
    pub const ZERO: Percent = Percent(Decimal::ZERO);

    pub const fn new(percent: Decimal) -> Percent {
        Percent(percent)
    }

    pub const fn value(self) -> Decimal {
        self.0
    }

    /// The rate as a fraction: 5,7% → 0,057.
    pub fn fraction(self) -> Decimal {
        self.0 / Decimal::ONE_HUNDRED
    }

    /// `5,7%` / `5.7%`, without trailing zeros.
    pub fn format(self, lang: Lang) -> String {
        format!("{}%", format_decimal(self.0, lang))
    }
}

impl Add for Percent {
    type Output = Percent;
    fn add(self, rhs: Percent) -> Percent {
        Percent(self.0 + rhs.0)
    }
}

/// A decimal number in the language's style, without trailing zeros: `0,24` / `0.24`, `1.500` / `1,500`.
pub fn format_decimal(value: Decimal, lang: Lang) -> String {
    let value = value.normalize();
    let text = value.abs().to_string();
    let (int_part, frac_part) = match text.split_once('.') {
        Some((i, f)) => (i, Some(f)),
        None => (text.as_str(), None),
    };
    let mut out = String::new();
    if value.is_sign_negative() && !value.is_zero() {
        out.push('-');
    }
    out.push_str(&group_digits(int_part, lang.group_separator()));
    if let Some(frac) = frac_part {
        out.push(lang.decimal_separator());
        out.push_str(frac);
    }
    out
}

/// A whole count in the language's style: `100.000` / `100,000`.
pub fn format_count(value: u64, lang: Lang) -> String {
    group_digits(&value.to_string(), lang.group_separator())
}

fn group_digits(digits: &str, separator: char) -> String {
    let mut out = String::with_capacity(digits.len() + digits.len() / 3);
    for (i, ch) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push(separator);
        }
        out.push(ch);
    }
    out
}

/// Why a typed amount was not understood. The interface turns each into a sentence.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum AmountError {
    Empty,
    NotANumber,
    Negative,
    TooLarge,
}

/// The largest amount any input accepts: Rp 1.000 triliun. Far above any real wage or budget,
/// small enough that no product the simulations form can overflow a `Decimal`.
pub fn max_input_amount() -> Decimal {
    Decimal::from(1_000_000_000_000_000_i64)
}

/// Reads an amount the way people type it: `5000000`, `5.000.000`, `Rp 5.000.000`, `Rp5.000.000,-`,
/// `5 jt`, `5,5 juta`, `1,5jt`, `250 rb`, `20 miliar`, `5,000,000`.
///
/// Separators: several dots (or commas) are thousands separators; when both appear, the last one
/// is the decimal mark; a single separator followed by exactly three digits is a thousands
/// separator, otherwise it is the decimal mark (`5,5 juta`, `5.5 jt`).
pub fn parse_amount(input: &str) -> Result<Rupiah, AmountError> {
    let mut text: String = input
        .chars()
        .filter(|c| !c.is_whitespace() && *c != '\u{a0}' && *c != '\u{202f}')
        .collect::<String>()
        .to_lowercase();
    if text.is_empty() {
        return Err(AmountError::Empty);
    }
    if let Some(rest) = text.strip_prefix("idr").or_else(|| text.strip_prefix("rp")) {
        text = rest.trim_start_matches('.').to_string();
    }
    let negative = text.starts_with(['-', '\u{2212}']);
    if negative {
        text = text.trim_start_matches(['-', '\u{2212}']).to_string();
    }
    // "Rp 5.000.000,-" and "Rp 5.000.000,00" are common ways to write a whole amount.
    for tail in [",-", ".-", ",00", ".00"] {
        if let Some(rest) = text.strip_suffix(tail) {
            if rest.ends_with(|c: char| c.is_ascii_digit()) {
                text = rest.to_string();
            }
            break;
        }
    }
    let (number, multiplier) = split_multiplier(&text);
    let value = parse_grouped_number(number)?;
    if negative && !value.is_zero() {
        return Err(AmountError::Negative);
    }
    let amount = value
        .checked_mul(Decimal::from(multiplier))
        .ok_or(AmountError::TooLarge)?;
    if amount > max_input_amount() {
        return Err(AmountError::TooLarge);
    }
    Ok(Rupiah(amount))
}

fn split_multiplier(text: &str) -> (&str, i64) {
    const SUFFIXES: [(&str, i64); 11] = [
        ("triliun", 1_000_000_000_000),
        ("miliar", 1_000_000_000),
        ("milyar", 1_000_000_000),
        ("juta", 1_000_000),
        ("ribu", 1_000),
        ("jt", 1_000_000),
        ("rb", 1_000),
        ("t", 1_000_000_000_000),
        ("m", 1_000_000_000),
        ("k", 1_000),
        ("", 1),
    ];
    for (suffix, multiplier) in SUFFIXES {
        if let Some(number) = text.strip_suffix(suffix) {
            return (number, multiplier);
        }
    }
    (text, 1)
}

/// Digits with optional `.`/`,` separators → a non-negative decimal.
fn parse_grouped_number(text: &str) -> Result<Decimal, AmountError> {
    let not_a_number = Err(AmountError::NotANumber);
    if text.is_empty() || !text.chars().all(|c| c.is_ascii_digit() || c == '.' || c == ',') {
        return not_a_number;
    }
    let dots = text.matches('.').count();
    let commas = text.matches(',').count();
    let decimal_mark = match (dots, commas) {
        (0, 0) => None,
        (1, 0) | (0, 1) => {
            let mark = if dots == 1 { '.' } else { ',' };
            let digits_after = text.rsplit(mark).next().map_or(0, str::len);
            (digits_after != 3).then_some(mark)
        }
        (_, 0) | (0, _) => None,
        _ => text.chars().rev().find(|c| *c == '.' || *c == ','),
    };
    let (int_part, frac_part) = match decimal_mark {
        Some(mark) => match text.rsplit_once(mark) {
            Some(parts) => parts,
            None => return not_a_number,
        },
        None => (text, ""),
    };
    let group_mark = match decimal_mark {
        Some('.') => ',',
        Some(_) => '.',
        None if dots > 0 => '.',
        None => ',',
    };
    let frac_ok =
        frac_part.chars().all(|c| c.is_ascii_digit()) && (decimal_mark.is_none() || !frac_part.is_empty());
    if !frac_ok || !valid_grouping(int_part, group_mark) {
        return not_a_number;
    }
    let digits: String = int_part.chars().filter(char::is_ascii_digit).collect();
    if digits.len() + frac_part.len() > 28 {
        return Err(AmountError::TooLarge);
    }
    let plain = if frac_part.is_empty() {
        digits
    } else {
        format!("{digits}.{frac_part}")
    };
    Decimal::from_str_exact(&plain).map_err(|_| AmountError::TooLarge)
}

/// `1.234.567` is well grouped, `12.34.567` is not; an ungrouped run of digits is fine.
fn valid_grouping(int_part: &str, mark: char) -> bool {
    if !int_part.chars().all(|c| c.is_ascii_digit() || c == mark) {
        return false;
    }
    let mut groups = int_part.split(mark);
    let first = groups.next().unwrap_or_default();
    let grouped = int_part.contains(mark);
    !first.is_empty() && (!grouped || first.len() <= 3) && groups.all(|g| g.len() == 3)
}

#[cfg(test)]
mod tests {
    use super::*;
    use rust_decimal::dec;

    fn rp(n: i64) -> Result<Rupiah, AmountError> {
        Ok(Rupiah::from_whole(n))
    }

    #[test]
    fn rounds_half_away_from_zero() {
        assert_eq!(Rupiah::new(dec!(12.5)).rounded(), Rupiah::from_whole(13));
        assert_eq!(Rupiah::new(dec!(12.49)).rounded(), Rupiah::from_whole(12));
        assert_eq!(Rupiah::new(dec!(-12.5)).rounded(), Rupiah::from_whole(-13));
        assert_eq!(Rupiah::new(dec!(13.5)).rounded(), Rupiah::from_whole(14));
    }

    #[test]
    fn formats_rupiah_in_each_language() {
        assert_eq!(Rupiah::from_whole(1_234_567).format(Lang::Id), "Rp 1.234.567");
        assert_eq!(Rupiah::from_whole(1_234_567).format(Lang::En), "Rp 1,234,567");
        assert_eq!(Rupiah::new(dec!(1234567.5)).format(Lang::Id), "Rp 1.234.568");
        assert_eq!(Rupiah::ZERO.format(Lang::Id), "Rp 0");
        assert_eq!(Rupiah::from_whole(999).format(Lang::Id), "Rp 999");
        assert_eq!(Rupiah::from_whole(-16_800).format(Lang::Id), "-Rp 16.800");
    }

    #[test]
    fn formats_percent_and_decimals() {
        assert_eq!(Percent::new(dec!(0.24)).format(Lang::Id), "0,24%");
        assert_eq!(Percent::new(dec!(5.70)).format(Lang::En), "5.7%");
        assert_eq!(format_decimal(dec!(1234.5), Lang::Id), "1.234,5");
        assert_eq!(format_count(100_000, Lang::En), "100,000");
    }

    #[test]
    fn parses_what_people_type() {
        assert_eq!(parse_amount("5000000"), rp(5_000_000));
        assert_eq!(parse_amount("5.000.000"), rp(5_000_000));
        assert_eq!(parse_amount("Rp 5.000.000"), rp(5_000_000));
        assert_eq!(parse_amount("Rp5.000.000,-"), rp(5_000_000));
        assert_eq!(parse_amount("Rp. 5.000.000,00"), rp(5_000_000));
        assert_eq!(parse_amount("rp\u{a0}1.500.000"), rp(1_500_000));
        assert_eq!(parse_amount("5 jt"), rp(5_000_000));
        assert_eq!(parse_amount("5jt"), rp(5_000_000));
        assert_eq!(parse_amount("5,5 juta"), rp(5_500_000));
        assert_eq!(parse_amount("5.5 juta"), rp(5_500_000));
        assert_eq!(parse_amount("1,25 jt"), rp(1_250_000));
        assert_eq!(parse_amount("250 rb"), rp(250_000));
        assert_eq!(parse_amount("20 miliar"), rp(20_000_000_000));
        assert_eq!(parse_amount("20,16 M"), rp(20_160_000_000));
        assert_eq!(parse_amount("5,000,000"), rp(5_000_000));
        assert_eq!(parse_amount("1.500 juta"), rp(1_500_000_000));
        assert_eq!(parse_amount("16800"), rp(16_800));
        assert_eq!(parse_amount("0"), rp(0));
        assert_eq!(
            parse_amount("IDR 2,500,000.50"),
            Ok(Rupiah::new(dec!(2500000.50)))
        );
        assert_eq!(parse_amount("1.234.567,5"), Ok(Rupiah::new(dec!(1234567.5))));
    }

    #[test]
    fn rejects_what_is_not_an_amount() {
        assert_eq!(parse_amount(""), Err(AmountError::Empty));
        assert_eq!(parse_amount("   "), Err(AmountError::Empty));
        assert_eq!(parse_amount("-5000"), Err(AmountError::Negative));
        assert_eq!(parse_amount("Rp -5.000"), Err(AmountError::Negative));
        for bad in [
            "abc",
            "5 ekor",
            "5..000",
            "12.34.567",
            "5,5,5 juta",
            ".5",
            "5.",
            "jt",
            "Rp",
            "1e6",
            "0x10",
            "5.000,000.0",
            "١٢٣",
            "5 jt 3",
        ] {
            assert_eq!(parse_amount(bad), Err(AmountError::NotANumber), "{bad}");
        }
        assert_eq!(
            parse_amount("999999999999999999999999"),
            Err(AmountError::TooLarge)
        );
        assert_eq!(parse_amount(&"9".repeat(40)), Err(AmountError::TooLarge));
        assert_eq!(parse_amount("2000 triliun"), Err(AmountError::TooLarge));
    }
}
