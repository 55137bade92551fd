//! JKP (Jaminan Kehilangan Pekerjaan, PU only): cash benefit after a dismissal (PP 37/2021,
//! PP 6/2025).

use super::{bagian, kali, tambah, Asumsi, ManfaatError};
use crate::date::Date;
use crate::money::{Percent, Rupiah};
use crate::rules::manfaat::{SyaratJkp, JKP, JKP_BULAN_IUR_MINIMUM, SYARAT_JKP};
use crate::rules::pu::{self, JkpRule};
use crate::rules::Source;

/// One step of the cash benefit: months `bulan_dari..=bulan_sampai` at `persen` of the capped wage.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct JkpTahap {
    pub bulan_dari: u32,
    pub bulan_sampai: u32,
    pub persen: Percent,
    pub per_bulan: Rupiah,
    pub jumlah: Rupiah,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Jkp {
    pub upah: Rupiah,
    /// The wage counted is at most this (Rp 5 juta).
    pub batas_upah: Rupiah,
    pub batas_upah_source: Source,
    /// `min(upah, batas_upah)`.
    pub dasar: Rupiah,
    pub tahap: Vec<JkpTahap>,
    pub total: Rupiah,
    pub source: Source,
    /// Conditions the UI lists.
    pub syarat: &'static [SyaratJkp],
    /// Whether the months of membership entered reach the 12 months required.
    pub masa_iur_cukup: bool,
    pub masa_iur_source: Source,
    /// How the JKP contribution is funded on the date (government part and the recomposed part of
    /// JKK; of JKM too only under PP 37/2021), with its source.
    pub pendanaan: JkpRule,
    pub pendanaan_source: Source,
    pub asumsi: Vec<Asumsi>,
}

/// The JKP cash benefit on `date` for a monthly `upah`; not covered before 2 Feb 2021.
pub fn hitung(date: Date, upah: Rupiah, masa_bulan: u32) -> Result<Jkp, ManfaatError> {
    let rule = JKP.at(date)?;
    let cap = pu::JKP.at(date)?;
    let batas_upah = cap.value.wage_cap;
    let dasar = upah.min(batas_upah);
    let mut tahap = Vec::with_capacity(rule.value.len());
    let mut total = Rupiah::ZERO;
    let mut bulan_dari = 1_u32;
    for step in rule.value {
        let per_bulan = bagian(dasar, step.persen)?;
        let jumlah = kali(per_bulan, step.bulan)?;
        total = tambah(total, jumlah)?;
        let bulan_sampai = bulan_dari.saturating_add(step.bulan.saturating_sub(1));
        tahap.push(JkpTahap {
            bulan_dari,
            bulan_sampai,
            persen: step.persen,
            per_bulan,
            jumlah,
        });
        bulan_dari = bulan_sampai.saturating_add(1);
    }
    Ok(Jkp {
        upah,
        batas_upah,
        batas_upah_source: cap.source,
        dasar,
        tahap,
        total,
        source: rule.source,
        syarat: &SYARAT_JKP,
        masa_iur_cukup: masa_bulan >= JKP_BULAN_IUR_MINIMUM.value,
        masa_iur_source: JKP_BULAN_IUR_MINIMUM.source,
        pendanaan: cap.value,
        pendanaan_source: cap.source,
        asumsi: vec![Asumsi::MasaIurJkpDiperkirakan],
    })
}
