//! Texts of the app shell, the landing page and the shared messages.

use jaring_core::money::{format_decimal, AmountError, Rupiah};
use jaring_core::rules::RuleId;
use jaring_core::scenario::Problem;
use jaring_core::{Date, Lang};
use rust_decimal::Decimal;

/// One landing-page card: who it is for, what the tool does, the button.
pub struct Card {
    pub audience: &'static str,
    pub title: &'static str,
    pub text: &'static str,
    pub action: &'static str,
}

/// The landing card of `/manfaat` with today's amounts from the rules: the JKM death benefit and
/// the least a self-paying BPU participant pays a month.
pub fn card_manfaat_text(lang: Lang, santunan: &str, iuran: &str) -> String {
    match lang {
        Lang::Id => format!("Santunan kematian {santunan}, perawatan kecelakaan kerja tanpa batas biaya, beasiswa anak, dan tabungan hari tua, dari iuran {iuran} sebulan."),
        Lang::En => format!("{santunan} death benefit, work-accident care without a cost ceiling, scholarships for children and old-age savings, for {iuran} a month."),
    }
}

pub struct Common {
    pub app_name: &'static str,
    pub tagline: &'static str,
    pub nav_label: &'static str,
    pub nav_home: &'static str,
    pub nav_iuran: &'static str,
    pub nav_manfaat: &'static str,
    pub nav_anggaran: &'static str,
    pub nav_cakupan: &'static str,
    /// The button that switches to the other language, written in that language.
    pub switch_language: &'static str,
    pub switch_language_label: &'static str,
    pub footer_disclaimer: &'static str,
    pub home_title: &'static str,
    pub home_intro: &'static str,
    pub card_iuran: Card,
    pub card_manfaat: Card,
    pub card_anggaran: Card,
    pub card_cakupan: Card,
    pub not_found_title: &'static str,
    pub not_found_text: &'static str,
    pub not_found_action: &'static str,
    pub link_notice: &'static str,
    /// A page of the other bundle, reached on a host that served the wrong entry page.
    pub elsewhere_title: &'static str,
    pub elsewhere_action: &'static str,
    pub share_button: &'static str,
    pub shared_sheet: &'static str,
    pub shared_copied: &'static str,
    pub shared_unavailable: &'static str,
    pub weak_source: &'static str,
}

pub const ID: Common = Common {
    app_name: "Jaring",
    tagline: "Kalkulator & simulasi BPJS Ketenagakerjaan",
    nav_label: "Menu utama",
    nav_home: "Beranda",
    nav_iuran: "Iuran",
    nav_manfaat: "Manfaat",
    nav_anggaran: "Anggaran",
    nav_cakupan: "Cakupan",
    switch_language: "English",
    switch_language_label: "Switch to English",
    footer_disclaimer: "Hasil di sini adalah simulasi, bukan pernyataan resmi BPJS Ketenagakerjaan.",
    home_title: "Jaring pengaman untuk setiap pekerja",
    home_intro: "Hitung iuran dan manfaat BPJS Ketenagakerjaan (BPJAMSOSTEK), dan rencanakan perlindungan pekerja rentan. Semua berjalan di ponsel Anda, juga tanpa sinyal.",
    card_iuran: Card {
        audience: "Pekerja & pemberi kerja",
        title: "Berapa iurannya?",
        text: "Iuran JKK, JKM, JHT, JP untuk pekerja penerima upah, pekerja mandiri (BPU), jasa konstruksi dan pekerja migran, lengkap dengan rumus dan dasar hukumnya.",
        action: "Hitung iuran",
    },
    card_manfaat: Card {
        audience: "Pekerja & agen PERISAI",
        title: "Apa yang didapat?",
        text: "Santunan kematian, perawatan kecelakaan kerja tanpa batas biaya, beasiswa anak, dan tabungan hari tua.",
        action: "Lihat manfaat",
    },
    card_anggaran: Card {
        audience: "Perencana pemerintah daerah",
        title: "Anggaran APBD",
        text: "Berapa anggaran untuk N pekerja rentan selama M bulan, berapa pekerja yang tercakup oleh pagu, per kabupaten/kota.",
        action: "Susun anggaran",
    },
    card_cakupan: Card {
        audience: "Perencana & kantor cabang",
        title: "Pertumbuhan cakupan",
        text: "Seberapa cepat cakupan pekerja informal tumbuh dengan agen PERISAI, berapa yang berhenti, dan berapa agen yang dibutuhkan.",
        action: "Simulasikan cakupan",
    },
    not_found_title: "Halaman tidak ditemukan",
    not_found_text: "Alamat ini tidak ada di Jaring.",
    not_found_action: "Ke beranda",
    link_notice: "Sebagian isi tautan diabaikan:",
    elsewhere_title: "Alat ini dibuka di halamannya sendiri.",
    elsewhere_action: "Buka alat ini",
    share_button: "Bagikan",
    shared_sheet: "Pilih aplikasi untuk berbagi.",
    shared_copied: "Tautan disalin. Tempel di WhatsApp atau pesan lain.",
    shared_unavailable: "Salin alamat halaman ini untuk berbagi.",
    weak_source: "sumber lemah",
};

pub const EN: Common = Common {
    app_name: "Jaring",
    tagline: "BPJS Ketenagakerjaan calculator & simulator",
    nav_label: "Main menu",
    nav_home: "Home",
    nav_iuran: "Contributions",
    nav_manfaat: "Benefits",
    nav_anggaran: "Budget",
    nav_cakupan: "Coverage",
    switch_language: "Bahasa Indonesia",
    switch_language_label: "Ganti ke Bahasa Indonesia",
    footer_disclaimer: "Results here are simulations, not official statements of BPJS Ketenagakerjaan.",
    home_title: "A safety net for every worker",
    home_intro: "Calculate BPJS Ketenagakerjaan (BPJAMSOSTEK) contributions and benefits, and plan protection for vulnerable workers. Everything runs on your phone, even without signal.",
    card_iuran: Card {
        audience: "Workers & employers",
        title: "What do I pay?",
        text: "JKK, JKM, JHT and JP contributions for wage earners, self-employed workers (BPU), construction and migrant workers, with the formula and the legal basis.",
        action: "Calculate contributions",
    },
    card_manfaat: Card {
        audience: "Workers & PERISAI agents",
        title: "What do I get?",
        text: "Death benefit, work-accident care without a cost ceiling, scholarships for children and old-age savings.",
        action: "See benefits",
    },
    card_anggaran: Card {
        audience: "Regional government planners",
        title: "APBD budget",
        text: "The budget for N vulnerable workers over M months, how many workers a ceiling covers, per district or city.",
        action: "Plan a budget",
    },
    card_cakupan: Card {
        audience: "Planners & branch offices",
        title: "Coverage growth",
        text: "How fast coverage of informal workers grows with PERISAI agents, how many lapse, and how many agents are needed.",
        action: "Simulate coverage",
    },
    not_found_title: "Page not found",
    not_found_text: "This address does not exist in Jaring.",
    not_found_action: "Go home",
    link_notice: "Part of the link was ignored:",
    elsewhere_title: "This tool opens on its own page.",
    elsewhere_action: "Open this tool",
    share_button: "Share",
    shared_sheet: "Choose an app to share with.",
    shared_copied: "Link copied. Paste it in WhatsApp or another message.",
    shared_unavailable: "Copy this page's address to share it.",
    weak_source: "weak source",
};

/// A short sentence for a money input that could not be read.
pub fn amount_error(lang: Lang, error: AmountError) -> &'static str {
    match (lang, error) {
        (Lang::Id, AmountError::Empty) => "Isi jumlahnya, misalnya 5.000.000 atau 5 jt.",
        (Lang::Id, AmountError::NotANumber) => {
            "Bukan jumlah uang. Tulis misalnya 5000000, 5.000.000, Rp 5.000.000 atau 5,5 juta."
        }
        (Lang::Id, AmountError::Negative) => "Jumlah tidak boleh negatif.",
        (Lang::Id, AmountError::TooLarge) => "Jumlah terlalu besar.",
        (Lang::En, AmountError::Empty) => "Enter an amount, for example 5.000.000 or 5 jt.",
        (Lang::En, AmountError::NotANumber) => {
            "Not an amount. Write for example 5000000, 5.000.000, Rp 5.000.000 or 5,5 juta."
        }
        (Lang::En, AmountError::Negative) => "The amount cannot be negative.",
        (Lang::En, AmountError::TooLarge) => "The amount is too large.",
    }
}

/// An amount below what the field accepts.
pub fn amount_below(lang: Lang, min: Rupiah) -> String {
    match lang {
        Lang::Id => format!("Paling sedikit {}.", min.format(lang)),
        Lang::En => format!("At least {}.", min.format(lang)),
    }
}

/// An amount above what the field accepts.
pub fn amount_above(lang: Lang, max: Rupiah) -> String {
    match lang {
        Lang::Id => format!("Paling banyak {}.", max.format(lang)),
        Lang::En => format!("At most {}.", max.format(lang)),
    }
}

pub fn whole_number_range(lang: Lang, min: i64, max: i64) -> String {
    match lang {
        Lang::Id => format!("Isi bilangan bulat {min}–{max}."),
        Lang::En => format!("Enter a whole number {min}–{max}."),
    }
}

pub fn decimal_range(lang: Lang, min: Decimal, max: Decimal) -> String {
    let (min, max) = (format_decimal(min, lang), format_decimal(max, lang));
    match lang {
        Lang::Id => format!("Isi angka {min}–{max}, misalnya 5 atau 5,5."),
        Lang::En => format!("Enter a number {min}–{max}, e.g. 5 or 5.5."),
    }
}

/// What was wrong with a share-link parameter.
/// How many parameters of a link the page does not know (their names are not shown).
pub fn unknown_parameters(lang: Lang, count: usize) -> String {
    match lang {
        Lang::Id => format!("{count} parameter tidak dikenal"),
        Lang::En if count == 1 => "1 unknown parameter".to_owned(),
        Lang::En => format!("{count} unknown parameters"),
    }
}

pub fn query_problem(lang: Lang, problem: Problem) -> &'static str {
    match (lang, problem) {
        (Lang::Id, Problem::Unknown) => "tidak dikenal",
        (Lang::Id, Problem::Invalid) => "nilainya tidak sah",
        (Lang::Id, Problem::OutOfRange) => "di luar rentang",
        (Lang::En, Problem::Unknown) => "unknown",
        (Lang::En, Problem::Invalid) => "invalid value",
        (Lang::En, Problem::OutOfRange) => "out of range",
    }
}

/// The name of a rule, for "no rule covers this date" messages.
pub fn rule_name(lang: Lang, rule: RuleId) -> &'static str {
    match (lang, rule) {
        (Lang::Id, RuleId::PuRates) => "tarif iuran pekerja penerima upah",
        (Lang::Id, RuleId::JpWageCap) => "batas upah Jaminan Pensiun",
        (Lang::Id, RuleId::JpBenefitBounds) => "manfaat minimum dan maksimum Jaminan Pensiun",
        (Lang::Id, RuleId::JpRetirementAge) => "usia pensiun",
        (Lang::Id, RuleId::Jkp) => "Jaminan Kehilangan Pekerjaan",
        (Lang::Id, RuleId::BpuRates) => "iuran peserta bukan penerima upah",
        (Lang::Id, RuleId::JakonTiers) => "tarif iuran jasa konstruksi",
        (Lang::Id, RuleId::PmiPackages) => "paket iuran pekerja migran",
        (Lang::Id, RuleId::JkmBenefit) => "santunan Jaminan Kematian",
        (Lang::Id, RuleId::JkkBenefit) => "manfaat Jaminan Kecelakaan Kerja",
        (Lang::Id, RuleId::Beasiswa) => "beasiswa pendidikan anak",
        (Lang::Id, RuleId::Jht) => "Jaminan Hari Tua",
        (Lang::Id, RuleId::Relief) => "keringanan iuran sementara",
        (Lang::Id, RuleId::LatePayment) => "batas bayar dan denda keterlambatan",
        (Lang::En, RuleId::PuRates) => "wage earners' contribution rates",
        (Lang::En, RuleId::JpWageCap) => "pension (JP) wage cap",
        (Lang::En, RuleId::JpBenefitBounds) => "pension (JP) minimum and maximum benefit",
        (Lang::En, RuleId::JpRetirementAge) => "pension age",
        (Lang::En, RuleId::Jkp) => "job-loss benefit (JKP)",
        (Lang::En, RuleId::BpuRates) => "self-employed (BPU) contributions",
        (Lang::En, RuleId::JakonTiers) => "construction contribution rates",
        (Lang::En, RuleId::PmiPackages) => "migrant-worker contribution packages",
        (Lang::En, RuleId::JkmBenefit) => "death benefit (JKM)",
        (Lang::En, RuleId::JkkBenefit) => "work-accident benefits (JKK)",
        (Lang::En, RuleId::Beasiswa) => "education scholarship",
        (Lang::En, RuleId::Jht) => "old-age savings (JHT)",
        (Lang::En, RuleId::Relief) => "temporary contribution relief",
        (Lang::En, RuleId::LatePayment) => "payment deadline and late-payment fine",
    }
}

/// "No rule covers this date", naming the rule and the span the data does cover.
pub fn not_covered(lang: Lang, missing: &jaring_core::rules::NotCovered) -> String {
    let rule = rule_name(lang, missing.rule);
    let span = missing.known.map(|p| match (lang, p.until) {
        (Lang::Id, Some(until)) => format!(" Data aturan kami mencakup {} sampai sebelum {}.", p.from, until),
        (Lang::Id, None) => format!(" Data aturan kami mulai {}.", p.from),
        (Lang::En, Some(until)) => format!(" Our rules data covers {} to before {}.", p.from, until),
        (Lang::En, None) => format!(" Our rules data starts on {}.", p.from),
    });
    match lang {
        Lang::Id => format!(
            "Tidak ada aturan {rule} yang berlaku pada {}; Jaring tidak menebak.{}",
            missing.date,
            span.unwrap_or_default()
        ),
        Lang::En => format!(
            "No {rule} rule is in force on {}; Jaring does not guess.{}",
            missing.date,
            span.unwrap_or_default()
        ),
    }
}

const MONTHS_ID: [&str; 12] = [
    "Januari",
    "Februari",
    "Maret",
    "April",
    "Mei",
    "Juni",
    "Juli",
    "Agustus",
    "September",
    "Oktober",
    "November",
    "Desember",
];
const MONTHS_EN: [&str; 12] = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];

/// The name of a date's month: "Desember" / "December".
pub fn month_name(lang: Lang, date: Date) -> &'static str {
    let names = match lang {
        Lang::Id => &MONTHS_ID,
        Lang::En => &MONTHS_EN,
    };
    names
        .get(usize::from(date.month()).saturating_sub(1))
        .copied()
        .unwrap_or_default()
}

/// A date in words: "3 Desember 2026" / "3 December 2026".
pub fn date(lang: Lang, date: Date) -> String {
    format!("{} {} {}", date.day(), month_name(lang, date), date.year())
}

/// The footer's "rules updated" sentence, with the day the rules were last reviewed
/// (`jaring_core::rules::CHECKED_ON`).
pub fn rules_checked(lang: Lang, checked_on: Date) -> String {
    let day = date(lang, checked_on);
    match lang {
        Lang::Id => format!("Perhitungan memakai aturan yang berlaku pada tanggal yang dipilih; data aturan diperbarui {day}."),
        Lang::En => format!("Calculations use the rules in force on the chosen date; rules data updated {day}."),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_footer_names_the_review_day_in_each_language() {
        let day = Date::ymd(2026, 12, 3);
        assert!(rules_checked(Lang::Id, day).ends_with("diperbarui 3 Desember 2026."));
        assert!(rules_checked(Lang::En, day).ends_with("updated 3 December 2026."));
    }
}
