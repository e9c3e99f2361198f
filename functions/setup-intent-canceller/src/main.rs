//! Lambda wiring for the setup-intent canceller: secrets, configuration, the Stripe
//! client, the journal of finished items (the table), the runtime.

use setup_intent_canceller::SetupIntentCanceller;
use setup_intent_canceller::config::CancellerConfig;
use stripe_recovery::adapters::dynamodb::DynamoStore;
use stripe_recovery::{init, stream};

#[tokio::main]
async fn main() -> Result<(), lambda_runtime::Error> {
    let (sdk_config, (config, table)) = init::start_lambda(|env| {
        Ok((CancellerConfig::from_env(env)?, env.required("TABLE_NAME")?))
    })
    .await?;
    let journal = DynamoStore::from_sdk_config(&sdk_config, table);
    stream::serve(SetupIntentCanceller::from_config(config), journal).await
}
