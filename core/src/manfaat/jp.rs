//! JP (Jaminan Pensiun, PU only): the monthly pension, or the lump sum when contributions fall
//! short of 15 years (PP 45/2015 Pasal 15-18).
//!
//! Formula implemented (the reference marks it unverified): monthly pension = 1% × (months of
//! contributions / 12) × average monthly wage, where each month's wage is capped at the JP wage cap;
//! bounded by the minimum and maximum of the retirement year. Past months are counted at today's
//! wage; future wages grow by the entered rate; the cap and the bounds after the last published
//! year are held constant. Each of these is an [`Asumsi`] in the result.

use super::{
    bagian, kali, satu_tahun, tambah, terakhir_diketahui, Asumsi, Field, ManfaatError, ManfaatInput,
};
use crate::date::Date;
use crate::money::{Percent, Rupiah};
use crate::rules::manfaat::{Cited, JP_BATAS_MANFAAT, JP_RUMUS, USIA_PENSIUN_JP};
use crate::rules::{pu, Dated, Source};
use rust_decimal::Decimal;

/// Which bound, if any, set the monthly pension.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Pembatas {
    Tidak,
    Minimum,
    Maksimum,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum JpManfaat {
    /// A monthly pension for life: `persen × (bulan_total / 12) × rata_upah`, bounded.
    Bulanan {
        persen: Cited<Percent>,
        dihitung: Rupiah,
        minimum: Cited<Rupiah>,
        maksimum: Cited<Rupiah>,
        dibatasi: Pembatas,
        per_bulan: Rupiah,
    },
    /// Contributions under the minimum period: contributions plus return, paid once.
    Sekaligus {
        iuran: Rupiah,
        imbal: Rupiah,
        total: Rupiah,
        source: Source,
    },
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Jp {
    pub usia_pensiun: u8,
    pub usia_pensiun_source: Source,
    /// First day of the month in which the participant reaches the retirement age of that year.
    pub tanggal_pensiun: Date,
    /// Contribution months so far that count (membership since JP began).
    pub bulan_lalu: u32,
    /// Contribution months from now to retirement.
    pub bulan_depan: u32,
    pub bulan_total: u32,
    /// Months needed for a monthly pension (180).
    pub bulan_minimum: Cited<u32>,
    /// JP contribution rate (employer + worker) on the capped wage.
    pub iuran_persen: Percent,
    pub iuran_source: Source,
    pub batas_upah: Rupiah,
    pub batas_upah_source: Source,
    /// Average capped monthly wage over all counted months, rounded for display.
    pub rata_upah: Rupiah,
    pub manfaat: JpManfaat,
    pub asumsi: Vec<Asumsi>,
}

/// Years until retirement, the retirement date and the age rule: the first year in which the
/// participant's age reaches the retirement age in force that year.
fn pensiun(date: Date, usia: u8) -> Result<(u8, Date, &'static Dated<u8>), ManfaatError> {
    for tahun in 0..=u8::MAX.saturating_sub(usia) {
        let tanggal = date
            .add_months(i32::from(tahun) * 12) // ok: ≤ 255 × 12
            .ok_or(ManfaatError::OutOfRange(Field::Tanggal))?;
        let rule = USIA_PENSIUN_JP.at(tanggal)?;
        if usia.saturating_add(tahun) >= rule.value {
            return Ok((tahun, tanggal, rule));
        }
    }
    // The age table ends open-ended at 65, so the loop always returns.
    Err(ManfaatError::Overflow)
}

/// The JP section of [`super::simulate`] (PU only).
pub fn hitung(input: &ManfaatInput) -> Result<Jp, ManfaatError> {
    let date = input.date;
    let rumus = JP_RUMUS.at(date)?;
    let iuran_rule = pu::JP.at(date)?;
    let iuran_persen = iuran_rule.value.total();
    let (cap, cap_terakhir) = terakhir_diketahui(&pu::JP_WAGE_CAP, date)?;
    let batas_upah = cap.value;
    let (tahun_depan, tanggal_pensiun, usia_rule) = pensiun(date, input.usia)?;

    let sejak_jp = u32::try_from(rumus.period.from.months_until(date)).unwrap_or(0);
    let bulan_lalu = input.masa_bulan.min(sejak_jp);
    let bulan_depan = u32::from(tahun_depan) * 12; // ok: ≤ 255 × 12
    let bulan_total = bulan_lalu.saturating_add(bulan_depan);

    // Past months: today's capped wage, contributions without return.
    let upah_sekarang = input.upah.min(batas_upah);
    let mut jumlah_upah = kali(upah_sekarang, bulan_lalu)?;
    let mut saldo = kali(bagian(upah_sekarang, iuran_persen)?, bulan_lalu)?;
    let mut total_iuran = saldo;
    let mut total_imbal = Rupiah::ZERO;
    let r = input.imbal_jht.fraction();
    let growth = Decimal::ONE + input.kenaikan_upah.fraction(); // ok: a fraction is at most Decimal::MAX / 100
    let mut upah = input.upah;
    for _ in 0..tahun_depan {
        let capped = upah.min(batas_upah);
        jumlah_upah = tambah(jumlah_upah, kali(capped, 12)?)?;
        let year = satu_tahun(saldo, bagian(capped, iuran_persen)?, r)?;
        saldo = year.saldo;
        total_iuran = tambah(total_iuran, year.iuran)?;
        total_imbal = tambah(total_imbal, year.imbal)?;
        upah = kali(upah, growth)?;
    }
    let rata_upah = match jumlah_upah.amount().checked_div(Decimal::from(bulan_total)) {
        Some(avg) if bulan_total > 0 => Rupiah::new(avg).rounded(),
        _ => Rupiah::ZERO,
    };

    let mut asumsi = Vec::new();
    if bulan_lalu > 0 {
        asumsi.push(Asumsi::UpahLaluSamaDenganSekarang);
    }
    if input.masa_bulan > sejak_jp {
        asumsi.push(Asumsi::MasaSebelumJp);
    }
    if tahun_depan > 0 {
        asumsi.push(Asumsi::KenaikanUpah);
    }
    if tahun_depan > 0 || cap_terakhir {
        asumsi.push(Asumsi::BatasUpahJpTetap);
    }

    let manfaat = if bulan_total >= rumus.value.bulan_minimum.value {
        let (batas, batas_terakhir) = terakhir_diketahui(&JP_BATAS_MANFAAT, tanggal_pensiun)?;
        if batas_terakhir {
            asumsi.push(Asumsi::BatasManfaatJpTetap);
        }
        let persen = rumus.value.persen;
        // persen × (bulan / 12) × (Σ upah / bulan) = persen × Σ upah / 12.
        let dihitung = kali(jumlah_upah, persen.value.fraction())?
            .amount()
            .checked_div(Decimal::from(12))
            .map(|d| Rupiah::new(d).rounded())
            .ok_or(ManfaatError::Overflow)?;
        let (minimum, maksimum) = (batas.value.minimum, batas.value.maksimum);
        let (per_bulan, dibatasi) = if dihitung < minimum.value {
            (minimum.value, Pembatas::Minimum)
        } else if dihitung > maksimum.value {
            (maksimum.value, Pembatas::Maksimum)
        } else {
            (dihitung, Pembatas::Tidak)
        };
        JpManfaat::Bulanan {
            persen,
            dihitung,
            minimum,
            maksimum,
            dibatasi,
            per_bulan,
        }
    } else {
        asumsi.push(Asumsi::ImbalJpSamaDenganJht);
        JpManfaat::Sekaligus {
            iuran: total_iuran,
            imbal: total_imbal,
            total: saldo,
            source: rumus.value.sekaligus,
        }
    };

    Ok(Jp {
        usia_pensiun: usia_rule.value,
        usia_pensiun_source: usia_rule.source,
        tanggal_pensiun,
        bulan_lalu,
        bulan_depan,
        bulan_total,
        bulan_minimum: rumus.value.bulan_minimum,
        iuran_persen,
        iuran_source: iuran_rule.source,
        batas_upah,
        batas_upah_source: cap.source,
        rata_upah,
        manfaat,
        asumsi,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn retire(date: Date, usia: u8) -> Result<(u8, Date, u8), ManfaatError> {
        pensiun(date, usia).map(|(years, date, rule)| (years, date, rule.value))
    }

    #[test]
    fn retirement_age_follows_the_year_of_retirement() {
        // 30 in 2025: 59 in 2054, when the age is already 65 (from 2043), so 65 in 2060.
        assert_eq!(
            retire(Date::ymd(2025, 6, 1), 30),
            Ok((35, Date::ymd(2060, 6, 1), 65))
        );
        // 55 in 2020: 57 in 2022 (age rule 58), 58 in 2023 (age rule 58).
        assert_eq!(
            retire(Date::ymd(2020, 1, 1), 55),
            Ok((3, Date::ymd(2023, 1, 1), 58))
        );
        // Already past the age: retires now.
        assert_eq!(
            retire(Date::ymd(2025, 1, 1), 70),
            Ok((0, Date::ymd(2025, 1, 1), 59))
        );
        assert!(retire(Date::ymd(2015, 6, 1), 70).is_err());
    }
}
