//! Where the app lives on its host: `/` normally, or a sub-path such as
//! `/unknot/` when built with `trunk build --public-url /unknot/`. Trunk
//! writes it into the `<base>` element; the router and every relative URL
//! (manifest, icons, service worker) resolve against it.

/// The path of the document's base URL without its trailing slash: `""` at
/// the root of a host, `"/unknot"` under a sub-path (the form the router's
/// `base` expects).
pub fn base_path() -> String {
    thread_local! {
        static BASE: String = read_base_path();
    }
    BASE.with(String::clone)
}

/// The address of an app route (`"/quick"`) on this host: the router leaves
/// absolute links as they are, so every link and navigation goes through
/// this to work under a sub-path too.
pub fn href(route: &str) -> String {
    join(&base_path(), route)
}

/// `base` (as from [`base_path`]) joined with an absolute `route`.
pub fn join(base: &str, route: &str) -> String {
    match (base, route) {
        ("", _) => route.to_string(),
        (_, "/") => format!("{base}/"),
        _ => format!("{base}{route}"),
    }
}

fn read_base_path() -> String {
    web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.base_uri().ok().flatten())
        .map(|uri| base_path_of(&uri))
        .unwrap_or_default()
}

/// The router base for a base URL: its path without the trailing slash.
pub fn base_path_of(base_uri: &str) -> String {
    web_sys::Url::new(base_uri)
        .map(|url| url.pathname().trim_end_matches('/').to_string())
        .unwrap_or_default()
}
