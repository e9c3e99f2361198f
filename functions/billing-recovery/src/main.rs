//! Lambda wiring for billing recovery: secrets, configuration, DynamoDB, SES, Stripe, the
//! team alerts (the topic, a chat webhook), the runtime.

use billing_recovery::BillingRecovery;
use billing_recovery::config::BillingConfig;
use stripe_recovery::adapters::chat::deployed_alerts;
use stripe_recovery::adapters::dynamodb::DynamoStore;
use stripe_recovery::adapters::ses::SesMailer;
use stripe_recovery::config::stripe_config;
use stripe_recovery::stripe::client::StripeClient;
use stripe_recovery::{init, stream};

#[tokio::main]
async fn main() -> Result<(), lambda_runtime::Error> {
    // Every mail is decided on objects re-fetched from Stripe: the key is required.
    let (sdk_config, (config, stripe)) =
        init::start_lambda(|env| Ok((BillingConfig::from_env(env)?, stripe_config(env)?))).await?;
    let stripe = StripeClient::new(stripe);
    let store = DynamoStore::from_sdk_config(&sdk_config, &config.table_name);
    let ses = SesMailer::from_sdk_config(
        &sdk_config,
        config.sender.clone(),
        config.ses_configuration_set.clone(),
    );
    let alerts = deployed_alerts(
        &sdk_config,
        config.alert_topic_arn.as_deref(),
        config.alert_webhook_url.as_deref(),
    );
    let journal = store.clone();
    stream::serve(
        BillingRecovery::from_config(config, store, ses, stripe, alerts),
        journal,
    )
    .await
}
