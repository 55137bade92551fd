//! The `/iuran` page's inputs as one value, and its share-link codec (interface).
//!
//! Parameters: `segmen` = `pu`|`bpu`|`jakon`|`pmi`; `tanggal` = `YYYY-MM-DD`; PU: `upah`, `risiko`
//! = 1…5, `padat_karya` = 0|1, `batas_jp` (a JP cap the user was told, used only where none is
//! published); BPU: `penghasilan`, `jht` = 0|1, `bayar` (months paid at once, one of the BPU payment periods), `transportasi`
//! = 0|1, `apbd` = 0|1; Jakon: `nilai`; PMI: `kontrak` = 6|12|24, `tambahan`, `jht` (monthly JHT
//! amount, 0 for none); PU and BPU: `terlambat` (months a payment is late, written when not 0).
//! `jht` is read according to `segmen`. A link carries the chosen segment's
//! parameters only (amounts as whole rupiah); the other segments come back with their defaults.

use super::{
    bpu, jakon, pmi, pu, BpuInput, IuranError, IuranResult, JakonInput, PmiInput, PuInput,
    MAX_BULAN_TERLAMBAT, MAX_NILAI_KONTRAK, MAX_TAMBAHAN_BULAN, MAX_UPAH,
};
use crate::date::Date;
use crate::money::Rupiah;
use crate::rules::bpu::PAYMENT_MONTHS;
use crate::rules::pmi::{Kontrak, JHT_CHOICES};
use crate::rules::pu::RiskClass;
use crate::scenario::{encode, Notice, Problem, Query, Reader};
use rust_decimal::dec;

/// The participant segment (segmen kepesertaan).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Segmen {
    /// Pekerja Penerima Upah: wage earners.
    Pu,
    /// Bukan Penerima Upah: self-employed / informal.
    Bpu,
    /// Jasa Konstruksi: construction projects.
    Jakon,
    /// Pekerja Migran Indonesia: migrant workers.
    Pmi,
}

impl Segmen {
    pub const ALL: [Segmen; 4] = [Segmen::Pu, Segmen::Bpu, Segmen::Jakon, Segmen::Pmi];

    /// The share-link value.
    pub const fn code(self) -> &'static str {
        match self {
            Segmen::Pu => "pu",
            Segmen::Bpu => "bpu",
            Segmen::Jakon => "jakon",
            Segmen::Pmi => "pmi",
        }
    }
}

/// Every input of the page. `tanggal: None` means "today" (supplied by the UI).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Scenario {
    pub segmen: Segmen,
    pub tanggal: Option<Date>,
    /// PU monthly wage.
    pub upah: Rupiah,
    pub risiko: RiskClass,
    pub padat_karya: bool,
    /// PU: the JP cap typed by the user for months whose cap is not published.
    pub batas_jp: Option<Rupiah>,
    /// BPU declared income.
    pub penghasilan: Rupiah,
    /// BPU: join JHT.
    pub bpu_jht: bool,
    /// BPU payment period in months.
    pub bayar: u8,
    pub transportasi: bool,
    pub apbd: bool,
    /// Jakon contract value excluding VAT.
    pub nilai: Rupiah,
    pub kontrak: Kontrak,
    /// PMI months beyond the contract.
    pub tambahan: u16,
    /// PMI monthly JHT amount (0 for none).
    pub pmi_jht: Rupiah,
    /// PU and BPU: months the contribution month is paid late (0: on time).
    pub terlambat: u16,
}

impl Default for Scenario {
    fn default() -> Self {
        Scenario {
            segmen: Segmen::Pu,
            tanggal: None,
            upah: Rupiah::new(dec!(5000000)),
            risiko: RiskClass::I,
            padat_karya: false,
            batas_jp: None,
            penghasilan: Rupiah::new(dec!(1000000)),
            bpu_jht: false,
            bayar: 1,
            transportasi: false,
            apbd: false,
            nilai: Rupiah::new(dec!(1000000000)),
            kontrak: Kontrak::Bulan24,
            tambahan: 0,
            pmi_jht: Rupiah::ZERO,
            terlambat: 0,
        }
    }
}

const SEGMEN_CHOICES: [(&str, Segmen); 4] = [
    ("pu", Segmen::Pu),
    ("bpu", Segmen::Bpu),
    ("jakon", Segmen::Jakon),
    ("pmi", Segmen::Pmi),
];
const KONTRAK_CHOICES: [(&str, Kontrak); 3] = [
    ("6", Kontrak::Bulan6),
    ("12", Kontrak::Bulan12),
    ("24", Kontrak::Bulan24),
];

fn flag(value: bool) -> String {
    String::from(if value { "1" } else { "0" })
}

impl Scenario {
    /// Reads a share link. Never fails: unusable values keep their default and become notices.
    pub fn from_query(query: &Query) -> (Scenario, Vec<Notice>) {
        let mut r = Reader::new(query);
        let mut s = Scenario::default();
        if let Some(segmen) = r.choice("segmen", &SEGMEN_CHOICES) {
            s.segmen = segmen;
        }
        s.tanggal = r.date("tanggal");
        if let Some(upah) = r.amount("upah", Rupiah::ZERO, MAX_UPAH) {
            s.upah = upah;
        }
        if let Some(risiko) = r.parsed("risiko", |v| {
            let n: u8 = v.parse().map_err(|_| Problem::Invalid)?;
            RiskClass::from_number(n).ok_or(Problem::OutOfRange)
        }) {
            s.risiko = risiko;
        }
        if let Some(padat_karya) = r.flag("padat_karya") {
            s.padat_karya = padat_karya;
        }
        s.batas_jp = r.amount("batas_jp", Rupiah::ZERO, MAX_UPAH);
        if let Some(penghasilan) = r.amount("penghasilan", Rupiah::ZERO, MAX_UPAH) {
            s.penghasilan = penghasilan;
        }
        if let Some(bayar) = r.parsed("bayar", parse_bayar) {
            s.bayar = bayar;
        }
        if let Some(transportasi) = r.flag("transportasi") {
            s.transportasi = transportasi;
        }
        if let Some(apbd) = r.flag("apbd") {
            s.apbd = apbd;
        }
        if let Some(nilai) = r.amount("nilai", Rupiah::ZERO, MAX_NILAI_KONTRAK) {
            s.nilai = nilai;
        }
        if let Some(kontrak) = r.choice("kontrak", &KONTRAK_CHOICES) {
            s.kontrak = kontrak;
        }
        if let Some(tambahan) = r.integer("tambahan", 0, i64::from(MAX_TAMBAHAN_BULAN)) {
            s.tambahan = u16::try_from(tambahan).unwrap_or_default();
        }
        if let Some(terlambat) = r.integer("terlambat", 0, i64::from(MAX_BULAN_TERLAMBAT)) {
            s.terlambat = u16::try_from(terlambat).unwrap_or_default();
        }
        if s.segmen == Segmen::Pmi {
            if let Some(jht) = r.parsed("jht", parse_pmi_jht) {
                s.pmi_jht = jht;
            }
        } else if let Some(jht) = r.flag("jht") {
            s.bpu_jht = jht;
        }
        (s, r.finish())
    }

    /// The share-link query (without `?`): `segmen`, `tanggal` if set, and the chosen segment's
    /// parameters.
    pub fn to_query(&self) -> String {
        let mut pairs: Vec<(&str, String)> = vec![("segmen", self.segmen.code().to_string())];
        if let Some(tanggal) = self.tanggal {
            pairs.push(("tanggal", tanggal.to_string()));
        }
        match self.segmen {
            Segmen::Pu => {
                pairs.push(("upah", self.upah.to_plain()));
                pairs.push(("risiko", self.risiko.number().to_string()));
                pairs.push(("padat_karya", flag(self.padat_karya)));
                if let Some(cap) = self.batas_jp {
                    pairs.push(("batas_jp", cap.to_plain()));
                }
            }
            Segmen::Bpu => {
                pairs.push(("penghasilan", self.penghasilan.to_plain()));
                pairs.push(("jht", flag(self.bpu_jht)));
                pairs.push(("bayar", self.bayar.to_string()));
                pairs.push(("transportasi", flag(self.transportasi)));
                pairs.push(("apbd", flag(self.apbd)));
            }
            Segmen::Jakon => pairs.push(("nilai", self.nilai.to_plain())),
            Segmen::Pmi => {
                pairs.push(("kontrak", self.kontrak.months().to_string()));
                pairs.push(("tambahan", self.tambahan.to_string()));
                pairs.push(("jht", self.pmi_jht.to_plain()));
            }
        }
        if matches!(self.segmen, Segmen::Pu | Segmen::Bpu) && self.terlambat > 0 {
            pairs.push(("terlambat", self.terlambat.to_string()));
        }
        encode(&pairs)
    }

    pub fn pu_input(&self, today: Date) -> PuInput {
        PuInput {
            date: self.tanggal.unwrap_or(today),
            upah: self.upah,
            risiko: self.risiko,
            padat_karya: self.padat_karya,
            batas_jp: self.batas_jp,
        }
    }

    pub fn bpu_input(&self, today: Date) -> BpuInput {
        BpuInput {
            date: self.tanggal.unwrap_or(today),
            penghasilan: self.penghasilan,
            jht: self.bpu_jht,
            bayar_bulan: self.bayar,
            transportasi: self.transportasi,
            apbd: self.apbd,
        }
    }

    pub fn jakon_input(&self, today: Date) -> JakonInput {
        JakonInput {
            date: self.tanggal.unwrap_or(today),
            nilai_kontrak: self.nilai,
        }
    }

    pub fn pmi_input(&self, today: Date) -> PmiInput {
        PmiInput {
            date: self.tanggal.unwrap_or(today),
            kontrak: self.kontrak,
            tambahan_bulan: self.tambahan,
            jht_bulanan: self.pmi_jht,
        }
    }

    /// The result of the chosen segment.
    pub fn compute(&self, today: Date) -> Result<IuranResult, IuranError> {
        match self.segmen {
            Segmen::Pu => pu(&self.pu_input(today)),
            Segmen::Bpu => bpu(&self.bpu_input(today)),
            Segmen::Jakon => jakon(&self.jakon_input(today)),
            Segmen::Pmi => pmi(&self.pmi_input(today)),
        }
    }
}

/// A BPU payment period allowed in some period of [`PAYMENT_MONTHS`] (the calculator checks the
/// date's own list).
fn parse_bayar(value: &str) -> Result<u8, Problem> {
    let months: u8 = value.parse().map_err(|_| Problem::Invalid)?;
    let allowed = PAYMENT_MONTHS
        .values
        .iter()
        .any(|entry| entry.value.contains(&months));
    if allowed {
        Ok(months)
    } else {
        Err(Problem::OutOfRange)
    }
}

/// `0` or one of the PMI JHT choices of any period.
fn parse_pmi_jht(value: &str) -> Result<Rupiah, Problem> {
    let amount = crate::money::parse_amount(value).map_err(|_| Problem::Invalid)?;
    let is_choice = JHT_CHOICES
        .values
        .iter()
        .any(|entry| entry.value.contains(&amount));
    if amount == Rupiah::ZERO || is_choice {
        Ok(amount)
    } else {
        Err(Problem::OutOfRange)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn jht_is_a_flag_for_bpu_and_an_amount_for_pmi() {
        let (s, notices) = Scenario::from_query(&Query::parse("segmen=bpu&jht=1&bayar=6"));
        assert!(notices.is_empty());
        assert!(s.bpu_jht);
        assert_eq!(s.bayar, 6);
        let (s, notices) = Scenario::from_query(&Query::parse("segmen=pmi&jht=100000&kontrak=12"));
        assert!(notices.is_empty());
        assert_eq!(s.pmi_jht, Rupiah::from_whole(100_000));
        assert!(!s.bpu_jht);
        assert_eq!(s.kontrak, Kontrak::Bulan12);
    }

    #[test]
    fn bad_values_keep_defaults_and_become_notices() {
        let query = Query::parse("segmen=pmi&jht=75000&kontrak=18&tambahan=-1&risiko=6&upah=abc&x=1");
        let (s, notices) = Scenario::from_query(&query);
        assert_eq!(s.pmi_jht, Rupiah::ZERO);
        assert_eq!(s.kontrak, Kontrak::Bulan24);
        assert_eq!(s.risiko, RiskClass::I);
        assert_eq!(s.upah, Rupiah::from_whole(5_000_000));
        let problems: Vec<(&str, Problem)> = notices.iter().map(|n| (n.key.as_str(), n.problem)).collect();
        assert_eq!(
            problems,
            vec![
                ("upah", Problem::Invalid),
                ("risiko", Problem::OutOfRange),
                ("kontrak", Problem::Invalid),
                ("tambahan", Problem::OutOfRange),
                ("jht", Problem::OutOfRange),
                ("x", Problem::Unknown),
            ]
        );
    }

    #[test]
    fn a_typed_jp_cap_round_trips_for_pu() {
        let (s, notices) = Scenario::from_query(&Query::parse("segmen=pu&upah=20000000&batas_jp=11500000"));
        assert!(notices.is_empty());
        assert_eq!(s.batas_jp, Some(Rupiah::from_whole(11_500_000)));
        assert_eq!(
            s.to_query(),
            "segmen=pu&upah=20000000&risiko=1&padat_karya=0&batas_jp=11500000"
        );
        assert_eq!(s.pu_input(Date::ymd(2027, 3, 1)).batas_jp, s.batas_jp);
    }

    #[test]
    fn months_late_round_trip_for_pu_and_bpu_only() {
        let (s, notices) = Scenario::from_query(&Query::parse("segmen=bpu&terlambat=4"));
        assert!(notices.is_empty());
        assert_eq!(s.terlambat, 4);
        assert!(s.to_query().ends_with("&terlambat=4"));
        let jakon = Scenario {
            segmen: Segmen::Jakon,
            ..s
        };
        assert!(!jakon.to_query().contains("terlambat"));
        let (_, notices) = Scenario::from_query(&Query::parse("terlambat=121"));
        assert_eq!(notices.len(), 1);
    }

    #[test]
    fn writes_only_the_chosen_segment() {
        let s = Scenario {
            segmen: Segmen::Jakon,
            tanggal: Date::new(2025, 3, 1),
            ..Scenario::default()
        };
        assert_eq!(s.to_query(), "segmen=jakon&tanggal=2025-03-01&nilai=1000000000");
        assert_eq!(
            Scenario::default().to_query(),
            "segmen=pu&upah=5000000&risiko=1&padat_karya=0"
        );
    }
}
