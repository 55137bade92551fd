//! The visible notice for share-link parameters that were ignored.

use crate::ctx::use_ctx;
use crate::i18n::common;
use jaring_core::scenario::{Notice, Problem};
use leptos::prelude::*;

/// Names the parameters this page knows and why each value was not used; parameters the page
/// does not know are only counted. A link's own text (unknown names, any value) is never shown:
/// a crafted link must not be able to put words of its own on the first screen.
#[component]
pub fn Notices(#[prop(into)] notices: Signal<Vec<Notice>>) -> impl IntoView {
    let ctx = use_ctx();
    view! {
        <Show when=move || !notices.get().is_empty()>
            <div class="notice" role="status">
                <p>{ctx.t().common.link_notice}</p>
                <ul>
                    {move || {
                        let lang = ctx.lang();
                        let all = notices.get();
                        let unknown = all.iter().filter(|n| n.problem == Problem::Unknown).count();
                        let known = all
                            .into_iter()
                            .filter(|n| n.problem != Problem::Unknown)
                            .map(|n| {
                                view! {
                                    <li>
                                        <code>{n.key}</code>
                                        {format!(": {}", common::query_problem(lang, n.problem))}
                                    </li>
                                }
                            })
                            .collect_view();
                        let unknown = (unknown > 0).then(|| view! { <li>{common::unknown_parameters(lang, unknown)}</li> });
                        (known, unknown)
                    }}
                </ul>
            </div>
        </Show>
    }
}
