//! [`Registry`]: the types of one protocol, and one call that writes every export of
//! them to a directory.

use crate::lua::{self, DissectorOptions};
use crate::{json, markdown, python};
use std::io;
use std::path::{Path, PathBuf};
use wire_schema::{HasSchema, Schema};

/// The types of one protocol, gathered for export: each type added brings every type it
/// refers to (nested structs, enums, union payloads, list elements), each once.
///
/// ```
/// use wire::prelude::*;
/// use wire::schema::Registry;
///
/// #[derive(Wire)]
/// #[repr(u8)]
/// pub enum Side { Buy = b'B', Sell = b'S' }
///
/// #[derive(Wire)]
/// #[wire(endian = "big")]
/// pub struct Order { pub id: u64, pub side: Side, pub qty: u32 }
///
/// let mut registry = Registry::new("orders");
/// registry.add::<Order>();
/// let names: Vec<_> = registry.schemas().iter().map(|s| s.name).collect();
/// assert_eq!(names, ["Order", "Side"]);
///
/// let dir = std::env::temp_dir().join("wire-registry-doc");
/// let files = registry.write_all(&dir)?;
/// assert_eq!(files.len(), 4); // orders.md, orders.json, orders.py, orders.lua
/// assert!(std::fs::read_to_string(dir.join("orders.py"))?.contains("class Order"));
/// # Ok::<(), std::io::Error>(())
/// ```
#[derive(Clone, Debug)]
#[cfg_attr(docsrs, doc(cfg(feature = "schema")))]
pub struct Registry {
    name: String,
    schemas: Vec<&'static Schema>,
    dissector: DissectorOptions,
}

impl Registry {
    /// An empty registry; `name` names the files [`Registry::write_all`] writes (and the
    /// Python module), so it should be a valid Python identifier such as `itch`.
    pub fn new(name: impl Into<String>) -> Self {
        let name = name.into();
        Registry {
            dissector: DissectorOptions::new(&name),
            name,
            schemas: Vec::new(),
        }
    }

    /// Adds `T` and every type it refers to.
    pub fn add<T: HasSchema>(&mut self) -> &mut Self {
        self.add_schema(T::SCHEMA)
    }

    /// Adds `schema` and every schema it refers to.
    pub fn add_schema(&mut self, schema: &'static Schema) -> &mut Self {
        schema.collect_into(&mut self.schemas);
        self
    }

    /// Sets how the Wireshark dissector finds messages (ports, framing, which schema each
    /// frame's message type holds); by default, our `WireHeader` framing on no port, with
    /// the first added type as every frame's payload.
    pub fn dissector(&mut self, options: DissectorOptions) -> &mut Self {
        self.dissector = options;
        self
    }

    /// The registry's name.
    pub fn name(&self) -> &str {
        &self.name
    }

    /// Every schema, in the order added (each followed by the types it brought).
    pub fn schemas(&self) -> &[&'static Schema] {
        &self.schemas
    }

    /// The Markdown description of every type.
    pub fn markdown(&self) -> String {
        markdown::markdown_all(&self.schemas)
    }

    /// The JSON description of every type.
    pub fn json(&self) -> String {
        json::to_string_pretty(&self.schemas)
    }

    /// The Python module (standard library only) that encodes, decodes and views every
    /// type.
    pub fn python(&self) -> String {
        python::generate(&self.schemas)
    }

    /// The Wireshark Lua dissector.
    pub fn wireshark(&self) -> String {
        let mut options = self.dissector.clone();
        if options.is_unmapped() {
            if let Some(first) = self.schemas.first() {
                options = options.default_schema(first);
            }
        }
        lua::generate(&self.schemas, &options)
    }

    /// Writes `<name>.md`, `<name>.json`, `<name>.py` and `<name>.lua` into `dir`
    /// (created if missing) and returns their paths.
    pub fn write_all(&self, dir: impl AsRef<Path>) -> io::Result<Vec<PathBuf>> {
        let dir = dir.as_ref();
        std::fs::create_dir_all(dir)?;
        let outputs = [
            ("md", self.markdown()),
            ("json", self.json()),
            ("py", self.python()),
            ("lua", self.wireshark()),
        ];
        let mut written = Vec::with_capacity(outputs.len());
        for (extension, text) in outputs {
            let path = dir.join(format!("{}.{extension}", self.name));
            std::fs::write(&path, text)?;
            written.push(path);
        }
        Ok(written)
    }
}
