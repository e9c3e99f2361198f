//! Lambda wiring for the setup-intent canceller: configuration, the Stripe client, the runtime.

use setup_intent_canceller::SetupIntentCanceller;
use setup_intent_canceller::config::CancellerConfig;
use stripe_recovery::config::Env;
use stripe_recovery::{stream, telemetry};

#[tokio::main]
async fn main() -> Result<(), lambda_runtime::Error> {
    telemetry::init();
    let config =
        CancellerConfig::from_env(&Env::process()).inspect_err(|e| tracing::error!("{e}"))?;
    stream::serve(SetupIntentCanceller::from_config(config)).await
}
