//! The basis of every default of the planner, so the page can show "sumber" next to each one.
//!
//! A default is either a published fact (a programme, a regulation), a figure derived from
//! published figures, or a modelling assumption without a source; [`BasisKey::is_assumption`]
//! tells the page which ones to mark.

/// Why a default has its value. The interface renders each key as a short sentence.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum BasisKey {
    /// NTT province's 2025 pledge: 100.000 workers × Rp 16.800 × 12 months = Rp 20,16 miliar.
    NttPledge,
    /// The BPU minimum package: income level Rp 1 juta, JKK + JKM = Rp 16.800 a month, no JHT.
    MinimumPackage,
    /// A pledge counts enrolled workers, so the NTT case applies no verification or fill loss.
    PledgeCountsEnrolled,
    /// Verification yield ≈ 0,67 (Kutai Kartanegara 60k of 90k; Jember 49.888 of 74.918).
    VerificationYield,
    /// Fill rate 0,85 (Penajam Paser Utara ≈ 0,73 of slots filled).
    FillRate,
    /// The NTT pledge equals the computed cost: no headroom.
    NoHeadroom,
    /// Headroom 5% (Lumajang's quoted figure is 11% above realisation).
    Headroom,
    /// A multi-year programme keeps its cohort: every worker re-funded (an assumption: the
    /// strongest driver of a multi-year result; NTB's cohort grew, 2025 budget cuts show cliffs).
    FullRefunding,
    /// No new workers unless the planner adds them (NTB added 20.173 from 2024 to 2025).
    NewWorkers,
    /// Budgets often fund only part of the first year (Lumajang 7, Lombok Timur 9, Pati 6 and 3).
    PartYear,
    /// Monthly payment: no coverage gaps from lump-sum payments.
    MonthlyPayment,
    /// Annual death rate of paying BPU members 0,30% (derived from BPU JKM cases and claim ratio).
    DeathRate,
    /// First-3-month death multiplier 1,5: an assumption (anti-selection before the 2025 rule).
    EarlySelection,
    /// JKM benefit Rp 42 juta (PP 82/2019).
    JkmBenefit,
    /// JKM within the first 3 months of BPU membership: Rp 10 juta (Permenaker 1/2025).
    JkmEarlyBenefit,
    /// Scholarship loading 8% for members with ≥ 36 months (regional scholarship ÷ JKM payouts).
    ScholarshipLoading,
    /// Annual JKK claim frequency of BPU members 0,30% (DJSN 2020, BPU case counts 2023–24).
    AccidentRate,
    /// Mean JKK cost per case Rp 9 juta (national 7,3–8,8 jt; regional 4,5–16,7 jt).
    JkkSeverity,
    /// A BPU member who does not pay for more than 3 months exits; membership restarts.
    GracePeriod,
}

/// The regulation of a rule's latest value.
fn regulation<T>(rule: &crate::rules::Rule<T>) -> &'static str {
    rule.latest().map_or("", |dated| dated.source.regulation)
}

impl BasisKey {
    /// Where the figure comes from: the regulation (named by its rule in `rules`, the one place
    /// regulations are cited) or the published programme (news sources by site name, as the
    /// planner can look them up).
    pub fn source(self) -> &'static str {
        match self {
            BasisKey::NttPledge | BasisKey::PledgeCountsEnrolled | BasisKey::NoHeadroom => {
                "Pergub NTT 18/2025; porosnttnews.com; kupang.tribunnews.com (23 Aug 2025)"
            }
            BasisKey::MinimumPackage => regulation(&crate::rules::bpu::LEVELS),
            BasisKey::JkmBenefit => regulation(&crate::rules::manfaat::JKM),
            BasisKey::JkmEarlyBenefit | BasisKey::GracePeriod => {
                regulation(&crate::rules::manfaat::MASA_TUNGGU_BPU)
            }
            BasisKey::VerificationYield => "radarkukar.com (Kutai Kartanegara); ketik.co.id (Jember 2023)",
            BasisKey::FillRate => "kacamatanegeri.com (Penajam Paser Utara, Nov 2025)",
            BasisKey::Headroom => "rakyatindependen.id; pantura7.com (Lumajang 2025)",
            BasisKey::FullRefunding => "assumption: the programme continues as budgeted",
            BasisKey::NewWorkers => "mpp.mataramkota.go.id; kicknews.today (NTB 2024–2025)",
            BasisKey::PartYear => {
                "Lumajang (rakyatindependen.id), Lombok Timur (koranntb.com), Pati (cakranusantara.net)"
            }
            BasisKey::MonthlyPayment => "BPJS Ketenagakerjaan on 2025 drops after yearly payments",
            BasisKey::DeathRate => {
                "derived from BPJS Ketenagakerjaan BPU JKM cases and claim ratio 2022–2023"
            }
            BasisKey::AccidentRate => "DJSN 2020; BPJS Ketenagakerjaan BPU JKK cases 2023–2024",
            BasisKey::EarlySelection => "assumption: anti-selection before the 2025 waiting period",
            BasisKey::ScholarshipLoading => "regional scholarship payouts against JKM payouts",
            BasisKey::JkkSeverity => "BPJS Ketenagakerjaan JKK payouts (national and regional)",
        }
    }

    /// No published figure behind it: a modelling assumption the planner should review.
    pub const fn is_assumption(self) -> bool {
        matches!(self, BasisKey::FullRefunding | BasisKey::EarlySelection)
    }
}

/// The basis of a default: its key, its source and whether it is an assumption.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct Basis {
    pub key: BasisKey,
    pub source: &'static str,
    pub assumption: bool,
}

impl From<BasisKey> for Basis {
    fn from(key: BasisKey) -> Basis {
        Basis {
            key,
            source: key.source(),
            assumption: key.is_assumption(),
        }
    }
}

/// A default value together with its basis.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Sourced<T> {
    pub value: T,
    pub basis: Basis,
}

impl<T> Sourced<T> {
    pub fn new(value: T, key: BasisKey) -> Sourced<T> {
        Sourced {
            value,
            basis: key.into(),
        }
    }
}

/// The basis of the default of a share-link parameter (see [`crate::anggaran::link`]), in the
/// default scenario (`modelling = false`) or the modelling preset (`modelling = true`).
/// `None` for parameters without a default (`pagu`, `nama`, `tahap`, `usulan`, `dana`, `belanja`).
pub fn basis_of(parameter: &str, modelling: bool) -> Option<Basis> {
    let key = match (parameter, modelling) {
        ("pekerja" | "tahun" | "durasi", _) => BasisKey::NttPledge,
        ("bulan" | "mulai", false) => BasisKey::NttPledge,
        ("bulan" | "mulai", true) => BasisKey::PartYear,
        ("penghasilan" | "jht", _) => BasisKey::MinimumPackage,
        ("verifikasi" | "serapan", false) => BasisKey::PledgeCountsEnrolled,
        ("verifikasi", true) => BasisKey::VerificationYield,
        ("serapan", true) => BasisKey::FillRate,
        ("cadangan", false) => BasisKey::NoHeadroom,
        ("cadangan", true) => BasisKey::Headroom,
        ("lanjut", _) => BasisKey::FullRefunding,
        ("baru", _) => BasisKey::NewWorkers,
        ("jadwal", _) => BasisKey::MonthlyPayment,
        ("kematian", _) => BasisKey::DeathRate,
        ("seleksi", _) => BasisKey::EarlySelection,
        ("jkm", _) => BasisKey::JkmBenefit,
        ("jkm_awal" | "aturan2025", _) => BasisKey::JkmEarlyBenefit,
        ("beasiswa", _) => BasisKey::ScholarshipLoading,
        ("kecelakaan", _) => BasisKey::AccidentRate,
        ("klaim_jkk", _) => BasisKey::JkkSeverity,
        _ => return None,
    };
    Some(key.into())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_defaulted_parameter_has_a_basis_and_assumptions_are_marked() {
        for name in [
            "pekerja",
            "bulan",
            "mulai",
            "tahun",
            "durasi",
            "penghasilan",
            "jht",
            "verifikasi",
            "serapan",
            "lanjut",
            "baru",
            "cadangan",
            "jadwal",
            "kematian",
            "seleksi",
            "jkm",
            "jkm_awal",
            "aturan2025",
            "beasiswa",
            "kecelakaan",
            "klaim_jkk",
        ] {
            for modelling in [false, true] {
                let basis = basis_of(name, modelling);
                assert!(basis.is_some_and(|b| !b.source.is_empty()), "{name}");
            }
        }
        assert_eq!(basis_of("pagu", false), None);
        assert_eq!(
            basis_of("lanjut", true).map(|b| b.key.is_assumption()),
            Some(true)
        );
        assert_eq!(basis_of("lanjut", false).map(|b| b.assumption), Some(true));
        assert_eq!(basis_of("verifikasi", true).map(|b| b.assumption), Some(false));
    }
}
