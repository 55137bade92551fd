//! The four sections and the landing page, each at its own path.

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
        match path.trim_end_matches('/') {
            "" | "/index.html" => Route::Home,
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
}
