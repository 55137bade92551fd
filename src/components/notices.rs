//! The visible notice for share-link parameters that were ignored.

use crate::app::use_ctx;
use crate::i18n::common;
use jaring_core::scenario::Notice;
use leptos::prelude::*;

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
                        notices
                            .get()
                            .into_iter()
                            .map(|n| {
                                view! {
                                    <li>
                                        <code>{format!("{}={}", n.key, n.value)}</code>
                                        {format!(": {}", common::query_problem(lang, n.problem))}
                                    </li>
                                }
                            })
                            .collect_view()
                    }}
                </ul>
            </div>
        </Show>
    }
}
