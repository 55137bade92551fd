//! The read-only output of `/manfaat` as HTML strings (see `jaring_core::html` for why): the
//! agent view's cards and contrast (`agent.rs`), and the details with formulas, sources,
//! assumptions, the JHT chart and table (`details.rs`).

mod agent;
mod details;

pub(super) use agent::{agent_html, share_facts};
pub(super) use details::details_html;

use crate::i18n::manfaat::Manfaat;
use crate::i18n::texts;
use jaring_core::{Lang, Rupiah};

fn t(lang: Lang) -> &'static Manfaat {
    &texts(lang).manfaat
}

fn rp(amount: Rupiah, lang: Lang) -> String {
    amount.format(lang)
}
