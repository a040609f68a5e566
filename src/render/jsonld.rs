//! schema.org `GovernmentService` JSON-LD for search engines, safe inside a `<script>` block.

use serde_json::{Value, json};

use super::view::StandardView;
use crate::model::situs::Bahasa;

/// The JSON-LD of one standard, escaped so that nothing in it can end the script element.
pub fn government_service(view: &StandardView, url: Option<&str>, bahasa: Bahasa) -> String {
    let mut service = json!({
        "@context": "https://schema.org",
        "@type": "GovernmentService",
        "name": view.nama,
        "inLanguage": bahasa.name(),
    });
    let object = service.as_object_mut();
    let Some(object) = object else {
        return String::new();
    };
    if let Some(d) = &view.deskripsi {
        object.insert("description".into(), Value::String(d.plain.clone()));
    }
    if let Some(url) = url {
        object.insert("url".into(), Value::String(url.to_string()));
    }
    if let Some(p) = &view.penyelenggara {
        let mut provider = json!({
            "@type": "GovernmentOrganization",
            "name": p.nama,
            "parentOrganization": { "@type": "GovernmentOrganization", "name": p.pemerintah },
        });
        if let Some(map) = provider.as_object_mut() {
            if let Some(a) = &p.alamat {
                map.insert("address".into(), Value::String(a.clone()));
            }
            if let Some(t) = &p.telepon {
                map.insert("telephone".into(), Value::String(t.teks.clone()));
            }
            if let Some(e) = &p.email {
                map.insert("email".into(), Value::String(e.teks.clone()));
            }
            if let Some(w) = &p.website {
                map.insert("url".into(), Value::String(w.href.clone()));
            }
        }
        object.insert("provider".into(), provider);
        object.insert(
            "areaServed".into(),
            json!({ "@type": "AdministrativeArea", "name": p.pemerintah }),
        );
    }
    if view.biaya.gratis {
        object.insert(
            "offers".into(),
            json!({ "@type": "Offer", "price": "0", "priceCurrency": "IDR" }),
        );
    } else if view.biaya.tarif.iter().any(|t| !t.rupiah.is_empty()) {
        let offers: Vec<Value> = view
            .biaya
            .tarif
            .iter()
            .flat_map(|t| t.rupiah.iter().map(move |rupiah| (t, rupiah)))
            .map(|(t, rupiah)| json!({ "@type": "Offer", "name": t.uraian, "price": rupiah.to_string(), "priceCurrency": "IDR" }))
            .collect();
        object.insert("offers".into(), Value::Array(offers));
    }
    if let Some(link) = &view.layanan_daring {
        object.insert(
            "availableChannel".into(),
            json!({ "@type": "ServiceChannel", "serviceUrl": link.href }),
        );
    }
    if !view.produk.is_empty() {
        object.insert(
            "serviceOutput".into(),
            Value::Array(
                view.produk
                    .iter()
                    .map(|p| json!({ "@type": "Thing", "name": p.teks }))
                    .collect(),
            ),
        );
    }
    if let Some(p) = &view.pengaduan {
        let channels: Vec<Value> = p
            .saluran
            .iter()
            .filter_map(|s| {
                let kontak = s.kontak.as_ref()?;
                let mut channel = json!({ "@type": "ServiceChannel", "name": s.label });
                let map = channel.as_object_mut()?;
                if kontak.href.starts_with("tel:") {
                    map.insert(
                        "servicePhone".into(),
                        json!({ "@type": "ContactPoint", "telephone": kontak.teks }),
                    );
                } else if kontak.href.starts_with("http") {
                    map.insert("serviceUrl".into(), Value::String(kontak.href.clone()));
                }
                Some(channel)
            })
            .collect();
        if !channels.is_empty() {
            object.insert("availableChannel".into(), Value::Array(channels));
        }
    }
    script_safe(&service)
}

/// JSON text with `<`, `>` and `&` written as `\u003c`, `\u003e`, `\u0026`: still the same JSON,
/// but `</script>` or `<!--` inside a value cannot end or confuse the script element.
pub fn script_safe(value: &Value) -> String {
    // Writing a `Value` cannot fail: its keys are strings and its numbers finite.
    value
        .to_string()
        .replace('<', "\\u003c")
        .replace('>', "\\u003e")
        .replace('&', "\\u0026")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn script_end_tags_cannot_escape() {
        let text = script_safe(&json!({"name": "</script><script>alert(1)</script> & <!--"}));
        assert!(!text.contains('<') && !text.contains('>') && !text.contains('&'));
        let back: Value = serde_json::from_str(&text).unwrap();
        assert_eq!(back["name"], "</script><script>alert(1)</script> & <!--");
    }
}
