//! The four sections and the landing page, each at its own path, and the bundle that serves it.

/// A page of the app. Paths are an interface: users bookmark and share them.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Route {
    Home,
    Iuran,
    Manfaat,
    Anggaran,
    Cakupan,
    NotFound,
}

impl Route {
    /// The sections in navigation order.
    pub const SECTIONS: [Route; 4] = [Route::Iuran, Route::Manfaat, Route::Anggaran, Route::Cakupan];

    pub fn from_path(path: &str) -> Route {
        let path = path.strip_suffix("index.html").unwrap_or(path);
        match path.trim_end_matches('/') {
            "" => Route::Home,
            "/iuran" => Route::Iuran,
            "/manfaat" => Route::Manfaat,
            "/anggaran" => Route::Anggaran,
            "/cakupan" => Route::Cakupan,
            _ => Route::NotFound,
        }
    }

    pub const fn path(self) -> &'static str {
        match self {
            Route::Home | Route::NotFound => "/",
            Route::Iuran => "/iuran",
            Route::Manfaat => "/manfaat",
            Route::Anggaran => "/anggaran",
            Route::Cakupan => "/cakupan",
        }
    }

    /// The bundle whose WebAssembly contains this page.
    pub const fn bundle(self) -> Bundle {
        match self {
            Route::Anggaran | Route::Cakupan => Bundle::Planner,
            Route::Home | Route::Iuran | Route::Manfaat | Route::NotFound => Bundle::Public,
        }
    }
}

/// The app ships as two WebAssembly bundles by audience, so a phone on a weak signal never
/// downloads the planners' tools: each is its own binary (`src/bin/`) and HTML entry (`www/`).
/// Moving between bundles is an ordinary page load.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Bundle {
    /// Workers, employers and PERISAI agents on phones: `/`, `/iuran`, `/manfaat`.
    Public,
    /// Regional planners at a desk: `/anggaran`, `/cakupan`.
    Planner,
}
