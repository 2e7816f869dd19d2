//! Links the program at a fixed address rather than as a position-independent executable.
//!
//! chrono-tz's tables of every time zone hold some 30,000 pointers. In a position-independent
//! executable the dynamic loader rewrites each one at every start: 1.7 MiB of relocations and
//! relocated tables read and written (a quarter of the dashboard's memory) and about a
//! millisecond before `main`, for tables of which one zone is ever read. Linked at a fixed
//! address, the pointers are final in the file and only the pages read are loaded. The cost is
//! address-space randomisation of the program's own code, which a dashboard that reads local
//! files and opens no connection can spare.

fn main() {
    let linux_gnu = std::env::var("CARGO_CFG_TARGET_OS").as_deref() == Ok("linux")
        && std::env::var("CARGO_CFG_TARGET_ENV").as_deref() == Ok("gnu");
    if linux_gnu {
        println!("cargo:rustc-link-arg-bins=-no-pie");
    }
    println!("cargo:rerun-if-changed=src/build.rs");
}
