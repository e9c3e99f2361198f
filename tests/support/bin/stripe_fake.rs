//! The Stripe fake as a process, for the runtime-emulator checks of events/ and for
//! trying the local runner without a Stripe account:
//!
//!     cargo run -p integration-tests --bin stripe-fake    # prints its base URL
//!
//! It accepts the key `sk_test_fake_for_integration_tests`, answers with Stripe's
//! official fixtures, and lists what it received at `GET /__fake/requests`. With
//! `STRIPE_FAKE_OBJECTS=<folder>` (e.g. `events/stripe`), the JSON objects in that folder
//! are what it answers `GET`s of their ids with. It listens on loopback, or on
//! `STRIPE_FAKE_HOST` (e.g. the Docker bridge's address, for functions in `sam local`
//! containers), at `STRIPE_FAKE_PORT` (default 12111; 0 for any free port).
//!
//! Like the in-process fake, it validates every request against Stripe's OpenAPI document
//! (`stripe_spec`): one the spec refuses gets Stripe's 400 naming the parameter, is
//! printed to stderr, and from then on `GET /__fake/requests` answers 500 with the
//! violations (in its status line too), so whatever checks the requests fails;
//! `GET /__fake/violations` lists them.

use std::net::{IpAddr, Ipv4Addr, SocketAddr};

use integration_tests::stripe_fake::{FAKE_SECRET_KEY, INSPECT_PATH, StripeFake};

#[tokio::main]
async fn main() -> std::io::Result<()> {
    let port: u16 = match std::env::var("STRIPE_FAKE_PORT") {
        Ok(port) => port.parse().map_err(|_| {
            std::io::Error::new(
                std::io::ErrorKind::InvalidInput,
                "STRIPE_FAKE_PORT is not a port",
            )
        })?,
        Err(_) => 12111,
    };
    let host: IpAddr = match std::env::var("STRIPE_FAKE_HOST") {
        Ok(host) => host.parse().map_err(|_| {
            std::io::Error::new(
                std::io::ErrorKind::InvalidInput,
                "STRIPE_FAKE_HOST is not an IP address",
            )
        })?,
        Err(_) => Ipv4Addr::LOCALHOST.into(),
    };
    let fake = StripeFake::start_on(SocketAddr::new(host, port)).await?;
    if let Some(dir) = std::env::var_os("STRIPE_FAKE_OBJECTS") {
        let loaded = fake.load_objects(std::path::Path::new(&dir))?;
        eprintln!("loaded {loaded} object(s) from {}", dir.to_string_lossy());
    }
    println!("{}", fake.base_url());
    eprintln!(
        "Stripe fake on {} (key {FAKE_SECRET_KEY}; requests at {INSPECT_PATH})",
        fake.base_url()
    );
    std::future::pending::<()>().await;
    Ok(())
}
