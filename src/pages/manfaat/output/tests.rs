//! Snapshots of the page's output for a BPU and a PU share link, in both languages, on a fixed
//! date. A change to what the page shows changes a file in `snapshots/`, so it shows up in
//! review; `UPDATE_EXPECT=1 cargo test -p jaring` rewrites them.

use super::{agent, details};
use crate::pages::manfaat::Computed;
use expect_test::{expect_file, ExpectFile};
use jaring_core::manfaat::Scenario;
use jaring_core::scenario::Query;
use jaring_core::{Date, Lang};

/// The README's BPU example, priced on a fixed day.
const BPU: &str = "segmen=bpu&penghasilan=1000000&masa=12&usia=30&anak=5,12";
/// A wage earner with 40 months of membership: JP and JKP too.
const PU: &str = "segmen=pu&upah=5000000&masa=40&usia=35&anak=5,12";
/// Stands in for today: links without `tanggal` are priced on it.
const TODAY: Date = Date::ymd(2025, 6, 1);

fn computed(link: &str) -> Computed {
    let (scenario, notices) = Scenario::from_query(&Query::parse(link));
    assert!(notices.is_empty(), "{link}: {notices:?}");
    Computed::new(scenario.input(TODAY), None)
}

/// One tag per line, so a changed amount is a one-line diff.
fn lines(html: String) -> String {
    let mut out = html.replace("><", ">\n<");
    out.push('\n');
    out
}

fn check(link: &str, lang: Lang, agent_file: ExpectFile, details_file: ExpectFile) {
    let c = computed(link);
    assert!(c.error.is_none() && c.shown.is_some(), "{link} computes");
    agent_file.assert_eq(&lines(agent(lang, &c).into_string()));
    details_file.assert_eq(&lines(details(lang, &c, &[]).into_string()));
}

#[test]
fn bpu_link_in_indonesian() {
    check(
        BPU,
        Lang::Id,
        expect_file!["snapshots/agent_bpu_id.html"],
        expect_file!["snapshots/details_bpu_id.html"],
    );
}

#[test]
fn bpu_link_in_english() {
    check(
        BPU,
        Lang::En,
        expect_file!["snapshots/agent_bpu_en.html"],
        expect_file!["snapshots/details_bpu_en.html"],
    );
}

#[test]
fn pu_link_in_indonesian() {
    check(
        PU,
        Lang::Id,
        expect_file!["snapshots/agent_pu_id.html"],
        expect_file!["snapshots/details_pu_id.html"],
    );
}

#[test]
fn pu_link_in_english() {
    check(
        PU,
        Lang::En,
        expect_file!["snapshots/agent_pu_en.html"],
        expect_file!["snapshots/details_pu_en.html"],
    );
}

/// Every folded card has its own key, made of names: the same for the same card whatever the
/// cards around it.
#[test]
fn folded_cards_have_stable_unique_keys() {
    let c = computed(PU);
    let html = details(Lang::Id, &c, &[]).into_string();
    let keys: Vec<&str> = html
        .split("data-line=\"")
        .skip(1)
        .filter_map(|rest| rest.split('"').next())
        .collect();
    assert!(keys.len() > 10, "{keys:?}");
    for (i, key) in keys.iter().enumerate() {
        assert!(!keys[..i].contains(key), "{key} twice");
    }
    for key in [
        "biaya-jht",
        "jkm-sekaligus",
        "jkk-perawatan",
        "beasiswa-anak-1",
        "jp-bulanan",
    ] {
        assert!(keys.contains(&key), "{key} in {keys:?}");
    }
}

#[test]
fn an_unfolded_card_stays_unfolded() {
    let c = computed(BPU);
    let open = ["jkm-sekaligus".to_string()];
    let html = details(Lang::En, &c, &open).into_string();
    assert!(html.contains(r#"<details class="line" data-line="jkm-sekaligus" open>"#));
    assert_eq!(html.matches(" open>").count(), 1);
}
