//! Benefits (manfaat): what a participant and the family receive from JKM, JKK, beasiswa
//! (scholarships), JHT, JP and JKP, for the `/manfaat` page.
//!
//! [`simulate`] is the one entry point for the benefits; [`biaya`] prices them with the
//! contribution calculators. [`simulate`] validates a [`ManfaatInput`], then computes one section
//! per programme from the dated rules in [`crate::rules::manfaat`] (benefit amounts) and
//! [`crate::rules::pu`] / [`crate::rules::bpu`] (contribution rates and the JP wage cap). Every
//! amount carries the inputs of its formula and its [`Source`]; assumptions are [`Asumsi`] flags.
//!
//! JHT convention (also used for the JP lump sum): contributions are credited at the end of each
//! month m = 1..12 and earn interest pro rata for the rest of the year, the opening balance a full
//! year: `saldo_akhir = saldo × (1 + r) + Σ_m iuran_m × (1 + r × (12 − m) / 12)`. This avoids the
//! 12th root of monthly compounding; at 10% a year it credits at most about 0,1% of a year's
//! contributions more than monthly compounding would.
//!
//! Overflow: inputs are bounded by [`validate`] (amounts ≤ Rp 1.000 triliun, at most 65 projected
//! years, wage growth ≤ 20%, return ≤ 10%), which keeps every product below 10^24, far from the
//! `Decimal` limit (~7,9 × 10^28). Projection loops still use checked operations (`kali`,
//! `tambah`) and report [`ManfaatError::Overflow`] rather than panic.

pub mod beasiswa;
mod biaya;
pub mod jht;
pub mod jkk;
pub mod jkm;
pub mod jkp;
pub mod jp;
mod link;

pub use biaya::{biaya, Biaya};
pub use link::{parse_anak, AnakError, Scenario};

use crate::date::Date;
use crate::money::{max_input_amount, Percent, Rupiah};
use crate::rules::{Dated, NotCovered, Rule, Source};
use rust_decimal::{dec, Decimal};

/// Kind of participant (segmen): PU (penerima upah, wage earner) or BPU (bukan penerima upah,
/// informal / self-employed).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Segmen {
    Pu,
    Bpu,
}

/// What the page asks about a participant.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ManfaatInput {
    /// The day the rules are taken from (and the start of the projections).
    pub date: Date,
    pub segmen: Segmen,
    /// Monthly upah (wage, PU) or declared penghasilan (income level, BPU).
    pub upah: Rupiah,
    /// Months of membership (masa kepesertaan) so far.
    pub masa_bulan: u32,
    /// Participant's age (usia) in years.
    pub usia: u8,
    /// Children's (anak) ages in years, in the order entered.
    pub anak: Vec<u8>,
    /// JHT balance today (saldo).
    pub saldo_jht: Rupiah,
    /// Assumed annual JHT return (imbal hasil).
    pub imbal_jht: Percent,
    /// Assumed annual wage growth (kenaikan upah).
    pub kenaikan_upah: Percent,
    /// Age at which the JHT projection ends.
    pub usia_jht: u8,
}

/// Accepted input ranges (also used by the share-link reader).
pub mod batas {
    use rust_decimal::{dec, Decimal};

    pub const USIA: (u8, u8) = (15, 80);
    pub const USIA_JHT: (u8, u8) = (40, 80);
    pub const MASA_BULAN: (u32, u32) = (0, 720);
    pub const ANAK_MAKS: usize = 10;
    pub const USIA_ANAK: (u8, u8) = (0, 30);
    pub const IMBAL: (Decimal, Decimal) = (dec!(0), dec!(10));
    pub const KENAIKAN_UPAH: (Decimal, Decimal) = (dec!(0), dec!(20));
    /// Later dates are refused so that retirement dates stay inside the supported calendar.
    pub const TAHUN_MAKS: u16 = 2100;
}

/// An input of [`ManfaatInput`], named in a validation error.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Field {
    Tanggal,
    Upah,
    Masa,
    Usia,
    Anak,
    UsiaAnak,
    Saldo,
    Imbal,
    KenaikanUpah,
    UsiaJht,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ManfaatError {
    /// No rule covers the date (fail closed).
    NotCovered(NotCovered),
    /// The input lies outside the range in [`batas`].
    OutOfRange(Field),
    /// More children than [`batas::ANAK_MAKS`].
    TooManyChildren { max: usize },
    /// An intermediate amount overflowed (unreachable for validated inputs).
    Overflow,
}

impl From<NotCovered> for ManfaatError {
    fn from(err: NotCovered) -> ManfaatError {
        ManfaatError::NotCovered(err)
    }
}

/// Checks every input against [`batas`].
pub fn validate(input: &ManfaatInput) -> Result<(), ManfaatError> {
    let amount_ok = |r: Rupiah| !r.is_negative() && r.amount() <= max_input_amount();
    let within = |value: Decimal, (lo, hi): (Decimal, Decimal)| value >= lo && value <= hi;
    let checks = [
        (input.date.year() <= batas::TAHUN_MAKS, Field::Tanggal),
        (amount_ok(input.upah), Field::Upah),
        (
            (batas::MASA_BULAN.0..=batas::MASA_BULAN.1).contains(&input.masa_bulan),
            Field::Masa,
        ),
        ((batas::USIA.0..=batas::USIA.1).contains(&input.usia), Field::Usia),
        (
            input
                .anak
                .iter()
                .all(|a| (batas::USIA_ANAK.0..=batas::USIA_ANAK.1).contains(a)),
            Field::UsiaAnak,
        ),
        (amount_ok(input.saldo_jht), Field::Saldo),
        (within(input.imbal_jht.value(), batas::IMBAL), Field::Imbal),
        (
            within(input.kenaikan_upah.value(), batas::KENAIKAN_UPAH),
            Field::KenaikanUpah,
        ),
        (
            (batas::USIA_JHT.0..=batas::USIA_JHT.1).contains(&input.usia_jht),
            Field::UsiaJht,
        ),
    ];
    if let Some((_, field)) = checks.iter().find(|(ok, _)| !ok) {
        return Err(ManfaatError::OutOfRange(*field));
    }
    if input.anak.len() > batas::ANAK_MAKS {
        return Err(ManfaatError::TooManyChildren {
            max: batas::ANAK_MAKS,
        });
    }
    Ok(())
}

/// What a benefit line pays for.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Item {
    /// JKM santunan sekaligus (lump sum).
    SantunanSekaligus,
    /// Santunan berkala (periodic payment, paid at once).
    SantunanBerkala,
    /// Biaya pemakaman (funeral).
    BiayaPemakaman,
    /// BPU death within the first months of membership: one reduced amount.
    SantunanMasaTunggu,
    /// JKK death from a work accident.
    SantunanKematianKerja,
    /// JKK total permanent disability (cacat total tetap).
    SantunanCacatTotal,
    /// JKK partial anatomical disability (cacat sebagian anatomis).
    SantunanCacatSebagian(crate::rules::manfaat::CacatAnatomis),
    /// Transport to hospital by land, river or lake.
    TransportDarat,
    TransportLaut,
    TransportUdara,
    /// Home care (perawatan di rumah).
    HomeCare,
}

/// How a line's amount was computed.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Formula {
    /// A fixed amount set by the regulation.
    Tetap,
    /// `kali × per` (e.g. 24 × Rp 500.000).
    Kali { kali: u32, per: Rupiah },
    /// `persen × pengali × upah`, at least `minimum` (e.g. 60% × 80 × upah = 48 × upah).
    KaliUpah {
        upah: Rupiah,
        persen: Percent,
        pengali: Decimal,
        minimum: Option<Rupiah>,
    },
    /// A reimbursement of actual costs up to the amount, for at most `bulan` months if given.
    Maksimum { bulan: Option<u32> },
}

/// One benefit amount, with its formula and legal source.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Line {
    pub item: Item,
    pub jumlah: Rupiah,
    pub formula: Formula,
    pub source: Source,
}

/// An assumption a section makes, for the UI to state next to it.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Asumsi {
    /// Future wages grow by the entered yearly rate (a constant wage when it is 0).
    KenaikanUpah,
    /// The JHT return is the same every year (the entered rate).
    ImbalTetap,
    /// JHT is optional for BPU: the projection assumes the participant pays it.
    JhtBpuOpsional,
    /// The JHT end age was changed from the regulation's age.
    UsiaJhtDipilih,
    /// The JP wage cap of future years is held at the value in force (or last known) today.
    BatasUpahJpTetap,
    /// The JP minimum and maximum after the last published year are held at the last known values
    /// (no indexation beyond the table years).
    BatasManfaatJpTetap,
    /// Past JP contribution months are counted at today's wage.
    UpahLaluSamaDenganSekarang,
    /// Membership before JP began (1 Jul 2015) does not count towards JP.
    MasaSebelumJp,
    /// The JP lump sum earns the JHT return; past contributions are counted without return.
    ImbalJpSamaDenganJht,
    /// A BPU death within the first 3 months before the waiting-period rule's known start: the full
    /// benefit is shown, but the rule may already have applied.
    MasaTungguBelumDiketahui,
    /// Scholarship years follow the age-to-level table [`crate::rules::manfaat::ASUMSI_USIA_JENJANG`].
    JenjangMenurutUsia,
    /// More children were entered than the scholarship covers: the first ones entered are counted.
    AnakPertamaDihitung,
    /// JKP: `masa_bulan` ≥ 12 is taken to mean 12 months of contributions within 24, 6 consecutive.
    MasaIurJkpDiperkirakan,
}

/// The agent view: the few numbers a prospect understands at a glance.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Ringkasan {
    /// Family receives on a death not from work: the JKM total (or the waiting-period amount).
    pub kematian_biasa: Rupiah,
    /// Whether `kematian_biasa` is the reduced BPU waiting-period amount.
    pub masa_tunggu: bool,
    /// Scholarships on a death not from work (0 below the required membership).
    pub beasiswa_kematian_biasa: Rupiah,
    /// Family receives on a work-accident death: 48 × upah + periodic + funeral + scholarships.
    pub kematian_kerja: Rupiah,
    /// Scholarships for the entered children (work-accident case, no membership minimum).
    pub beasiswa: Rupiah,
    /// JHT balance at the end of the projection.
    pub jht_pensiun: Rupiah,
    pub usia_jht: u8,
}

/// The whole simulation: one section per programme.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ManfaatResult {
    pub ringkasan: Ringkasan,
    pub jkm: jkm::Jkm,
    pub jkk: jkk::Jkk,
    pub beasiswa: beasiswa::Beasiswa,
    pub jht: jht::Jht,
    /// PU only; its own `NotCovered` so the other sections still show.
    pub jp: Option<Result<jp::Jp, NotCovered>>,
    /// PU only; not covered before JKP began (2 Feb 2021).
    pub jkp: Option<Result<jkp::Jkp, NotCovered>>,
}

/// Computes every benefit section for `input`.
pub fn simulate(input: &ManfaatInput) -> Result<ManfaatResult, ManfaatError> {
    validate(input)?;
    let jkm = jkm::hitung(input.date, input.segmen, input.masa_bulan)?;
    let jkk = jkk::hitung(input.date, input.upah)?;
    let beasiswa = beasiswa::hitung(input.date, &input.anak, input.masa_bulan)?;
    let jht = jht::hitung(input)?;
    let (jp, jkp) = match input.segmen {
        Segmen::Bpu => (None, None),
        Segmen::Pu => {
            let jp = section(jp::hitung(input))?;
            let jkp = section(jkp::hitung(input.date, input.upah, input.masa_bulan))?;
            (Some(jp), Some(jkp))
        }
    };
    let beasiswa_kematian_biasa = beasiswa.total_jkm;
    let ringkasan = Ringkasan {
        kematian_biasa: jkm.total,
        masa_tunggu: matches!(jkm.masa_tunggu, jkm::MasaTunggu::Berlaku { .. }),
        beasiswa_kematian_biasa,
        kematian_kerja: tambah(jkk.kematian_total, beasiswa.total_jkk)?,
        beasiswa: beasiswa.total_jkk,
        jht_pensiun: jht.saldo_akhir,
        usia_jht: jht.usia_jht,
    };
    Ok(ManfaatResult {
        ringkasan,
        jkm,
        jkk,
        beasiswa,
        jht,
        jp,
        jkp,
    })
}

/// A section that may be not covered on its own while the others still show.
fn section<T>(result: Result<T, ManfaatError>) -> Result<Result<T, NotCovered>, ManfaatError> {
    match result {
        Ok(value) => Ok(Ok(value)),
        Err(ManfaatError::NotCovered(err)) => Ok(Err(err)),
        Err(err) => Err(err),
    }
}

/// `amount × factor`, exact, or [`ManfaatError::Overflow`].
pub(crate) fn kali(amount: Rupiah, factor: impl Into<Decimal>) -> Result<Rupiah, ManfaatError> {
    amount.checked_mul(factor.into()).ok_or(ManfaatError::Overflow)
}

/// `a + b`, or [`ManfaatError::Overflow`].
pub(crate) fn tambah(a: Rupiah, b: Rupiah) -> Result<Rupiah, ManfaatError> {
    a.checked_add(b).ok_or(ManfaatError::Overflow)
}

/// The sum of the lines' amounts.
pub(crate) fn jumlah(lines: &[Line]) -> Result<Rupiah, ManfaatError> {
    lines
        .iter()
        .try_fold(Rupiah::ZERO, |sum, l| tambah(sum, l.jumlah))
}

/// `upah × persen`, rounded: one benefit or contribution line.
pub(crate) fn bagian(upah: Rupiah, persen: Percent) -> Result<Rupiah, ManfaatError> {
    Ok(kali(upah, persen.fraction())?.rounded())
}

/// The entry in force on `date`; for a date after the table's last entry, that last entry and
/// `true`: a projection then assumes the value stays as last published (an [`Asumsi`] the UI
/// shows). Dates before the table or in a gap still fail closed.
pub(crate) fn terakhir_diketahui<T>(
    rule: &Rule<T>,
    date: Date,
) -> Result<(&'static Dated<T>, bool), NotCovered> {
    match rule.at(date) {
        Ok(entry) => Ok((entry, false)),
        Err(err) => match rule.latest() {
            Some(last) if last.period.until.is_some_and(|until| date >= until) => Ok((last, true)),
            _ => Err(err),
        },
    }
}

/// One year of the JHT accumulation convention (also used for the JP lump sum).
///
/// Contributions `iuran_bulan` are credited at the end of each month m = 1..12 and earn interest
/// pro rata for the rest of the year; the opening balance earns a full year:
/// `saldo_akhir = saldo × (1 + r) + Σ_m iuran × (1 + r × (12 − m) / 12)`. This avoids the 12th
/// root of monthly compounding; at 10% a year it credits at most about 0,1% of a year's
/// contributions more than monthly compounding would.
/// Σ_m (12 − m) / 12 = 66 / 12 = 5,5, so the year's return is `r × (saldo + 5,5 × iuran)`,
/// rounded to whole rupiah as one line.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct Tahun {
    pub iuran: Rupiah,
    pub imbal: Rupiah,
    pub saldo: Rupiah,
}

const BULAN_RATA_RATA_BERBUNGA: Decimal = dec!(5.5);

pub(crate) fn satu_tahun(saldo: Rupiah, iuran_bulan: Rupiah, r: Decimal) -> Result<Tahun, ManfaatError> {
    let iuran = kali(iuran_bulan, 12)?;
    let berbunga = tambah(saldo, kali(iuran_bulan, BULAN_RATA_RATA_BERBUNGA)?)?;
    let imbal = kali(berbunga, r)?.rounded();
    let saldo = tambah(tambah(saldo, iuran)?, imbal)?;
    Ok(Tahun { iuran, imbal, saldo })
}

#[cfg(test)]
mod tests {
    use super::*;

    pub(crate) fn input() -> ManfaatInput {
        ManfaatInput {
            date: Date::ymd(2025, 6, 1),
            segmen: Segmen::Pu,
            upah: Rupiah::from_whole(5_000_000),
            masa_bulan: 48,
            usia: 30,
            anak: vec![4],
            saldo_jht: Rupiah::ZERO,
            imbal_jht: Percent::new(dec!(5)),
            kenaikan_upah: Percent::ZERO,
            usia_jht: 56,
        }
    }

    #[test]
    fn validation_names_the_field() {
        let mut bad = input();
        bad.usia = 14;
        assert_eq!(validate(&bad), Err(ManfaatError::OutOfRange(Field::Usia)));
        let mut bad = input();
        bad.imbal_jht = Percent::new(dec!(10.5));
        assert_eq!(validate(&bad), Err(ManfaatError::OutOfRange(Field::Imbal)));
        let mut bad = input();
        bad.upah = Rupiah::from_whole(-1);
        assert_eq!(validate(&bad), Err(ManfaatError::OutOfRange(Field::Upah)));
        let mut bad = input();
        bad.anak = vec![1; 11];
        assert_eq!(validate(&bad), Err(ManfaatError::TooManyChildren { max: 10 }));
        let mut bad = input();
        bad.anak = vec![31];
        assert_eq!(validate(&bad), Err(ManfaatError::OutOfRange(Field::UsiaAnak)));
        assert_eq!(validate(&input()), Ok(()));
    }

    #[test]
    fn one_year_credits_contributions_pro_rata() {
        // 1.000.000 opening balance, 100.000 a month at 12%: 120.000 + 0,12 × (1.000.000 + 550.000).
        let year = satu_tahun(
            Rupiah::from_whole(1_000_000),
            Rupiah::from_whole(100_000),
            dec!(0.12),
        );
        assert_eq!(
            year,
            Ok(Tahun {
                iuran: Rupiah::from_whole(1_200_000),
                imbal: Rupiah::from_whole(186_000),
                saldo: Rupiah::from_whole(2_386_000),
            })
        );
    }

    #[test]
    fn last_known_entry_is_used_only_after_the_table() {
        use crate::rules::manfaat::JP_BATAS_MANFAAT;
        let after = terakhir_diketahui(&JP_BATAS_MANFAAT, Date::ymd(2040, 1, 1));
        assert!(matches!(after, Ok((_, true))));
        let inside = terakhir_diketahui(&JP_BATAS_MANFAAT, Date::ymd(2020, 5, 1));
        assert!(matches!(inside, Ok((_, false))));
        let before = terakhir_diketahui(&JP_BATAS_MANFAAT, Date::ymd(2015, 1, 1));
        assert!(before.is_err());
    }
}
