//! Messages straight onto frames: `append_message`, `encode_message`, `write_message` and
//! the codecs write exactly what encoding first and framing the bytes writes; frames
//! read messages back (`decode`, `view`); a union tagged in the header keeps its tag
//! there; `tag()`, `TAGS` and `MAX_ENCODED_LEN`.

use wire::frame::{
    frames, FrameDecoder, FrameEncode, FrameEncoder, FrameError, FrameHeader, FrameMeta, LenU16Be,
    LenU32Be, WireHeader,
};
use wire::io::FrameWriter;
use wire::prelude::*;
use wire::DecodeError;

/// A game's player state: 12 bytes with bit fields.
#[derive(Wire, Debug, Clone, Copy, PartialEq, Eq)]
#[wire(endian = "big", size = 12)]
pub struct PlayerState {
    pub player: u32,
    pub x: u16,
    pub y: u16,
    #[wire(bits = 4)]
    pub facing: u8,
    #[wire(bits = 4)]
    pub lives: u8,
    #[wire(bits = 1)]
    pub shielded: bool,
    #[wire(bits = 7)]
    pub speed: u8,
    pub health: u16,
}

#[derive(Wire, Debug, Clone, PartialEq, Eq)]
#[wire(endian = "big")]
pub struct Chat {
    pub room: u16,
    #[wire(len = "u8", max_len = 140)]
    pub text: String,
}

#[derive(Wire, Debug, Clone, PartialEq, Eq)]
#[wire(endian = "big")]
pub struct Login {
    pub user_id: u32,
    #[wire(len = "u8", max_len = 32)]
    pub name: String,
    pub token: Option<[u8; 16]>,
}

/// Tagged in the payload, as an ordinary union.
#[derive(Wire, Debug, Clone, PartialEq, Eq)]
#[wire(tag = "u8")]
pub enum InPayload {
    #[wire(id = 1)]
    State(PlayerState),
    #[wire(id = 2)]
    Chat(Chat),
    #[wire(id = 3)]
    Ping,
}

/// Tagged in the frame header: the payload is the message alone.
#[derive(Wire, Debug, Clone, PartialEq, Eq)]
#[wire(tag = "header")]
pub enum Msg {
    #[wire(id = 0x10)]
    State(PlayerState),
    #[wire(id = 0x20)]
    Chat(Chat),
    #[wire(id = 0x30)]
    Login(Login),
    #[wire(id = 0x0101)]
    Ping,
}

/// Tagged in the header, keeping unknown message types.
#[derive(Wire, Debug, Clone, PartialEq, Eq)]
#[wire(tag = "header")]
pub enum Gateway<'a> {
    #[wire(id = 0x20)]
    Chat(Chat),
    #[wire(other)]
    Unknown(u16, &'a [u8]),
}

fn state() -> PlayerState {
    PlayerState {
        player: 7,
        x: 100,
        y: 200,
        facing: 3,
        lives: 9,
        shielded: true,
        speed: 90,
        health: 1000,
    }
}

fn messages() -> Vec<Msg> {
    vec![
        Msg::State(state()),
        Msg::Chat(Chat {
            room: 2,
            text: "gg".into(),
        }),
        Msg::Login(Login {
            user_id: 42,
            name: "ada".into(),
            token: Some([5; 16]),
        }),
        Msg::Ping,
    ]
}

/// What a user wrote before: encode into a scratch buffer, then frame it.
fn framed_by_hand<M: FrameEncode>(encoder: &mut FrameEncoder<WireHeader>, msg: &M) -> Vec<u8> {
    let payload = msg.encode_to_vec();
    let mut out = Vec::new();
    encoder
        .append(msg.frame_meta(), &payload, &mut out)
        .unwrap();
    out
}

#[test]
fn append_message_writes_what_encode_then_frame_writes() {
    for checksum in [false, true] {
        let mut direct = FrameEncoder::<WireHeader>::new().checksum(checksum);
        let mut by_hand = FrameEncoder::<WireHeader>::new().checksum(checksum);
        for msg in messages() {
            let mut out = vec![0xAA]; // appended after what is there
            let len = direct.append_message(&msg, &mut out).unwrap();
            assert_eq!(&out[1..], framed_by_hand(&mut by_hand, &msg), "{msg:?}");
            assert_eq!(len, out.len() - 1);

            let mut slice = [0u8; 128];
            let len = direct.encode_message(&msg, &mut slice).unwrap();
            assert_eq!(&slice[..len], &out[1..]);
        }
        let chat = Chat {
            room: 1,
            text: "hello".into(),
        };
        let mut out = Vec::new();
        direct.append_message(&chat, &mut out).unwrap();
        assert_eq!(out, framed_by_hand(&mut by_hand, &chat));
    }
}

#[test]
fn a_header_tag_is_the_frame_message_type_and_not_in_the_payload() {
    let mut encoder = FrameEncoder::<WireHeader>::new();
    let mut stream = Vec::new();
    for msg in messages() {
        encoder.append_message(&msg, &mut stream).unwrap();
    }
    let frames: Vec<_> = frames::<WireHeader>(&stream, 1024)
        .collect::<Result<_, _>>()
        .unwrap();
    let types: Vec<_> = frames.iter().map(|f| f.msg_type()).collect();
    assert_eq!(
        types,
        [Some(0x10), Some(0x20), Some(0x30), Some(0x0101)],
        "the variant ids, in the header"
    );
    // The payload of the state is the 12 bytes of the struct: no tag byte.
    assert_eq!(frames[0].payload(), state().encode_to_vec());
    assert_eq!(frames[3].payload(), b"");
    let decoded: Vec<Msg> = frames.iter().map(|f| f.decode().unwrap()).collect();
    assert_eq!(decoded, messages());
    match frames[1].view::<Msg>().unwrap() {
        MsgView::Chat(chat) => assert_eq!(chat.text(), "gg"),
        other => panic!("unexpected {other:?}"),
    }
}

#[test]
fn an_unknown_message_type_is_an_unknown_tag_or_is_kept_by_other() {
    let mut encoder = FrameEncoder::<WireHeader>::new();
    let mut stream = Vec::new();
    encoder
        .append(FrameMeta::new(0x99), b"\x01\x02", &mut stream)
        .unwrap();
    let frame = frames::<WireHeader>(&stream, 64).next().unwrap().unwrap();
    assert_eq!(
        frame.decode::<Msg>(),
        Err(DecodeError::UnknownTag {
            field: "Msg",
            offset: 0,
            tag: 0x99
        })
    );
    let kept: Gateway<'_> = frame.decode().unwrap();
    assert_eq!(kept, Gateway::Unknown(0x99, b"\x01\x02"));
    assert_eq!(kept.tag(), 0x99);
    // Encoded back, it is the same frame.
    let mut again = Vec::new();
    encoder.append_message(&kept, &mut again).unwrap();
    assert_eq!(again, stream);
}

#[test]
fn a_header_without_a_message_type_cannot_carry_a_header_tag() {
    let mut encoder = FrameEncoder::<LenU32Be>::new();
    let mut out = Vec::new();
    assert_eq!(
        encoder.append_message(&Msg::Ping, &mut out),
        Err(FrameError::Unsupported {
            feature: "a message type in the header (the message's union is tagged there)"
        })
    );
    assert!(out.is_empty(), "nothing is left behind");
    // Reading one from such a header is an unknown tag no u16 can be.
    encoder.append(FrameMeta::default(), &[], &mut out).unwrap();
    let frame = frames::<LenU32Be>(&out, 64).next().unwrap().unwrap();
    assert_eq!(
        frame.decode::<Msg>(),
        Err(DecodeError::UnknownTag {
            field: "Msg",
            offset: 0,
            tag: u64::MAX
        })
    );
    // A union tagged in its payload goes through any header.
    let mut out = Vec::new();
    encoder.append_message(&InPayload::Ping, &mut out).unwrap();
    assert_eq!(out, [0, 0, 0, 1, 3]);
}

#[test]
fn header_unions_read_from_a_tag_and_bytes_by_hand() {
    let bytes = state().encode_to_vec();
    assert_eq!(Msg::decode_with_tag(0x10, &bytes), Ok(Msg::State(state())));
    assert!(
        matches!(Msg::view_with_tag(0x10, &bytes), Ok(MsgView::State(v)) if v.health() == 1000)
    );
    let mut long = bytes.clone();
    long.push(0);
    assert_eq!(
        Msg::decode_with_tag(0x10, &long),
        Err(DecodeError::TrailingBytes {
            offset: 12,
            count: 1
        })
    );
    assert_eq!(Msg::decode_with_tag(0x0101, b""), Ok(Msg::Ping));
}

#[test]
fn tags_of_values_and_of_types() {
    assert_eq!(Msg::TAGS, &[0x10, 0x20, 0x30, 0x0101]);
    assert_eq!(InPayload::TAGS, &[1, 2, 3]);
    assert_eq!(Gateway::TAGS, &[0x20]);
    let tags: Vec<u64> = messages().iter().map(Msg::tag).collect();
    assert_eq!(tags, Msg::TAGS);
    assert_eq!(InPayload::Ping.tag(), 3);
    assert_eq!(
        InPayload::Ping.encode_to_vec()[0] as u64,
        InPayload::Ping.tag()
    );
    assert_eq!(Msg::Ping.frame_meta(), FrameMeta::new(0x0101));
    assert_eq!(InPayload::Ping.frame_meta(), FrameMeta::default());
}

#[test]
fn frames_decode_borrowed_messages_and_structs() {
    #[derive(Wire, Debug, PartialEq)]
    #[wire(endian = "little")]
    struct Note<'a> {
        id: u16,
        #[wire(len = "u16")]
        text: &'a str,
    }
    let mut encoder = FrameEncoder::<LenU16Be>::new();
    let mut stream = Vec::new();
    encoder
        .append_message(&Note { id: 1, text: "hi" }, &mut stream)
        .unwrap();
    assert_eq!(stream, [0, 6, 1, 0, 2, 0, b'h', b'i']);
    let mut decoder = FrameDecoder::<LenU16Be>::new();
    decoder.push(&stream);
    let frame = decoder.next_frame().unwrap().unwrap();
    assert_eq!(frame.decode::<Note>(), Ok(Note { id: 1, text: "hi" }));
    assert_eq!(frame.view::<Note>().unwrap().text(), "hi");
}

#[test]
fn the_writer_writes_messages_as_the_encoder_frames_them() {
    let mut by_hand = FrameEncoder::<WireHeader>::new().checksum(true);
    let mut expected = Vec::new();
    // Small, then one larger than the writer's 64-byte buffer, then small again.
    let big = Msg::Chat(Chat {
        room: 9,
        text: "x".repeat(140),
    });
    let sequence: Vec<Msg> = messages()
        .into_iter()
        .chain([big])
        .chain(messages())
        .collect();
    for msg in &sequence {
        expected.extend(framed_by_hand(&mut by_hand, msg));
    }
    let encoder = FrameEncoder::<WireHeader>::new().checksum(true);
    let mut writer = FrameWriter::with_encoder(Vec::new(), encoder).buffer_capacity(64);
    for msg in &sequence {
        writer.write_message(msg).unwrap();
    }
    assert_eq!(writer.into_inner().unwrap(), expected);
}

#[test]
fn a_message_that_does_not_encode_leaves_the_stream_whole() {
    let mut writer = FrameWriter::<_, WireHeader>::new(Vec::new());
    writer.write_message(&Msg::Ping).unwrap();
    let bad = PlayerState {
        lives: 16, // 4 bits
        ..state()
    };
    let err = writer.write_message(&Msg::State(bad)).unwrap_err();
    assert!(matches!(
        err.frame_error(),
        Some(FrameError::Encode(wire::EncodeError::ValueOutOfRange {
            field: "lives",
            ..
        }))
    ));
    writer.write_message(&Msg::Ping).unwrap();
    let stream = writer.into_inner().unwrap();
    let got: Vec<Msg> = frames::<WireHeader>(&stream, 64)
        .map(|f| f.unwrap().decode().unwrap())
        .collect();
    assert_eq!(got, [Msg::Ping, Msg::Ping]);
}

/// Fields at their caps: the largest value of each type.
fn maximal_login() -> Login {
    Login {
        user_id: u32::MAX,
        name: "n".repeat(32),
        token: Some([0xff; 16]),
    }
}

#[test]
fn max_encoded_len_is_the_length_of_a_maximal_value() {
    assert_eq!(PlayerState::MAX_ENCODED_LEN, PlayerState::SIZE);
    let chat = Chat {
        room: 1,
        text: "c".repeat(140),
    };
    assert_eq!(Chat::MAX_ENCODED_LEN, chat.encoded_len());
    assert_eq!(Chat::MAX_ENCODED_LEN, 2 + 1 + 140);
    assert_eq!(Login::MAX_ENCODED_LEN, maximal_login().encoded_len());
    // A union: its largest variant, plus the tag (none for a header tag).
    assert_eq!(
        InPayload::MAX_ENCODED_LEN,
        1 + InPayload::Chat(chat.clone()).encoded_len() - 1
    );
    assert_eq!(Msg::MAX_ENCODED_LEN, Msg::Chat(chat.clone()).encoded_len());
    assert!(Msg::MAX_ENCODED_LEN > Msg::Login(maximal_login()).encoded_len());
    // Varints, versions and lists of nested types.
    #[derive(Wire, Debug, PartialEq)]
    #[wire(endian = "little", version = 2)]
    struct Scores {
        #[wire(varint)]
        round: u32,
        #[wire(varint, zigzag)]
        delta: i64,
        #[wire(len = "varint", max_len = 200)]
        states: Vec<PlayerState>,
        #[wire(since = 2, len = "u16")]
        note: Option<Vec<u8>>,
    }
    let scores = Scores {
        round: u32::MAX,
        delta: i64::MIN,
        states: vec![state(); 200],
        note: Some(vec![0; 0xffff]),
    };
    assert_eq!(Scores::MAX_ENCODED_LEN, scores.encoded_len());
    let mut buf = vec![0u8; Scores::MAX_ENCODED_LEN];
    assert_eq!(scores.encode(&mut buf), Ok(buf.len()));
}

#[test]
fn max_encoded_len_is_generic_through_the_trait() {
    fn frame_buffer<M: wire::MaxEncodedLen>() -> Vec<u8> {
        vec![0; WireHeader::LEN + M::MAX_ENCODED_LEN]
    }
    let mut buf = frame_buffer::<Msg>();
    let longest = Msg::Chat(Chat {
        room: u16::MAX,
        text: "é".repeat(70),
    });
    let len = FrameEncoder::<WireHeader>::new()
        .encode_message(&longest, &mut buf)
        .unwrap();
    assert_eq!(len, buf.len());
}

#[cfg(feature = "compression")]
#[test]
fn compressed_messages_are_the_frames_prepare_writes() {
    let chat = Msg::Chat(Chat {
        room: 3,
        text: "ab".repeat(70),
    });
    let mut direct = FrameEncoder::<WireHeader>::new()
        .checksum(true)
        .with_compression(32);
    let mut by_hand = FrameEncoder::<WireHeader>::new()
        .checksum(true)
        .with_compression(32);
    let mut out = Vec::new();
    direct.append_message(&chat, &mut out).unwrap();
    let expected = framed_by_hand(&mut by_hand, &chat);
    assert_eq!(out, expected);
    assert!(
        out.len() < WireHeader::LEN + chat.encoded_len(),
        "compressed"
    );
    let mut decoder = FrameDecoder::<WireHeader>::new().checksum(true);
    decoder.push(&out);
    assert_eq!(decoder.next_frame().unwrap().unwrap().decode(), Ok(chat));
}
