//! The `/manfaat` share link (interface, documented in the README):
//! `segmen` = `pu` | `bpu`; `upah` (PU) or `penghasilan` (BPU); `tanggal` (`YYYY-MM-DD`, absent =
//! today); `masa` (months of membership); `usia`; `anak` (children's ages, `5,12`); `saldo` (JHT
//! balance); `imbal` (JHT return in percent, `5` or `5.5`); `naik` (wage growth in percent);
//! `usia_jht` (age at which the JHT balance is projected; absent = the regulation's 56).

use super::{batas, ManfaatInput, Segmen};
use crate::date::Date;
use crate::money::{max_input_amount, Percent, Rupiah};
use crate::rules::manfaat::USIA_JHT;
use crate::scenario::{encode, Notice, Query, Reader};
use rust_decimal::{dec, Decimal};

/// The inputs of the `/manfaat` page as they travel in a link.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Scenario {
    pub segmen: Segmen,
    /// Wage (PU, `upah`) or declared income (BPU, `penghasilan`).
    pub upah: Rupiah,
    /// `None`: today.
    pub tanggal: Option<Date>,
    pub masa: u32,
    pub usia: u8,
    pub anak: Vec<u8>,
    pub saldo: Rupiah,
    pub imbal: Percent,
    pub naik: Percent,
    /// Age at which the JHT projection ends (PP 46/2015: 56; the user may choose another).
    pub usia_jht: u8,
}

const SEGMEN: [(&str, Segmen); 2] = [("pu", Segmen::Pu), ("bpu", Segmen::Bpu)];

impl Default for Scenario {
    fn default() -> Scenario {
        Scenario {
            segmen: Segmen::Bpu,
            upah: Scenario::upah_bawaan(Segmen::Bpu),
            tanggal: None,
            masa: 12,
            usia: 30,
            anak: Vec::new(),
            saldo: Rupiah::ZERO,
            imbal: Percent::new(dec!(5)),
            naik: Percent::ZERO,
            usia_jht: USIA_JHT.value,
        }
    }
}

impl Scenario {
    /// Default wage or income per segment: Rp 5 juta (PU), Rp 1 juta (BPU, the level most
    /// subsidised enrolments use).
    pub fn upah_bawaan(segmen: Segmen) -> Rupiah {
        match segmen {
            Segmen::Pu => Rupiah::from_whole(5_000_000),
            Segmen::Bpu => Rupiah::from_whole(1_000_000),
        }
    }

    /// The query key of the wage for a segment.
    pub const fn upah_key(segmen: Segmen) -> &'static str {
        match segmen {
            Segmen::Pu => "upah",
            Segmen::Bpu => "penghasilan",
        }
    }

    /// Reads a link; what cannot be used keeps its default and is reported. A wage given under the
    /// other segment's name (`upah` for BPU, `penghasilan` for PU) is used when the right one is absent.
    pub fn from_query(query: &Query) -> (Scenario, Vec<Notice>) {
        let mut r = Reader::new(query);
        let d = Scenario::default();
        let segmen = r.choice("segmen", &SEGMEN).unwrap_or(d.segmen);
        let amount = |r: &mut Reader, key| r.amount(key, Rupiah::ZERO, Rupiah::new(max_input_amount()));
        let upah = amount(&mut r, "upah");
        let penghasilan = amount(&mut r, "penghasilan");
        let upah = match segmen {
            Segmen::Pu => upah.or(penghasilan),
            Segmen::Bpu => penghasilan.or(upah),
        }
        .unwrap_or(Scenario::upah_bawaan(segmen));
        let tanggal = r.date("tanggal");
        let masa = r
            .integer("masa", batas::MASA_BULAN.0.into(), batas::MASA_BULAN.1.into())
            .and_then(|n| u32::try_from(n).ok())
            .unwrap_or(d.masa);
        let usia = r
            .integer("usia", batas::USIA.0.into(), batas::USIA.1.into())
            .and_then(|n| u8::try_from(n).ok())
            .unwrap_or(d.usia);
        let anak = r
            .integer_list(
                "anak",
                batas::USIA_ANAK.0.into(),
                batas::USIA_ANAK.1.into(),
                batas::ANAK_MAKS,
            )
            .and_then(|list| list.into_iter().map(|n| u8::try_from(n).ok()).collect())
            .unwrap_or(d.anak);
        let saldo = amount(&mut r, "saldo").unwrap_or(d.saldo);
        let imbal = r
            .decimal("imbal", batas::IMBAL.0, batas::IMBAL.1)
            .map_or(d.imbal, Percent::new);
        let naik = r
            .decimal("naik", batas::KENAIKAN_UPAH.0, batas::KENAIKAN_UPAH.1)
            .map_or(d.naik, Percent::new);
        let usia_jht = r
            .integer("usia_jht", batas::USIA_JHT.0.into(), batas::USIA_JHT.1.into())
            .and_then(|n| u8::try_from(n).ok())
            .unwrap_or(d.usia_jht);
        let scenario = Scenario {
            usia_jht,
            segmen,
            upah,
            tanggal,
            masa,
            usia,
            anak,
            saldo,
            imbal,
            naik,
        };
        (scenario, r.finish())
    }

    /// The query string (without `?`). `tanggal` and `anak` are left out when empty.
    pub fn to_query(&self) -> String {
        let segmen = match self.segmen {
            Segmen::Pu => "pu",
            Segmen::Bpu => "bpu",
        };
        let number = |d: Decimal| d.normalize().to_string();
        let mut pairs = vec![
            ("segmen", segmen.to_string()),
            (Scenario::upah_key(self.segmen), self.upah.to_plain()),
        ];
        if let Some(tanggal) = self.tanggal {
            pairs.push(("tanggal", tanggal.to_string()));
        }
        pairs.push(("masa", self.masa.to_string()));
        pairs.push(("usia", self.usia.to_string()));
        if !self.anak.is_empty() {
            let anak: Vec<String> = self.anak.iter().map(u8::to_string).collect();
            pairs.push(("anak", anak.join(",")));
        }
        pairs.push(("saldo", self.saldo.to_plain()));
        pairs.push(("imbal", number(self.imbal.value())));
        pairs.push(("naik", number(self.naik.value())));
        if self.usia_jht != USIA_JHT.value {
            pairs.push(("usia_jht", self.usia_jht.to_string()));
        }
        encode(&pairs)
    }

    /// The simulation input; `today` stands in for an absent `tanggal`.
    pub fn input(&self, today: Date) -> ManfaatInput {
        ManfaatInput {
            date: self.tanggal.unwrap_or(today),
            segmen: self.segmen,
            upah: self.upah,
            masa_bulan: self.masa,
            usia: self.usia,
            anak: self.anak.clone(),
            saldo_jht: self.saldo,
            imbal_jht: self.imbal,
            kenaikan_upah: self.naik,
            usia_jht: self.usia_jht,
        }
    }
}

/// Why a typed list of children's ages cannot be used.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum AnakError {
    /// An item is not a whole number of years (the item as typed, at most 12 characters).
    BukanUmur(String),
    /// An age outside [`batas::USIA_ANAK`].
    DiluarRentang(u64),
    /// More than [`batas::ANAK_MAKS`] children.
    TerlaluBanyak { maks: usize },
}

/// Children's ages as people type them: `5, 12`, `5 12`, `5;12`, `5,` (while typing); empty for
/// no children.
pub fn parse_anak(text: &str) -> Result<Vec<u8>, AnakError> {
    let items: Vec<&str> = text
        .split(|c: char| c == ',' || c == ';' || c.is_whitespace())
        .filter(|item| !item.is_empty())
        .collect();
    if items.len() > batas::ANAK_MAKS {
        return Err(AnakError::TerlaluBanyak {
            maks: batas::ANAK_MAKS,
        });
    }
    items
        .into_iter()
        .map(|item| {
            let digits = item.len() <= 12 && item.bytes().all(|b| b.is_ascii_digit());
            let age: u64 = match item.parse() {
                Ok(age) if digits => age,
                _ => return Err(AnakError::BukanUmur(item.chars().take(12).collect())),
            };
            u8::try_from(age)
                .ok()
                .filter(|a| (batas::USIA_ANAK.0..=batas::USIA_ANAK.1).contains(a))
                .ok_or(AnakError::DiluarRentang(age))
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::scenario::Problem;

    #[test]
    fn children_ages_are_read_as_typed() {
        assert_eq!(parse_anak("5, 12"), Ok(vec![5, 12]));
        assert_eq!(parse_anak(" 5 12 "), Ok(vec![5, 12]));
        assert_eq!(parse_anak("5;12,"), Ok(vec![5, 12]));
        assert_eq!(parse_anak(""), Ok(vec![]));
        assert_eq!(parse_anak("0,30"), Ok(vec![0, 30]));
        assert_eq!(parse_anak("5,x"), Err(AnakError::BukanUmur("x".to_string())));
        assert_eq!(parse_anak("5.5"), Err(AnakError::BukanUmur("5.5".to_string())));
        assert_eq!(parse_anak("-3"), Err(AnakError::BukanUmur("-3".to_string())));
        assert_eq!(parse_anak("31"), Err(AnakError::DiluarRentang(31)));
        assert_eq!(
            parse_anak("99999999999999999999"),
            Err(AnakError::BukanUmur("999999999999".to_string()))
        );
        assert_eq!(
            parse_anak("1 2 3 4 5 6 7 8 9 10 11"),
            Err(AnakError::TerlaluBanyak { maks: 10 })
        );
    }

    #[test]
    fn empty_link_gives_the_defaults() {
        let (s, notices) = Scenario::from_query(&Query::parse(""));
        assert_eq!(s, Scenario::default());
        assert!(notices.is_empty());
    }

    #[test]
    fn reads_a_full_link() {
        let q = Query::parse(
            "segmen=pu&upah=7.500.000&tanggal=2025-06-01&masa=40&usia=35&anak=5,12&saldo=10jt&imbal=5,5&naik=3&usia_jht=58",
        );
        let (s, notices) = Scenario::from_query(&q);
        assert!(notices.is_empty(), "{notices:?}");
        assert_eq!(
            s,
            Scenario {
                segmen: Segmen::Pu,
                upah: Rupiah::from_whole(7_500_000),
                tanggal: Some(Date::ymd(2025, 6, 1)),
                masa: 40,
                usia: 35,
                anak: vec![5, 12],
                saldo: Rupiah::from_whole(10_000_000),
                imbal: Percent::new(dec!(5.5)),
                naik: Percent::new(dec!(3)),
                usia_jht: 58,
            }
        );
    }

    #[test]
    fn bad_values_keep_defaults_and_are_reported() {
        let q = Query::parse("segmen=pns&penghasilan=abc&usia=200&anak=5,x&imbal=11&zzz=1");
        let (s, notices) = Scenario::from_query(&q);
        assert_eq!(s, Scenario::default());
        let problems: Vec<(&str, Problem)> = notices.iter().map(|n| (n.key.as_str(), n.problem)).collect();
        assert_eq!(
            problems,
            vec![
                ("segmen", Problem::Invalid),
                ("penghasilan", Problem::Invalid),
                ("usia", Problem::OutOfRange),
                ("anak", Problem::Invalid),
                ("imbal", Problem::OutOfRange),
                ("zzz", Problem::Unknown),
            ]
        );
    }

    #[test]
    fn wage_under_the_other_name_is_used_and_the_default_follows_the_segment() {
        let (s, _) = Scenario::from_query(&Query::parse("segmen=bpu&upah=2000000"));
        assert_eq!(s.upah, Rupiah::from_whole(2_000_000));
        let (s, _) = Scenario::from_query(&Query::parse("segmen=pu"));
        assert_eq!(s.upah, Rupiah::from_whole(5_000_000));
        assert_eq!(
            Scenario::default().to_query(),
            "segmen=bpu&penghasilan=1000000&masa=12&usia=30&saldo=0&imbal=5&naik=0"
        );
    }
}
