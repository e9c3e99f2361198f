//! Lambda wiring for the setup-intent canceller: secrets, configuration, the Stripe
//! client, the journal of finished items (the table), the runtime.

use setup_intent_canceller::SetupIntentCanceller;
use setup_intent_canceller::config::CancellerConfig;
use stripe_recovery::adapters::dynamodb::DynamoStore;
use stripe_recovery::{secrets, stream};

#[tokio::main]
async fn main() -> Result<(), lambda_runtime::Error> {
    let (sdk_config, env) = secrets::start_lambda().await?;
    let config = CancellerConfig::from_env(&env).inspect_err(|e| tracing::error!("{e}"))?;
    let table = env
        .required("TABLE_NAME")
        .inspect_err(|e| tracing::error!("{e}"))?;
    let journal = DynamoStore::from_sdk_config(&sdk_config, table);
    stream::serve(SetupIntentCanceller::from_config(config), journal).await
}
