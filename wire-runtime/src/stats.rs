//! placeholder: stats (being written)
