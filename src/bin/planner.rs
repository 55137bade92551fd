//! The planner bundle (`/anggaran`, `/cakupan`): regional planners and BPJS branches.

fn main() {
    console_error_panic_hook::set_once();
    jaring::app::mount(jaring::route::Bundle::Planner, jaring::pages::planner);
}
