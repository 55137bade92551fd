//! The public bundle (`/`, `/iuran`, `/manfaat`): workers, employers and PERISAI agents.

fn main() {
    console_error_panic_hook::set_once();
    jaring::app::mount(jaring::route::Bundle::Public, jaring::pages::public);
}
