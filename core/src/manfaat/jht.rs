//! JHT (Jaminan Hari Tua): the old-age savings balance projected year by year (PP 46/2015).
//!
//! Monthly contribution: PU 5,7% of upah ([`crate::rules::pu::JHT`]), BPU 2% of the declared
//! income ([`crate::rules::bpu::JHT`]), rounded per month. Interest follows the yearly convention
//! documented in [`super`] (contributions credited monthly, interest pro rata within the year);
//! with a 0% return the final balance is exactly the starting balance plus the contributions.

use super::{bagian, kali, satu_tahun, tambah, Asumsi, ManfaatError, ManfaatInput, Segmen};
use crate::money::{Percent, Rupiah};
use crate::rules::manfaat::USIA_JHT;
use crate::rules::{bpu, pu, Source};
use rust_decimal::Decimal;

/// One projected year.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct JhtRow {
    /// 1 for the first year from the simulation date.
    pub tahun: u32,
    /// Participant's age at the end of the year.
    pub usia: u8,
    /// Monthly upah that year (after wage growth), rounded for display.
    pub upah: Rupiah,
    /// Contributions paid that year (12 rounded monthly contributions).
    pub iuran: Rupiah,
    /// Return credited that year.
    pub imbal: Rupiah,
    /// Balance at the end of the year.
    pub saldo: Rupiah,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Jht {
    pub iuran_persen: Percent,
    pub iuran_source: Source,
    /// The first month's contribution.
    pub iuran_bulan: Rupiah,
    pub usia_jht: u8,
    /// Where the end age comes from; `None` when the user chose another age.
    pub usia_jht_source: Option<Source>,
    pub imbal: Percent,
    pub kenaikan_upah: Percent,
    pub saldo_awal: Rupiah,
    pub baris: Vec<JhtRow>,
    pub total_iuran: Rupiah,
    pub total_imbal: Rupiah,
    /// Balance at `usia_jht` (the starting balance when already there).
    pub saldo_akhir: Rupiah,
    pub asumsi: Vec<Asumsi>,
}

/// What a projection needs; `persen` is the monthly contribution rate on `upah`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Proyeksi {
    pub upah: Rupiah,
    pub persen: Percent,
    pub saldo_awal: Rupiah,
    pub imbal: Percent,
    pub kenaikan_upah: Percent,
    pub usia: u8,
    pub tahun: u8,
}

/// The balance year by year for `p.tahun` years.
pub fn proyeksi(p: &Proyeksi) -> Result<Vec<JhtRow>, ManfaatError> {
    let r = p.imbal.fraction();
    let growth = Decimal::ONE + p.kenaikan_upah.fraction(); // ok: a fraction is at most Decimal::MAX / 100
    let mut upah = p.upah;
    let mut saldo = p.saldo_awal;
    let mut rows = Vec::with_capacity(usize::from(p.tahun));
    for tahun in 1..=p.tahun {
        let year = satu_tahun(saldo, bagian(upah, p.persen)?, r)?;
        saldo = year.saldo;
        rows.push(JhtRow {
            tahun: u32::from(tahun),
            usia: p.usia.saturating_add(tahun),
            upah: upah.rounded(),
            iuran: year.iuran,
            imbal: year.imbal,
            saldo,
        });
        upah = kali(upah, growth)?;
    }
    Ok(rows)
}

/// The JHT section of [`super::simulate`].
pub fn hitung(input: &ManfaatInput) -> Result<Jht, ManfaatError> {
    let (persen, iuran_source) = match input.segmen {
        Segmen::Pu => {
            let rule = pu::JHT.at(input.date)?;
            (rule.value.total(), rule.source)
        }
        Segmen::Bpu => {
            let rule = bpu::JHT.at(input.date)?;
            (rule.value, rule.source)
        }
    };
    let p = Proyeksi {
        upah: input.upah,
        persen,
        saldo_awal: input.saldo_jht,
        imbal: input.imbal_jht,
        kenaikan_upah: input.kenaikan_upah,
        usia: input.usia,
        tahun: input.usia_jht.saturating_sub(input.usia),
    };
    let baris = proyeksi(&p)?;
    let total_iuran = baris.iter().try_fold(Rupiah::ZERO, |s, r| tambah(s, r.iuran))?;
    let total_imbal = baris.iter().try_fold(Rupiah::ZERO, |s, r| tambah(s, r.imbal))?;
    let saldo_akhir = baris.last().map_or(input.saldo_jht, |r| r.saldo);
    let bawaan = input.usia_jht == USIA_JHT.value;
    let mut asumsi = vec![Asumsi::ImbalTetap, Asumsi::KenaikanUpah];
    if input.segmen == Segmen::Bpu {
        asumsi.push(Asumsi::JhtBpuOpsional);
    }
    if !bawaan {
        asumsi.push(Asumsi::UsiaJhtDipilih);
    }
    Ok(Jht {
        iuran_persen: persen,
        iuran_source,
        iuran_bulan: bagian(input.upah, persen)?,
        usia_jht: input.usia_jht,
        usia_jht_source: bawaan.then_some(USIA_JHT.source),
        imbal: input.imbal_jht,
        kenaikan_upah: input.kenaikan_upah,
        saldo_awal: input.saldo_jht,
        baris,
        total_iuran,
        total_imbal,
        saldo_akhir,
        asumsi,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use rust_decimal::dec;

    #[test]
    fn wage_growth_raises_each_year_contribution() {
        let rows = proyeksi(&Proyeksi {
            upah: Rupiah::from_whole(1_000_000),
            persen: Percent::new(dec!(2)),
            saldo_awal: Rupiah::ZERO,
            imbal: Percent::ZERO,
            kenaikan_upah: Percent::new(dec!(10)),
            usia: 30,
            tahun: 3,
        });
        let iuran: Result<Vec<_>, _> = rows.map(|r| r.iter().map(|r| (r.usia, r.iuran)).collect());
        assert_eq!(
            iuran,
            Ok(vec![
                (31, Rupiah::from_whole(240_000)),
                (32, Rupiah::from_whole(264_000)),
                (33, Rupiah::from_whole(290_400)),
            ])
        );
    }
}
