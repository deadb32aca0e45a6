//! placeholder: varint (being written)
