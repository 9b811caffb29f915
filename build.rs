//! Turns on wasm splitting for release WebAssembly builds.
//!
//! Release builds for wasm32 are linked with `--emit-relocs` (the splitter
//! needs the relocations to cut the module apart) and get `cfg(unknot_split)`,
//! which makes the pages in `src/ui/split.rs` split points: each one ends up
//! in its own `.wasm` chunk that the app fetches the first time the page is
//! opened. `scripts/split-wasm.mjs` (run by the Trunk post_build hook) does
//! the splitting. Debug builds (`trunk serve`, the component tests) stay in one
//! piece and load every page at once.
//!
//! `UNKNOT_NO_SPLIT=1` keeps a release build in one piece too.

fn main() {
    println!("cargo::rustc-check-cfg=cfg(unknot_split)");
    println!("cargo::rerun-if-env-changed=UNKNOT_NO_SPLIT");
    println!("cargo::rerun-if-changed=build.rs");
    let wasm =
        std::env::var("CARGO_CFG_TARGET_FAMILY").is_ok_and(|f| f.split(',').any(|f| f == "wasm"));
    let release = std::env::var("PROFILE").is_ok_and(|p| p == "release");
    let opted_out = std::env::var_os("UNKNOT_NO_SPLIT").is_some_and(|v| !v.is_empty());
    if wasm && release && !opted_out {
        println!("cargo::rustc-cfg=unknot_split");
        println!("cargo::rustc-link-arg=--emit-relocs");
    }
}
