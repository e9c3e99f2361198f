//! Lambda wiring for `GET /billing/portal`: secrets, configuration, the runtime.

use portal_link::PortalLinkFunction;
use portal_link::config::PortalConfig;
use stripe_recovery::{http, init};

#[tokio::main]
async fn main() -> Result<(), lambda_http::Error> {
    let (_, config) = init::start_lambda(PortalConfig::from_env).await?;
    http::serve(PortalLinkFunction::from_config(config)).await
}
