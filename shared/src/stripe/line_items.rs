//! What a Checkout Session sold: `GET /v1/checkout/sessions/{id}/line_items` with the
//! product expanded (`expand[]=data.price.product`), for the cart in a recovery mail.

use serde::Deserialize;

/// How many items one request asks for (Stripe's maximum page): enough to count every
/// cart's items; a mail shows the first few.
pub const LINE_ITEMS_LIMIT: u32 = 100;

#[derive(Debug, Clone, Default, Deserialize, PartialEq)]
pub struct LineItems {
    #[serde(default)]
    pub data: Vec<LineItem>,
    /// More than `LINE_ITEMS_LIMIT` items.
    #[serde(default)]
    pub has_more: bool,
}

/// One line of the cart (an `item` object).
#[derive(Debug, Clone, Deserialize, PartialEq)]
pub struct LineItem {
    /// The product's name at checkout time.
    #[serde(default)]
    pub description: Option<String>,
    #[serde(default)]
    pub quantity: Option<u64>,
    /// The line's total after discounts and taxes, in minor units.
    #[serde(default)]
    pub amount_total: Option<i64>,
    #[serde(default)]
    pub currency: Option<String>,
    #[serde(default)]
    pub price: Option<LinePrice>,
}

#[derive(Debug, Clone, Deserialize, PartialEq)]
pub struct LinePrice {
    /// The product, when expanded; an id otherwise.
    #[serde(default)]
    pub product: Option<ProductRef>,
}

#[derive(Debug, Clone, Deserialize, PartialEq)]
#[serde(untagged)]
pub enum ProductRef {
    Expanded(Product),
    Id(String),
}

#[derive(Debug, Clone, Deserialize, PartialEq)]
pub struct Product {
    #[serde(default)]
    pub name: Option<String>,
    #[serde(default)]
    pub images: Vec<String>,
}

impl LineItem {
    pub fn product(&self) -> Option<&Product> {
        match self.price.as_ref()?.product.as_ref()? {
            ProductRef::Expanded(product) => Some(product),
            ProductRef::Id(_) => None,
        }
    }

    /// The name to show: the product's, else the line's description.
    pub fn name(&self) -> Option<&str> {
        self.product()
            .and_then(|p| p.name.as_deref())
            .or(self.description.as_deref())
            .map(str::trim)
            .filter(|name| !name.is_empty())
    }

    /// The product's first image, if it is an https URL (mail clients block others).
    pub fn image_url(&self) -> Option<&str> {
        self.product()?
            .images
            .first()
            .map(String::as_str)
            .filter(|url| url.starts_with("https://") && !url.contains(char::is_whitespace))
    }
}

#[cfg(test)]
mod tests {
    use serde_json::json;

    use super::*;

    use crate::stripe::fixtures::fixture;

    #[test]
    fn the_item_fixture_parses_with_and_without_its_product() {
        let mut item = fixture("item");
        let plain: LineItem = serde_json::from_value(item.clone()).unwrap();
        assert_eq!(plain.name(), Some("T-shirt"), "the description, unexpanded");
        assert_eq!(plain.image_url(), None);
        assert_eq!(plain.quantity, Some(1));

        let mut product = fixture("product");
        product["name"] = json!("Organic T-shirt");
        product["images"] = json!([
            "https://files.stripe.com/links/tshirt",
            "https://x.example/2"
        ]);
        item["price"]["product"] = product;
        let list: LineItems = serde_json::from_value(json!({
            "object": "list", "data": [item], "has_more": false, "url": "/v1/checkout/sessions/cs_1/line_items"
        }))
        .unwrap();
        let line = &list.data[0];
        assert_eq!(line.name(), Some("Organic T-shirt"));
        assert_eq!(
            line.image_url(),
            Some("https://files.stripe.com/links/tshirt")
        );

        let mut insecure = line.clone();
        if let Some(LinePrice {
            product: Some(ProductRef::Expanded(p)),
        }) = &mut insecure.price
        {
            p.images = vec!["http://x.example/i.png".into()];
        }
        assert_eq!(insecure.image_url(), None);
    }
}
