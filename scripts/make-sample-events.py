#!/usr/bin/env python3
"""Writes the sample Lambda events in events/ from Stripe's official fixtures.

The webhook samples are signed the way Stripe signs deliveries, with the sample secret
named in the README (SAMPLE_WEBHOOK_SECRET below) at a fixed timestamp, so they verify
only with a tolerance that covers that timestamp: the local runner and the emulator
tests set one. Run it again after changing the fixtures; the output is deterministic.
"""
import base64
import hashlib
import hmac
import json
import pathlib
import time

ROOT = pathlib.Path(__file__).resolve().parent.parent
FIXTURES = ROOT / "tests" / "fixtures" / "stripe" / "fixtures3.json"
EVENTS = ROOT / "events"
STRIPE_OBJECTS = EVENTS / "stripe"

SAMPLE_WEBHOOK_SECRET = "whsec_test_sample_events_only"
# The local runner's defaults (local/src/lib.rs): the unsubscribe sample verifies with them.
SAMPLE_UNSUBSCRIBE_LINK_SECRET = "local_unsubscribe_link_secret_not_for_production"
SAMPLE_RECIPIENT_KEY_PEPPER = "local_recipient_key_pepper_not_for_production"
SAMPLE_PORTAL_LINK_SECRET = "local_portal_link_secret_not_for_production"
SIGNED_AT = 1763708400  # 2025-11-21T07:00:00Z
# Billing samples: Stripe retries the sample invoice then, and charges the next one then;
# far ahead, so that replaying the samples still mails.
NEXT_PAYMENT_ATTEMPT = 4102617600  # 2100-01-03T00:00:00Z
UPCOMING_CHARGE_AT = 1924992000  # 2031-01-01T00:00:00Z, after the sample card's 08/2030
TRIAL_ENDS_AT = 4102876800  # 2100-01-06T00:00:00Z
EVENT_ID = "evt_1SampleExpiredCheckout0001"
SAMPLE_PRICE = "price_1SampleTshirt"
RECOVERY_LINK_EXPIRES_AT = 4102444800  # 2100-01-01T00:00:00Z
INBOX_TTL_SECS = 30 * 86400


def compact(value):
    return json.dumps(value, separators=(",", ":"), ensure_ascii=False)


def expired_session(resources):
    session = json.loads(json.dumps(resources["checkout.session"]))
    session_id = session["id"]
    session.update(
        {
            "status": "expired",
            "created": SIGNED_AT - 86400,
            "expires_at": SIGNED_AT - 60,
            "amount_subtotal": 4200,
            "amount_total": 4200,
            "currency": "usd",
            "locale": "en",
            "customer_email": None,
            "consent": {"promotions": "opt_in", "terms_of_service": None},
            "consent_collection": {
                "payment_method_reuse_agreement": None,
                "promotions": "auto",
                "terms_of_service": "none",
            },
        }
    )
    session["customer_details"]["email"] = "jenny.rosen@example.com"
    session["after_expiration"]["recovery"].update(
        {
            "enabled": True,
            "allow_promotion_codes": True,
            # Stripe's recovery links live up to 30 days; the sample's reaches far ahead so
            # that replaying it still shows a mail going out.
            "expires_at": RECOVERY_LINK_EXPIRES_AT,
            "url": f"https://buy.stripe.com/r/test_{session_id[-24:]}",
        }
    )
    return session


def stripe_event(event_id, event_type, obj):
    return {
        "id": event_id,
        "object": "event",
        "api_version": "2026-09-30.endive",
        "created": SIGNED_AT,
        "data": {"object": obj},
        "livemode": False,
        "pending_webhooks": 1,
        "request": {"id": None, "idempotency_key": None},
        "type": event_type,
    }


def signature_header(body: str) -> str:
    signed = f"{SIGNED_AT}.{body}".encode()
    v1 = hmac.new(SAMPLE_WEBHOOK_SECRET.encode(), signed, hashlib.sha256).hexdigest()
    return f"t={SIGNED_AT},v1={v1}"


STRIPE_USER_AGENT = "Stripe/1.0 (+https://stripe.com/docs/webhooks)"
BROWSER_USER_AGENT = "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko)"


def http_api_request(path: str, body: str, headers: dict, source_ip: str, user_agent: str,
                     method: str = "POST", query: str = ""):
    """An API Gateway HTTP API (payload format 2.0) request for <method> <path>?<query>."""
    return {
        "version": "2.0",
        "routeKey": f"{method} {path}",
        "rawPath": path,
        "rawQueryString": query,
        "headers": {
            "content-length": str(len(body.encode())),
            "host": "abcdef1234.execute-api.us-east-1.amazonaws.com",
            "user-agent": user_agent,
            "x-forwarded-for": source_ip,
            "x-forwarded-port": "443",
            "x-forwarded-proto": "https",
            **headers,
        },
        "requestContext": {
            "accountId": "123456789012",
            "apiId": "abcdef1234",
            "domainName": "abcdef1234.execute-api.us-east-1.amazonaws.com",
            "domainPrefix": "abcdef1234",
            "http": {
                "method": method,
                "path": path,
                "protocol": "HTTP/1.1",
                "sourceIp": source_ip,
                "userAgent": user_agent,
            },
            "requestId": "VZx1TjrtIAMEM_w=",
            "routeKey": f"{method} {path}",
            "stage": "$default",
            "time": "21/Nov/2025:07:00:01 +0000",
            "timeEpoch": SIGNED_AT * 1000 + 1000,
        },
        "body": body,
        "isBase64Encoded": False,
    }


def inbox_insert_record(event, sequence_number):
    """A DynamoDB Streams record, as Lambda delivers it, of the inbox item the webhook
    writes for `event` (see shared/src/inbox.rs for the item's attributes)."""
    received_at = SIGNED_AT + 1
    image = {
        "pk": {"S": f"event#{event['id']}"},
        "event_id": {"S": event["id"]},
        "type": {"S": event["type"]},
        "created": {"N": str(event["created"])},
        "livemode": {"BOOL": event["livemode"]},
        "api_version": {"S": event["api_version"]},
        "object": {"S": compact(event["data"]["object"])},
        "received_at": {"N": str(received_at)},
        "ttl": {"N": str(received_at + INBOX_TTL_SECS)},
    }
    return {
        "eventID": "c81e728d9d4c2f636f067f89cc14862c",
        "eventName": "INSERT",
        "eventVersion": "1.1",
        "eventSource": "aws:dynamodb",
        "awsRegion": "us-east-1",
        "dynamodb": {
            "ApproximateCreationDateTime": received_at,
            "Keys": {"pk": image["pk"]},
            "NewImage": image,
            "SequenceNumber": sequence_number,
            "SizeBytes": len(compact(image)),
            "StreamViewType": "NEW_IMAGE",
        },
        "eventSourceARN": "arn:aws:dynamodb:us-east-1:123456789012:table/stripe-recovery-InboxTable-1ABC2DEF3GHI/stream/2025-11-21T07:00:00.000",
    }


def write_webhook(name, event):
    """A signed Stripe delivery of `event` to POST /webhook, as API Gateway passes it."""
    body = compact(event)
    write(
        name,
        http_api_request(
            "/webhook",
            body,
            {
                "accept": "*/*; q=0.5, application/xml",
                "cache-control": "no-cache",
                "content-type": "application/json; charset=utf-8",
                "stripe-signature": signature_header(body),
            },
            "3.18.12.63",
            STRIPE_USER_AGENT,
        ),
    )


def write_event(event, consumer_sample=None, sequence_number=None):
    """The samples of one event: its signed delivery (`webhook-<type>.json`) and, when
    named, the stream record its consumer gets."""
    write_webhook(f"webhook-{event['type'].replace('.', '-').replace('_', '-')}.json", event)
    if consumer_sample:
        write(consumer_sample, {"Records": [inbox_insert_record(event, sequence_number)]})


def billing_objects(resources):
    """The Stripe objects billing recovery re-fetches, as `GET` returns them now: written
    to events/stripe/ for the local runner (no Stripe key) and the Stripe fake."""
    invoice = copy(resources["invoice"])
    subscription = copy(resources["subscription"])
    customer = copy(resources["customer"])
    card = copy(resources["payment_method"])
    trialing = copy(resources["subscription"])
    invoice.update(
        {
            "status": "open",
            "amount_due": 4200,
            "amount_remaining": 4200,
            "subtotal": 4200,
            "total": 4200,
            "attempt_count": 1,
            "attempted": True,
            "auto_advance": True,
            "billing_reason": "subscription_cycle",
            "created": SIGNED_AT - 3600,
            "next_payment_attempt": NEXT_PAYMENT_ATTEMPT,
            "hosted_invoice_url": f"https://invoice.stripe.com/i/acct_1SampleAccount/test_{invoice['id'][3:]}",
        }
    )
    invoice["parent"] = {
        "quote_details": None,
        "subscription_details": {"metadata": {}, "subscription": subscription["id"]},
        "type": "subscription_details",
    }
    subscription.update(
        {
            "status": "past_due",
            "cancel_at": None,
            "canceled_at": None,
            "ended_at": None,
            "cancel_at_period_end": False,
            "latest_invoice": invoice["id"],
            "default_payment_method": card["id"],
        }
    )
    customer.update(
        {
            "email": "jenny.rosen@example.com",
            "name": "Jenny Rosen",
            "preferred_locales": ["en-US"],
        }
    )
    card["customer"] = customer["id"]
    trialing.update(
        {
            "id": "sub_1SampleTrialingSubscr01",
            "status": "trialing",
            "cancel_at": None,
            "canceled_at": None,
            "ended_at": None,
            "cancel_at_period_end": False,
            "trial_start": SIGNED_AT - 11 * 86400,
            "trial_end": TRIAL_ENDS_AT,
            "default_payment_method": None,
            "latest_invoice": None,
        }
    )
    return {"invoice": invoice, "subscription": subscription, "customer": customer,
            "card": card, "trialing": trialing}


def cart_line_items(resources, session_id):
    """What the expired sample cart held, as `GET /v1/checkout/sessions/{id}/line_items`
    with `expand[]=data.price.product` answers: two lines, 42.00 USD in all."""
    lines = []
    for n, (name, quantity, unit_amount, image) in enumerate([
        ("T-shirt", 2, 1500, "https://files.stripe.com/links/sample_tshirt"),
        ("Canvas tote bag", 1, 1200, "https://files.stripe.com/links/sample_tote"),
    ]):
        item = copy(resources["item"])
        product = copy(resources["product"])
        product.update({"id": f"prod_1SampleProduct{n:04d}", "name": name,
                        "description": None, "images": [image]})
        item.update({"id": f"li_1SampleLineItem{n:05d}", "description": name,
                     "quantity": quantity, "amount_subtotal": quantity * unit_amount,
                     "amount_total": quantity * unit_amount, "currency": "usd"})
        item["price"].update({"id": f"price_1SamplePrice{n:05d}", "unit_amount": unit_amount,
                              "unit_amount_decimal": str(unit_amount), "type": "one_time",
                              "recurring": None, "product": product})
        lines.append(item)
    return {"object": "list", "data": lines, "has_more": False,
            "url": f"/v1/checkout/sessions/{session_id}/line_items"}


def copy(value):
    return json.loads(json.dumps(value))


def write(name, value):
    path = EVENTS / name
    path.write_text(json.dumps(value, indent=2, ensure_ascii=False) + "\n")
    print(f"wrote {path.relative_to(ROOT)}")


def main():
    resources = json.loads(FIXTURES.read_text())["resources"]
    expired = stripe_event(EVENT_ID, "checkout.session.expired", expired_session(resources))
    write_event(expired, "recovery-mailer-checkout-session-expired.json",
                "4421584500000000017450439091")
    subscription = json.loads(json.dumps(resources["subscription"]))
    subscription.update(
        {
            "status": "canceled",
            "canceled_at": SIGNED_AT - 5,
            "ended_at": SIGNED_AT - 5,
            "pending_setup_intent": "seti_1SamplePendingSetupIntent",
        }
    )
    deleted = stripe_event(
        "evt_1SampleSubscriptionDeleted01", "customer.subscription.deleted", subscription
    )
    write_event(deleted, "setup-intent-canceller-subscription-deleted.json",
                "4421584600000000017450439107")
    # The buyer comes back through the recovery link and pays: Stripe's new session names
    # the expired one in `recovered_from`.
    completed_session = json.loads(json.dumps(resources["checkout.session"]))
    completed_session.update(
        {
            "id": "cs_test_b1SampleRecoveredCheckout0000000000000000000000000001",
            "status": "complete",
            "payment_status": "paid",
            "created": SIGNED_AT + 600,
            "expires_at": SIGNED_AT + 600 + 86400,
            "amount_subtotal": 4200,
            "amount_total": 4200,
            "currency": "usd",
            "locale": "en",
            "recovered_from": expired["data"]["object"]["id"],
            "url": None,
        }
    )
    completed_session["customer_details"]["email"] = "jenny.rosen@example.com"
    completed = stripe_event(
        "evt_1SampleCompletedCheckout001", "checkout.session.completed", completed_session
    )
    write_event(completed)
    # Billing recovery: a renewal fails, then is paid; a card nears its expiry; a trial
    # ends with nothing on file. Each event is signed; the objects it names are what
    # billing recovery re-fetches (events/stripe/, for the local runner and the fake).
    billing = billing_objects(resources)
    STRIPE_OBJECTS.mkdir(exist_ok=True)
    for name in ("invoice", "subscription", "customer", "card", "trialing"):
        obj = billing[name]
        write(f"stripe/{obj['id']}.json", obj)
    session_id = expired["data"]["object"]["id"]
    write(f"stripe/{session_id}.line_items.json", cart_line_items(resources, session_id))
    invoice = billing["invoice"]
    failed = stripe_event("evt_1SampleInvoicePaymentFail1", "invoice.payment_failed", invoice)
    write_event(failed, "billing-recovery-invoice-payment-failed.json", "4421584700000000017450439123")
    action = stripe_event("evt_1SampleInvoiceActionNeeded", "invoice.payment_action_required", invoice)
    write_event(action)
    paid_invoice = copy(invoice)
    paid_invoice.update({"status": "paid", "amount_paid": 4200, "amount_remaining": 0,
                         "attempt_count": 2, "next_payment_attempt": None})
    paid_invoice["status_transitions"]["paid_at"] = SIGNED_AT + 7200
    paid = stripe_event("evt_1SampleInvoicePaid0000001", "invoice.paid", paid_invoice)
    paid["created"] = SIGNED_AT + 7200
    write_event(paid, "billing-recovery-invoice-paid.json", "4421584800000000017450439139")
    upcoming_invoice = copy(invoice)
    del upcoming_invoice["id"]
    upcoming_invoice.update({"object": "invoice", "status": "draft", "attempt_count": 0,
                             "attempted": False, "hosted_invoice_url": None,
                             "next_payment_attempt": UPCOMING_CHARGE_AT,
                             "period_end": UPCOMING_CHARGE_AT, "billing_reason": "upcoming"})
    upcoming = stripe_event("evt_1SampleInvoiceUpcoming001", "invoice.upcoming", upcoming_invoice)
    write_event(upcoming, "billing-recovery-invoice-upcoming.json", "4421584900000000017450439145")
    trial = stripe_event("evt_1SampleTrialWillEnd000001", "customer.subscription.trial_will_end",
                         billing["trialing"])
    write_event(trial, "billing-recovery-trial-will-end.json", "4421585000000000017450439151")

    # A new subscription's SetupIntent: the customer's card refused at authorization
    # (`requires_payment_method` with `last_setup_error`); the merchant named the
    # subscription in its metadata, so Stripe's own event can be placed. Billing recovery
    # mails the portal's payment-method page.
    customer_id = billing["customer"]["id"]
    pending = copy(resources["subscription"])
    pending.update({"id": "sub_1SamplePendingSetupSub01", "customer": customer_id,
                    "status": "active", "cancel_at": None, "canceled_at": None,
                    "ended_at": None, "cancel_at_period_end": False,
                    "latest_invoice": None, "pending_setup_intent": "seti_1SampleSetupRefused0001"})
    refused = copy(resources["setup_intent"])
    refused.update({"id": "seti_1SampleSetupRefused0001", "customer": customer_id,
                    "status": "requires_payment_method", "next_action": None,
                    "client_secret": "seti_1SampleSetupRefused0001_secret_sample",
                    "last_setup_error": {"type": "card_error", "code": "card_declined",
                                         "decline_code": "generic_decline"},
                    "metadata": {"subscription": pending["id"]}})
    for obj in (pending, refused):
        write(f"stripe/{obj['id']}.json", obj)
    setup_failed = stripe_event("evt_1SampleSetupIntentFailed1", "setup_intent.setup_failed", refused)
    write_event(setup_failed, "billing-recovery-setup-intent-setup-failed.json",
                "4421585100000000017450439167")
    # A cancellation asked for in the portal, with the customer's comment, which intake
    # stores as its length only.
    leaving = copy(billing["subscription"])
    leaving.update({"id": "sub_1SampleCancelRequested1", "latest_invoice": None,
                    "status": "active", "cancel_at_period_end": True,
                    "cancel_at": SIGNED_AT + 20 * 86400, "canceled_at": SIGNED_AT - 60,
                    "cancellation_details": {"reason": "cancellation_requested",
                                             "feedback": "too_expensive",
                                             "comment": "Too expensive for us right now"}})
    write(f"stripe/{leaving['id']}.json", leaving)
    write_event(stripe_event("evt_1SampleSubscriptionUpdated1", "customer.subscription.updated",
                             leaving))
    # A `send_invoice` invoice past its due date: the team's alert, where a policy asks.
    overdue_invoice = copy(invoice)
    overdue_invoice.update({"collection_method": "send_invoice", "due_date": SIGNED_AT - 86400,
                            "next_payment_attempt": None})
    write_event(stripe_event("evt_1SampleInvoiceOverdue00001", "invoice.overdue", overdue_invoice))

    # Anonymous: naming the shopper takes a customer_token from the merchant's backend,
    # which expires, so a fixed sample cannot carry one (README: minting a token).
    cart = {
        "line_items": [{"price": SAMPLE_PRICE, "quantity": 2}],
        "locale": "ja",
    }
    write(
        "create-session-request.json",
        http_api_request(
            "/checkout/sessions",
            compact(cart),
            {
                "content-type": "application/json",
                "idempotency-key": "cart-0001-checkout",
                "origin": "https://shop.example",
            },
            "198.51.100.7",
            BROWSER_USER_AGENT,
        ),
    )

    # What Gmail sends for List-Unsubscribe-Post (RFC 8058), to the link in the sample mail.
    write(
        "unsubscribe-one-click.json",
        http_api_request(
            "/unsubscribe",
            "List-Unsubscribe=One-Click",
            {"content-type": "application/x-www-form-urlencoded"},
            "209.85.220.41",
            "Mozilla/5.0 (compatible; Google-Unsubscribe)",
            query="t=" + unsubscribe_token("jenny.rosen@example.com", "en"),
        ),
    )
    # What the scheduler gets every minute: an EventBridge scheduled event, as
    # `sam local generate-event cloudwatch scheduled-event` shapes it, a day after the
    # sample cart expired (when its second step fell due, mailed at once). The sweep
    # reads nothing of it: it fires what is due on its own clock.
    write(
        "scheduler-sweep.json",
        {
            "id": "cdc73f9d-aea9-11e3-9d5a-835b769c0d9c",
            "detail-type": "Scheduled Event",
            "source": "aws.events",
            "account": "123456789012",
            "time": time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime(SIGNED_AT + 86400)),
            "region": "us-east-1",
            "resources": ["arn:aws:events:us-east-1:123456789012:rule/ExampleRule"],
            "detail": {},
        },
    )
    # CloudFormation creating the portal's configuration (`sam deploy`), with the
    # template's defaults; the check points ResponseURL at its own stand-in for S3.
    write(
        "portal-config-create.json",
        {
            "RequestType": "Create",
            "ServiceToken": "arn:aws:lambda:us-east-1:123456789012:function:shop-PortalConfigFunction-1",
            "ResponseURL": "http://response-url.invalid/cloudformation-answer",
            "StackId": "arn:aws:cloudformation:us-east-1:123456789012:stack/shop/00000000-0000-0000-0000-000000000001",
            "RequestId": "00000000-0000-0000-0000-0000000000a1",
            "LogicalResourceId": "CustomerPortalConfiguration",
            "ResourceType": "Custom::PortalConfiguration",
            "ResourceProperties": {
                "ServiceToken": "arn:aws:lambda:us-east-1:123456789012:function:shop-PortalConfigFunction-1",
                "DefaultReturnUrl": "https://shop.example/account",
                "Headline": "",
                "PrivacyPolicyUrl": "",
                "TermsOfServiceUrl": "",
                "PaymentMethodUpdate": "true",
                "InvoiceHistory": "true",
                "CustomerUpdate": "none",
                "CancelMode": "at_period_end",
                "CancelProration": "none",
                "CancellationReasons": "too_expensive,missing_features,switched_service,unused,customer_service,too_complex,low_quality,other",
                "UpdateProducts": "none",
                "UpdateAllowed": "price",
                "UpdateProration": "create_prorations",
            },
        },
    )
    # A click on a portal link from a failed-payment mail: update the card, in German.
    portal_claims = {
        "p": "portal",
        "e": RECOVERY_LINK_EXPIRES_AT,
        "customer": resources["billing_portal.session"]["customer"],
        "flow": "payment_method_update",
        "locale": "de",
    }
    write(
        "portal-link-payment-method-update.json",
        http_api_request(
            "/billing/portal",
            "",
            {"accept-language": "de-DE,de;q=0.9"},
            "198.51.100.7",
            BROWSER_USER_AGENT,
            method="GET",
            query="t=" + signed_token(portal_claims, SAMPLE_PORTAL_LINK_SECRET),
        ),
    )


def b64url(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode()


def signed_token(claims: dict, secret: str) -> str:
    """The README's token format: base64url(JSON) "." base64url(HMAC-SHA256(payload))."""
    payload = b64url(compact(claims).encode())
    signature = hmac.new(secret.encode(), payload.encode(), hashlib.sha256).digest()
    return f"{payload}.{b64url(signature)}"


def unsubscribe_token(email: str, language: str) -> str:
    recipient = hmac.new(SAMPLE_RECIPIENT_KEY_PEPPER.encode(), email.lower().encode(),
                         hashlib.sha256).hexdigest()
    claims = {"p": "unsubscribe", "e": RECOVERY_LINK_EXPIRES_AT, "r": recipient, "l": language}
    return signed_token(claims, SAMPLE_UNSUBSCRIBE_LINK_SECRET)


if __name__ == "__main__":
    main()
