//! Lambda wiring for the setup-intent canceller: secrets, configuration, the Stripe
//! client, the runtime.

use setup_intent_canceller::SetupIntentCanceller;
use setup_intent_canceller::config::CancellerConfig;
use stripe_recovery::{secrets, stream};

#[tokio::main]
async fn main() -> Result<(), lambda_runtime::Error> {
    let (_, env) = secrets::start_lambda().await?;
    let config = CancellerConfig::from_env(&env).inspect_err(|e| tracing::error!("{e}"))?;
    stream::serve(SetupIntentCanceller::from_config(config)).await
}
