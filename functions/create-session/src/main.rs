//! Lambda wiring for `POST /checkout/sessions`: configuration, the Stripe client, the runtime.

use create_session::CreateSession;
use create_session::config::CheckoutConfig;
use stripe_recovery::config::Env;
use stripe_recovery::{http, telemetry};

#[tokio::main]
async fn main() -> Result<(), lambda_http::Error> {
    telemetry::init();
    let config =
        CheckoutConfig::from_env(&Env::process()).inspect_err(|e| tracing::error!("{e}"))?;
    http::serve(CreateSession::from_config(config)).await
}
