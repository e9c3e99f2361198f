//! Lambda wiring for the setup-intent canceller: secrets, configuration, the Stripe
//! client, the runtime.

use setup_intent_canceller::SetupIntentCanceller;
use setup_intent_canceller::config::CancellerConfig;
use stripe_recovery::config::Env;
use stripe_recovery::{stream, telemetry};

#[tokio::main]
async fn main() -> Result<(), lambda_runtime::Error> {
    telemetry::init();
    let sdk_config = aws_config::load_from_env().await;
    let env = Env::process()
        .with_secrets(&sdk_config)
        .await
        .inspect_err(|e| tracing::error!("{e}"))?;
    let config = CancellerConfig::from_env(&env).inspect_err(|e| tracing::error!("{e}"))?;
    stream::serve(SetupIntentCanceller::from_config(config)).await
}
