#!/usr/bin/env python3
"""What the stack would create, in moto, for `sam local`; prints the `--env-vars` file
that names it to each function.

`sam local` runs each function with the environment the template gives it, but what
the template would create is not there: a `!Ref` to a resource becomes the resource's
logical id (`TABLE_NAME=InboxTable`, a secret's ARN `StripeWebhookSecretsSecret`),
which stops every function at init. This makes those resources in the moto server at
AWS_ENDPOINT_URL (the inbox table with its stream and the scheduler's index, a secret
per `<NAME>_SECRET_ARN` holding the samples' values, the two SES senders and their
configuration sets, the alert topic) and prints, per function, the variables that point at them, as `sam local invoke --env-vars` reads
them. `--env-vars` overrides only variables the template declares; the functions still
read their secrets from Secrets Manager at init, as deployed. Running it again reuses
what exists.

The values are the samples' (events/ is signed with `whsec_test_sample_events_only`
at a fixed time, hence the tolerance; the link secrets are the local runner's) and the
Stripe fake's key: for trying the stack on one machine, never for a deployed one.

Usage: AWS_ENDPOINT_URL=http://<moto> python scripts/sam_local_env.py [API_URL] > env.json
  API_URL: where `sam local start-api` serves the routes (default http://127.0.0.1:3001),
  for the unsubscribe and portal links the mails carry.
(AWS_ACCESS_KEY_ID and friends: anything; moto does not check.)
"""
import json
import os
import sys

import boto3

TABLE = "stripe-recovery-local"
SHOP_SENDER = "shop@example.com"
BILLING_SENDER = "billing@example.com"
# The template's PromotionalConfigurationSet and TransactionalConfigurationSet.
PROMOTIONAL_SET = "stripe-recovery-local-promotional"
TRANSACTIONAL_SET = "stripe-recovery-local-transactional"
SECRETS = {
    "STRIPE_WEBHOOK_SECRETS": "whsec_test_sample_events_only",
    # The Stripe fake's key (tests/support/stripe_fake.rs).
    "STRIPE_SECRET_KEY": "sk_test_fake_for_integration_tests",
    # The local runner's defaults (local/src/lib.rs), which the samples were made with.
    "CHECKOUT_TOKEN_SECRET": "local_checkout_token_secret_not_for_production",
    "UNSUBSCRIBE_LINK_SECRET": "local_unsubscribe_link_secret_not_for_production",
    "RECIPIENT_KEY_PEPPER": "local_recipient_key_pepper_not_for_production",
    "PORTAL_LINK_SECRET": "local_portal_link_secret_not_for_production",
    "SETUP_LINK_SECRET": "local_setup_link_secret_not_for_production",
}
# The samples are signed at a fixed time; this tolerance reaches back to it.
SAMPLE_TOLERANCE = "999999999"


def client(service, endpoint=None):
    return boto3.client(service, endpoint_url=endpoint or os.environ["AWS_ENDPOINT_URL"],
                        region_name=os.environ.get("AWS_DEFAULT_REGION")
                        or os.environ.get("AWS_REGION") or "us-east-1")


def secret_arn(name, value, endpoint=None):
    """The ARN of secret `stripe-recovery-local/<name>` holding `value`, made if missing."""
    manager = client("secretsmanager", endpoint)
    secret_id = f"stripe-recovery-local/{name}"
    try:
        return manager.describe_secret(SecretId=secret_id)["ARN"]
    except manager.exceptions.ResourceNotFoundException:
        return manager.create_secret(Name=secret_id, SecretString=value)["ARN"]


def create_table(name, endpoint=None):
    """A table shaped as the template's InboxTable (key pk, the scheduler's sparse index
    `due` of pending jobs, stream of new images)."""
    dynamodb = client("dynamodb", endpoint)
    # Created once, whatever else moto holds (list_tables stops at 100 names, and the
    # integration tests leave more than that).
    try:
        dynamodb.create_table(
            TableName=name,
            AttributeDefinitions=[{"AttributeName": "pk", "AttributeType": "S"},
                                  {"AttributeName": "due_shard", "AttributeType": "S"},
                                  {"AttributeName": "due_at", "AttributeType": "N"},
                                  {"AttributeName": "report_month", "AttributeType": "S"}],
            KeySchema=[{"AttributeName": "pk", "KeyType": "HASH"}],
            GlobalSecondaryIndexes=[{
                "IndexName": "due",
                "KeySchema": [{"AttributeName": "due_shard", "KeyType": "HASH"},
                              {"AttributeName": "due_at", "KeyType": "RANGE"}],
                "Projection": {"ProjectionType": "ALL"},
            }, {
                "IndexName": "report",
                "KeySchema": [{"AttributeName": "report_month", "KeyType": "HASH"},
                              {"AttributeName": "pk", "KeyType": "RANGE"}],
                "Projection": {"ProjectionType": "ALL"},
            }],
            BillingMode="PAY_PER_REQUEST",
            StreamSpecification={"StreamEnabled": True, "StreamViewType": "NEW_IMAGE"},
        )
    except dynamodb.exceptions.ResourceInUseException:
        pass
    return dynamodb


def stack_env(api_url="http://127.0.0.1:3001", endpoint=None):
    """{function's logical id: {variable: value}} for `--env-vars`, after making what it
    names in moto."""
    create_table(TABLE, endpoint)
    ses = client("sesv2", endpoint)
    for sender in (SHOP_SENDER, BILLING_SENDER):
        ses.create_email_identity(EmailIdentity=sender)  # moto: verified at once
    existing = ses.list_configuration_sets().get("ConfigurationSets", [])
    for name in {PROMOTIONAL_SET, TRANSACTIONAL_SET} - set(existing):
        ses.create_configuration_set(ConfigurationSetName=name)
    topic = client("sns", endpoint).create_topic(Name="stripe-recovery-local-alarms")["TopicArn"]
    arn = {name: secret_arn(name, value, endpoint) for name, value in SECRETS.items()}

    def secrets(*names):
        return {f"{name}_SECRET_ARN": arn[name] for name in names}

    return {
        "WebhookFunction": {
            "TABLE_NAME": TABLE,
            "STRIPE_WEBHOOK_TOLERANCE_SECS": SAMPLE_TOLERANCE,
            **secrets("STRIPE_WEBHOOK_SECRETS"),
        },
        "CreateSessionFunction": {
            "TABLE_NAME": TABLE,
            "ALLOWED_PRICES": "price_1SampleTshirt",
            "SUCCESS_URL": "https://shop.example/thanks?session={CHECKOUT_SESSION_ID}",
            "ALLOWED_ORIGINS": "https://shop.example",
            **secrets("STRIPE_SECRET_KEY", "CHECKOUT_TOKEN_SECRET"),
        },
        "UnsubscribeFunction": {
            "TABLE_NAME": TABLE,
            **secrets("UNSUBSCRIBE_LINK_SECRET"),
        },
        "PortalLinkFunction": {
            "PORTAL_RETURN_URL": "https://shop.example/account",
            # The template's is the custom resource's ConfigurationId, which sam local
            # cannot resolve: empty, the account's default configuration.
            "PORTAL_CONFIGURATION": "",
            **secrets("PORTAL_LINK_SECRET", "STRIPE_SECRET_KEY", "SETUP_LINK_SECRET"),
        },
        "RecoveryMailerFunction": {
            "TABLE_NAME": TABLE,
            "SENDER_EMAIL": SHOP_SENDER,
            "SHOP_NAME": "Sample Shop",
            "UNSUBSCRIBE_URL": f"{api_url}/unsubscribe",
            "SES_CONFIGURATION_SET": PROMOTIONAL_SET,
            **secrets("STRIPE_SECRET_KEY", "UNSUBSCRIBE_LINK_SECRET", "RECIPIENT_KEY_PEPPER"),
        },
        "SetupIntentCancellerFunction": {
            "TABLE_NAME": TABLE,
            **secrets("STRIPE_SECRET_KEY"),
        },
        "BillingRecoveryFunction": {
            "TABLE_NAME": TABLE,
            "BILLING_SENDER_EMAIL": f"Shop Billing <{BILLING_SENDER}>",
            "SHOP_NAME": "Sample Shop",
            "PORTAL_LINK_URL": f"{api_url}/billing/portal",
            "ALERT_TOPIC_ARN": topic,
            "SES_CONFIGURATION_SET": TRANSACTIONAL_SET,
            **secrets("STRIPE_SECRET_KEY", "PORTAL_LINK_SECRET", "RECIPIENT_KEY_PEPPER"),
        },
        "PortalConfigFunction": {
            **secrets("STRIPE_SECRET_KEY"),
        },
        "SchedulerFunction": {
            "TABLE_NAME": TABLE,
        },
        "MailEventsFunction": {
            "TABLE_NAME": TABLE,
            **secrets("RECIPIENT_KEY_PEPPER"),
        },
    }


if __name__ == "__main__":
    if len(sys.argv) > 2 or "AWS_ENDPOINT_URL" not in os.environ:
        sys.exit(__doc__)
    json.dump(stack_env(*sys.argv[1:]), sys.stdout, indent=2)
    print()
