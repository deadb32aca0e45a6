//! Writes what the Python benchmark (`benches/python/`) reads besides the demo's
//! `itch.py`: the Python module for the IPv4 header and the variable-length message of
//! `benches/variable.rs`, and byte streams encoded here by Rust, which the benchmark
//! checks the generated and the hand-written Python code agree on before it times them.
//!
//! ```sh
//! cargo run -p wire-benches --release --bin python_export -- DIR
//! ```

use std::path::PathBuf;
use wire::frame::{FrameEncoder, FrameMeta, LenU32Be, WireHeader};
use wire::prelude::*;
use wire_benches::model::{ADD_ORDER_BYTES, IPV4_BYTES};
use wire_benches::variable::{sample, wire::MsgOwned};
use wire_benches::wire_types::{AddOrder, Ipv4Header, Side};

/// Add Orders in the record file the numpy view reads.
const RECORDS: u32 = 1_000_000;
/// Messages in each framed ITCH stream.
const STREAM_MESSAGES: u32 = 100_000;

/// The `i`-th Add Order of the record file and the streams: every field varies.
fn add_order(i: u32) -> AddOrder {
    AddOrder {
        stock_locate: (i % 8000) as u16,
        tracking_number: (i % 7) as u16,
        timestamp: 34_200_000_000_000 + u64::from(i) * 1_000,
        order_ref: 1_000_000 + u64::from(i),
        side: if i.is_multiple_of(3) {
            Side::Sell
        } else {
            Side::Buy
        },
        shares: 100 + i % 900,
        stock: *b"AAPL    ",
        price: 1_000_000 + i % 5_000,
    }
}

/// The `i`-th message of the ITCH streams as the demo's `Msg` encodes it (type byte,
/// then the message): Add Orders, Order Deletes ('D') and Order Executeds ('E').
fn itch_message(i: u32) -> Vec<u8> {
    let order = add_order(i);
    let mut out = Vec::new();
    let head = |out: &mut Vec<u8>, tag: u8| {
        out.push(tag);
        out.extend_from_slice(&order.stock_locate.to_be_bytes());
        out.extend_from_slice(&order.tracking_number.to_be_bytes());
        out.extend_from_slice(&order.timestamp.to_be_bytes()[2..]);
        out.extend_from_slice(&order.order_ref.to_be_bytes());
    };
    match i % 4 {
        0 | 1 => {
            out.push(b'A');
            out.extend_from_slice(&order.encode_to_vec());
        }
        2 => head(&mut out, b'D'),
        _ => {
            // Order Executed (ITCH 5.0 1.5.1): executed shares, then the match number.
            head(&mut out, b'E');
            out.extend_from_slice(&(i % 100).to_be_bytes());
            out.extend_from_slice(&u64::from(i).to_be_bytes());
        }
    }
    out
}

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let dir = std::env::args_os()
        .nth(1)
        .map_or_else(|| PathBuf::from("target/python-bench"), PathBuf::from);
    std::fs::create_dir_all(&dir)?;
    let module = wire::schema::python::generate(&[Ipv4Header::SCHEMA, MsgOwned::SCHEMA]);
    std::fs::write(dir.join("bench_types.py"), module)?;
    std::fs::write(dir.join("ipv4.bin"), IPV4_BYTES)?;
    std::fs::write(dir.join("add_order.bin"), ADD_ORDER_BYTES)?;
    let update = sample();
    std::fs::write(
        dir.join("variable.bin"),
        MsgOwned {
            id: update.id,
            price: update.price,
            kind: update.kind,
            flags: update.flags,
            symbol: update.symbol.clone(),
            blob: update.blob.clone(),
            levels: update
                .levels
                .iter()
                .map(|&(price, qty)| wire_benches::variable::wire::Level { price, qty })
                .collect(),
            seq: update.seq,
            count: update.count,
            delta: update.delta,
        }
        .encode_to_vec(),
    )?;

    let mut records = Vec::with_capacity(RECORDS as usize * AddOrder::SIZE);
    for i in 0..RECORDS {
        records.extend_from_slice(&add_order(i).encode_to_vec());
    }
    std::fs::write(dir.join("add_orders.bin"), records)?;

    let mut plain = FrameEncoder::<LenU32Be>::new();
    let mut checked = FrameEncoder::<WireHeader>::new().with_checksum(true);
    let (mut len_stream, mut crc_stream) = (Vec::new(), Vec::new());
    let mut frame = vec![0u8; 64];
    for i in 0..STREAM_MESSAGES {
        let message = itch_message(i);
        let n = plain.encode(FrameMeta::default(), &message, &mut frame)?;
        len_stream.extend_from_slice(&frame[..n]);
        let meta = FrameMeta {
            msg_type: u16::from(message[0]),
            ..FrameMeta::default()
        };
        let n = checked.encode(meta, &message, &mut frame)?;
        crc_stream.extend_from_slice(&frame[..n]);
    }
    std::fs::write(dir.join("itch_len_u32be.bin"), len_stream)?;
    std::fs::write(dir.join("itch_wire_header.bin"), crc_stream)?;
    println!(
        "wrote the benchmark's module and samples to {}",
        dir.display()
    );
    Ok(())
}
