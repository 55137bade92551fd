//! Reading and writing a page's inputs as a URL query (share links, saved work).
//!
//! Share links are an interface: names are Indonesian, values plain (`5000000`, `2025-06-01`,
//! `1`/`0`). Reading never fails: a value that cannot be used is skipped and reported as a
//! [`Notice`], so the page shows what it ignored and computes with the rest.

use crate::date::Date;
use crate::money::{parse_amount, Rupiah};
use rust_decimal::Decimal;
use std::str::FromStr;

/// Query keys every page accepts and no page reports as unknown.
pub const GLOBAL_KEYS: [&str; 1] = ["lang"];

/// What was wrong with one query parameter.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Notice {
    pub key: String,
    pub value: String,
    pub problem: Problem,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Problem {
    /// The page has no parameter of that name.
    Unknown,
    /// The value has the wrong form (not a number, not a date, not one of the choices).
    Invalid,
    /// The value has the right form but lies outside what the page accepts.
    OutOfRange,
}

/// A decoded query: the key/value pairs in order. Percent-encoding and `+` are decoded.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Query {
    pairs: Vec<(String, String)>,
}

/// At most this many parameters are read from a query; a longer one is cut (absurd input).
const MAX_PAIRS: usize = 200;
/// Values longer than this are not read (no field needs more).
const MAX_VALUE_LEN: usize = 2_000;

impl Query {
    pub fn parse(query: &str) -> Query {
        let query = query.strip_prefix('?').unwrap_or(query);
        let pairs = form_urlencoded::parse(query.as_bytes())
            .take(MAX_PAIRS)
            .map(|(k, v)| (k.into_owned(), v.into_owned()))
            .collect();
        Query { pairs }
    }

    /// The first value of `key`.
    pub fn get(&self, key: &str) -> Option<&str> {
        self.pairs.iter().find(|(k, _)| k == key).map(|(_, v)| v.as_str())
    }

    pub fn pairs(&self) -> &[(String, String)] {
        &self.pairs
    }
}

/// Encodes pairs as a query string without the leading `?`.
pub fn encode(pairs: &[(&str, String)]) -> String {
    let mut out = form_urlencoded::Serializer::new(String::new());
    for (key, value) in pairs {
        out.append_pair(key, value);
    }
    out.finish()
}

/// Reads typed values from a [`Query`], collecting a [`Notice`] for each value it cannot use.
pub struct Reader<'q> {
    query: &'q Query,
    read: Vec<&'static str>,
    notices: Vec<Notice>,
}

impl<'q> Reader<'q> {
    pub fn new(query: &'q Query) -> Reader<'q> {
        Reader {
            query,
            read: Vec::new(),
            notices: Vec::new(),
        }
    }

    /// The raw, trimmed value of `key`, marking the key as known. Over-long values are reported.
    pub fn text(&mut self, key: &'static str) -> Option<&'q str> {
        self.read.push(key);
        let value = self.query.get(key)?.trim();
        if value.len() > MAX_VALUE_LEN {
            self.report(key, value, Problem::Invalid);
            return None;
        }
        Some(value)
    }

    fn report(&mut self, key: &str, value: &str, problem: Problem) {
        let value: String = value.chars().take(40).collect();
        self.notices.push(Notice {
            key: key.to_string(),
            value,
            problem,
        });
    }

    /// Applies `parse` to the value; `Err(problem)` becomes a notice.
    pub fn parsed<T>(
        &mut self,
        key: &'static str,
        parse: impl FnOnce(&str) -> Result<T, Problem>,
    ) -> Option<T> {
        let value = self.text(key)?;
        match parse(value) {
            Ok(v) => Some(v),
            Err(problem) => {
                self.report(key, value, problem);
                None
            }
        }
    }

    /// A Rupiah amount in `[min, max]`, written any way [`parse_amount`] accepts.
    pub fn amount(&mut self, key: &'static str, min: Rupiah, max: Rupiah) -> Option<Rupiah> {
        self.parsed(key, |v| {
            let amount = parse_amount(v).map_err(|_| Problem::Invalid)?;
            in_range(amount, min, max)
        })
    }

    /// A whole number in `[min, max]`.
    pub fn integer(&mut self, key: &'static str, min: i64, max: i64) -> Option<i64> {
        self.parsed(key, |v| {
            let n = i64::from_str(v).map_err(|_| Problem::Invalid)?;
            in_range(n, min, max)
        })
    }

    /// A decimal number in `[min, max]`; accepts `5.5` and `5,5`.
    pub fn decimal(&mut self, key: &'static str, min: Decimal, max: Decimal) -> Option<Decimal> {
        self.parsed(key, |v| {
            let d = parse_plain_decimal(v).ok_or(Problem::Invalid)?;
            in_range(d, min, max)
        })
    }

    /// `1` or `0`.
    pub fn flag(&mut self, key: &'static str) -> Option<bool> {
        self.parsed(key, |v| match v {
            "1" => Ok(true),
            "0" => Ok(false),
            _ => Err(Problem::Invalid),
        })
    }

    /// One of the named choices.
    pub fn choice<T: Copy>(&mut self, key: &'static str, choices: &[(&str, T)]) -> Option<T> {
        self.parsed(key, |v| {
            choices
                .iter()
                .find(|(name, _)| name.eq_ignore_ascii_case(v))
                .map(|(_, t)| *t)
                .ok_or(Problem::Invalid)
        })
    }

    /// A `YYYY-MM-DD` date.
    pub fn date(&mut self, key: &'static str) -> Option<Date> {
        self.parsed(key, |v| Date::parse_iso(v).ok_or(Problem::Invalid))
    }

    /// Comma-separated whole numbers, each in `[min, max]`, at most `max_len` of them.
    pub fn integer_list(
        &mut self,
        key: &'static str,
        min: i64,
        max: i64,
        max_len: usize,
    ) -> Option<Vec<i64>> {
        self.parsed(key, |v| {
            if v.is_empty() {
                return Ok(Vec::new());
            }
            let items: Vec<&str> = v.split(',').map(str::trim).collect();
            if items.len() > max_len {
                return Err(Problem::OutOfRange);
            }
            items
                .into_iter()
                .map(|item| {
                    let n = i64::from_str(item).map_err(|_| Problem::Invalid)?;
                    in_range(n, min, max)
                })
                .collect()
        })
    }

    /// The notices, plus one for every parameter that no reader asked for.
    pub fn finish(mut self) -> Vec<Notice> {
        let unknown: Vec<(String, String)> = self
            .query
            .pairs()
            .iter()
            .filter(|(k, _)| !self.read.contains(&k.as_str()) && !GLOBAL_KEYS.contains(&k.as_str()))
            .cloned()
            .collect();
        for (key, value) in unknown {
            self.report(&key, &value, Problem::Unknown);
        }
        self.notices
    }
}

fn in_range<T: PartialOrd>(value: T, min: T, max: T) -> Result<T, Problem> {
    if value < min || value > max {
        Err(Problem::OutOfRange)
    } else {
        Ok(value)
    }
}

/// `5`, `5.5` or `5,5` (at most one decimal mark, optional leading minus).
pub fn parse_plain_decimal(text: &str) -> Option<Decimal> {
    let text = text.trim().replace(',', ".");
    let body = text.strip_prefix('-').unwrap_or(&text);
    let valid = !body.is_empty()
        && body.chars().all(|c| c.is_ascii_digit() || c == '.')
        && body.matches('.').count() <= 1
        && body.starts_with(|c: char| c.is_ascii_digit())
        && body.ends_with(|c: char| c.is_ascii_digit())
        && body.len() <= 20;
    if !valid {
        return None;
    }
    Decimal::from_str_exact(&text).ok()
}

#[cfg(test)]
mod tests {
    use super::*;
    use rust_decimal::dec;

    #[test]
    fn reads_values_and_reports_each_problem() {
        let q = Query::parse("?upah=5.000.000&risiko=9&jht=ya&tanggal=2025-02-30&x=1&lang=en&imbal=5,5");
        let mut r = Reader::new(&q);
        assert_eq!(
            r.amount("upah", Rupiah::ZERO, Rupiah::from_whole(1_000_000_000)),
            Some(Rupiah::from_whole(5_000_000))
        );
        assert_eq!(r.integer("risiko", 1, 5), None);
        assert_eq!(r.flag("jht"), None);
        assert_eq!(r.date("tanggal"), None);
        assert_eq!(r.decimal("imbal", dec!(0), dec!(10)), Some(dec!(5.5)));
        assert_eq!(r.flag("absent"), None);
        let notices = r.finish();
        let problems: Vec<(&str, Problem)> = notices.iter().map(|n| (n.key.as_str(), n.problem)).collect();
        assert_eq!(
            problems,
            vec![
                ("risiko", Problem::OutOfRange),
                ("jht", Problem::Invalid),
                ("tanggal", Problem::Invalid),
                ("x", Problem::Unknown)
            ]
        );
    }

    #[test]
    fn decodes_percent_encoding_and_round_trips() {
        let q = Query::parse("nama=Kab.%20Kupang&a=1+2");
        assert_eq!(q.get("nama"), Some("Kab. Kupang"));
        assert_eq!(q.get("a"), Some("1 2"));
        let text = encode(&[("nama", "Kab. Kupang & Belu".to_string())]);
        assert_eq!(Query::parse(&text).get("nama"), Some("Kab. Kupang & Belu"));
    }

    #[test]
    fn reads_integer_lists() {
        let q = Query::parse("anak=5,12&b=1,x&c=1,2,3");
        let mut r = Reader::new(&q);
        assert_eq!(r.integer_list("anak", 0, 30, 5), Some(vec![5, 12]));
        assert_eq!(r.integer_list("b", 0, 30, 5), None);
        assert_eq!(r.integer_list("c", 0, 30, 2), None);
    }

    #[test]
    fn plain_decimals() {
        assert_eq!(parse_plain_decimal("5"), Some(dec!(5)));
        assert_eq!(parse_plain_decimal("-0,5"), Some(dec!(-0.5)));
        for bad in ["", "-", "5.", ".5", "1.2.3", "1e3", "abc", "５"] {
            assert_eq!(parse_plain_decimal(bad), None, "{bad}");
        }
    }
}
