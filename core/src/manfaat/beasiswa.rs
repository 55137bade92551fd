//! Beasiswa: the education scholarship for a participant's children after death or total
//! permanent disability, with the years and amounts remaining for each child
//! (PP 82/2019 Lampiran III).

use super::{kali, tambah, Asumsi, ManfaatError};
use crate::date::Date;
use crate::money::Rupiah;
use crate::rules::manfaat::{Jenjang, UsiaJenjang, ASUMSI_USIA_JENJANG, BEASISWA};
use crate::rules::Source;

/// The scholarship still to come at one level.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct SisaJenjang {
    pub jenjang: Jenjang,
    pub tahun: u32,
    pub per_tahun: Rupiah,
    pub jumlah: Rupiah,
}

/// One entered child.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct BeasiswaAnak {
    pub usia: u8,
    /// Whether this child is among the children the scholarship covers.
    pub ditanggung: bool,
    /// Remaining levels (empty when not covered or too old).
    pub jenjang: Vec<SisaJenjang>,
    /// Sum of the levels, at most the per-child maximum.
    pub total: Rupiah,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Beasiswa {
    pub anak: Vec<BeasiswaAnak>,
    pub anak_maks: u32,
    pub maks_per_anak: Rupiah,
    /// Total for the covered children after a work-accident (JKK) death or total disability.
    pub total_jkk: Rupiah,
    /// Months of membership a death not from work (JKM) requires.
    pub masa_jkm_bulan: u32,
    pub layak_jkm: bool,
    /// Total after a JKM death: `total_jkk` when eligible, otherwise 0.
    pub total_jkm: Rupiah,
    /// The age-to-level assumption used for the remaining years.
    pub asumsi_usia: &'static [UsiaJenjang],
    pub asumsi: Vec<Asumsi>,
    /// Per-level amounts (one-source).
    pub source_jenjang: Source,
    /// Totals, number of children, JKM membership condition (confirmed-2).
    pub source: Source,
    /// No membership minimum after a JKK death (one-source).
    pub source_jkk: Source,
}

/// Years of a level still ahead of a child aged `usia` (this year counts).
fn sisa_tahun(usia: u8, span: &UsiaJenjang, tahun_maks: u32) -> u32 {
    let from = usia.max(span.usia_dari);
    let years = if from > span.usia_sampai {
        0
    } else {
        u32::from(span.usia_sampai - from) + 1 // ok: from ≤ usia_sampai here
    };
    years.min(tahun_maks)
}

/// The scholarship on `date` for children aged `anak` (in the order entered).
pub fn hitung(date: Date, anak: &[u8], masa_bulan: u32) -> Result<Beasiswa, ManfaatError> {
    let rule = BEASISWA.at(date)?;
    let r = rule.value;
    let anak_maks = usize::try_from(r.anak_maks.value).unwrap_or(usize::MAX);
    let mut hasil = Vec::with_capacity(anak.len());
    let mut total_jkk = Rupiah::ZERO;
    for (i, &usia) in anak.iter().enumerate() {
        let ditanggung = i < anak_maks;
        let mut jenjang = Vec::new();
        let mut total = Rupiah::ZERO;
        if ditanggung {
            for level in r.jenjang {
                let Some(span) = ASUMSI_USIA_JENJANG.iter().find(|s| s.jenjang == level.jenjang) else {
                    continue;
                };
                let tahun = sisa_tahun(usia, span, level.tahun_maks);
                if tahun == 0 {
                    continue;
                }
                let jumlah = kali(level.per_tahun, tahun)?;
                total = tambah(total, jumlah)?;
                jenjang.push(SisaJenjang {
                    jenjang: level.jenjang,
                    tahun,
                    per_tahun: level.per_tahun,
                    jumlah,
                });
            }
            total = total.min(r.maks_per_anak.value);
        }
        total_jkk = tambah(total_jkk, total)?;
        hasil.push(BeasiswaAnak {
            usia,
            ditanggung,
            jenjang,
            total,
        });
    }
    let layak_jkm = masa_bulan >= r.masa_jkm_bulan.value;
    let mut asumsi = vec![Asumsi::JenjangMenurutUsia];
    if anak.len() > anak_maks {
        asumsi.push(Asumsi::AnakPertamaDihitung);
    }
    Ok(Beasiswa {
        anak: hasil,
        anak_maks: r.anak_maks.value,
        maks_per_anak: r.maks_per_anak.value,
        total_jkk,
        masa_jkm_bulan: r.masa_jkm_bulan.value,
        layak_jkm,
        total_jkm: if layak_jkm { total_jkk } else { Rupiah::ZERO },
        asumsi_usia: &ASUMSI_USIA_JENJANG,
        asumsi,
        source_jenjang: r.jenjang_source,
        source: r.maks_per_anak.source,
        source_jkk: r.tanpa_masa_jkk,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_child_of_twelve_has_smp_sma_and_higher_education_left() {
        let b = hitung(Date::ymd(2025, 1, 1), &[12], 36);
        let levels = b.map(|b| {
            b.anak
                .first()
                .map(|a| a.jenjang.iter().map(|j| (j.jenjang, j.tahun)).collect::<Vec<_>>())
        });
        assert_eq!(
            levels,
            Ok(Some(vec![
                (Jenjang::Smp, 3),
                (Jenjang::Sma, 3),
                (Jenjang::PerguruanTinggi, 5)
            ]))
        );
    }

    #[test]
    fn remaining_years_count_the_current_year() {
        let sd = UsiaJenjang {
            jenjang: Jenjang::Sd,
            usia_dari: 6,
            usia_sampai: 11,
        };
        assert_eq!(sisa_tahun(3, &sd, 6), 6);
        assert_eq!(sisa_tahun(8, &sd, 6), 4);
        assert_eq!(sisa_tahun(11, &sd, 6), 1);
        assert_eq!(sisa_tahun(12, &sd, 6), 0);
    }
}
